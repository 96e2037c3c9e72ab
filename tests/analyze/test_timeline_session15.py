"""Reader Audit 23, Timeline (docs/audit.md 24.4 item 5 and 24.5 "Key dates"; issue #11 "wrong dates").

1. A vague span ("a few weeks ago", "several months ago", "recently", "in recent weeks") names no day: it
   is never resolved to an exact date (Audit 23 dated a fall "a few weeks ago" three weeks before
   publication, three days off). A counted span ("two weeks ago", "three days ago") still resolves, and so
   does an exact date beside a vague one ("two weeks ago, on 3 February").
2. A precedent named for comparison ("a similar case in 2011, when ...", "the last time this happened, in
   2009", "a comparable case in 2005") is background, not the story's event.
3. A year that qualifies a relative clause inside the subject of a copula ("The very first rumour I had to
   check in 2014 was a claim ...") dates no event of the story: the entry would say nothing happened.
4. A weekday or a day without a year ("on Wednesday the US halted ...", "Sunday's talks", "on 12 January")
   dates the event when the publication date is known; with no publication date a weekday has no anchor and a
   day keeps no year ("--01-12", issue #11: nlp/date_yearless.py). Audit 23's
   five briefs with no Timeline (#1-#4, #8) were read from text files with no date line, and their days were
   all weekdays or days without a year, so none could be placed: no fault of the date reader.

Articles written for this test; first score (before the rules, 2026-11-30) in the commit message."""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.timeline import analyze_timeline
from newsbrief.models import Article, RawDocument, Source, TimelineEvent
from newsbrief.nlp.annotate import annotate
from newsbrief.pipeline import brief_source
from newsbrief.settings import Settings
from tests.analyze.test_timeline_audit20 import _entries as entries_of  # one reading of the timeline

PUBLISHED = "2011-02-17"  # a Thursday


def _dates(text: str, published: str | None = PUBLISHED) -> list[str]:
    """The dates of the timeline entries of ``text``."""
    if published is None:
        return [d for d, _e in _undated_entries(text)]
    return [d for d, _e in entries_of(text, published)]


def _undated_entries(text: str) -> list[tuple[str, str]]:
    """(date, entry text) of each timeline entry of ``text`` with no publication date."""
    doc = annotate(Article(text=text, source=Source(title="Test")))
    entries = []
    for candidate in analyze_timeline(doc, build_context(doc)):
        event = candidate.item.payload
        assert isinstance(event, TimelineEvent)
        entries.append((event.date, candidate.item.text))
    return entries


@pytest.mark.parametrize("text", [
    "The president fled the country a few weeks ago after a month of protests.",
    "Several weeks ago the council voted to close the library.",
    "A few days ago the army sealed the border with its neighbour.",
    "Some weeks ago the minister resigned over the scandal.",
    "A couple of weeks ago the union called off the strike.",
    "Many years ago the factory closed its doors.",
    "A few months ago the bank raised its interest rate.",
    "The company recently cut 300 jobs at its northern plant.",
    "Lately the rebels have taken three towns in the east.",
    "In recent weeks the rebels have taken three towns in the east.",
])
def test_a_vague_span_names_no_day(text: str) -> None:
    assert [d for d in _dates(text) if len(d) == 10] == []


@pytest.mark.parametrize(("text", "date"), [
    ("Two weeks ago, on 3 February, the president dissolved the government.", "2011-02-03"),
    ("A few weeks ago, on 3 February, the president dissolved the government.", "2011-02-03"),
    ("Three days ago the army closed the border.", "2011-02-14"),
    ("Two years ago the plant closed.", "2009"),
])
def test_a_counted_span_or_an_exact_date_stays(text: str, date: str) -> None:
    assert _dates(text) == [date]


@pytest.mark.parametrize(("text", "year"), [
    ("Police are investigating the birth. A similar case in 2009, when a nun in Italy gave birth, drew wide "
     "attention.", "2009"),
    ("The last time this happened, in 2008, the government fell within a week.", "2008"),
    ("The strike recalls a comparable case in 2005, when students occupied the ministry for a month.", "2005"),
    ("In a case reminiscent of 1998, the currency lost a third of its value on Monday.", "1998"),
    ("A similar case in 2007 ended with the mayor in prison.", "2007"),
])
def test_a_precedent_for_comparison_is_no_event(text: str, year: str) -> None:
    assert year not in _dates(text)


