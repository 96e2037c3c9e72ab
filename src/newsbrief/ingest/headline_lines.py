"""Highlight lines inside a block of plain text: each ends its own sentence.

A plain-text page keeps a sidebar's highlights or a story's "highlights" box one line each, with no full
stop ("Iraq-style: NEIGHBOUR warns its citizens to leave ...", then "A general who defected is in Paris, police
say"). The text reader joins a block's lines with spaces, which is right for a sentence wrapped over lines,
but the highlights then run together into one sentence, and the second one's speaker took the first one's
statement (reader Audit 33 #1, a BBC sidebar). A line break is kept (and the sentence splitter ends the
sentence there) when both lines read as headline-style clauses:

* the line before ends on a lower-case word that can end a clause (no stop, comma, hyphen or function word:
  a wrapped sentence breaks anywhere, "... to every school in the" / "district from ...");
* the line after opens with a capital, and not with a day or month a wrapped sentence goes on with
  ("... near the harbour" / "Tuesday night, ...");
* both lines hold at least LINE_MIN_WORDS words;
* the block is not hard-wrapped: a block where some line goes on in lower case after a line without a stop
  is a wrapped text, and all its lines are joined as before.

Rules over the lines (no parse: the text reader runs before spaCy).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from newsbrief.lexicon import MONTH_ALTERNATION, WEEKDAY_ALTERNATION

__all__ = ["OPEN_WORDS", "ends_clause", "joined_lines"]

# A highlight is a clause: the audited sidebar's ran 17-30 words; five keeps out a label or a name line.
LINE_MIN_WORDS = 5
_STOPPED = re.compile(r"[.!?:;,…\-–—(\[/&]$|[.!?…][\"'”’)\]]+$")
_LAST_WORD = re.compile(r"([A-Za-z][\w'’-]*)[\"'”’)\]]*$")
# The words a wrapped sentence breaks after that no clause ends on (the lexicon's function words hold date words
# such as "year", which end a highlight: "... close three schools next year"). Shared with ingest/glued_sentences,
# which reads the same seam inside a paragraph.
OPEN_WORDS = frozenset(
    "a an the of to in on at by for with from into onto over under about as and or but nor that which who whom "
    "whose than if when while because so its his her their our your my this these those is are was were be been "
    "being has have had will would can could shall should may might must not no very more most".split())
_GOES_ON = re.compile(rf"^(?:{WEEKDAY_ALTERNATION}|{MONTH_ALTERNATION})\b", re.I)


def ends_clause(line: str) -> bool:
    """Whether ``line`` ends without a stop on a lower-case word that can close a clause."""
    if _STOPPED.search(line):
        return False
    last = _LAST_WORD.search(line)
    return last is not None and last.group(1)[:1].islower() and last.group(1).lower() not in OPEN_WORDS


def _breaks(line: str, after: str) -> bool:
    """Whether the line break between ``line`` and ``after`` ends a headline-style clause."""
    return (ends_clause(line) and after[:1].isupper() and not _GOES_ON.match(after)
            and len(line.split()) >= LINE_MIN_WORDS and len(after.split()) >= LINE_MIN_WORDS)


def _wrapped(lines: Sequence[str]) -> bool:
    """Whether the block is hard-wrapped: a line without a stop goes on in lower case on the next line."""
    return any(not _STOPPED.search(a) and b[:1].islower() for a, b in itertools.pairwise(lines))


def joined_lines(lines: Sequence[str]) -> str:
    """The block's lines joined into one paragraph: with a space, or with a line break after a headline-style
    line (see the module docstring), where the sentence splitter ends the sentence."""
    if len(lines) < 2 or _wrapped(lines):
        return " ".join(lines)
    out = lines[0]
    for line, after in itertools.pairwise(lines):
        out += ("\n" if _breaks(line, after) else " ") + after
    return out
