"""A run-together chronology line cut into one sentence per dated entry.

A sidebar chronology ("10 June: Turkish PM condemns ... 19 July: Qatar closes its embassy ... 14 November:
Jordanian king urges ...") often reaches a text with its line breaks lost, one line holding every entry. The
parser then ends sentences at some of the colons and runs the rest together (reader Audit 42 #7: "... the
unrest 19 July:" and "Arab League suspends Syria ... 14 November:" as sentences), so no entry carried its
own date, the Timeline was empty and a tail ("Jordanian king openly urges Mr Assad to go; EU tightens
sanctions") became a recommendation. Each entry opens on a day and a month (either order) and a colon before
a capital; a line that opens on such an entry and holds at least two is cut before each, and every entry is
one sentence that opens on its own date.
"""

from __future__ import annotations

from typing import Any

__all__ = ["split_chronologies"]

_MONTHS = frozenset(("january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                     "sept", "oct", "nov", "dec"))
# Two entries at least: one "10 June: ..." opening a line is an ordinary dated line (or a heading).
MIN_ENTRIES = 2


def _is_day(token: Any) -> bool:
    return bool(token.text.isdigit() and 1 <= int(token.text) <= 31 and len(token.text) <= 2)


def _entry_start(doc: Any, i: int) -> bool:
    """True when token ``i`` opens an entry: "10 June:" or "June 10:" followed by a capitalised word."""
    if i + 3 >= len(doc):
        return False
    first, second, colon, following = doc[i], doc[i + 1], doc[i + 2], doc[i + 3]
    dated = ((_is_day(first) and second.text.lower() in _MONTHS)
             or (first.text.lower() in _MONTHS and _is_day(second)))
    return dated and colon.text == ":" and following.text[:1].isupper()


def _lines(doc: Any) -> list[tuple[int, int]]:
    """Token spans of the text's lines (line-break tokens excluded)."""
    lines: list[tuple[int, int]] = []
    start = 0
    for tok in doc:
        if tok.is_space and "\n" in tok.text:
            if tok.i > start:
                lines.append((start, tok.i))
            start = tok.i + 1
    if start < len(doc):
        lines.append((start, len(doc)))
    return lines


def split_chronologies(doc: Any, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``bounds`` with each run-together chronology line's sentences replaced by its entries."""
    out = list(bounds)
    for line_start, line_end in _lines(doc):
        while line_start < line_end and doc[line_start].is_space:
            line_start += 1
        if not _entry_start(doc, line_start):
            continue
        starts = [i for i in range(line_start, line_end) if _entry_start(doc, i)]
        inside = [b for b in out if b[0] < line_end and b[1] > line_start]
        # A sentence reaching beyond the line is the parser's reading of something else: left alone.
        if len(starts) < MIN_ENTRIES or any(b[0] < line_start or b[1] > line_end + 1 for b in inside):
            continue
        ends = [*starts[1:], max(b[1] for b in inside)]
        first = out.index(inside[0])
        out[first : first + len(inside)] = list(zip(starts, ends, strict=True))
    return out
