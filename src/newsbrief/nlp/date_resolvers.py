"""One resolver per kind of date expression, dispatched from a table by :func:`resolve`.

:mod:`newsbrief.nlp.dates` finds the expressions with one regular expression per
kind; the resolver of that kind turns the match's named groups (``year``,
``month``, ``day``, ``num``, ``unit``, ``rel``, ...) into a :class:`DateValue`.
Absolute expressions ("June 2018", "the 1990s") resolve on their own; relative
ones ("last Tuesday", "two years ago", "in March") need the publication date and
resolve to ``None`` without it.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from newsbrief.lexicon import COUNT_WORDS, MONTHS, WEEKDAYS
from newsbrief.nlp.date_forecast import possessive_behind
from newsbrief.nlp.year_numbers import numbers_a_thing

Granularity = Literal["day", "month", "year"]
# How the sentence places a date without a year ("on Wednesday", "in March") relative to
# publication, read from the governing verb by :func:`newsbrief.nlp.dates.tense_at`:
#   future   - an explicit future: "will", "is to", "plans to", "is due", "going to",
#              "is meeting" (present progressive), "next", "adjourned until"
#   present  - the present simple of a timetable ("Ministers meet on Wednesday", "the law
#              takes effect in January", "results are announced on Friday"): ahead
#   past     - a past form: "was", "met", "announced", "has closed", "since"
#   unclear  - a future seen from the past ("was due to", "planned to"): it may have
#              happened, so the occurrence nearest publication, less sure
#   unmarked - no tense marker in the clause: ahead for a weekday (the present simple of a
#              verb the rules do not know), behind for a month, nearest for a day and month,
#              less sure
Tense = Literal["future", "present", "past", "unclear", "unmarked"]
Bound = Literal["by", "until", "before", "from"]
_AHEAD: frozenset[str] = frozenset({"future", "present", "unmarked"})

# Confidence of each kind of expression: how sure the rule is of the date it gives.
# Set by hand when the rules were written (commit 03cdce2, ad906e7 and bff3b96 for the
# later kinds); the git history records no tuning of them, and `eval labelled` scores only
# the value and granularity. They matter in the timeline (analyze/timeline.py), which hides
# dates below its MIN_CONFIDENCE of 0.55 (chosen by reading the example articles) and ranks
# a date's sentences by informativeness times confidence.
EXPLICIT_CONFIDENCE = 0.95  # written out: "2019-02-27", "Feb. 27, 2019", "June 2018"
MONTH_RANGE_CONFIDENCE = 0.9  # "between March and June 2021": March borrows June's year
DEICTIC_CONFIDENCE = 0.9  # "yesterday", "today", "tonight", "tomorrow"
NAMED_RELATIVE_CONFIDENCE = 0.85  # "last June", "next month", "this year"
YEAR_CONFIDENCE = 0.8  # a lone four-digit year
# "on Aug. 3": the occurrence nearest publication. Before the 68-expression labelled set
# (ad906e7) it was this year at 0.8, or last year at 0.7 when this year's was months ahead.
DAY_WITHOUT_YEAR_CONFIDENCE = 0.8
DAYS_OFFSET_CONFIDENCE = 0.8  # "three days ago", "in two days"
WEEKDAY_CONFIDENCE = 0.75  # "on Tuesday", "last Friday"
COARSE_OFFSET_CONFIDENCE = 0.75  # "two months ago", "in three years", "a decade ago"
SEASON_CONFIDENCE = 0.7  # "last summer", kept as its year
MONTH_WITHOUT_YEAR_CONFIDENCE = 0.6  # "in March": the year comes from the tense
WEEKS_OFFSET_CONFIDENCE = 0.6  # "two weeks ago", "a fortnight ago"
# Below the timeline's 0.55, so these never make a timeline entry of their own:
SPAN_CONFIDENCE = 0.5  # the start of a stretch: "for six years" (ad906e7), "since 1900" (3f7d0f0)
RELATIVE_WEEK_CONFIDENCE = 0.5  # "last week", "this week" as a day
DECADE_CONFIDENCE = 0.4  # a decade kept as its first year so that it sorts (bff3b96)
# How much less sure a weekday, a month without a year or "in the autumn" is when its
# tense was not read from a past or an explicit future form. The present simple is a
# timetable but also tells habits ("the market opens on Friday"): a small drop that keeps
# a month at the timeline's 0.55. No marker at all, or a future seen from the past ("was
# due to meet on Friday"), are guesses: the larger drops put a month without a year below
# the timeline's 0.55 and leave a weekday above it. Chosen by hand with the reader date set
# (tests/data/reader/dates_reader.jsonl) and weekday sentences of t17 articles; the drops
# change no value, only what the timeline shows.
PRESENT_TENSE_DROP = 0.05
UNMARKED_TENSE_DROP = 0.1
UNCLEAR_TENSE_DROP = 0.15

YEARS_PER_DECADE = 10
WEEKS_PER_FORTNIGHT = 2
DAYS_PER_WEEK = 7
SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
WINTER_START = SEASON_START["winter"]
SEASON_MONTHS = 3
DEICTIC_OFFSETS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "last night": -1,
                   "this morning": 0, "this afternoon": 0, "this evening": 0,
                   "the day before yesterday": -2, "the day after tomorrow": 2}
RELATIVE_SIGNS = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}


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
    # Named as background, not as an event on that date: "since 2008", "as in 2016", "the
    # 1982 crackdown", a speaker's year inside a quotation (nlp/date_spans.py, background).
    background: bool = False
    # A range "from 2015 to 2018": its first value holds the last one in ``until``; the last
    # one is still a date of its own (the labelled sets count both ends) but ``ends_range``.
    until: DateValue | None = None
    ends_range: bool = False
    # A limit rather than a day something happens on: "by 2022" and "no later than 6 May" (a
    # deadline), "until 20 January" (the end of a state), "not before October" (the earliest
    # it can be), "from 1 June" (the day a state begins). The timeline labels the date with it
    # ("until 20 January 2019").
    bound: Bound | None = None


AbsoluteResolver = Callable[[re.Match[str], date | None], DateValue | None]
RelativeResolver = Callable[[re.Match[str], date, Tense], DateValue | None]


def _count(text: str) -> int | None:
    """The count in "two years" or "a few weeks": digits or a count word."""
    text = text.lower()
    if text.isdigit():
        return int(text)
    return COUNT_WORDS.get(text)


def _month(m: re.Match[str]) -> int | None:
    """Month number of the match's ``month`` group; None when absent or unknown ("Sepember")."""
    return MONTHS.get((m.groupdict().get("month") or "").lower().rstrip("."))


