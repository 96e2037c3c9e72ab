"""The day read off the head of a text: a stamp glued to its front, a wire dateline's day.

:func:`dated_by_opening` cuts a stamp glued to the first sentence and dates the page by it. The rest of this module
reads the publication day a wire dateline gives when the page gives none: "ABUJA, Nov 1 (Reuters) - ...".

A wire story's dateline names the day it was filed, without the year ("WASHINGTON, Oct. 9 (UPI) --", "SANAA, Dec 6
(Reuters) -"). The header readers (``ingest/header.py``) set the dateline apart and the furniture filter drops it,
so a page with no date markup lost the one date it printed (Audit 51 #12, an FNC-1 Reuters body: the brief's header
had no date). :func:`wire_day` reads it before the dateline is dropped.

The year is written only when it is certain: the text (with its furniture, which the wire's own trailer
"STORY_DATE: 05/09/2014" is) prints the same month and day with a year, and only one year. A year the story merely
mentions is no publication year: of the twelve yearless wire datelines in the FNC-1 bodies, two name only earlier
years ("kidnapped in September 2013" in a story filed a year later). Without a certain year the day is written in
the ISO 8601 / HTML yearless form ``--MM-DD``: ``Source.date`` stays a string every reader of it already tolerates
(``nlp.dates.parse_published`` and ``stories.items.parse_date`` treat it as no date, so nothing is computed from a
guessed year) while the header and the Source line still show the day the wire gave.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import replace

from newsbrief.ingest.header import opening_stamp
from newsbrief.lexicon import MONTH_ALTERNATION, MONTHS
from newsbrief.models import Article

# The head paragraphs where a dateline stands: above it only a headline, a byline, a timestamp or highlights.
HEAD_PARAGRAPHS = 8
_DAY_MONTH = rf"(?P<day1>\d{{1,2}})\s+(?P<month1>(?i:{MONTH_ALTERNATION}))\.?"
_MONTH_DAY = rf"(?P<month2>(?i:{MONTH_ALTERNATION}))\.?\s+(?P<day2>\d{{1,2}})"
# A place in capitals ("ABUJA", "BEIJING/SEOUL", "ST. LOUIS"), a comma, a day without a year, the wire in brackets
# (optional: "LONDON, Nov 1 - ..." is a wire's dateline too) and the dash before the lead's capital. It opens a
# paragraph or follows a byline glued to it ("By Jo Roe ABUJA, Nov 1 (Reuters) - A man ...").
_WIRE_DAY = re.compile(
    r"(?:^|^By [A-Z][\w.'’-]*(?: (?:and )?[A-Z][\w.'’-]*){1,5} )"
    r"[A-Z]{2}[A-Z/.'’ -]*,\s+"
    rf"(?:{_MONTH_DAY}|{_DAY_MONTH})(?:,?\s+(?P<year>(?:19|20)\d\d))?"
    r"\s*(?:\([A-Z][A-Za-z ]{1,20}\)\s*)?(?:--|[-–—])\s+(?=[A-Z\"“])")
# A full date in the text, to find the dateline's year: words or numbers, day and month either way round.
_WORDS_DATE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{MONTH_ALTERNATION})\.?|"
    rf"(?P<m2>{MONTH_ALTERNATION})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?),?\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_NUMBER_DATE = re.compile(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>(?:19|20)\d\d)\b")
_ISO_DATE = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    return MONTHS.get(name) or MONTHS.get(name[:3], 0)


def _dateline_day(paragraphs: Sequence[str]) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) of the wire dateline among the head paragraphs, or None."""
    for paragraph in paragraphs[:HEAD_PARAGRAPHS]:
        match = _WIRE_DAY.match(paragraph)
        if match is None:
            continue
        month = _month(match["month1"] or match["month2"])
        day = int(match["day1"] or match["day2"])
        try:
            datetime.date(2000, month, day)  # a leap year, so 29 February stands
        except ValueError:
            return None
        return month, day, int(match["year"]) if match["year"] else None
    return None


