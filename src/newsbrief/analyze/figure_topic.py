"""The owner of a figure named only in the phrase that opens its sentence (reader Audit 42, 43.4 #7).

A price report walks through a range one item at a time: "Starting with the Sport model, Munster expects an ASP
of $450", "As for the Edition, ...". The sum belongs to the item the fronted phrase names; a line that starts at
the subject ("Munster expects an ASP of $450") gives a price for nothing. The fronted phrase is kept in the
figure's clause when it is short, set off by a comma, opens the sentence and names something (a proper noun).
A fronted time or circumstance ("After the vote,") names no owner, and an attribution ("According to Reuters,")
is a source, not an owner: both stay out. The labelled cases are in tests/analyze/test_figures_session27b.py.
"""

from __future__ import annotations

from dataclasses import replace

from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence

_MAX_TOPIC_TOKENS = 7  # "Starting with the Apple Watch Sport": a name and its lead-in, not a clause
_SOURCE_WORDS = frozenset({"according"})  # "According to X," names a source; the claim frames show sources


def _fronted_topic(s: ParsedSentence, verb: int) -> set[int]:
    """The short, comma-closed phrase naming a proper noun that opens the sentence and hangs on ``verb``."""
    for c in s.children[verb]:
        if s.tok(c).dep not in ("prep", "advcl") or s.text(c).lower() in _SOURCE_WORDS:
            continue
        part = s.subtree(c, set(), prune=False)
        if not part or len(part) > _MAX_TOPIC_TOKENS or s.text(max(part) + 1) != ",":
            continue
        if any(s.tok(i).pos not in ("CCONJ", "PUNCT") for i in range(s.lo, min(part))):
            continue  # it must open the sentence ("But as for X," still does)
        if any(s.tok(i).pos in ("VERB", "AUX") for i in part if i != c):
            continue  # a fronted clause ("Having sold X,") says what happened, it is no topic
        if any(e.token_start <= max(part) < e.token_end - 1 for e in s.doc.entities):
            continue  # a name run on past the comma ("Sport, Munster" as one ORG): the line would split it
        if any(s.tok(i).pos == "PROPN" and i not in s.date_tokens for i in part):
            return part
    return set()


def with_topic(s: ParsedSentence, figure: Figure) -> Figure:
    """The figure with the fronted topic phrase of one of its clause's verbs, when the line shows that verb."""
    if not figure.clause:
        return figure
    for verb in figure.clause:
        if s.tok(verb).pos not in ("VERB", "AUX") or s.tok(verb).dep in ("aux", "auxpass"):
            continue
        part = _fronted_topic(s, verb)
        if part and not part & set(figure.clause):
            return replace(figure, clause=tuple(sorted(set(figure.clause) | part)))
    return figure
