"""Days without a year in a text with no publication date: ISO 8601's yearless form ``--MM-DD``.

A day and month ("on 18 March", "May 10") is placed in a year by the publication date
(:func:`newsbrief.nlp.date_resolvers.resolve` takes the occurrence its clause's tense points
to). A pasted or detokenised text often has none, and its other years do not say which
one a bare "18 March" is in: the nearest year named before it is as often another story's
(a background "in 2009") as this one's. Guessing a year would print a wrong date as if it
were sure (the session 18b decision), so the date keeps only what the text says, its
month and day, in the form ISO 8601 gives a date without a year ("--03-18").

Before this form such days gave no Timeline entry at all (issue #11; Audit 48's Q&A lost
18 March, 21 April and 18 May). A yearless date orders after every dated entry (it cannot
be put among them) and among yearless ones by month and day, which is the story's order
unless it runs over a new year; see :func:`timeline_order`.

A month named with no year ("kidnapped in April", "last April") is kept the same way, as ISO 8601's
yearless month ``--MM`` (Audit 51's Boko Haram report lost "kidnapped ... in April" and "in July"); the
Timeline shows it as "April (year not given)", since a bare "April" beside dated entries reads as a
label, not as a date whose year is unknown. Only a capitalised month of a "month" kind is taken: a
lower-case "march" or "may" is a word, and the month kinds that need a year to mean anything ("March last
year") are read elsewhere. Stretches and limits ("since April", "by July") stay what the finder makes of
them: background or a limit, which the Timeline weighs as for any other date.

Only the finder (:func:`newsbrief.nlp.dates.find_dates` with ``yearless=True``, which the
Timeline asks for) makes these values; the date evaluations and every other reader of
dates keep resolving a yearless day to nothing when the publication date is unknown.
"""

from __future__ import annotations

import re
from calendar import month_name
from dataclasses import replace
from datetime import date

from newsbrief.lexicon import MONTHS
from newsbrief.nlp.date_resolvers import (
    DAY_WITHOUT_YEAR_CONFIDENCE,
    MONTH_WITHOUT_YEAR_CONFIDENCE,
    RELATIVE_RESOLVERS,
    DateValue,
    Tense,
    resolve,
)

__all__ = ["YEARLESS_KINDS", "counted_from_day", "is_yearless", "publication_day", "same_time", "timeline_order",
           "yearless_label", "yearless_value"]

YEARLESS_PREFIX = "--"
# The pattern kinds of nlp/dates.py that name a day and month but no year: "18 March", "March 18",
# and the first day of "18-19 July".
# A month alone: "in April", "last April", the second month of "between March and June".
YEARLESS_KINDS = frozenset({"md", "dm", "day_range_md", "month", "rel_month", "range_month"})
_MONTH_KINDS = frozenset({"month", "rel_month", "range_month"})
# A leap year, so that 29 February is a date of some year and stays one.
_ANY_LEAP_YEAR = 2000
# A year named after the month in words: "in June this year", "in December of the same year" (a sample of 50
# FNC-1 bodies, session 35, showed both shown as "(year not given)", though the text says which year).
_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(?:this|last|next|that|the\s+same|the\s+following|the\s+previous)\s+year\b",
                         re.I)
# What a yearless month's label says after the month (a bare "March" would read as a heading, not a date).
YEAR_NOT_GIVEN = "(year not given)"


def is_yearless(iso: str) -> bool:
    """Whether ``iso`` is a day without a year (``--03-18``)."""
    return iso.startswith(YEARLESS_PREFIX)


def yearless_value(m: re.Match[str], tense: Tense, kind: str = "md") -> DateValue | None:
    """The day and month (or the month alone) of a match of a ``YEARLESS_KINDS`` pattern ``kind``, without a year;
    None for no date ("30 February", a lower-case "may").

    It is as sure as the day would be with a publication date (a guessed year aside, the text names the day).
    Ahead when its clause is a future or a timetable present ("will meet on 18 May", "takes effect on 1 June"):
    ahead of the writing, though no calendar can say by how much. A weekday written with it ("Friday, Dec. 6") picks
    no year here: a weekday agrees with a day and month in one year of every seven or so.
    """
    month = MONTHS.get((m.groupdict().get("month") or "").lower().rstrip("."))
    if month is None:
        return None
    ahead = tense in ("future", "present") or (m.groupdict().get("rel") or "").lower() == "next"
    if kind in _MONTH_KINDS:
        if not m["month"][:1].isupper():
            return None  # "in march", "by may": a word, not a month (a month's name is capitalised)
        if _YEAR_AFTER.match(m.string, m.end()):
            return None  # "in June this year", "December of the same year": the text gives the year another way
        # As sure as a month whose year the tense would give; no year is guessed, so no tense doubt is taken off.
        return DateValue(f"{YEARLESS_PREFIX}{month:02d}", "month", MONTH_WITHOUT_YEAR_CONFIDENCE, ahead)
    day = int(m["day"])
    try:
        date(_ANY_LEAP_YEAR, month, day)
    except ValueError:
        return None
    iso = f"{YEARLESS_PREFIX}{month:02d}-{day:02d}"
    return DateValue(iso, "day", DAY_WITHOUT_YEAR_CONFIDENCE, ahead)