def _years_of(text: str, month: int, day: int) -> set[int]:
    """The years of the full dates in ``text`` that fall on ``month`` and ``day``."""
    years = {int(m["y"]) for m in _WORDS_DATE.finditer(text)
             if _month(m["m1"] or m["m2"]) == month and int(m["d1"] or m["d2"]) == day}
    years |= {int(m["y"]) for m in _ISO_DATE.finditer(text) if (int(m["m"]), int(m["d"])) == (month, day)}
    # 05/09/2014 is 5 September or 9 May: either reading that gives the dateline's day names its year
    years |= {int(m["y"]) for m in _NUMBER_DATE.finditer(text)
              if (month, day) in ((int(m["a"]), int(m["b"])), (int(m["b"]), int(m["a"])))}
    return years


def wire_day(text: str) -> str | None:
    """The day of the wire dateline heading ``text``: ``YYYY-MM-DD`` when the dateline or the text prints that day
    with one year ("WASHINGTON, Oct. 9, 2014 (UPI) --"), else ``--MM-DD``; None when no such dateline heads it."""
    found = _dateline_day(text.split("\n\n"))
    if found is None:
        return None
    month, day, year = found
    years = {year} if year else _years_of(text, month, day)
    if len(years) == 1:
        try:
            return datetime.date(years.pop(), month, day).isoformat()
        except ValueError:
            pass  # 29 February of a year without one
    return f"--{month:02d}-{day:02d}"


def dated_by_opening(article: Article) -> Article:
    """The article without a stamp glued to the front of its text, dated by it when nothing else dates it (see
    ``header.opening_stamp``): the stamp is furniture, and as a sentence's first words it dated an event."""
    found = opening_stamp(article.text)
    if found is None:
        return article
    day, text = found
    source = article.source if article.source.date is not None else replace(article.source, date=day)
    return replace(article, text=text, source=source)


# The wire a dateline names, as the outlet of a page that names none: "ABUJA, Nov 1 (Reuters) - ...", "OSLO (CNN) --"
# (Audit 51 #12's header read "Isaac Abrak" without "Reuters"; the dateline is dropped as furniture before the brief).
# A wire's or broadcaster's name in brackets, or its call sign in capitals, between the place (and day) and the dash.
_WIRE_OUTLET = re.compile(
    r"(?:^|^By [A-Z][\w.'’-]*(?: (?:and )?[A-Z][\w.'’-]*){1,5} )[A-Z][\w.'’/-]*(?:,? [\w.'’/-]+){0,5}?\s*"
    r"\((?P<wire>Reuters|Bloomberg|Xinhua|Yonhap|Kyodo|Interfax|Tass|dpa|CNN(?: [A-Z][a-z]+)?|[A-Z]{2,6})\)"
    r"\s*(?:--|[-–—])\s+(?=[A-Z\"“])")


def wire_outlet(text: str) -> str | None:
    """The wire or broadcaster a dateline among the head paragraphs of ``text`` names, or None."""
    for paragraph in text.split("\n\n")[:HEAD_PARAGRAPHS]:
        match = _WIRE_OUTLET.match(paragraph)
        if match:
            return match["wire"]
    return None


def dated_by_wire(article: Article, day: str | None, outlet: str | None = None) -> Article:
    """The article dated by its wire dateline's ``day`` (see :func:`wire_day`) when nothing else dated it, and
    credited to its wire (``outlet``, see :func:`wire_outlet`) when nothing else named the outlet: the page's markup,
    a timestamp line and a reader's hints all win, as they carry the year and the publisher."""
    source = article.source
    if day is not None and source.date is None:
        source = replace(source, date=day)
    if outlet is not None and source.outlet is None:
        source = replace(source, outlet=outlet)
    return article if source == article.source else replace(article, source=source)


__all__ = ["dated_by_opening", "dated_by_wire", "wire_day", "wire_outlet"]
