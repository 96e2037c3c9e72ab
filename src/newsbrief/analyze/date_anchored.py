"""Dates counted from the event told just before: "Two weeks earlier, ...", "The next day, ...".

A sentence that opens by counting from another event ("But two days later, protests began", "The following
day, the command said ...") names no date of its own, and :mod:`newsbrief.nlp.dates` reads only counts from
publication ("two weeks ago"). When the sentence right before it tells an event on a day, the count places this
one: Audit 51 (52.5 "Key dates") missed such a sequence, and in the t17 and FNC-1 articles (3,857 texts) 45
sentences open so, most after a dated sentence ("in a report published February 15 ... But two days later,
protests ..." is 17 February; "on Sept. 21 ... The following day, the Anbar Operations Command said" is 22
September).

Only an opening count: inside a sentence "two days later" may count from any event the sentence names. "Before"
and "after" only with a comma after them: "The day after the earthquake" counts from a noun, not from the
sentence before. The anchor must be a day, not ahead of publication, and no limit or range; a count that
crosses a new year from a day without a year has no year to cross into and gives nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from newsbrief.lexicon import SPELLED_COUNTS
from newsbrief.nlp.date_resolvers import DAYS_OFFSET_CONFIDENCE, WEEKS_OFFSET_CONFIDENCE
from newsbrief.nlp.date_yearless import is_yearless
from newsbrief.nlp.dates import DateValue

__all__ = ["counted_from_before"]

_COUNT = rf"(?P<num>\d+|an?|{'|'.join(SPELLED_COUNTS)})"
_OPENING = re.compile(
    r"^\W*(?:(?:but|and|then|just|only|exactly)\s+)*(?P<phrase>"
    rf"{_COUNT}\s+(?P<unit>day|week)s?\s+(?:(?P<later>later|after)|(?P<earlier>earlier|before))"
    r"|the\s+(?:next|following)\s+(?P<next>day|morning|week)"
    r"|the\s+day\s+(?:(?P<after>after)|(?P<before>before)))\b(?P<tail>\s*,?)",
    re.I,
)
# "Two days later than planned": a comparison, no count from an event.
_THAN = re.compile(r"\s*than\b", re.I)
# A leap year to count days without a year in: a yearless day keeps its month and day.
_ANY_LEAP_YEAR = 2000


# The count words of SPELLED_COUNTS as numbers.
_COUNTS = {**{word: i + 1 for i, word in enumerate(SPELLED_COUNTS[:10])},
           "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "a": 1, "an": 1}


def _offset(m: re.Match[str]) -> int | None:
    """The count in days, signed (earlier is negative); None for a count it cannot read."""
    if m["next"] is not None:
        return 7 if m["next"].lower() == "week" else 1
    if m["after"] is not None or m["before"] is not None:
        return 1 if m["after"] is not None else -1
    word = m["num"].lower()
    count = int(word) if word.isdigit() else _COUNTS.get(word)
    if count is None:
        return None
    days = count * (7 if m["unit"].lower() == "week" else 1)
    return -days if m["earlier"] is not None else days


def counted_from_before(text: str, anchor: DateValue, published: date | None) -> DateValue | None:
    """The date of a sentence ``text`` that opens by counting from the day ``anchor`` the sentence before tells.

    None when it opens with no such count, the anchor is no past day, or the count needs a year it has not.
    """
    m = _OPENING.match(text)
    if m is None or anchor.granularity != "day" or anchor.future or anchor.bound is not None or anchor.until:
        return None
    comma_needed = m["after"] or m["before"] or (m["earlier"] or m["later"] or "").lower() in ("before", "after")
    if comma_needed and "," not in m["tail"]:
        return None  # "The day after the earthquake", "two days before the vote": counted from a noun
    if _THAN.match(text, m.end()):
        return None
    days = _offset(m)
    if days is None:
        return None
    yearless = is_yearless(anchor.iso)
    start = date.fromisoformat(f"{_ANY_LEAP_YEAR}{anchor.iso[1:]}" if yearless else anchor.iso)
    day = start + timedelta(days=days)
    if yearless and day.year != start.year:
        return None  # no year to cross into
    if published is not None and day > published:
        return None
    iso = f"--{day.month:02d}-{day.day:02d}" if yearless else day.isoformat()
    weeks = (m["next"] is not None and m["next"].lower() == "week") or (m["unit"] or "").lower() == "week"
    confidence = min(anchor.confidence, WEEKS_OFFSET_CONFIDENCE if weeks else DAYS_OFFSET_CONFIDENCE)
    return replace(anchor, iso=iso, confidence=confidence, start=m.start("phrase"), end=m.end("phrase"),
                   background=False, span=False)
