"""A small table of names and numbers glued into a paragraph with no stops: a tabloid's "top scorers" box.

A flattened sports page prints a box's rows one after another in the text, each a name and a number, with no stop
and no label ("... at his first club Carlos Roe 17 Marco Poli 16 Jean Dubois 16 Roe's manager said ..."). Read as
text, the rows ran into the sentences around them, and two Who says what items carried the table (CNN/DM dev row
71, session 22). A run of TABLE_MIN_ROWS rows or more, each a capitalised name and a number of one to three digits,
is the table; it is cut and a line break left in its place, so the sentence splitter ends the sentence before it
there (as :mod:`newsbrief.ingest.headline_lines` does between headline lines).

The rows after the first are bounded by numbers on both sides, so their names' length (in words) is known; they
must all have the same length, and the first row's name is taken of that length from its number backwards (the
capitalised word before it, "Argentina" in "... in Argentina Carlos Roe 17", is the sentence's). Prose rarely
holds three names each followed by a bare number in a row; a score line "Leeds 2 Hull 1" has two rows and stays.

A regular expression over the paragraph, with a digit test first (ingest runs before spaCy).
"""

from __future__ import annotations

import re

__all__ = ["without_glued_tables"]

# The audited box had three rows; two rows are a score line or a pair of names and ages.
TABLE_MIN_ROWS = 3
_NAME_WORD = r"[A-Z][\w'’-]+"
_ROW = rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,2}} \d{{1,3}}"
_RUN = re.compile(rf"(?<![\w'’-])(?:{_ROW} ){{{TABLE_MIN_ROWS - 1},}}{_ROW}(?![\w.,%])")
_ROW_SPLIT = re.compile(r" (\d{1,3})(?: |$)")
_DIGIT_RUNS = re.compile(r"[A-Za-z] \d{1,3} [A-Z]")


def _rows(run: str) -> list[list[str]]:
    """The run's rows as lists of name words (the numbers dropped)."""
    parts = _ROW_SPLIT.split(run)
    return [part.split() for part in parts[0::2] if part]


def _table_start(run: str) -> int | None:
    """Offset in ``run`` where the table starts, or None when its rows' names differ in length."""
    rows = _rows(run)
    if len(rows) < TABLE_MIN_ROWS:
        return None
    width = len(rows[1])
    if any(len(row) != width for row in rows[1:]) or len(rows[0]) < width:
        return None
    skipped = rows[0][: len(rows[0]) - width]
    return len(" ".join(skipped)) + 1 if skipped else 0


def without_glued_tables(paragraph: str) -> str:
    """``paragraph`` with a glued table of names and numbers cut and a line break in its place (module docstring)."""
    if len(_DIGIT_RUNS.findall(paragraph)) < TABLE_MIN_ROWS - 1:
        return paragraph
    out = paragraph
    for match in reversed(list(_RUN.finditer(paragraph))):
        start = _table_start(match.group())
        if start is None:
            continue
        before = out[: match.start() + start].rstrip()
        after = out[match.end():].lstrip()
        out = "\n".join(piece for piece in (before, after) if piece)
    return out
