"""Key figures a reader cannot read whole: a vague quantity, a bare count, a count of a generic noun, a
generic person's hypothetical (reader Audit 24, 25.2 and 25.4 items 6 and 9; issue #11).

Audit 24 found Key figures 75% deletable. The patterns, with our own examples (tests/analyze/
test_figures_session15b.py):

* a vague quantity outside the lead is no figure: "thousands of protesters", "tens of thousands",
  "hundreds of people" in a later sentence give no number a reader can keep or compare;
* a bare count whose measure is only its noun: "The plane, with 124 passengers, landed" shown as "124
  passengers" says nothing of what happened to them (aboard? killed?). Only a count in a phrase of
  accompaniment or receipt ("with 124 passengers", "paid out $105m to 20,000 claimants"):
  a count that is a verb's subject or object keeps its verb in the measure; a survey's "of 1,204 adults" and
  a margin's "by 14 points" (labelled worth showing in tests/data/reader/figures_labelled.jsonl) stay;
* a known total shown bare: "Of the more than 7,000 claims, 97% ..." gave "the more than 7,000 claims"
  beside the share; a count with only its noun and "the" refers to a total, it tells nothing of it;
* a count of a generic noun ("between 30-60 million units expected to ship": units of what?) with no "of"
  complement and no name in its sentence's clause;
* a generic person's hypothetical: "the consumer is getting 100 different devices" tells what a buyer gets
  in a writer's argument, not a count of anything. A generic role noun ("the consumer", "a buyer") as the
  subject, present tense, no "average"/"typical" (the average household's bill is a figure).

Two mends of what is shown: a referent that names nothing ("How much has been paid? So far, it has paid
out $105m" gave "[much] has paid out") drops the figure, and two numbers of one sentence shown with the same
words over the same span are one bullet.

Plain rules over the dependency parse the figure modules already walk; no new library.
"""

from __future__ import annotations

import re

from newsbrief.analyze.figure_crowded import content_words, lead_sentences, lead_words
from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence, page_stamps
from newsbrief.models import Document, FigureInfo, Item

# Plural scale words with no digit: "thousands", "tens of thousands", "dozens".
_VAGUE = frozenset("dozens scores hundreds thousands millions billions tens of several many some".split())
_SCALE = frozenset("dozens scores hundreds thousands millions billions".split())
# Nouns that say no thing of their own: units of what, items of what.
_GENERIC = frozenset("unit item piece thing product one".split())
# Role nouns a writer uses for anyone: "the consumer gets", "a buyer pays".
_ROLES = frozenset("consumer buyer customer user shopper reader viewer listener owner".split())
_TYPICAL = frozenset("average typical median".split())
# Prepositions of company or receipt: a count under them is a side detail of its clause's event.
_ALONGSIDE = frozenset({"with", "to", "among", "alongside", "including"})


def _vague(s: ParsedSentence, figure: Figure) -> bool:
    """True for "thousands", "tens of thousands", "hundreds": scale words with no digit, outside the lead.

    A crowd that is the lead's news ("Thousands of people marched through the city on Saturday") stays:
    labelled worth showing in tests/analyze/test_figure_audit17.py; Audit 24's "thousands of protesters" was
    a side update of a live page."""
    if s.sentence.index in lead_sentences(s.doc):
        return False
    words = [s.text(i).lower() for i in range(figure.value_start, figure.value_end)]
    return any(w in _SCALE for w in words) and all(w in _VAGUE for w in words)


def _passing_bare(s: ParsedSentence, figure: Figure) -> bool:
    """A count shown with only its noun, the noun in a phrase of accompaniment ("with 124 passengers")."""
    if figure.label not in ("CARDINAL", "QUANTITY") or figure.clause or figure.when or figure.noun is None:
        return False
    if not all(i <= figure.noun for i in figure.what):
        return False
    head, dep = s.head(figure.noun), s.tok(figure.noun).dep
    if dep == "pobj" and s.tok(head).pos == "ADP":
        # "to 20,000 claimants", "with 124 passengers"; not a survey's "of 1,204 adults", a margin's "by 14
        # points" (labelled worth showing), nor a toll "suspected in more than 240 deaths" (test_figure_phrases.py)
        return s.text(head).lower() in _ALONGSIDE
    return False  # "departed Sfax carrying 311 passengers": shown with its ship (test_figure_audit13.py)


def _generic_count(s: ParsedSentence, figure: Figure) -> bool:
    """A count of "units" or "items" with no "of" complement and no name in what is shown."""
    if figure.noun is None or s.tok(figure.noun).lemma.lower() not in _GENERIC:
        return False
    if any(s.text(c).lower() == "of" for c in s.children[figure.noun]):
        return False
    return not any(s.tok(i).pos == "PROPN" for i in (*figure.what, *figure.clause))


