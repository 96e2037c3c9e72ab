"""Normalize date expressions ("June 2018", "last Tuesday", "two years ago") to ISO dates.

Rules only, no model: an absolute expression gives its own date; a relative one
is resolved against the publication date and is ``None`` when that is unknown.
Each result has a granularity (``day``, ``month`` or ``year``), a confidence in
[0, 1] and a flag for dates after the publication date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from newsbrief.lexicon import COUNT_WORDS, MONTH_ALTERNATION, MONTHS, SPELLED_COUNTS, WEEKDAY_ALTERNATION, WEEKDAYS

Granularity = Literal["day", "month", "year"]

_MONTH_RE = rf"(?P<month>{MONTH_ALTERNATION})\.?"
_YEAR_RE = r"(?P<year>(?:1[89]|20|21)\d\d)"
_DAY_RE = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# "a few" before "an?" so that the longer count is read whole.
_NUM_RE = rf"(?P<num>\d+|a few|an?|{'|'.join(SPELLED_COUNTS)}|several|few)"
_UNIT_RE = r"(?P<unit>day|week|fortnight|month|year|decade)s?"
_MONTH_NAMES = rf"(?:{MONTH_ALTERNATION})"
SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
# Words before a date that put it ahead of the publication date ("will meet on Tuesday",
# "expects to finish by June"); added after the fresh labelled set (docs/benchmarks.md).
_FUTURE_CUE = re.compile(
    r"\b(?:will|shall|'ll|is to|are to|(?:is|are) due|expect(?:s|ed)? to|plans? to|scheduled|set to|"
    r"aims? to|hopes? to|intends? to|next)\b", re.I)

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<m>\d\d)-(?P<day>\d\d)\b")),
    ("mdy", re.compile(rf"\b{_MONTH_RE}\s+{_DAY_RE},?\s+{_YEAR_RE}\b", re.I)),
    ("dmy", re.compile(rf"\b{_DAY_RE}\s+(?:of\s+)?{_MONTH_RE},?\s+{_YEAR_RE}\b", re.I)),
    ("my", re.compile(rf"\b{_MONTH_RE},?\s+(?:of\s+)?{_YEAR_RE}\b", re.I)),
    ("md", re.compile(rf"\b{_MONTH_RE}\s+{_DAY_RE}\b(?!\s*,?\s*\d)", re.I)),
    ("dm", re.compile(rf"\b{_DAY_RE}\s+(?:of\s+)?{_MONTH_RE}\b(?!\s*,?\s*\d)", re.I)),
    # "ago" only: "two days earlier/before" counts from another event, not from publication.
    ("ago", re.compile(rf"\b{_NUM_RE}\s+{_UNIT_RE}\s+ago\b", re.I)),
    ("for_n", re.compile(
        rf"\b(?:for|over|in the past|in the last)\s+(?:the\s+)?(?:past\s+|last\s+)?"
        rf"(?:nearly|almost|about|around|more than|over|some|roughly|at least|the past|the last)?"
        rf"\s*{_NUM_RE}\s+{_UNIT_RE}\b(?!\s+(?:ago|from now))", re.I)),
    ("in_n", re.compile(rf"\b(?:in|within)\s+{_NUM_RE}\s+{_UNIT_RE}(?:'s)?(?:\s+time)?\b", re.I)),
    ("rel_unit", re.compile(r"\b(?P<rel>last|next|this|past|coming)\s+(?P<unit>week|month|year)\b", re.I)),
    ("rel_month", re.compile(rf"\b(?P<rel>last|next|this)\s+{_MONTH_RE}", re.I)),
    ("rel_weekday", re.compile(
        rf"\b(?P<rel>last|next|this|on)?\s*(?P<wd>{WEEKDAY_ALTERNATION})\b", re.I)),
    ("deictic", re.compile(r"\b(?P<word>yesterday|today|tomorrow|tonight)\b", re.I)),
    # "between March and June 2021": the first month takes the year of the second.
    ("month_range", re.compile(
        rf"\b{_MONTH_RE}(?=\s*(?:and|to|until|through|-|–)\s*{_MONTH_NAMES}\.?,?\s+{_YEAR_RE}\b)", re.I)),
    ("decade", re.compile(r"\b(?:the\s+)?(?P<decade>(?:1[89]|20)\d0)s\b", re.I)),
    ("season", re.compile(r"\b(?P<rel>last|next|this)\s+(?P<season>spring|summer|autumn|fall|winter)\b", re.I)),
    ("year", re.compile(rf"(?<![\d,.$£€])\b{_YEAR_RE}\b(?!\s*(?:%|percent|per cent))", re.I)),
    ("month", re.compile(rf"\b(?:in|since|by|until|during|from|of|early|late|mid-?)\s+{_MONTH_RE}\b(?!\s+\d)", re.I)),
]


@dataclass(frozen=True, slots=True)
class DateValue:
    """A normalized date: ISO value at a granularity, how sure we are, and whether it is future."""

    iso: str
    granularity: Granularity
    confidence: float
    future: bool
    start: int = 0
    end: int = 0
    span: bool = False  # the start of a stretch of time ("for nearly six years")


def _number(text: str) -> int | None:
    text = text.lower()
    if text.isdigit():
        return int(text)
    return COUNT_WORDS.get(text)


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _make(
    year: int, month: int | None, day: int | None, confidence: float, published: date | None
) -> DateValue | None:
    try:
        if month is None:
            iso, granularity, point = f"{year:04d}", "year", date(year, 1, 1)
            last = date(year, 12, 31)
        elif day is None:
            point = date(year, month, 1)
            iso, granularity = f"{year:04d}-{month:02d}", "month"
            last = date(year, month, calendar.monthrange(year, month)[1])
        else:
            point = last = date(year, month, day)
            iso, granularity = point.isoformat(), "day"
    except ValueError:
        return None
    future = published is not None and point > published and last > published
    return DateValue(iso, granularity, confidence, future)  # type: ignore[arg-type]


def _from_match(kind: str, m: re.Match[str], published: date | None, ahead: bool = False) -> DateValue | None:
    """Normalize one match; ``ahead`` says the sentence puts the date in the future."""
    groups = m.groupdict()
    month = MONTHS.get((groups.get("month") or "").lower().rstrip("."))
    if kind == "iso":
        return _make(int(m["year"]), int(m["m"]), int(m["day"]), 0.95, published)
    if kind in ("mdy", "dmy"):
        return _make(int(m["year"]), month, int(m["day"]), 0.95, published)
    if kind == "my":
        return _make(int(m["year"]), month, None, 0.95, published)
    if kind == "year":
        return _make(int(m["year"]), None, None, 0.8, published)
    if kind == "month_range":
        return _make(int(m["year"]), month, None, 0.9, published)
    if kind == "decade":
        # A decade is kept as its first year, with low confidence: the timeline needs a sortable point.
        return _make(int(m["decade"]), None, None, 0.4, published)
    if published is None:
        return None
    if kind in ("md", "dm"):
        if month is None:
            return None
        # A day without a year is the occurrence nearest the publication date
        # ("on Aug. 3" in late August is this August; "on November 4" then is ahead).
        day = int(m["day"])
        options = []
        for year in (published.year - 1, published.year, published.year + 1):
            try:
                options.append(date(year, month, day))
            except ValueError:
                continue
        if not options:
            return None
        nearest = min(options, key=lambda d: abs((d - published).days))
        return _make(nearest.year, month, day, 0.8, published)
    if kind == "month":
        if month is None:
            return None
        if ahead:
            year = published.year + (1 if month < published.month else 0)
        else:
            year = published.year - (1 if month > published.month else 0)
        return _make(year, month, None, 0.6, published)
    if kind == "season":
        start_month = SEASON_START[m["season"].lower()]
        rel = m["rel"].lower()
        if rel == "last":
            year = published.year - (0 if start_month < published.month else 1)
        elif rel == "next":
            year = published.year + (0 if start_month > published.month else 1)
        else:
            year = published.year
        return _make(year, None, None, 0.7, published)
    if kind == "rel_month":
        if month is None:
            return None
        rel = m["rel"].lower()
        if rel == "last":
            year = published.year - (1 if month >= published.month else 0)
        elif rel == "next":
            year = published.year + (1 if month <= published.month else 0)
        else:
            year = published.year
        return _make(year, month, None, 0.85, published)
    if kind == "deictic":
        offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[m["word"].lower()]
        point = published + timedelta(days=offset)
        return _make(point.year, point.month, point.day, 0.9, published)
    if kind == "rel_weekday":
        target = WEEKDAYS[m["wd"].lower()]
        rel = (m["rel"] or "").lower()
        delta = (published.weekday() - target) % 7
        if rel == "next":
            point = published + timedelta(days=(target - published.weekday()) % 7 or 7)
        elif rel == "this" and target >= published.weekday():
            point = published + timedelta(days=target - published.weekday())
        elif ahead and rel != "last":
            # "The vote will be held on Tuesday": the coming one.
            point = published + timedelta(days=(target - published.weekday()) % 7 or 7)
        else:
            # A bare weekday in news reports means the most recent one.
            point = published - timedelta(days=delta)
        return _make(point.year, point.month, point.day, 0.75, published)
    if kind == "for_n":
        count = _number(m["num"])
        if count is None or m["unit"].lower() in ("day", "week", "fortnight"):
            return None
        # A stretch that runs up to publication started that long before it.
        if m["unit"].lower() == "month":
            point = _shift_months(published, -count)
            value = _make(point.year, point.month, None, 0.5, published)
        else:
            value = _make(published.year - count * (10 if m["unit"].lower() == "decade" else 1),
                          None, None, 0.5, published)
        return None if value is None else DateValue(value.iso, value.granularity, 0.5, False, span=True)
    if kind in ("ago", "in_n"):
        count = _number(m["num"])
        if count is None:
            return None
        unit = m["unit"].lower()
        sign = -1 if kind == "ago" else 1
        if unit == "fortnight":
            unit, count = "week", 2 * count
        if unit == "day":
            point = published + timedelta(days=sign * count)
            return _make(point.year, point.month, point.day, 0.8, published)
        if unit == "week":
            point = published + timedelta(weeks=sign * count)
            return _make(point.year, point.month, point.day, 0.6, published)
        if unit == "month":
            point = _shift_months(published, sign * count)
            return _make(point.year, point.month, None, 0.75, published)
        years = count * (10 if unit == "decade" else 1)
        return _make(published.year + sign * years, None, None, 0.75, published)
    if kind == "rel_unit":
        rel = m["rel"].lower()
        sign = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}[rel]
        unit = m["unit"].lower()
        if unit == "year":
            return _make(published.year + sign, None, None, 0.85, published)
        if unit == "month":
            point = _shift_months(published, sign)
            return _make(point.year, point.month, None, 0.85, published)
        point = published + timedelta(weeks=sign)
        return _make(point.year, point.month, point.day, 0.5, published)
    return None


def parse_published(value: str | None) -> date | None:
    """Parse a publication date given as ISO text (``2025-08-26`` or a longer timestamp)."""
    if not value:
        return None
    match = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
    if not match:
        found = find_dates(value, None)
        return date.fromisoformat(found[0].iso) if found and found[0].granularity == "day" else None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def find_dates(text: str, published: date | None) -> list[DateValue]:
    """Find and normalize every date expression in ``text``, without overlaps, in text order."""
    taken: list[tuple[int, int]] = []
    found: list[DateValue] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(start < b and a < end for a, b in taken):
                continue
            # A stretch ends at publication only in the present perfect ("have stalled for six
            # years"); "sat for 14 months" is a past duration with no anchor.
            if kind == "for_n" and not re.search(r"\b(?:has|have|'ve)\b", text[max(0, start - 60) : start], re.I):
                continue
            clause = re.split(r"[,;:()]", text[max(0, start - 80) : start])[-1]  # the cue must be in the same clause
            ahead = bool(_FUTURE_CUE.search(clause))
            value = _from_match(kind, m, published, ahead)
            if value is None:
                continue
            taken.append((start, end))
            confidence, span = value.confidence, value.span
            if re.search(r"\b(?:since|from)\s+(?:the\s+)?$", text[max(0, start - 12) : start], re.I):
                # "since 1900" opens a stretch of time; it is not an event on that date.
                confidence, span = min(confidence, 0.5), True
            found.append(DateValue(value.iso, value.granularity, confidence, value.future, start, end, span))
    found.sort(key=lambda v: v.start)
    return found


def normalize(expression: str, published: date | None) -> DateValue | None:
    """Normalize one date expression; ``None`` when it names no resolvable date."""
    found = find_dates(expression, published)
    return found[0] if found else None
