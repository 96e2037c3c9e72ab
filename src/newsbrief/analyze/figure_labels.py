"""Figures whose label is cut or says what no reader counts (the lead's reading of Newsroom row 54, session 19).

A key figure is read alone. Four kinds of label failed that reading of a neighbourhood property feature:

* **A range read across its two ends.** "ranging from a two-bedroom cottage for $310,000 to a new
  four-bedroom colonial at $1.2 million": the parser hangs "for $310,000" and "to a new ... colonial" on
  "ranging" alike, so the low price was shown with the high end's house ("$310,000 to a new four-bedroom").
  Each value of a range verb's "from ... to" keeps its own end: :func:`range_end`.
* **A label cut on a number, a hyphen stem or a preposition.** "kit homes with two to five" (the copy's
  slip "two to five or bedrooms" lost the noun to the parse): a count shown as a preposition's object with
  no noun, or a label ending on a number word that is not its value, on a hyphen or a preposition, is
  withheld: :func:`cut_label`.
* **A definite fraction.** "claims the eastern half of those boundaries": a fraction with its own
  determiner or adjective ("the eastern half", "the top third") names a part, a place or a spell, not a
  quantity; it is no figure unless a number says what it is a fraction of ("the half of the 400 homes
  that ..."): :func:`part_named`. "Half of voters" (no determiner) is a share and stays.
* **A share on a property noun with no holder.** "Tests showed a 40 percent purity": purity of what?
  "heroin of 20 percent purity" is completed with the noun the share describes (:func:`with_owner_noun`);
  a property or ownership noun ("purity", "stake", "interest") with no "of"/"in" complement, no such
  owner and no subject of its verb (a verb of evidence's subject found it) is withheld: :func:`bare_property`.

* **One end of an "X or Y" estimate.** "Thirteen or 14 tanks have surrounded the city" was shown as "Thirteen —
  tanks have surrounded the city" (a t17 report checked with Audit 48): the NER model splits the estimate in two.
  A number followed by "or"/"to" and a number coordinated with it is one value: :func:`with_alternative`.

Plain rules over the spaCy parse the figure modules already walk (:class:`ParsedSentence`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence

# Verbs whose "from A to B" gives the two ends of a range of things, each with its own value.
_RANGE_VERBS = frozenset({"range", "vary", "span"})
# Fraction words: a part of a whole, not a count.
_FRACTIONS = frozenset("half halves third thirds quarter quarters fifth fifths tenth tenths".split())
# Nouns a share is a property of something else on: "20 percent purity" of what, "a 30 percent stake" in what.
_PROPERTIES = frozenset("purity concentration strength stake interest share ownership holding".split())
# Verbs of evidence: their subject found the property, it does not have it ("Tests showed a 40 percent
# purity"); any other verb's subject holds it ("the heroin had ...", "the buyer takes a stake", "won a share").
_EVIDENCE = frozenset("show find reveal indicate suggest confirm detect measure record give put".split())
_DIGIT = re.compile(r"\d")


def _ends(s: ParsedSentence, verb: int) -> tuple[int, int] | None:
    """The "from" and "to" of a range verb ("ranging from A to B"), or None."""
    if s.tok(verb).lemma.lower() not in _RANGE_VERBS:
        return None
    kids = s.children[verb]
    start = next((c for c in kids if s.text(c).lower() == "from" and s.tok(c).dep == "prep"), None)
    # "to" on the verb, or on "from" itself ("range from $200,000 for a condo to $1.6 million ...")
    stop = next((c for c in (*kids, *([] if start is None else s.children[start]))
                 if s.text(c).lower() == "to" and s.tok(c).dep == "prep"), None)
    return None if start is None or stop is None or stop < start else (start, stop)


def _verb_above(s: ParsedSentence, i: int) -> int | None:
    """The first verb over ``i`` within three steps up ("ranging" over "for" over "$310,000"), or None."""
    for _ in range(3):
        if s.head(i) == i:
            return None
        i = s.head(i)
        if s.tok(i).pos == "VERB":
            return i
    return None


def _cut_end(s: ParsedSentence, text: str) -> bool:
    """True when ``text`` stands in the sentence and ends on a modifier whose noun comes after it ("a new
    four-bedroom" without "colonial") or on a word no phrase ends on (a preposition with its object cut,
    not a particle: "soon joined in" ends well)."""
    article = s.doc.article.text
    at = article.find(text, s.tok(s.lo).start, s.tok(s.hi - 1).end)
    last = None if at < 0 else next((i for i in range(s.lo, s.hi) if s.tok(i).end == at + len(text)), None)
    if last is None or (s.inside(last - 1) and s.tok(last - 1).pos == "NUM"
                        and s.tok(last - 1).end == s.tok(last).start):
        return False  # a unit written onto its number ("5ft 2in") is no preposition cut from its object
    return s.dangling_end(last) or (s.tok(last).dep in ("amod", "compound", "nmod", "nummod")
                                    and s.head(last) > last and s.tok(s.head(last)).pos in ("NOUN", "PROPN"))


def range_end(s: ParsedSentence, figure: Figure) -> Figure:
    """A value at one end of a range verb's "from A ... to B ..." with that end's words only (its own
    noun and preposition, "a two-bedroom cottage for $310,000"); every other figure as it is."""
    verb = _verb_above(s, figure.value_end - 1)
    ends = None if verb is None else _ends(s, verb)
    if verb is None or ends is None:
        return figure
    start, stop = ends
    last = max(s.subtree(verb, set(), prune=False))
    if start < figure.value_start < stop:
        own = range(start + 1, stop)
    elif stop < figure.value_start <= last:
        own = range(stop + 1, last + 1)
    else:
        return figure
    value = set(range(figure.value_start, figure.value_end))
    words = {i for i in own if s.tok(i).pos != "PUNCT" or i < max(own)} - value
    if not any(s.tok(i).pos in ("NOUN", "PROPN") for i in words):
        return figure  # "ranging from $5 to $9": a plain range, read as before
    return replace(figure, what=tuple(sorted(words)), clause=(), noun=None)


def cut_label(s: ParsedSentence, figure: Figure, label: str) -> bool:
    """True for a label cut short: ending on a hyphen stem, a preposition or article, a modifier or number
    word whose noun is not shown, or on a count with no noun right after a preposition ("kit homes with
    two to five")."""
    value = s.doc.article.text[s.tok(figure.value_start).start : s.tok(figure.value_end - 1).end]
    text = label.rstrip(" .,;:)")
    if text.endswith("-"):
        return True
    if _cut_end(s, text) or cut_before_noun(s, figure):
        return True  # "a new four-bedroom", "five" of "five-bath" cut: a modifier without its noun
    if not text.endswith(value):
        return False  # "£220 million over its original budget of £560 million" ends on a whole figure
    return figure.label == "CARDINAL" and figure.noun is None and not figure.clause \
        and s.inside(figure.value_start - 1) and s.tok(figure.value_start - 1).pos == "ADP" \
        and s.tok(figure.value_start - 1).dep == "prep"


def cut_before_noun(s: ParsedSentence, figure: Figure) -> bool:
    """True when the words shown stop right before a common noun that goes on their phrase, with nothing between.

    Audit 49: "spent three weeks in the UK singles chart" was shown as "spent three weeks in the UK": the parser read
    "singles" as a verb, so the chart fell out and the line said the weeks were spent in the country. A noun (or a
    word tagged as a present-tense verb in a complement's place, the parser's misreading of a plural noun) right
    after the last word shown, not itself shown nor a date, means the line was cut inside a noun phrase."""
    words = set(figure.what) | set(figure.clause) | set(range(figure.value_start, figure.value_end))
    if not words:
        return False
    nxt = max(words) + 1
    if not s.inside(nxt) or nxt in figure.tokens or nxt in s.dates:
        return False
    t = s.tok(nxt)
    # a name after a noun is its apposition ("paid £2.5 million for the striker Jonas Reid"), not the phrase's head
    return (t.pos == "NOUN" and t.dep not in ("npadvmod", "appos")) or (
        t.tag == "VBZ" and t.dep in ("xcomp", "compound", "amod"))


def part_named(s: ParsedSentence, figure: Figure) -> bool:
    """True for a fraction word with its own determiner or adjective ("the eastern half of those
    boundaries") and no number in what it is a fraction of."""
    value = range(figure.value_start, figure.value_end)
    fraction = next((i for i in value if s.text(i).lower() in _FRACTIONS), None)
    if fraction is None or _DIGIT.search(s.text(fraction)):
        return False
    marked = any(s.tok(c).dep in ("det", "amod", "poss") and c < fraction and s.text(c).lower() not in ("a", "an")
                 for c in s.children[fraction])
    counted = any(s.tok(i).like_num for i in set(figure.what) | set(s.subtree(fraction, set(), prune=False))
                  if i not in value)
    return marked and not counted


def with_owner_noun(s: ParsedSentence, figure: Figure) -> Figure:
    """A share on a property noun that is the object of a noun's "of"/"with" ("heroin of 20 percent
    purity") with that noun and its preposition in its clause; every other figure as it is."""
    noun = figure.noun
    if figure.label != "PERCENT" or noun is None or s.tok(noun).lemma.lower() not in _PROPERTIES \
            or s.tok(noun).dep != "pobj":
        return figure
    preposition = s.head(noun)
    owner = s.head(preposition)
    if s.text(preposition).lower() not in ("of", "with") or owner == preposition \
            or s.tok(owner).pos not in ("NOUN", "PROPN"):
        return figure
    words = {owner, preposition} | {c for c in s.children[owner] if c < owner and s.tok(c).dep in
                                    ("det", "amod", "compound", "poss")}
    return replace(figure, clause=tuple(sorted(set(figure.clause) | words)))


def bare_property(s: ParsedSentence, figure: Figure) -> bool:
    """True for a share on a property noun ("a 40 percent purity") that says neither what has it (its
    "of"/"in" complement, a noun it describes, the subject of a verb other than one of evidence) nor whose it is."""
    noun = figure.noun
    if figure.label != "PERCENT" or noun is None or s.tok(noun).lemma.lower() not in _PROPERTIES:
        return False
    if any(s.text(c).lower() in ("of", "in", "on") and s.tok(c).dep == "prep" for c in s.children[noun]):
        return False  # "a 30 percent stake in Arlo Motors"
    head = s.head(noun)
    if s.tok(noun).dep == "pobj" and s.tok(s.head(head)).pos in ("NOUN", "PROPN", "VERB", "AUX"):
        return False  # "heroin of 20 percent purity", "enriched uranium to 20 percent purity" (figure_holders)
    if s.tok(noun).dep in ("dobj", "attr") and s.tok(head).lemma.lower() not in _EVIDENCE:
        return not any(s.tok(c).dep in ("nsubj", "nsubjpass") and s.tok(c).pos in ("NOUN", "PROPN", "PRON")
                       for c in s.children[head])
    return s.tok(noun).dep in ("dobj", "attr", "nsubj", "nsubjpass", "conj", "appos", "ROOT")


__all__ = ["bare_property", "cut_label", "part_named", "range_end", "with_alternative", "with_owner_noun"]


def with_alternative(s: ParsedSentence, figure: Figure) -> Figure:
    """The figure with the other end of an "X or Y" estimate in its value ("Thirteen or 14 tanks"), when the next two
    tokens are "or"/"to" and a number the parse coordinates with the value; every other figure as it is."""
    end = figure.value_end
    if end + 1 >= s.hi or s.text(end).lower() not in ("or", "to") or not s.tok(end + 1).like_num:
        return figure
    other = end + 1
    if s.head(other) not in range(figure.value_start, end) and s.head(end) not in range(figure.value_start, end):
        return figure
    taken = {end, other}
    return replace(figure, value_end=other + 1, what=tuple(i for i in figure.what if i not in taken),
                   clause=tuple(i for i in figure.clause if i not in taken))


# Audit 49 (docs/audit.md 50.4 item 4): "estimated at 18m to 40m gallons of oil" was shown as "40m gallons — slick
# estimated of oil": the NER span held the upper end only, and the low end, hung on the value's number as its
# "quantmod", fell out of the line. A range shows both its ends; the words of its low end are the parser's
# modifiers of the value's own number, right before it, with a linking word and a number among them.
_RANGE_LINKS = frozenset(("to", "-", "–", "and", "or"))


def with_range_start(s: ParsedSentence, figure: Figure) -> Figure:
    """The figure with the low end of an "X to Y" (or "between X and Y") range in its value when the value holds only
    the upper end ("18m to 40m gallons", not "40m gallons"); every other figure as it is."""
    value = range(figure.value_start, figure.value_end)
    start = figure.value_start
    while start - 1 >= s.lo and s.tok(start - 1).dep == "quantmod" and s.head(start - 1) in value:
        start -= 1
    run = range(start, figure.value_start)
    if not any(s.text(i).lower() in _RANGE_LINKS for i in run) or not any(s.tok(i).like_num for i in run):
        return figure  # "about 40m", "nearly 300": a hedge, not a range's other end
    taken = set(run)
    return replace(figure, value_start=start, what=tuple(i for i in figure.what if i not in taken),
                   clause=tuple(i for i in figure.clause if i not in taken))


def with_estimated_noun(s: ParsedSentence, figure: Figure) -> Figure:
    """The figure with the noun a participle describes when the value is that participle's object ("the slick,
    estimated at 18m to 40m gallons of oil"): the value sizes the noun, so the noun's phrase joins the clause.

    Audit 49 showed "40m gallons — slick estimated of oil": the line said a measure of nothing named. The noun's own
    phrase (its article, adjectives and "on the bay") comes with it; the rest of its clause does not."""
    head = figure.noun if figure.noun is not None else figure.value_end - 1
    while s.tok(head).dep in ("pobj", "prep") and s.head(head) != head:
        head = s.head(head)  # from the counted noun up through "at" to the participle
    part = s.tok(head)
    if part.dep != "acl" or part.tag != "VBN" or s.head(head) >= head:
        return figure
    noun = s.head(head)
    taken = set(figure.tokens) | {head}
    phrase = {i for i in s.subtree(noun, {head}) if i < head and s.tok(i).pos != "PUNCT"} - taken
    if not phrase or s.tok(noun).pos not in ("NOUN", "PROPN"):
        return figure
    return replace(figure, clause=tuple(sorted({*figure.clause, *phrase, head})))


def with_whole_range(s: ParsedSentence, figure: Figure) -> Figure:
    """The figure with its range read whole: each end of a "from A to B" with its own words, both ends of "X or Y"
    and "X to Y" in the value, and the noun an estimate's participle sizes ("the slick, estimated at ...")."""
    return with_estimated_noun(s, with_range_start(s, with_alternative(s, range_end(s, figure))))
