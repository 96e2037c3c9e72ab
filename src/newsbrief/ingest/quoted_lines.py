"""Quoted lines set out under a lead-in (reader Audit 38 B819, session 24).

A blog post quotes its sources as lines of their own, each opening on an ellipsis after a lead-in that ends in a
colon: "There have been reports:" / "… that the rebels in the city have caught the fever". The quoted line may
end with no stop, and the shape rules took it for a teaser or a label and dropped it; the post then read "There
have been reports:" with nothing after it. Such a line is the quotation the lead-in announces, so it is content.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A line opening on an ellipsis ("…" or three dots), then a word.
_ELLIPSIS_OPENING = re.compile(r"^\s*(?:…|\.\.\.)\s*[\"“']?[A-Za-z]")
# The lead-in ends on a colon (a closing quotation mark or space may follow).
_LEAD_IN = re.compile(r":[\"”’']?\s*$")
# The quoted lines of the audited post ran 9 and 40 words; a line this short is a fragment of a quote, and a
# much longer one is judged as any paragraph.
MIN_WORDS = 4
MAX_WORDS = 80


def quoted_lines(paragraphs: Sequence[str]) -> set[int]:
    """Indexes of the paragraphs that open on an ellipsis right after a paragraph ending in a colon."""
    return {i for i in range(1, len(paragraphs))
            if _ELLIPSIS_OPENING.match(paragraphs[i]) and _LEAD_IN.search(paragraphs[i - 1])
            and MIN_WORDS <= len(paragraphs[i].split()) <= MAX_WORDS}