def shift_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` calendar months, clamped to the end of a shorter month."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def make_value(
    year: int, month: int | None, day: int | None, confidence: float, published: date | None
) -> DateValue | None:
    """The value at the finest granularity given; None for an impossible date (30 February).

    It is future when the whole period (day, month or year) lies after publication.
    """
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


def _day_value(point: date, confidence: float, published: date) -> DateValue | None:
    return make_value(point.year, point.month, point.day, confidence, published)


def tense_confidence(confidence: float, tense: Tense) -> float:
    """``confidence`` lowered when the tense that placed the date was a guess."""
    if tense == "present":
        return round(confidence - PRESENT_TENSE_DROP, 2)
    if tense == "unmarked":
        return round(confidence - UNMARKED_TENSE_DROP, 2)
    if tense == "unclear":
        return round(confidence - UNCLEAR_TENSE_DROP, 2)
    return confidence


def shift_year(value: DateValue, years: int, published: date | None) -> DateValue | None:
    """``value`` moved by whole years (a range's yearless end that came out before its start)."""
    parts = [int(p) for p in value.iso.split("-")]
    month = parts[1] if len(parts) > 1 else None
    day = parts[2] if len(parts) > 2 else None
    moved = make_value(parts[0] + years, month, day, value.confidence, published)
    if moved is None:
        return None
    return DateValue(moved.iso, moved.granularity, value.confidence, moved.future, value.start, value.end,
                     value.span, value.background, value.until, value.ends_range, value.bound)


# --- Absolute expressions -------------------------------------------------------------


def _iso(m: re.Match[str], published: date | None) -> DateValue | None:
    """An ISO date: "2001-09-11"."""
    return make_value(int(m["year"]), int(m["m"]), int(m["day"]), EXPLICIT_CONFIDENCE, published)


def _day_month_year(m: re.Match[str], published: date | None) -> DateValue | None:
    """Day, month and year: "Feb. 27, 2019", "30 June 2019"."""
    return make_value(int(m["year"]), _month(m), int(m["day"]), EXPLICIT_CONFIDENCE, published)


def _month_year(m: re.Match[str], published: date | None) -> DateValue | None:
    """Month and year: "June 2018", "March of 2020"."""
    return make_value(int(m["year"]), _month(m), None, EXPLICIT_CONFIDENCE, published)


def _year(m: re.Match[str], published: date | None) -> DateValue | None:
    """A year on its own: "in 2015"."""
    return make_value(int(m["year"]), None, None, YEAR_CONFIDENCE, published)


def _year_tail(m: re.Match[str], published: date | None) -> DateValue | None:
    """The short end of a year range ("2015-18", "the 2016-17 season"): a later year of that century."""
    year = int(m["century"]) * 100 + int(m["yy"])
    first = int(m["century"] + m["first"])
    if year == first - 99:  # a season across a century: "the 1999-00 season" ends in 2000 (session 17)
        year = first + 1
    # The tail of a number ("flight 2015-16", a score) is no year either: its first four digits were
    # refused as a year, and "-16" alone became 2016 (session 17).
    if year <= first or numbers_a_thing(m.string, m.start() - 5, published):
        return None
    return make_value(year, None, None, YEAR_CONFIDENCE, published)


def _month_range(m: re.Match[str], published: date | None) -> DateValue | None:
    """The first month of "between March and June 2021", in the year of the second."""
    return make_value(int(m["year"]), _month(m), None, MONTH_RANGE_CONFIDENCE, published)


def _decade(m: re.Match[str], published: date | None) -> DateValue | None:
    """A decade ("the 1990s") as its first year: the timeline needs a sortable point."""
    return make_value(int(m["decade"] or m["decade_a"]), None, None, DECADE_CONFIDENCE, published)


# --- Relative expressions: need the publication date ----------------------------------


def _day_month(m: re.Match[str], published: date, tense: Tense) -> DateValue | None:
    """Day and month without a year ("on Aug. 3", "3 August").

    A future or a timetable present ("becomes law on 1 January") takes the next
    occurrence, a past form the last one; otherwise the occurrence nearest publication: "on Aug. 3" in late
    August is this August, "on November 4" then is ahead. A weekday written with the date
    ("Friday, Dec. 6") decides the year before the tense does: the date is then as sure as a
    written-out one.
    """
    month = _month(m)
    if month is None:
        return None
    day = int(m["day"])
    options = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    weekday = (m.groupdict().get("wd") or "").lower()
    agreeing = [d for d in options if weekday and d.weekday() == WEEKDAYS[weekday]]
    if agreeing:
        # "Friday, Dec. 6": the year in which 6 December is a Friday, whatever the tense says;
        # of two such years (28 years apart at most), the one nearer publication.
        options, confidence = agreeing, EXPLICIT_CONFIDENCE
    else:
        confidence = DAY_WITHOUT_YEAR_CONFIDENCE
    if tense in ("future", "present") and not agreeing:
        options = [d for d in options if d >= published] or options
    elif tense == "past" and not agreeing:
        options = [d for d in options if d <= published] or options
    if not options:
        return None
    nearest = min(options, key=lambda d: abs((d - published).days))
    return make_value(nearest.year, month, day, confidence, published)


def _month_without_year(m: re.Match[str], published: date, tense: Tense) -> DateValue | None:
    """A month without a year ("in March"): ahead for a future or present tense, else the last one.

    "Will finish by June" and "the law takes effect in January" are the next ones (this
    month counts), "ministers met in March" the last one. With no tense marker ("the
    explosion in April") the last one: news tells past months far more often than coming
    ones, and a coming month comes with "will", "due" or "expected".
    """
    month = _month(m)
    if month is None:
        return None
    ahead = published.year + (1 if month < published.month else 0)
    behind = published.year - (1 if month > published.month else 0)
    if tense in ("future", "present"):
        year = ahead
    elif tense == "unclear":
        # "It was still likely to be August": the occurrence nearest publication.
        year = min((behind, ahead), key=lambda y: abs((date(y, month, 15) - published).days))
    else:
        year = behind
    return make_value(year, month, None, tense_confidence(MONTH_WITHOUT_YEAR_CONFIDENCE, tense), published)


def _season(m: re.Match[str], published: date, tense: Tense) -> DateValue | None:
    """A season ("last summer", "next spring", "in the autumn") as the year it starts in.

    "In the autumn" has its year from the tense: "began in the autumn" is the last one to
    have started, "will begin in the autumn" the first one not yet over (the current one
    counts both ways).
    """
    start_month = SEASON_START[m["season"].lower()]
    rel = (m["rel"] or "the").lower()
    confidence = SEASON_CONFIDENCE
    if rel == "the":
        starts = [date(y, start_month, 1) for y in (published.year - 1, published.year, published.year + 1)]
        if tense in _AHEAD:
            year = next(s.year for s in starts if shift_months(s, SEASON_MONTHS) > published)
        else:
            year = max(s.year for s in starts if s <= published)
        return make_value(year, None, None, tense_confidence(confidence, tense), published)
    starts = [date(y, start_month, 1) for y in range(published.year - 2, published.year + 2)]
    if rel == "last":  # the latest one already over: in July, "last summer" is a year ago
        year = max(s.year for s in starts if shift_months(s, SEASON_MONTHS) <= published)
    elif rel == "next":
        year = min(s.year for s in starts if s > published)
    else:
        year = published.year
    # A winter starts in December and lies mostly in the next year; that year is the one a reader
    # expects ("erupted last winter", said in July 2011, is early 2011; check 8 read it as 2010).
    if start_month == WINTER_START and rel in ("last", "next"):
        year += 1
    return make_value(year, None, None, confidence, published)


def _named_month(m: re.Match[str], published: date, tense: Tense) -> DateValue | None:
    """A named month with last/next/this: "last June", "next March"."""
    month = _month(m)
    if month is None:
        return None
    rel = m["rel"].lower()
    if rel == "last":
        year = published.year - (1 if month >= published.month else 0)
    elif rel == "next":
        year = published.year + (1 if month <= published.month else 0)
    else:
        year = published.year
    return make_value(year, month, None, NAMED_RELATIVE_CONFIDENCE, published)


_YEAR_STEPS = {"last": -1, "this": 0, "next": 1}


def _month_of_a_named_year(m: re.Match[str], published: date, tense: Tense) -> DateValue | None:
    """A month (or day) with the year named from publication: "in March last year", "on 3 May next year"."""
    month, day = _month(m), m["day"] or m["day2"]
    if month is None:
        return None
    year = published.year + _YEAR_STEPS[m["rel"].lower()]
    return make_value(year, month, int(day) if day else None, NAMED_RELATIVE_CONFIDENCE, published)


def _deictic(m: re.Match[str], published: date, tense: Tense) -> DateValue | None:
    """Yesterday, today, tonight or tomorrow."""
    point = published + timedelta(days=DEICTIC_OFFSETS[" ".join(m["word"].lower().split())])
    return _day_value(point, DEICTIC_CONFIDENCE, published)


def _weekday(m: re.Match[str], published: date, tense: Tense) -> DateValue | None:
    """A weekday: "on Tuesday", "last Friday", "next Monday", "this Sunday".

    Without last/next/this the tense decides: "will be held on Tuesday", "is to vote on
    Tuesday" and "ministers meet on Wednesday" are the coming one (the publication day
    itself counts: "the Senate votes on Tuesday" in Tuesday's paper is that day); "said
    on Monday" is the last one.
    """
    target = WEEKDAYS[m["wd"].lower()]
    rel = (m["rel"] or "").lower()
    days_back = (published.weekday() - target) % DAYS_PER_WEEK
    days_ahead = (target - published.weekday()) % DAYS_PER_WEEK
    confidence = WEEKDAY_CONFIDENCE
    if rel == "next":
        point = published + timedelta(days=days_ahead or DAYS_PER_WEEK)
    elif rel == "this" and target >= published.weekday():
        point = published + timedelta(days=target - published.weekday())
    elif rel != "last" and not possessive_behind(m, tense) and (
            tense in _AHEAD or (tense == "unclear" and days_ahead < days_back)):
        # "Another flight was scheduled to land Monday": the nearer Monday, when unclear.
        point = published + timedelta(days=days_ahead)
        confidence = tense_confidence(confidence, tense)
    else:
        if rel == "last" and days_back <= 1:
            # "last Friday" in Friday's paper is a week ago, and "last Thursday" in it is not
            # yesterday either (the writer would say "yesterday" or "on Thursday"; Audit 6).
            days_back += DAYS_PER_WEEK
        point = published - timedelta(days=days_back)
        confidence = confidence if rel == "last" else tense_confidence(confidence, tense)
    return _day_value(point, confidence, published)


def _stretch(m: re.Match[str], published: date, tense: Tense) -> DateValue | None:
    """A stretch up to publication ("have stalled for nearly six years"), as the point it began.

    Day and week stretches are too short to date anything; the value is a span.
    """
    count = _count(m["num"])
    unit = m["unit"].lower()
    if count is None or unit in ("day", "week", "fortnight"):
        return None
    if unit == "month":
        point = shift_months(published, -count)
        value = make_value(point.year, point.month, None, SPAN_CONFIDENCE, published)
    else:
        years = count * (YEARS_PER_DECADE if unit == "decade" else 1)
        value = make_value(published.year - years, None, None, SPAN_CONFIDENCE, published)
    return None if value is None else DateValue(value.iso, value.granularity, SPAN_CONFIDENCE, False, span=True)


def _offset(m: re.Match[str], published: date, sign: int) -> DateValue | None:
    """``num`` ``unit``s before (``sign`` -1) or after (+1) publication, at the unit's granularity."""
    count = _count(m["num"])
    if count is None:
        return None
    unit = m["unit"].lower()
    if unit == "fortnight":
        unit, count = "week", WEEKS_PER_FORTNIGHT * count
    if unit == "day":
        return _day_value(published + timedelta(days=sign * count), DAYS_OFFSET_CONFIDENCE, published)
    if unit == "week":
        return _day_value(published + timedelta(weeks=sign * count), WEEKS_OFFSET_CONFIDENCE, published)
    if unit == "month":
        point = shift_months(published, sign * count)
        return make_value(point.year, point.month, None, COARSE_OFFSET_CONFIDENCE, published)
    years = count * (YEARS_PER_DECADE if unit == "decade" else 1)
    return make_value(published.year + sign * years, None, None, COARSE_OFFSET_CONFIDENCE, published)


def _ago(m: re.Match[str], published: date, tense: Tense) -> DateValue | None:
    """A count of units before publication: "two years ago", "a fortnight ago"."""
    return _offset(m, published, -1)


def _within(m: re.Match[str], published: date, tense: Tense) -> DateValue | None:
    """A count of units after publication: "in three years", "within two weeks' time"."""
    return _offset(m, published, 1)


def _relative_unit(m: re.Match[str], published: date, tense: Tense) -> DateValue | None:
    """The last, next or this week, month or year: "last year", "the coming month"."""
    sign = RELATIVE_SIGNS[m["rel"].lower()]
    unit = m["unit"].lower()
    if unit == "year":
        return make_value(published.year + sign, None, None, NAMED_RELATIVE_CONFIDENCE, published)
    if unit == "month":
        point = shift_months(published, sign)
        return make_value(point.year, point.month, None, NAMED_RELATIVE_CONFIDENCE, published)
    return _day_value(published + timedelta(weeks=sign), RELATIVE_WEEK_CONFIDENCE, published)


# Pattern kind (see nlp/dates.py) -> resolver.
ABSOLUTE_RESOLVERS: dict[str, AbsoluteResolver] = {
    "iso": _iso,
    "mdy": _day_month_year,
    "dmy": _day_month_year,
    "my": _month_year,
    "year": _year,
    "year_tail": _year_tail,
    "day_range": _day_month_year,  # "3" in "from 3 to 5 March 2026"
    "month_range": _month_range,
    "decade": _decade,
}
RELATIVE_RESOLVERS: dict[str, RelativeResolver] = {
    "md": _day_month,
    "dm": _day_month,
    "day_range_md": _day_month,  # "3" in "from 3 to 5 March"
    "month": _month_without_year,
    "range_month": _month_without_year,  # "and June" in "between March and June"
    "season": _season,
    "rel_month": _named_month,
    "month_rel_year": _month_of_a_named_year,
    "deictic": _deictic,
    "rel_weekday": _weekday,
    "for_n": _stretch,
    "ago": _ago,
    "in_n": _within,
    "rel_unit": _relative_unit,
}


def resolve(kind: str, m: re.Match[str], published: date | None, tense: Tense = "unmarked") -> DateValue | None:
    """Normalize one match of the pattern ``kind``; ``tense`` is how its sentence places it in time.

    None when the match names no valid date, or is relative and ``published`` is unknown.
    """
    absolute = ABSOLUTE_RESOLVERS.get(kind)
    if absolute is not None:
        return absolute(m, published)
    relative = RELATIVE_RESOLVERS.get(kind)
    if relative is None or published is None:
        return None
    return relative(m, published, tense)
