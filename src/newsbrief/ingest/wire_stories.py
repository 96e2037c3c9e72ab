"""A second, unrelated story appended after the article without a related-story box (session 29's leftover).

A page's text can run on, after the article's end, into another short story pasted from a wire: its own dateline
("LONDON (Reuters) - Shares in ...", "SANTIAGO, Chile (AP) —"), often under its own headline line, or after an
"In other news" line or an "In other news, ..." opening. Read as the article's, its last sentence became the
brief's close. :func:`appended_wire_story` cuts from the second story's start (its headline line when one stands
right above the dateline) to the page's foot, but only when the signal is clear:

- the dateline opens its paragraph outside quotation marks and carries a news agency in brackets and a dash (a
  bare capitalised word and a dash is also a sub-head's or a label's shape); the cue is the whole line or opens
  the paragraph with a comma;
- the article has at least two content paragraphs before it (a page opening on its dateline is the article);
- the block shares few names and content words with the article, and the article's names do not go on in it
  (the same shares as a block after a "Related" cue, :func:`newsbrief.ingest.furniture_debris.appended_story`):
  a correspondent's second dateline that carries the same story on names its people again, so it stays.

Only the first few candidates are weighed (a page of many datelines is a round-up, not an article with a tail).
The labelled pages are in tests/ingest/test_appended_wire_s30.py (invented).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

__all__ = ["appended_wire_story"]

# "LONDON (Reuters) - ", "LONDON, March 4 (Reuters) -", "SANTIAGO, Chile (AP) —", "NEW YORK (AFP) --".
_WIRE_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ -]{1,40}[A-Z](?:,\s+[A-Z][\w.'’ ]{1,30}?)?(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s+"
    r"\((?:Reuters|AP|AFP|UPI|Bloomberg|dpa|Xinhua|[A-Z]{2,6})\)\s*(?:--|[-–—])\s*\S")
# "In other news" alone on its line or opening a paragraph ("In other news, shares in ..."), "Also today:" alone.
_CUE_LINE = re.compile(r"^(?:in other news|also today|elsewhere today|other news(?: today)?)\W*$", re.I)
_CUE_OPENING = re.compile(r"^in other news\s*,\s*\S", re.I)
# A headline line above the dateline: short, no sentence stop at its end.
HEADLINE_MAX_WORDS = 16
MAX_CANDIDATES = 4
BODY_MIN_PARAGRAPHS = 2


def _starts_story(paragraph: str) -> bool:
    text = paragraph.strip()
    return bool(_WIRE_DATELINE.match(text) or _CUE_LINE.match(text) or _CUE_OPENING.match(text))


def _headline_above(paragraphs: Sequence[str], index: int) -> bool:
    text = paragraphs[index - 1].strip() if index > 0 else ""
    return 0 < len(text.split()) <= HEADLINE_MAX_WORDS and not text.endswith((".", "!", "?", ":", "\"", "”"))


def appended_wire_story(paragraphs: Sequence[str], content: Sequence[bool],
                        unrelated: Callable[[Sequence[str], Sequence[str]], bool]) -> set[int]:
    """Indexes of an unrelated story appended after the article (from its headline or dateline or cue to the
    page's foot), or nothing. ``unrelated(before, after)`` says whether the block shares too little with the
    article's content paragraphs to be the same story."""
    candidates = [i for i, p in enumerate(paragraphs) if _starts_story(p)][:MAX_CANDIDATES]
    for index in candidates:
        start = index - 1 if _WIRE_DATELINE.match(paragraphs[index].strip()) and _headline_above(paragraphs, index) \
            else index
        before = [p for p, keep in zip(paragraphs[:start], content[:start], strict=True) if keep]
        after = [p for p, keep in zip(paragraphs[index:], content[index:], strict=True) if keep]
        if len(before) >= BODY_MIN_PARAGRAPHS and after and unrelated(before, after):
            return set(range(start, len(paragraphs)))
    return set()
