"""Clock stamps of a live page: "1914: We also expect ..." is a quarter past seven, not 1914.

Live pages (minute-by-minute coverage of a speech, a match, a disaster) open each entry
with a 24-hour time, with or without a colon: "2155: Kedar from India writes ...", "2117
Engineers say ...". Four digits from 1800 to 2159 also read as years, so a page of such
stamps gave twenty timeline entries dated "1914" ... "2155" (reader Audit 11, section 12.4
pattern 5). One stamp alone cannot be told from a chronology's year ("1923: The bridge
opened"), so the page decides: its line-opening four-digit numbers are clock times when
there are at least MIN_STAMPS of them, all valid times (hours below 24, minutes below 60),
in one order, and the page gives itself away in one of three ways:

- a stamp that cannot be a past year: before 1800 ("0930") or after the publication year
  ("2155" on a page of 2010);
- newest first: years in a chronology run forward, a live page's entries often backwards;
- many stamps across more than one hour with no minutes from 60 to 99: a chronology over
  that stretch of years would name a year like 1968 (MANY_STAMPS).

Rules over the raw text (a regular expression), no model: the stamps sit at line starts
that any page extraction keeps, and the timeline only needs their offsets.

A live page may also open its entries with a bracketed clock stamp that has no "Update" word: "(11 p.m.
Monday ET, 5 a.m. Tuesday in Libya)" (reader Audit 19: a page of 33 such entries was labelled a feature).
:func:`bracketed_stamps` counts them: a bracket opening a line whose body is short and holds an hour with
"a.m."/"p.m." and a weekday, a time zone or "in <Place>". An aside in brackets is not at a line's start, and
one stamp alone is no page of entries (the caller asks for several).

A wire-style live page opens its entries with a place in capitals and the clock in two zones: "KORDANIA, 11:22
p.m. ET, 6:22 a.m. local: ...", and some entries with the place alone, "VALMORA - ..." (reader Audit 20: a page of
such entries was labelled a news report, and a quotation crossed from one entry to the next). :func:`place_stamps`
finds them: MIN_STAMPS lines at least must carry a clock time ("11:22 p.m.", a zone optional) closed by a colon or
a dash; then the place-only entries of the same page count too. A report's one "LONDON - " dateline, or a
news-in-brief page of datelines without clock times, is no live page. :func:`clock_stamps` returns their line
starts with the four-digit stamps, so every caller (entry bounds, figures, timeline) sees the entries.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from itertools import pairwise

from newsbrief.lexicon import WEEKDAY_ALTERNATION

__all__ = ["MANY_STAMPS", "MIN_STAMPS", "bracketed_stamps", "clock_stamps", "newest_first", "place_stamps"]

# A live page has many entries; three is the fewest that show an order. Set by hand.
MIN_STAMPS = 3
# Stamps in increasing order and all in years that look like times: this many before the
# page counts as a live page without other evidence (a chronology of six or more years over a
# century boundary that avoids every year ending in 60-99 is rare). Set by hand.
MANY_STAMPS = 6
# Four digits at a line's start, then a colon, a dash or a capitalised word, maybe quoted: "1914:", "2117 Engineers",
# "1800 \"Sometimes ..." (a quotation opening an entry, reader Audit 17).
_STAMP = re.compile(r"^[ \t]*(?P<stamp>(?P<hh>\d\d)(?P<mm>\d\d))(?=\s*[:–—-]|\s+[\"“‘']?[A-Z])", re.M)
FIRST_YEAR = 1800  # the year pattern of nlp/dates.py reads years from 1800 on


def _is_time(hh: str, mm: str) -> bool:
    return int(hh) < 24 and int(mm) < 60


# A page that runs past midnight wraps once from the late evening to the small hours: "2350 ... 0005"
# oldest first, "0005 ... 2350" newest first (reader Audit 17's page signed off at "0000", so its
# stamps were in no order and were read as years). Evening from 20:00, small hours before 04:00.
EVENING, SMALL_HOURS = 2000, 400


def _monotonic(values: list[int]) -> int:
    """1 when ``values`` never fall, -1 when they never rise (and do fall), 0 otherwise; one wrap
    past midnight is allowed in either order."""
    pairs = list(pairwise(values))
    rising = [a <= b or (a >= EVENING and b < SMALL_HOURS) for a, b in pairs]
    if all(rising) and sum(a > b for a, b in pairs) <= 1:
        return 1
    falling = [a >= b or (a < SMALL_HOURS and b >= EVENING) for a, b in pairs]
    if all(falling) and sum(a < b for a, b in pairs) <= 1:
        return -1
    return 0


@lru_cache(maxsize=16)  # asked once per sentence by the figures, once per analyzer elsewhere
def clock_stamps(text: str, published: date | None) -> frozenset[int]:
    """The offsets in ``text`` of line-opening clock stamps when the page is a live page, else empty: four-digit
    stamps ("1914: ...") and place stamps ("KORDANIA, 11:22 p.m. ET: ...", see :func:`place_stamps`)."""
    return _four_digit_stamps(text, published) | place_stamps(text)


def _four_digit_stamps(text: str, published: date | None) -> frozenset[int]:
    found = list(_STAMP.finditer(text))
    if len(found) < MIN_STAMPS or not all(_is_time(m["hh"], m["mm"]) for m in found):
        return frozenset()
    values = [int(m["stamp"]) for m in found]
    order = _monotonic(values)
    if order == 0:
        return frozenset()
    last_year = published.year if published is not None else 2199
    not_a_year = any(v < FIRST_YEAR or v > last_year for v in values)
    many = len(values) >= MANY_STAMPS and len({v // 100 for v in values}) > 1
    if not_a_year or order < 0 or many:
        return frozenset(m.start("stamp") for m in found)
    return frozenset()


def newest_first(text: str, published: date | None) -> bool:
    """True when ``text`` is a live page whose entries run newest first (its end is the day's start)."""
    stamps = sorted(_four_digit_stamps(text, published))  # place stamps' clocks are read as "11:22 p.m."
    return len(stamps) >= MIN_STAMPS and _monotonic([int(text[o : o + 4]) for o in stamps]) < 0


# "(11 p.m. Monday ET, 5 a.m. Tuesday in Libya)", "(8:10 p.m. ET)", "[4.30pm in Cairo]" at a line's start: a body of
# at most 60 characters without brackets, with an hour and "a.m."/"p.m.", and a weekday, a time zone or "in <Place>"
# (a bare "(9 p.m.)" may be a programme time; the zone or weekday tells a page's clock).
_BRACKET_BODY = r"[^()\[\]\n]{0,60}"
_HOUR = r"\b\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\b\.?"
_CLOCK_CONTEXT = rf"(?:\b(?:{WEEKDAY_ALTERNATION})\b|(?-i:\b(?:[A-Z]{{1,2}}T|[ECMP][SD]T|GMT|BST|UTC)\b)|\bin [A-Z])"
_BRACKET_STAMP = re.compile(
    rf"^[ \t]*[(\[](?=[^)\]\n]*{_HOUR})(?={_BRACKET_BODY}{_CLOCK_CONTEXT}){_BRACKET_BODY}[)\]]", re.M | re.I)


def bracketed_stamps(text: str) -> int:
    """How many lines of ``text`` open with a bracketed clock stamp (see the module docstring)."""
    return len(_BRACKET_STAMP.findall(text))


# A place in capitals (one to three words: "KORDANIA", "SIDI BOUZID", "WASHINGTON D.C."), at a line's start.
_PLACE = r"[ \t]*[A-Z][A-Z'.&-]+(?:[ \t]+[A-Z][A-Z'.&-]+){0,2}"
_ZONED = r"\d{1,2}(?:[:.]\d{2})?\s?[aApP]\.?[mM]\b\.?(?:\s+(?:local(?:\s+time)?|[A-Z]{1,2}T|[ECMP][SD]T|GMT|BST|UTC))?"
# "KORDANIA, 11:22 p.m. ET, 6:22 a.m. local:" or "KORDANIA, 9 p.m. ET -": one or two clock times, then a colon or dash.
_PLACE_CLOCK = re.compile(rf"^{_PLACE},[ \t]*{_ZONED}(?:[ \t]*[,/][ \t]*{_ZONED})?[ \t]*(?::|[-–—]{{1,2}})[ \t]", re.M)
# "VALMORA - Thousands of people ...": the place alone and a dash, an entry of a page the clocks show to be live.
_PLACE_DASH = re.compile(rf"^{_PLACE}[ \t]+[-–—]{{1,2}}[ \t]+(?=[\"“A-Z])", re.M)


def _place_start(match: re.Match[str]) -> int:
    return match.start() + len(match.group(0)) - len(match.group(0).lstrip())


@lru_cache(maxsize=16)
def place_stamps(text: str) -> frozenset[int]:
    """The offsets of a live page's place stamps ("KORDANIA, 11:22 p.m. ET, 6:22 a.m. local:", "VALMORA - "), when
    MIN_STAMPS lines at least carry a clock time; else empty (see the module docstring)."""
    clocked = list(_PLACE_CLOCK.finditer(text))
    if len(clocked) < MIN_STAMPS:
        return frozenset()
    return frozenset(_place_start(m) for m in (*clocked, *_PLACE_DASH.finditer(text)))


# A four-digit entry stamp at the front of an item ("2350 We are closing ...", "1515: The president ...").
_FOUR_DIGIT_LEAD = re.compile(r"\d{4}\s*[:–—-]?\s+")


def leading_stamp(text: str) -> int:
    """The length of the live-page entry stamp ``text`` opens with ("1515: ", "KORDANIA, 11:22 p.m. ET, 6:22 a.m.
    local: ", "VALMORA - "), or 0. Callers check first that the text starts at one of :func:`clock_stamps`'s
    offsets: on its own, "LONDON - " is a dateline."""
    for pattern in (_PLACE_CLOCK, _PLACE_DASH, _FOUR_DIGIT_LEAD):
        found = pattern.match(text)
        if found is not None:
            return found.end()
    return 0

