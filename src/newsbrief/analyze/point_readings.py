"""Per-document readings the key points ask for more than once, read once (session 28 review leftover).

summary.sentence_scores and summary.analyze_summary both asked for a reader's comment run (point_irony), a
round-up's first headed item (point_backrefs), a column's anecdote turn (point_anecdotes) and an opinion piece's
short closing call (point_irony); each walked the whole document again. :func:`readings` reads them once and
the summary passes the result along; what each reading finds is unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsbrief.analyze.context import Context
from newsbrief.analyze.point_anecdotes import anecdote_turn
from newsbrief.analyze.point_backrefs import first_item
from newsbrief.analyze.point_irony import closing_call, comment_run
from newsbrief.models import Document, Sentence

__all__ = ["Readings", "readings"]


@dataclass(frozen=True)
class Readings:
    """What the summary reads of a document once: see the module docstring."""

    comments: frozenset[int]  # the sentences of a reader's comment run on after its frame (comment_run)
    first: Sentence | None  # a round-up's first headed item (first_item)
    turn: Sentence | None  # a column's turn to its thesis after an anecdote (anecdote_turn)
    call: Sentence | None  # an opinion piece's short closing call (closing_call)


def readings(doc: Document, ctx: Context) -> Readings:
    """The four readings of ``doc`` (see :class:`Readings`)."""
    return Readings(comments=frozenset(comment_run(doc)), first=first_item(doc), turn=anecdote_turn(doc, ctx),
                    call=closing_call(doc, ctx))