@pytest.mark.parametrize(("text", "date"), [
    ("A nun gave birth in a hospital near Rome in 2009.", "2009"),
    ("The government fell in 2008 after the strike.", "2008"),
    ("Students occupied the ministry in 2005 for a month.", "2005"),
    ("The court heard the case on 3 February.", "2011-02-03"),
    ("A similar protest on Monday drew thousands to the square.", "2011-02-14"),
    ("Police used similar tactics against the crowd in 2009.", "2009"),
])
def test_the_storys_own_event_stays(text: str, date: str) -> None:
    assert _dates(text) == [date]


@pytest.mark.parametrize(("text", "year"), [
    ("The very first rumour I had to check in 2009 was a claim about a deadly spider.", "2009"),
    ("The first house we bought in 1998 was a small flat by the river.", "1998"),
    ("The only film she directed in 2005 was a short comedy about a baker.", "2005"),
])
def test_a_year_inside_a_copulas_subject_is_no_event(text: str, year: str) -> None:
    assert year not in _dates(text)


@pytest.mark.parametrize(("text", "date"), [
    ("The first claim I checked was published in 2004.", "2004"),
    ("In 2004 I had to check a claim about a deadly spider.", "2004"),
    ("The man who led the raid was arrested in 2009.", "2009"),
])
def test_a_year_of_the_main_verb_stays(text: str, date: str) -> None:
    assert _dates(text) == [date]


@pytest.mark.parametrize(("text", "date"), [
    ("On Wednesday the US halted the evacuation flights to Miami.", "2011-02-16"),
    ("The US halted the evacuation flights on Wednesday, officials said.", "2011-02-16"),
    ("Sunday's talks between the two sides ended without a deal.", "2011-02-13"),
    ("The earthquake struck the capital on 12 January, killing thousands.", "2011-01-12"),
    ("The minister testified before the committee on Monday.", "2011-02-14"),
])
def test_a_weekday_or_day_dates_the_event_with_a_publication_date(text: str, date: str) -> None:
    assert _dates(text) == [date]


def test_a_weekday_has_no_anchor_without_a_publication_date() -> None:
    # No publication date: a weekday cannot be placed, so no entry is made up.
    assert _dates("On Wednesday the US halted the evacuation flights to Miami.", None) == []


def test_a_day_keeps_no_year_without_a_publication_date() -> None:
    # A day and month is entered with no year rather than a guessed one (issue #11).
    assert _dates("The earthquake struck the capital on 12 January, killing thousands.", None) == ["--01-12"]


_REPORT = """US halts medical evacuation flights for quake victims

{dateline}

On Wednesday the US halted the medical evacuation flights for injured earthquake victims to Florida, officials said.

The flights were stopped after the state's governor asked the federal government to pay for the care of the patients.

The earthquake struck Port-au-Prince on 12 January, killing thousands of people and leaving many more injured.

Sunday's talks between the two governments ended without a deal on who would pay for the treatment.

Doctors said several patients would die without the flights. A hospital spokesman said beds were still free.
"""


def _timeline_of_report(dateline: str) -> list[str]:
    """The timeline dates of the whole brief of the report above, read from a text file."""
    text = _REPORT.format(dateline=dateline)
    brief = brief_source(RawDocument(content=text.encode(), filename="report.txt"), Settings())
    section = next(s for s in brief.sections if s.name == "timeline")
    return [item.payload.date for item in section.items if isinstance(item.payload, TimelineEvent)]


def test_a_dated_reports_weekdays_and_days_reach_the_brief() -> None:
    # Audit 23's #1-#4 and #8 had no Timeline: their inputs carried no publication date (see the module
    # docstring); with one, every day-dated event is an entry.
    assert _timeline_of_report("February 17, 2011 | By A Reporter") == ["2011-01-12", "2011-02-13", "2011-02-16"]


def test_an_undated_reports_weekdays_have_no_anchor_and_its_day_no_year() -> None:
    assert _timeline_of_report("By A Reporter") == ["--01-12"]
