"""A side toll's place, said before the count: "In Sulaimaniya, Iraq, 39 people were injured".

Reader Audit 20 (docs/audit.md 21.4 item 3): on a live page about Libya, "39 people — were injured"
was Iraq's toll; the place stood in front of the count, set off by a comma, and the figure's clause
(built from the verb onwards) left it out, so the toll read as Libya's. A fronted "in/at <place>,"
phrase on the figure's verb is kept when the place is not one the article opens on: there it is
what tells the reader whose toll it is. In the article's own place it would only repeat the lead.

Plain tests over the parse and the NER labels (no extra library).
"""

from __future__ import annotations

from dataclasses import replace

from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence
from newsbrief.models import Document

__all__ = ["with_place"]

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_PREPS = frozenset({"in", "at", "across"})
_MAX_PLACE_TOKENS = 6  # "In Sulaimaniya, Iraq": a place and its country, not a fronted clause


def _opening_places(doc: Document) -> frozenset[str]:
    """The place names of the article's first sentence and title, lower-cased: its own story's places."""
    names = {e.text.lower() for e in doc.entities if e.sentence_index == 0 and e.label in _PLACE_LABELS}
    title = (doc.article.source.title or "").lower()
    return frozenset(names | {e.text.lower() for e in doc.entities if e.label in _PLACE_LABELS
                              and e.text.lower() in title})


def _fronted_place(s: ParsedSentence, verb: int, value_start: int) -> set[int]:
    """The "in <place>," phrase that opens the verb's clause before the number, else none."""
    for c in s.children[verb]:
        if c >= value_start or s.tok(c).dep != "prep" or s.text(c).lower() not in _PLACE_PREPS:
            continue
        part = s.subtree(c, set(), prune=False)
        if not part:
            continue  # a preposition with no object ("at" stranded) is dropped by subtree
        between = range(max(part) + 1, value_start)
        if len(part) <= _MAX_PLACE_TOKENS and all(s.tok(i).pos == "PUNCT" for i in between) \
                and any(s.tok(i).ent_type in _PLACE_LABELS for i in part):
            return part
    return set()


def with_place(s: ParsedSentence, figure: Figure) -> Figure:
    """The figure with the fronted place of its verb in its clause, when that place is not the article's
    opening one (see above)."""
    if not figure.clause:
        return figure
    opening = _opening_places(s.doc)
    for verb in figure.clause:
        if s.tok(verb).pos not in ("VERB", "AUX") or s.tok(verb).dep in ("aux", "auxpass"):
            continue
        part = _fronted_place(s, verb, figure.value_start)
        names = {s.text(i).lower() for i in part if s.tok(i).ent_type in _PLACE_LABELS}
        if part and not names & opening and not any(name in place for name in names for place in opening):
            return replace(figure, clause=tuple(sorted(set(figure.clause) | part)))
    return figure