def _hypothetical(s: ParsedSentence, figure: Figure) -> bool:
    """A generic role noun ("the consumer") as the present-tense subject of the figure's clause."""
    for i in figure.clause:
        token = s.tok(i)
        if token.dep != "nsubj" or token.lemma.lower() not in _ROLES or token.tag != "NN":
            continue
        kids = [s.tok(c) for c in s.children[i]]
        if any(k.lemma.lower() in _TYPICAL for k in kids):
            continue
        verb = s.head(i)
        auxes = [s.tok(c) for c in s.children[verb] if s.tok(c).dep == "aux"]
        if s.tok(verb).tag in ("VBZ", "VBP") or (auxes and all(a.tag in ("VBZ", "VBP") for a in auxes)):
            return True
    return False


def _known_total(s: ParsedSentence, figure: Figure) -> bool:
    """A count with only its noun and "the" before it: "Of the more than 7,000 claims, 97% ..." shown as "the
    more than 7,000 claims" refers to a total the sentence goes on to divide; alone it says nothing of it."""
    if figure.label not in ("CARDINAL", "QUANTITY") or figure.clause or figure.when or figure.noun is None:
        return False
    if not all(i <= figure.noun for i in figure.what):
        return False
    return any(s.tok(c).dep == "det" and s.tok(c).text.lower() == "the" for c in s.children[figure.noun])


def incomplete(s: ParsedSentence, figure: Figure) -> bool:
    """True for a vague quantity, a bare count in passing or of a known total ("the more than 7,000 claims"),
    a generic noun's count or a generic hypothetical."""
    return _vague(s, figure) or _passing_bare(s, figure) or _known_total(s, figure) \
        or _generic_count(s, figure) or _hypothetical(s, figure)


def without_same_text(items: tuple[Item, ...]) -> tuple[Item, ...]:
    """The items, best first, less a later one whose measure and cited span are a kept one's again ("The fund
    says it has paid 97% of the more than 7,000 claims" for both of its numbers)."""
    seen: set[tuple[object, ...]] = set()
    at: dict[tuple[object, ...], int] = {}
    kept: list[Item] = []
    for item in items:
        measure = item.payload.measure if isinstance(item.payload, FigureInfo) else item.text
        key = (measure, *((c.sentence_id, c.start, c.end) for c in item.citations))
        # the same words with a time in brackets or in line ("$5bn ... (over four years)" for the sum, "... over
        # four years" for the span): one bullet a reader sees twice (Audit 32 A2)
        when = item.payload.when if isinstance(item.payload, FigureInfo) else ""
        words = (" ".join(_BRACKETS.sub(" ", f"{measure} {when or ''}").split()),
                 *(c.sentence_id for c in item.citations))
        if key in seen:
            continue
        if words in at:
            # the one bullet says its time in line, where the words name both numbers: the reader set's "made
            # 1,312 transfers ... over six years" lost its span when the bracketed one was kept instead
            first = kept[at[words]].payload
            if isinstance(first, FigureInfo) and first.when and not when:
                kept[at[words]] = item
            continue
        seen.add(key)
        at[words] = len(kept)
        kept.append(item)
    return tuple(kept)


_BRACKETS = re.compile(r"[()]")


def unnamed(s: ParsedSentence, tokens: tuple[int, ...]) -> bool:
    """True when a referent found for "it" names nothing: "How much has been paid? So far, it has paid out" gave
    "[much] has paid out $105m"."""
    return not any(s.doc.tokens[i].pos in ("NOUN", "PROPN") for i in tokens)




# A figure's sentence among this top share of the article's sentences by centrality is on the story's matter
# (tuned on our live-page case only; on the reader set's ordinary reports the filter cost 22 of 119 labelled
# figures, so it runs on live pages alone).
CENTRAL_SHARE = 0.5


def without_side_items(items: tuple[Item, ...], doc: Document,
                       centrality: tuple[float, ...]) -> tuple[Item, ...]:
    """The items of a live page less a figure about a side item: its sentence is outside the lead, not among
    the most central half of the article's sentences, and shares no content word with the title or lead
    (Audit 24: an airline's seat count and an oil price's cents on a page about a president's speech)."""
    if not page_stamps(doc):
        return items  # an ordinary report's later figures are its detail (22 labelled figures lost without this)
    by_id = {s.id: s.index for s in doc.sentences}
    ranked = sorted(range(len(centrality)), key=lambda i: -centrality[i])
    central = set(ranked[: max(1, round(CENTRAL_SHARE * len(ranked)))])
    lead, words = set(lead_sentences(doc)), lead_words(doc)
    kept: list[Item] = []
    for item in items:
        index = by_id.get(item.citations[0].sentence_id) if item.citations else None
        if index is None or index in lead or index in central or content_words(doc, index) & words:
            kept.append(item)
    return tuple(kept)


__all__ = ["CENTRAL_SHARE", "incomplete", "unnamed", "without_same_text", "without_side_items"]