# A leap year and a common year: a date counted from a publication day without a year is certain when both give
# the same month and day. A weekday is not (the day of the week of 1 November moves on by one or two days a year,
# so "last Tuesday" falls on another day in each), nor is a count over 28 February ("two days ago" on 1 March).
_PROXY_YEARS = (_ANY_LEAP_YEAR, _ANY_LEAP_YEAR + 1)
_YEARLESS_DAY = re.compile(r"--(\d\d)-(\d\d)")


def publication_day(value: str | None) -> tuple[int, int] | None:
    """(month, day) of a publication date given without a year ("--11-01", a wire dateline's day: see
    ``ingest/wire_dates.py``); None for any other value."""
    m = _YEARLESS_DAY.fullmatch(value or "")
    return (int(m[1]), int(m[2])) if m else None


def counted_from_day(kind: str, m: re.Match[str], tense: Tense, day: tuple[int, int]) -> DateValue | None:
    """A relative date ("yesterday", "three days ago", "last month", "tomorrow") counted from a publication ``day``
    that has no year, as a day or month without a year ("--10-31", "--10"); None unless it is certain.

    Certain means the same in every year: the count is made from the day in a leap year and in a common year, and
    must give the same month and day in the publication's own year in both. A weekday ("on Tuesday") gives two
    days, a count over the end of February two days, a count into another year ("last December" in January) a year
    no one can name, and a year ("last year") a year: all None. Only the Timeline asks for these (issue #11).
    """
    if kind not in RELATIVE_RESOLVERS or kind in YEARLESS_KINDS:
        return None
    found: list[DateValue] = []
    for year in _PROXY_YEARS:
        try:
            published = date(year, *day)
        except ValueError:
            return None  # 29 February: no common year has it
        value = resolve(kind, m, published, tense)
        if value is None or value.granularity == "year" or value.until is not None or value.iso[:4] != str(year):
            return None
        found.append(replace(value, iso=f"{YEARLESS_PREFIX}{value.iso[5:]}"))
    return found[0] if all(v == found[0] for v in found) else None


def yearless_label(iso: str) -> str:
    """The day as the Timeline shows it, with no year: "18 March"; a month alone says its year is unknown:
    "March (year not given)"."""
    if len(iso) == len("--03"):
        return f"{month_name[int(iso[2:4])]} {YEAR_NOT_GIVEN}"
    return f"{int(iso[5:7])} {month_name[int(iso[2:4])]}"


def timeline_order(iso: str) -> tuple[bool, str]:
    """The sort key of a Timeline date: dated entries in date order, then the yearless ones by month and day."""
    return (is_yearless(iso), iso)


def same_time(a: str, b: str) -> bool:
    """Whether two ISO dates can name the same time: one within the other ("2025-11" and "2025-11-14"), or a
    day or month without a year and a date of that month ("--03-18" with "2026-03-18" or "2026-03"; "--03" with
    "--03-18" or "2026-03-18").

    A yearless day and a bare year are not taken as one time: the year says nothing of the day,
    and joining them would let either reading stand for the other. Stories use this to join
    one event told by an undated article ("on 18 March") and a dated one ("March 18, 2026").
    """
    if is_yearless(a) and is_yearless(b):
        return a.startswith(b) or b.startswith(a)
    if is_yearless(a) or is_yearless(b):
        day, dated = (a, b) if is_yearless(a) else (b, a)
        if len(dated) < 7 or dated[5:7] != day[2:4]:
            return False
        return len(dated) == 7 or len(day) == 4 or dated[8:10] == day[5:7]
    return a.startswith(b) or b.startswith(a)
