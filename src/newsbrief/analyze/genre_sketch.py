"""A sardonic sketch or TV review: the writer mocks the people it reports on (reader Audit 43 #6).

Audit 43 read a Guardian sketch of a celebrity telethon for the Gulf oil spill as "News report". Its facts are a
report's (who appeared, what they said, what was raised), but the writer's own sentences mock them in epithets no
report uses: "a decidedly B-list lineup", "has-beens and wannabes", "the self-proclaimed D-lister", "famous for
being the daughter of ...", "explained ... in characteristically eloquent fashion", "Seacrest breathlessly
announced", and an ironic close ("it can only be a matter of time before the oil spill is finally vanquished").
The words are loaded only in irony, so genre_voice's list of loaded words (tyrants, cronies) does not see them.

MIN_MOCKING of the writer's own sentences (outside quotation marks) must mock: one "self-proclaimed" or "B-list"
is a report's aside. A sketch of a broadcast (a show, a telethon, a programme on screen) is a review of it; any
other mocking piece is opinion.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from newsbrief.analyze.genre_voice import unquoted, writer_sentences
from newsbrief.models import Document

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

__all__ = ["sketch_genre", "sketches"]

_MOCKING = re.compile(
    r"\b[A-D]-list(?:ers?)?\b|\bhas-beens?\b|\bwannabes?\b|\bfamous (?:chiefly |mainly |only |largely )?for being\b|"
    r"\bself-(?:proclaimed|styled)\b|\bsupposed (?:stars?|celebrit\w+|experts?|genius\w*|heroe?s?)\b|"
    r"\bcharacteristically (?:eloquent|modest|understated|subtle|humble|restrained|gracious)\b|\bbreathlessly\b|"
    r"\bcan only be a matter of time\b|\bin all (?:its|their|his|her) glory\b")
MIN_MOCKING = 3  # the audited sketch has seven such sentences; a report may carry one epithet
# A broadcast: the sketch reviews a show.
_BROADCAST = re.compile(r"\b(?:telethon|show|broadcast|programme|program|episode|on screen|viewers|studio|"
                        r"presenter|host(?:ed|s)?)\b", re.I)
MIN_BROADCAST = 2


def sketches(doc: Document, ctx: Context) -> bool:
    """True when MIN_MOCKING of the writer's own sentences mock (see _MOCKING)."""
    return sum(1 for s in writer_sentences(doc, ctx) if _MOCKING.search(unquoted(s.text))) >= MIN_MOCKING


def sketch_genre(doc: Document) -> Literal["review", "opinion"]:
    """The genre of a mocking piece: a review when it sketches a broadcast (MIN_BROADCAST sentences name one),
    else opinion."""
    return "review" if sum(1 for s in doc.sentences if _BROADCAST.search(s.text)) >= MIN_BROADCAST else "opinion"
