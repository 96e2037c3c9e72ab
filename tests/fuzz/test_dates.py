"""Property-based tests of date normalization (nlp/dates.py) on generated text (issue 16).

Whatever the text and the publication date: finding dates never raises; each value lies
inside the text, in order, without overlaps; its ISO value is a real date at its
granularity; a confidence is in [0, 1]; a range ends no earlier than it starts; a date is
future only when it lies after publication ("later this month" aside). Parsing a
publication date never raises and keeps an ISO day it is given.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbrief.nlp.dates import DateValue, find_dates, normalize, parse_published
from tests.fuzz.generators import SEPARATORS, TOKENS, prose

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Counts a text may give, up to sizes past the calendar's ends (those give no date).
NUMBERS = st.one_of(st.integers(0, 40), st.integers(0, 999), st.integers(0, 10**12)).map(str)
DATE_WORDS = st.sampled_from(["ago", "days", "weeks", "years", "decades", "in", "within", "for", "the past", "since",
                              "from", "to", "and", "between", "March", "Feb.", "of", "last", "next", "this",
                              "Friday", "later", "earlier", "the", "'s", "st", "th", "-", "–", "/", "s", ",",
                              "spring", "winter", "the 1990s", "2015-18", "2019/20", '"', "“", "”", "‘", "’"])
# Publication dates, to the calendar's ends (where relative dates past them give no date).
PUBLISHED = st.one_of(st.none(), st.dates(),
                      st.sampled_from([date(2026, 2, 28), date(2024, 2, 29), date(1999, 12, 31)]))


MONTHS = st.sampled_from(["January", "Feb.", "March", "Sept.", "June", "December", "dec", "May"])
WEEKDAYS = st.sampled_from(["Monday", "Tuesday", "Sunday", "Fri"])
UNITS = st.sampled_from(["day", "days", "week", "weeks", "fortnight", "month", "months", "year", "years", "decade"])
YEARS = st.one_of(st.integers(1800, 2199), st.integers(0, 9999)).map(str)
DAYS = st.one_of(st.integers(0, 39).map(str), st.sampled_from(["1st", "22nd", "3rd", "31st", "29th"]))
# Phrases of each kind the patterns read, with odd parts: 31 February, year 0, a count of 10**30.
PHRASES = st.one_of(
    st.tuples(NUMBERS, UNITS, st.sampled_from(["ago", "from now", "'s time", ""])).map(" ".join),
    st.tuples(st.sampled_from(["in", "within", "for", "for the past", "over the last"]), NUMBERS, UNITS).map(" ".join),
    st.tuples(DAYS, MONTHS, YEARS).map(" ".join), st.tuples(MONTHS, DAYS, YEARS).map(lambda p: f"{p[0]} {p[1]}, {p[2]}"),
    st.tuples(MONTHS, DAYS).map(" ".join), st.tuples(DAYS, MONTHS).map(" ".join),
    st.tuples(st.sampled_from(["last", "next", "this", "on", "in", "since", "early", "late"]),
              st.one_of(WEEKDAYS, MONTHS, UNITS, st.sampled_from(["summer", "winter", "spring"]))).map(" ".join),
    st.tuples(st.sampled_from(["from", "between", "since", ""]), st.one_of(YEARS, MONTHS, DAYS),
              st.sampled_from(["to", "and", "-", "–", "until"]), st.one_of(YEARS, MONTHS, DAYS),
              st.one_of(st.just(""), YEARS)).map(" ".join),
    st.tuples(YEARS, st.sampled_from(["-", "/", "–"]), st.integers(0, 99).map("{:02d}".format)).map("".join),
    st.tuples(YEARS, st.integers(0, 19), st.integers(0, 39)).map(lambda p: f"{p[0]}-{p[1]:02d}-{p[2]:02d}"),
    st.sampled_from(["yesterday", "today", "tomorrow", "tonight", "last night", "the day before yesterday",
                     "later this month", "earlier this year", "the 1990s", "in recent years", "for decades"]),
)


@st.composite
def date_text(draw: st.DrawFn) -> str:
    """Date phrases, runs of date words and numbers of any size, among ordinary and hostile tokens."""
    tokens = draw(st.lists(st.one_of(PHRASES, PHRASES, DATE_WORDS, NUMBERS, TOKENS), max_size=30))
    return "".join(token + draw(SEPARATORS) for token in tokens)


def _day_one(value: DateValue) -> date:
    """The first day of the value's period; raises ValueError when its ISO value is not a real date."""
    patterns = {"day": r"\d{4}-\d\d-\d\d", "month": r"\d{4}-\d\d", "year": r"\d{4}"}
    assert re.fullmatch(patterns[value.granularity], value.iso), (value.iso, value.granularity)
    parts = [int(p) for p in value.iso.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def _check(text: str, published: date | None, values: list[DateValue]) -> None:
    end = 0
    for value in values:
        assert end <= value.start < value.end <= len(text), (value.start, value.end, end, len(text))
        end = value.end
        first = _day_one(value)
        assert 0.0 <= value.confidence <= 1.0
        if value.future:
            assert published is not None
            later = re.search(r"\blater\s+$", text[: value.start], re.I)
            assert first > published or later, (value, published)
        elif published is not None:
            assert first <= published, (value, published)
        if value.until is not None:
            assert value.until.ends_range and value.until.start >= value.end
            assert value.until.iso >= value.iso[: len(value.until.iso)], (value.iso, value.until.iso)


@FAST
@given(text=st.one_of(date_text(), prose(), st.text(max_size=200)), published=PUBLISHED, quoted=st.booleans())
def test_found_dates_are_in_the_text_in_order_and_real(text: str, published: date | None, quoted: bool) -> None:
    _check(text, published, find_dates(text, published, quoted))


@FAST
@given(text=date_text(), published=PUBLISHED)
def test_normalize_is_the_first_date_found(text: str, published: date | None) -> None:
    found = find_dates(text, published)
    assert normalize(text, published) == (found[0] if found else None)


@FAST
@given(value=st.one_of(st.none(), st.text(max_size=40), date_text(),
                       st.dates().map(date.isoformat), st.datetimes().map(lambda d: d.isoformat() + "Z"),
                       st.from_regex(r"\A\d{4}-\d\d-\d\d.{0,10}\Z")))
def test_publication_dates_parse_or_are_none(value: str | None) -> None:
    parsed = parse_published(value)
    assert parsed is None or isinstance(parsed, date)
    if value and re.match(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        try:
            given_day = date.fromisoformat(value[:10])
        except ValueError:
            assert parsed is None
        else:
            assert parsed == given_day


# Found by test_found_dates_are_in_the_text_in_order_and_real with counts and publication dates of any size:
# date arithmetic past year 9999 or before year 1 raises OverflowError or ValueError from the resolvers
# (nlp/date_resolvers.py: _offset, shift_months, _weekday, the deictic and relative-week ones). A dated
# article saying "in 3000000 days" ends `newsbrief brief` with a traceback. The expression names no date a
# calendar has: it should give none.
CALENDAR_EDGES = [
    ("The work will start in 3000000 days.", date(2026, 2, 3)),
    ("The work will start in 500000 weeks.", date(2026, 2, 3)),
    ("The work will start in 96000 months.", date(2026, 2, 3)),
    ("It closed 7680040026073928 months ago.", date(2026, 2, 3)),
    ("It closed 2147485649 years ago.", date(2000, 1, 1)),
    ("The council meets on Monday.", date(9999, 12, 31)),
    ("The council will meet tomorrow.", date(9999, 12, 31)),
    ("It opens next month.", date(9999, 12, 2)),
    ("The council met yesterday.", date(1, 1, 1)),
    ("It closed last month.", date(1, 1, 15)),
    ("It was announced last week.", date(1, 1, 2)),
]


@pytest.mark.parametrize(("text", "published"), CALENDAR_EDGES)
def test_dates_past_the_calendar_are_no_dates(text: str, published: date) -> None:
    values = find_dates(text, published)
    _check(text, published, values)
