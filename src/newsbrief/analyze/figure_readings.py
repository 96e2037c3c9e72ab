"""Key figures that would be read as something else: a rumour as a fact, one product's price as another's,
a count without the fact it belongs to (reader Audit 26, 27.4 pattern 3; half the Key figures deleted).

Each rule reads the label the bullet shows (its character span in the sentence) against the spaCy parse
already in the document, and drops the figure when the label loses what the reading depends on:

* a hearsay frame: the number's verb is "reportedly"/"allegedly" or what "sources suggest", "is rumoured";
  shown without that word, a leak reads as the price ("... variant will start at $500");
* a subject that refers back with "the same ..." ("the same watch in a steel case will cost you $199"): the
  thing it is the same as stands elsewhere, and the price reads as the product the story is about;
* a label that opens inside a prepositional phrase ("addition to the 1.2 million gallons used ..."): the
  fronted phrase's main clause, which says what the gallons were, is cut;
* a count under "the lives of", "the deaths of" with no clause of its own ("several thousand sea otters"):
  the noun it hangs from is the fact;
* a bare margin ("a 57% to 35% margin") with no clause saying what vote or poll it is;
* a prediction inside a direct quote ("200 people will be dead", a doctor told): a speaker's forecast, no
  figure of the story's;
* an owner lost: "its $149 price" with "its" unresolved.

Near-misses kept (tests/analyze/test_figures_session16c.py): a casualty count with its verb, a price with
its product, a poll share with its question.
"""

from __future__ import annotations

from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence
from newsbrief.analyze.figure_referents import Referent

_HEARSAY_ADVERBS = frozenset({"reportedly", "allegedly", "supposedly", "purportedly", "rumouredly"})
# "suggest" is hearsay only with a source as its subject ("sources suggest"); "a rise would suggest" is not
_HEARSAY_VERBS = frozenset({"rumour", "rumor", "speculate", "whisper"})
_SUGGESTING = frozenset({"suggest", "indicate", "hint", "claim"})
_SOURCES = frozenset({"source", "report", "rumour", "rumor", "insider", "leak", "blog", "website", "site",
                      "document", "reports", "sources"})
_HEAD_NOUNS = frozenset({"life", "death", "loss", "murder", "killing", "rescue", "evacuation", "arrest"})
_MARGINS = frozenset({"margin", "lead", "majority", "edge"})
_FUTURE = frozenset({"will", "'ll", "would", "could", "might", "may", "going"})
_POSSESSIVES = frozenset({"its", "their"})
# attribute nouns: "its $149 price" names only the owner's attribute, so without the owner it says nothing;
# "Its 1,500 restaurants serve burgers" counts things of their own (tests/analyze/test_figure_audit19.py)
_ATTRIBUTES = frozenset({"price", "cost", "value", "valuation", "budget", "salary", "fee", "tag", "price-tag",
                         "pricetag", "size", "weight", "height", "length", "capacity", "revenue", "profit"})
_PATH_STEPS = 8


def _label_tokens(s: ParsedSentence, start: int, end: int) -> list[int]:
    """The sentence's tokens inside the shown label's character span."""
    return [i for i in range(s.lo, s.hi) if s.tok(i).start >= start and s.tok(i).end <= end]


def _verbs_up(s: ParsedSentence, figure: Figure) -> list[int]:
    """The verbs that govern the number, nearest first."""
    out: list[int] = []
    i = figure.value_start
    for _ in range(_PATH_STEPS):
        if s.tok(i).pos in ("VERB", "AUX") and s.tok(i).dep != "aux":
            out.append(i)
        if s.head(i) == i or not s.inside(s.head(i)):
            break
        i = s.head(i)
    return out


def _hearsay_word(s: ParsedSentence, verb: int) -> int | None:
    """The word that makes the verb's clause hearsay: its "reportedly", or the "suggest"/"rumoured" over it."""
    for c in s.children[verb]:
        if s.tok(c).lemma.lower() in _HEARSAY_ADVERBS or s.tok(c).text.lower() in _HEARSAY_ADVERBS:
            return c
    lemma = s.tok(verb).lemma.lower()
    if lemma in _HEARSAY_VERBS or s.tok(verb).text.lower() in ("rumoured", "rumored"):
        return verb
    if lemma in _SUGGESTING and any(s.tok(c).dep == "nsubj" and s.tok(c).lemma.lower() in _SOURCES
                                    for c in s.children[verb]):
        return verb
    return None


def hearsay_lost(s: ParsedSentence, figure: Figure, shown: list[int], label: str) -> bool:
    """True when a verb over the number is hearsay and the label leaves the hearsay word out (neither in the
    cited span nor in the frame the label puts in brackets)."""
    for verb in _verbs_up(s, figure):
        word = _hearsay_word(s, verb)
        if word is not None and word not in shown and s.tok(word).text.lower() not in label.lower():
            return True
    return False


