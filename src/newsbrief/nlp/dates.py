"""Normalize date expressions ("June 2018", "last Tuesday", "two years ago") to ISO dates.

Rules only, no model: an absolute expression gives its own date; a relative one
is resolved against the publication date and is ``None`` when that is unknown.
Each result has a granularity (``day``, ``month`` or ``year``), a confidence in
[0, 1] and a flag for dates after the publication date.

This module finds the expressions (one pattern per kind, earlier kinds winning
overlaps) and reads the cues around them: the tense that puts a weekday or a month
without a year ahead of or before publication (:func:`tense_at`), the words that make
a date background rather than an event ("since 2008", "the 1982 crackdown", a year
inside a quotation; read in :mod:`newsbrief.nlp.date_spans`), the ranges that join two
dates ("from 2015 to 2018"), and the limits ("by 2022", "until 6 May", "before October":
``DateValue.bound``). A weekday written
with its date ("Friday, Dec. 6") is part of that date and picks its year.
:mod:`newsbrief.nlp.date_resolvers` turns each match into a date.

A rate is no date ("50 cigarettes in a day"), nor is "within a year" in a past clause,
which counts from another event. Vague periods are not dates: "in the next year", "the past few weeks", "the last
decade", "in recent years", "for decades" name a stretch with no edge a reader could
put on a calendar, so they claim their words and give nothing. "Earlier this year"
and "later this month" do say which year or month, and are kept at that
granularity, no finer.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from newsbrief.lexicon import MONTH_ALTERNATION, SPELLED_COUNTS, WEEKDAY_ALTERNATION
from newsbrief.nlp.date_forecast import forecast_weekday
from newsbrief.nlp.date_numbers import numbers_a_place_or_count
from newsbrief.nlp.date_resolvers import (
    SPAN_CONFIDENCE,
    Bound,
    DateValue,
    Granularity,
    Tense,
    resolve,
    shift_year,
)
from newsbrief.nlp.date_spans import (
    FROM,
    after_since,
    attributive_day,
    background,
    counts_from_now,
    in_perfect,
    starts_from,
)
from newsbrief.nlp.date_yearless import YEARLESS_KINDS, counted_from_day, is_yearless, yearless_value
from newsbrief.nlp.tense import tense_at
from newsbrief.nlp.year_numbers import day_of_a_measure, month_is_a_word, numbers_a_thing

__all__ = ["Bound", "DateValue", "Granularity", "Tense", "bound_at", "find_dates", "is_until_cleft", "normalize",
           "parse_published", "tense_at"]

# "\b" after the month: "last dec" is not "last decade", "in Mar" not "in Marseille".
# The full stop only after an abbreviation ("Feb.", "Sept."), not the one ending a sentence.
_MONTH_RE = rf"(?P<month>{MONTH_ALTERNATION})\b(?:(?<=\b[A-Za-z]{{3}})\.|(?<=\b[Ss]ept)\.)?"
_YEAR_RE = r"(?P<year>(?:1[89]|20|21)\d\d)"
_DAY_RE = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# "a few" before "an?" so that the longer count is read whole.
_NUM_RE = rf"(?P<num>\d+|a few|an?|{'|'.join(SPELLED_COUNTS)}|several|few)"
_UNIT_RE = r"(?P<unit>day|week|fortnight|month|year|decade)s?"
_MONTH_NAMES = rf"(?:{MONTH_ALTERNATION})\b"
# What makes four digits a time of day: a time zone or "hours" after them.
_CLOCK = r"(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|MST|MDT|IST|JST|AEST|local\s+time|hours|hrs|h)\b"
# A weekday written with its date ("Friday, Dec. 6", "Sunday 26 April 2009", "Tuesday the 3rd of
# March") is part of that date: one expression, not a second, relative one resolved on its own.
_WEEKDAY_OF_DATE = rf"(?:(?P<wd>{WEEKDAY_ALTERNATION})\.?,?\s+(?:the\s+)?)?"
# How far ahead of publication a yearless limit in a past clause may lie and still be the
# coming one: three months. The t17 articles' such limits ("by June 3", "by 27 July", "until 6
# May") lay within three weeks ahead; a past one ("knew by 20 April") half a year ahead.
LIMIT_AHEAD_DAYS = 92

# A stretch counted from publication with no number, or no edge at all: not a date.
_VAGUE_UNITS = r"(?:days?|weeks?|months?|years?|decades?|centur(?:y|ies))"
_VAGUE = re.compile(
    "|".join([
        # "in the next year", "over the past few weeks", "the coming months", "the last decade"
        rf"\bthe\s+(?:next|past|last|coming|previous|following|preceding)\s+"
        rf"(?:(?:few|several|couple\s+of|many)\s+)?{_VAGUE_UNITS}\b(?!\s+(?:ago|from\s+now))",
        # "earlier this year", "later in the year": somewhere in a stretch of up to twelve
        # months, like "in recent months". "Earlier this month" stays a month: the whole
        # stretch lies in one calendar month, the granularity of most timeline entries.
        r"\b(?:earlier|later)\s+(?:this|in\s+the)\s+year\b",
        # "last decade", "next decade"
        r"\b(?:last|past|previous|next|coming)\s+decade\b",
        # "in recent years", "in coming months"
        r"\b(?:recent|coming|past|previous)\s+(?:days|weeks|months|years|decades)\b",
        # "a little over a week ago", "about ten days ago": a hedged count of days or weeks names no day
        # (check 8: "a little over a week ago" shown as exactly seven days before publication)
        r"\b(?:a\s+little\s+|just\s+|well\s+)?(?:over|more\s+than|about|around|nearly|almost|roughly|"
        r"some|under|less\s+than|up\s+to)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
        r"eleven|twelve|a\s+couple\s+of|\d+)\s+(?:days?|weeks?|fortnights?)\s+ago\b",
        # "a few weeks ago", "several months ago", "some years ago": no count, so no day, month or year
        # (reader Audit 23 dated a fall "a few weeks ago" as exactly three weeks before publication,
        # three days off; "two weeks ago" keeps its count and its date)
        r"\b(?:a\s+few|few|several|some|many|a\s+couple\s+of|a\s+number\s+of)\s+"
        r"(?:days|weeks|fortnights|months|years|decades)\s+ago\b",
        # "for decades", "for many years", "for several months": no number, no start
        r"\bfor\s+(?:(?:many|several|a\s+few|some|a\s+couple\s+of)\s+)?(?:days|weeks|months|years|decades|centuries)\b",
        # "the largest disaster to hit the country in 200 years", "the first rise in five years": after
        # a superlative or "first", "in N years" is the stretch it is measured over, not a future date.
        # (The words between are lower-case, so no month or number between is swallowed.)
        r"(?-i:\b(?:first|worst|best|biggest|largest|highest|lowest|deadliest|strongest|fastest|"
        r"slowest|most|least)\s[a-z ,'’-]{0,60}?)\bin\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+)?"
        r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|a\s+hundred)\s+"
        r"(?:years?|decades?|centur(?:y|ies)|months?)\b",
    ]),
    re.I,
)

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("vague", _VAGUE),
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<m>\d\d)-(?P<day>\d\d)\b")),
    ("mdy", re.compile(rf"\b{_WEEKDAY_OF_DATE}{_MONTH_RE}\s+{_DAY_RE},?\s+{_YEAR_RE}\b", re.I)),
    ("dmy", re.compile(rf"\b{_WEEKDAY_OF_DATE}{_DAY_RE}\s+(?:of\s+)?{_MONTH_RE},?\s+{_YEAR_RE}\b", re.I)),
    ("my", re.compile(rf"\b{_MONTH_RE},?\s+(?:of\s+)?{_YEAR_RE}\b", re.I)),
    # "in March last year", "on 3 May this year": the year word names the month's year, one date (before this
    # kind "March" took the publication's year and "last year" stood apart; a t17 article of May 2012 dated "the
    # conflict began in neighbouring Syria in March last year" March 2012).
    ("month_rel_year", re.compile(
        rf"\b(?:{_DAY_RE}\s+(?:of\s+)?)?{_MONTH_RE}(?:\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b)?\s+(?:of\s+)?"
        r"(?P<rel>last|this|next)\s+year\b", re.I)),
    ("md", re.compile(rf"\b{_WEEKDAY_OF_DATE}{_MONTH_RE}\s+{_DAY_RE}\b(?!\s*,?\s*\d)", re.I)),
    ("dm", re.compile(rf"\b{_WEEKDAY_OF_DATE}{_DAY_RE}\s+(?:of\s+)?{_MONTH_RE}(?!\s*,?\s*\d)", re.I)),
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
    ("deictic", re.compile(
        r"\b(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight"
        r"|last\s+night|this\s+(?:morning|afternoon|evening))\b", re.I)),
    # "from 3 to 5 March 2026", "3-5 March": the first day takes the month (and year) of the second.
    ("day_range", re.compile(
        rf"\b{_DAY_RE}(?=\s*(?:-|–|to|until|and)\s*[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE},?\s+{_YEAR_RE}\b)",
        re.I)),
    ("day_range_md", re.compile(
        rf"\b{_DAY_RE}(?=\s*(?:-|–|to|until|and)\s*[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}(?!\s*,?\s*\d))",
        re.I)),
    # "between March and June 2021": the first month takes the year of the second.
    ("month_range", re.compile(
        rf"\b{_MONTH_RE}(?=\s*(?:and|to|until|through|-|–)\s*{_MONTH_NAMES}\.?,?\s+{_YEAR_RE}\b)", re.I)),
    # "the 1990's", "mid-1980's" (reader Audit 46 read "1980" for "the mid-1980's"): with an apostrophe only after
    # "the" or an edge word, since "2010's budget" is the year's.
    ("decade", re.compile(r"(?:\b(?:the\s+)?(?P<decade>(?:1[89]|20)\d0)s|(?:\bthe\s+|(?<=mid-)|(?<=early-)|"
                          r"(?<=late-)|(?<=mid\s)|(?<=early\s)|(?<=late\s))(?P<decade_a>(?:1[89]|20)\d0)['’]s)\b",
                          re.I)),
    ("season", re.compile(
        r"\b(?:(?P<rel>last|next|this)|(?<=\bin\s)(?P<the>the))\s+(?P<season>spring|summer|autumn|fall|winter)\b"
        r"(?!\s+of\b)", re.I)),
    # The short end of "2015-18" or "the 2016/17 season".
    ("year_tail", re.compile(r"(?<=(?P<century>1[89]|20)(?P<first>\d\d)[-–/])(?P<yy>\d\d)\b(?![-–/]?\d)")),
    # Not a clock time: "at 1425 local time (1925 GMT)" (reader Audit 8 dated an event 1925).
    ("year", re.compile(rf"(?<![\d,.$£€])\b{_YEAR_RE}\b(?!\s*(?:%|percent|per cent|{_CLOCK}))", re.I)),
    ("month", re.compile(
        rf"\b(?:in|since|by|until|till|before|during|from|between|of|early|late|mid-?)\s+{_MONTH_RE}(?!\s+\d)",
        re.I)),
    # The second month of "between March and June", "from May to July": kept only as a range's end.
    ("range_month", re.compile(
        rf"(?:(?<=\band\s)|(?<=\bto\s)|(?<=\buntil\s)|(?<=\bthrough\s)|(?<=[-–]))\s*{_MONTH_RE}(?!\s*,?\s*\d)",
        re.I)),
]
# Kinds that claim their words and give no date.
CLAIM_ONLY = frozenset({"vague"})
# Kinds whose date depends on the tense of their clause.
_TENSED = frozenset({"md", "dm", "day_range_md", "month", "range_month", "rel_weekday", "season", "in_n"})
# Between the two ends of a range; "and" only after "between" ("between 2018 and 2019").
_RANGE_LINK = re.compile(r"^\s*(?:-|–|—|/|to|until|till|through|thru|and)\s*$", re.I)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)

# --- Tense: does the sentence put a date without a year ahead of or before publication? ---
#
# Rules only (the evaluation and the timeline call find_dates on bare text): the clause
# around the date is read for tense markers, and the marker nearest before the date
# decides ("the park, closed since March, will reopen on Friday" -> "will"); with none
# before it, the first one after it ("On Sunday, police arrested ..." -> "arrested"). A
# clause ends at punctuation and at words that open another clause ("that", "which",
# "when", "but", ...); "and" does not, as it joins nouns far more often than clauses
# ("arrested two men and a woman on Sunday"). A clause with no marker is read as the
# present simple, which in news is a timetable ("Ministers meet on Wednesday").



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


# The word before a date that makes it a limit (see ``DateValue.bound``). Some patterns take
# the preposition into their match ("by June", "until March"), so it is read there too.
_BOUND = re.compile(
    r"(?:\b(?P<by>by|no\s+later\s+than|not\s+later\s+than)|\b(?P<until>until|till)"
    r"|\b(?P<before>before|no\s+earlier\s+than|not\s+until))"
    r"\s+(?:(?:the\s+(?:end|middle|start|beginning)(?:\s+of)?|early|mid-?|late|the)\s*)?$", re.I)


# A negated "until" cleft points to when the act happened: "It wasn't until 2012 that X changed ..." and
# "Not until 2012 did X change ..." say X changed in 2012 (reader Audit 46); the date is no limit.
_CLEFT_HEAD = re.compile(
    r"(?:\bit\s+(?:was|is|had\s+been)\s*(?:not|n['’]t)|\bwasn['’]t|(?:^|[.;:]\s*)not)\s+(?:until|till)\s+$", re.I)
_CLEFT_TAIL = re.compile(r"\s*,?\s*(?:that|did|does|do|was|were|had|could|would)\b", re.I)


def is_until_cleft(text: str, start: int, end: int) -> bool:
    """True when the date at ``text[start:end]`` is that of a negated "until" cleft ("It wasn't until 2012 that")."""
    return bool(_CLEFT_HEAD.search(text[max(0, start - 30) : start]) and _CLEFT_TAIL.match(text[end:]))


def bound_at(text: str, start: int, end: int | None = None) -> Bound | None:
    """The limit the date at ``text[start:end]`` is ("by", "until", "before"), or None for a plain date.

    "By" before a possessive is an agent, not a deadline: "flooded by Tuesday's storm"; a negated "until"
    cleft ("It wasn't until 2012 that ...") is the act's own date.
    """
    if end is not None and re.match(r"['’]s\b", text[end:]) and re.search(r"\bby\s*$", text[:start], re.I):
        return None
    if end is not None and is_until_cleft(text, start, end):
        return None
    head = text[max(0, start - 30) : start]
    own = re.match(r"(by|until|till|before|of)\s+", text[start:], re.I)
    if own:
        head += " " + own.group(1)
    m = _BOUND.search(head + " ")
    if m is None:
        return None
    if m["before"] and re.search(r"\b(?:end|middle|mid|late)\b", m.group(0), re.I):
        return "by"  # "before the end of 2010" is by 2010's end, not "before 2010" (reader Audit 12)
    return "by" if m["by"] else "until" if m["until"] else "before"


def _limit_ahead(kind: str, m: re.Match[str], published: date | None, value: DateValue | None) -> DateValue | None:
    """A limit set in a past clause ("ordered schools shut until 6 May", "ordered to hand over
    documents by June 3"): the coming occurrence when it is at most LIMIT_AHEAD_DAYS away,
    as orders and deadlines run for weeks; else the past one ("knew by 20 April").
    """
    if published is None:
        return value
    ahead = resolve(kind, m, published, "future")
    if ahead is None or not ahead.future:
        return value
    first = date.fromisoformat(ahead.iso if ahead.granularity == "day" else f"{ahead.iso}-01")
    return ahead if (first - published).days <= LIMIT_AHEAD_DAYS else value


# After a limit's date: the end of the clause, not a noun it dates ("before the 20 April
# explosion") nor a clause that tells what happened then ("before 3 June, when ...").
_LIMIT_ENDS = re.compile(r"\s*(?:[.;:!?)]|,?\s*(?:and|or|but)\b|$)", re.I)


_Match = tuple[str, "re.Match[str]", Tense, DateValue]

# A time preposition right before four digits makes them a year whatever follows: "Back in 2009 BP assured the
# regulator" is no catalogue code "2009 BP" (like "asteroid 2014 RC"; Audit 48 #6 lost the year so).
_TIME_PREPOSITION = re.compile(r"\b(?:in|since|until|during)\s+$", re.I)

# What a text must hold before a family of patterns can match in it: every month name begins with one of
# these stems, every weekday ends in "day", the numeric forms need a digit. Most sentences name no month, and
# the eleven month patterns were the larger part of the 7 % of a brief's time the patterns took (a profile of
# 60 CNN/DM briefs, session 16); the guards only skip patterns that could not match.
_MONTH_STEM = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", re.I)
_GUARDS = {"month": _MONTH_STEM, "digit": re.compile(r"\d"), "day": re.compile("day", re.I),
           "ago": re.compile("ago", re.I)}
_NEEDS = {"month_rel_year": "month", "mdy": "month", "dmy": "month", "my": "month", "md": "month", "dm": "month",
          "rel_month": "month",
          "day_range": "month", "day_range_md": "month", "month_range": "month", "month": "month",
          "range_month": "month", "iso": "digit", "decade": "digit", "year_tail": "digit", "year": "digit",
          "rel_weekday": "day", "ago": "ago"}


def _without_year(kind: str, m: re.Match[str], tense: Tense, day: tuple[int, int] | None) -> DateValue | None:
    """With no publication date, the Timeline's reading: a day and month without a year ("18 March" as --03-18), or
    a count from the publication's ``day`` when only its year is unknown ("yesterday" as --11-04)."""
    if kind in YEARLESS_KINDS:
        return yearless_value(m, tense, kind)
    return None if day is None else counted_from_day(kind, m, tense, day)


def _matches(text: str, published: date | None, yearless: bool = False,
             day: tuple[int, int] | None = None) -> list[_Match]:
    """Every pattern's matches with their tense and value, without overlaps, in text order.

    ``yearless``: with no publication date, a day and month keeps both without a year (nlp/date_yearless.py);
    ``day``: the publication's month and day when its year is unknown, from which "yesterday" is counted.
    """
    taken: list[tuple[int, int]] = []
    found: list[_Match] = []
    present = {need: guard.search(text) is not None for need, guard in _GUARDS.items()}
    for kind, pattern in _PATTERNS:
        need = _NEEDS.get(kind)
        if need is not None and not present[need]:
            continue
        for m in pattern.finditer(text):
            start, end = m.span()
            if start == end or any(start < b and a < end for a, b in taken):
                continue
            if kind in CLAIM_ONLY or (kind == "year" and not _TIME_PREPOSITION.search(text, max(0, start - 8), start)
                                      and (numbers_a_thing(text, start, published)
                                           or numbers_a_place_or_count(text, start, end))):
                taken.append((start, end))  # "resolution 2042", "Flight 1837": a number, no year
                continue
            if kind == "for_n" and not in_perfect(text, start, end):
                continue
            if kind in ("dm", "md") and (month_is_a_word(text, m) or day_of_a_measure(text, m)):
                continue
            tense: Tense = tense_at(text, start, end) if kind in _TENSED else "unmarked"
            if kind in ("md", "dm") and attributive_day(text, start, end):
                tense = "unmarked"  # "the April 20 explosion": the nearest April 20, whatever the clause's tense
            if kind == "rel_weekday" and forecast_weekday(text, start, end):
                tense = "future"  # "a protest predicted again Friday" (date_forecast)
            if kind == "in_n" and not counts_from_now(text, m, tense):
                continue
            bound = bound_at(text, start, end)
            try:
                value = resolve(kind, m, published, tense)
                if value is None and yearless and published is None:
                    value = _without_year(kind, m, tense, day)
                if bound in ("by", "until") and tense == "past" and kind != "rel_weekday":
                    value = _limit_ahead(kind, m, published, value)
            except (OverflowError, ValueError):
                value = None  # "in 3000000 days", "yesterday" of 1 January year 1: past the calendar's ends
            if value is None:
                continue
            taken.append((start, end))
            found.append((kind, m, tense, replace(value, start=start, end=end, bound=bound)))
    found.sort(key=lambda f: f[3].start)
    return found


def _link_ranges(text: str, found: list[_Match], published: date | None) -> list[_Match]:
    """Join "from 2015 to 2018", "between March and June", "2015-18" into ranges.

    The end of a range takes the tense read at its start, and a yearless end that would
    come before its start moves a year on (or a yearless start a year back).
    """
    linked: list[_Match] = []
    for kind, m, tense, value in found:
        previous = linked[-1] if linked else None
        link = previous is not None and previous[3].until is None and not previous[3].ends_range and bool(
            _RANGE_LINK.match(text[previous[3].end : value.start]))
        if link and previous is not None and text[previous[3].end : value.start].strip().lower() == "and":
            start, end = previous[3].start, previous[3].end
            link = bool(_BETWEEN.search(text[:start]) or text[start:end].lower().startswith("between"))
        if not link or previous is None:
            if kind != "range_month":  # "and may", "to March" alone: not a range end
                linked.append((kind, m, tense, value))
            continue
        p_kind, p_m, p_tense, p_value = previous
        if is_yearless(p_value.iso) or is_yearless(value.iso):
            # No year to move, and no year to compare with a dated end: a range only within one year's days
            link = is_yearless(p_value.iso) == is_yearless(value.iso) and p_value.iso <= value.iso
        if not link:
            linked.append((kind, m, tense, value))
            continue
        if kind in _TENSED and p_kind in _TENSED and tense != p_tense:
            again = resolve(kind, m, published, p_tense)
            if again is not None:
                tense, value = p_tense, replace(again, start=value.start, end=value.end)
        if p_value.iso > value.iso[: len(p_value.iso)]:
            if p_kind in _TENSED:
                p_value = shift_year(p_value, -1, published) or p_value
            elif kind in _TENSED:
                value = shift_year(value, 1, published) or value
        if p_value.iso > value.iso[: len(p_value.iso)]:
            linked.append((kind, m, tense, value))  # not a range after all ("2019 to 2015")
            continue
        value = replace(value, ends_range=True)
        linked[-1] = (p_kind, p_m, p_tense, replace(p_value, until=value))
        linked.append((kind, m, tense, value))
    return linked


def find_dates(text: str, published: date | None, quoted: bool = False, yearless: bool = False,
               day: tuple[int, int] | None = None) -> list[DateValue]:
    """Find and normalize every date expression in ``text``, without overlaps, in text order.

    Patterns earlier in the list win a stretch of text over later ones. ``quoted`` says
    that ``text`` (a sentence) opens inside a quotation begun in an earlier sentence.
    ``yearless``: with no publication date, "18 March" is ``--03-18`` rather than no date (the Timeline's reading);
    with it, ``day`` (the publication's month and day, its year unknown) dates "yesterday" as a day without a year.
    """
    values: list[DateValue] = []
    for kind, m, _tense, value in _link_ranges(text, _matches(text, published, yearless, day), published):
        opens_range = value.until is not None and bool(FROM.search(text[: value.start]))
        if starts_from(text, value) and not opens_range:
            # "closed for a week from yesterday", "the ban applies from 1 June": the day it begins.
            value = replace(value, bound="from")
        elif after_since(text, value.start) and not opens_range:
            # "since 1900" opens a stretch of time; it is not an event on that date.
            value = replace(value, confidence=min(value.confidence, SPAN_CONFIDENCE), span=True)
        if kind == "rel_unit" and m["rel"].lower() == "this" and re.search(r"\blater\s+$", text[: value.start], re.I):
            value = replace(value, future=True)  # "later this month"
        # "prohibited sowing before May 10": a limit already passed dates nothing that happened
        # (a coming one, "not ready before October", says when to expect it).
        passed_limit = (value.bound == "before" and not value.future and kind in _TENSED
                        and bool(_LIMIT_ENDS.match(text[value.end :])))
        if published is not None and not value.future and _begins_after(value.iso, published):
            value = replace(value, future=True)  # "the first power is expected to flow in 2030"
        values.append(replace(value, background=value.span or passed_limit or background(text, kind, value, quoted)))
    return values


def _begins_after(iso: str, published: date) -> bool:
    """Whether the whole of the day, month or year ``iso`` lies after ``published``."""
    parts = [int(p) for p in iso.split("-")]
    try:
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1) > published
    except ValueError:
        return False


def normalize(expression: str, published: date | None) -> DateValue | None:
    """Normalize one date expression; ``None`` when it names no resolvable date."""
    found = find_dates(expression, published)
    return found[0] if found else None
