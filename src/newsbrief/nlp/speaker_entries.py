"""A live page's stamped entry is its own unit: a speaker never carries over from one entry to the next.

Reader Audit 17 (section 18.3) found a reader's tweet from one town ("Jane Roe in Townsville tweets: '...'")
given to the photographer quoted in the update stamped just before it. On a live page each entry is a
separate report, often from a different person, so the news convention that a quotation with no cue is
the last speaker's holds only inside one entry. The entries are cut at the page's clock stamps
(:mod:`newsbrief.nlp.clock_stamps`, which also decides whether the page is a live page at all).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from newsbrief.nlp.clock_stamps import clock_stamps
from newsbrief.nlp.dates import parse_published

if TYPE_CHECKING:
    from newsbrief.models import Attribution
    from newsbrief.nlp.speech import _Doc

__all__ = ["entry_stamps", "other_entry"]


def entry_stamps(d: _Doc) -> list[int]:
    """The sorted offsets of the page's clock stamps; empty unless the page is a live page."""
    return sorted(clock_stamps(d.text, parse_published(d.doc.article.source.date)))


def other_entry(stamps: list[int], found: Attribution | None, start: int) -> bool:
    """True when ``found`` (a speaker found around the quotation starting at ``start``) is read from
    another stamped entry than the quotation's own."""
    if not stamps or found is None:
        return False
    return bisect.bisect_right(stamps, found.content_start) != bisect.bisect_right(stamps, start)