def _same_subject(s: ParsedSentence, shown: list[int]) -> bool:
    """True when the label's subject is "the same X": a description whose referent is elsewhere ("during the
    same period" is a time, not whose figure it is: eval reader's labelled set keeps it)."""
    return any(s.tok(i).lemma.lower() == "same" and s.tok(i).dep == "amod"
               and s.tok(s.head(i)).dep in ("nsubj", "nsubjpass") for i in shown)


def _opens_in_phrase(s: ParsedSentence, figure: Figure, shown: list[int]) -> bool:
    """True when the label's first word is a noun of a fronted prepositional phrase the label leaves out, before
    the number ("[In] addition to the 1.2 million gallons ..., [the main clause]"). A phrase after its verb
    ("won approval for 2,800 homes ..., including 1,200 at one site": eval reader's labelled set) is kept."""
    first = shown[0]
    token = s.tok(first)
    if first >= figure.value_start or token.pos != "NOUN" or token.dep != "pobj":
        return False
    prep = s.head(first)
    verb = s.head(prep)
    return prep not in shown and prep < first and s.tok(verb).pos in ("VERB", "AUX") and prep < verb


def _head_noun_lost(s: ParsedSentence, figure: Figure, shown: list[int]) -> bool:
    """True for a clauseless count that is the "of" object of "the lives of", "the deaths of" left out."""
    if figure.clause or figure.noun is None or s.tok(figure.noun).dep != "pobj":
        return False
    prep = s.head(figure.noun)
    head = s.head(prep)
    return s.tok(prep).text.lower() == "of" and head not in shown and s.tok(head).lemma.lower() in _HEAD_NOUNS


def _bare_margin(s: ParsedSentence, figure: Figure) -> bool:
    """True for "a 57% to 35% margin" with no clause of its own."""
    nouns = [i for i in (*figure.what, *range(figure.value_end, min(figure.value_end + 2, s.hi)))
             if s.tok(i).lemma.lower() in _MARGINS]
    return bool(nouns) and not figure.clause


def _quoted_forecast(s: ParsedSentence, figure: Figure) -> bool:
    """True for a number inside a direct quote on a verb with "will", "would", "could" or "going to"."""
    before = s.doc.article.text[s.sentence.start : s.tok(figure.value_start).start]
    inside = before.count('"') % 2 == 1 or before.count("“") > before.count("”")
    if not inside:
        return False
    verbs = _verbs_up(s, figure)
    return bool(verbs) and any(s.tok(c).dep == "aux" and s.tok(c).text.lower() in _FUTURE
                               for c in s.children[verbs[0]])


def _owner_lost(s: ParsedSentence, figure: Figure, shown: list[int], referent: Referent | None) -> bool:
    """True for "its $149 price": a possessive pronoun on the figure's attribute noun with no owner named."""
    if referent is not None or figure.noun is None or s.tok(figure.noun).lemma.lower() not in _ATTRIBUTES:
        return False
    return any(s.tok(c).dep == "poss" and s.tok(c).text.lower() in _POSSESSIVES and c in shown
               for c in s.children[figure.noun])


def _noun_read_as_verb(s: ParsedSentence, figure: Figure) -> bool:
    """"the highest sits at 2,400 metres" parsed with "the highest" as the determiner and modifier of "sits":
    a verb with a determiner is a misparse, and the subject the label then borrows is another clause's
    ("2,400 metres — deepest lake sits", session 17)."""
    return any(s.tok(i).pos == "VERB" and s.tok(i).dep not in _NOMINAL and any(s.tok(c).dep == "det"
                                                                               for c in s.children[i])
               for i in figure.clause)  # a verb read as a noun subject stays: "the highest priced was a farmhouse"


_NOMINAL = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})


def misread(s: ParsedSentence, figure: Figure, label: str, placed: tuple[int, int, Referent | None]) -> bool:
    """True when the ``label`` shown, cited from ``start`` to ``end`` (characters), would read as another fact
    (see above); ``placed`` is (start, end, referent)."""
    start, end, referent = placed
    shown = _label_tokens(s, start, end)
    if not shown:
        return False
    return hearsay_lost(s, figure, shown, label) or _same_subject(s, shown) or _opens_in_phrase(s, figure, shown) \
        or _head_noun_lost(s, figure, shown) or _bare_margin(s, figure) or _quoted_forecast(s, figure) \
        or _owner_lost(s, figure, shown, referent) or _noun_read_as_verb(s, figure)
