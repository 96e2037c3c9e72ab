"""Year spans in the timeline (session 17), as labelled cases on short articles written for these tests.

A season, financial year or academic year written "2015-16" is a span from its first year to the next
(dated by its first year, both ends in the label), as are "between 2010 and 2014" and "from March to
June". Near-misses: the same digits as a score after a result verb ("beat Hull 2015-16") or as a
flight's number are no date at all; before session 17 the flight's "-16" became the year 2016 on its own,
and a season across a century ("1999-00") was no span (its tail was refused as a year before its start).
Reader Audit 25's two Timeline errors (a projection dated by the year it is compared with, an email
header's date) are kept as guards: invented cases of both give no entry on the unchanged code.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.timeline import analyze_timeline
from newsbrief.models import Article, Source, TimelineEvent
from newsbrief.nlp.annotate import annotate


def _events(text: str, published: str = "2026-03-17") -> list[TimelineEvent]:
    doc = annotate(Article(text=text, source=Source(title="Test", date=published)))
    events = []
    for candidate in analyze_timeline(doc, build_context(doc)):
        assert isinstance(candidate.item.payload, TimelineEvent)
        events.append(candidate.item.payload)
    return events


SPANS = [
    ("The club finished third in the 2015-16 season, its best league result in a decade.", "2015", "2015–2016"),
    ("Revenue fell sharply in the 2019-20 financial year as the pandemic closed the shops.", "2019", "2019–2020"),
    ("Enrolment rose by a fifth in the 2021-22 academic year, the best intake on record.", "2021", "2021–2022"),
    ("The council cut library hours between 2010 and 2014, closing nine branches.", "2010", "2010–2014"),
    ("The ministry's budget was cut in fiscal 2015/16 by a tenth.", "2015", "2015–2016"),
    ("The club was relegated at the end of the 1999-00 season, its worst in a century.", "1999", "1999–2000"),
]


@pytest.mark.parametrize(("text", "date", "label"), SPANS)
def test_a_season_or_year_range_is_one_span(text: str, date: str, label: str) -> None:
    events = _events(text)
    assert [(e.date, e.label) for e in events] == [(date, label)]


def test_from_month_to_month_is_a_span() -> None:
    events = _events("The bridge was shut from March to June 2025 while engineers replaced the cables.")
    assert [(e.date, e.label) for e in events] == [("2025-03", "March–June 2025")]


NOT_DATES = [
    "Leeds beat Hull 2015-16 in a tense final that went to extra time.",
    "The visitors won 2019-20 after trailing for most of the second half.",
    "Passengers on flight 2015-16 were delayed for hours at the airport.",
    "The delayed service, Flight 2021-22, finally left the gate after midnight.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_a_score_or_a_flight_number_is_no_span(text: str) -> None:
    assert _events(text) == []


def test_a_score_leaves_the_real_date_of_the_sentence() -> None:
    events = _events("Leeds beat Hull 2015-16 in the final at Wembley in May 2019.")
    assert [e.date for e in events] == ["2019-05"]


def test_a_projection_is_not_dated_by_the_year_it_is_compared_with() -> None:
    text = ("Engineers have failed to stop the leak from the damaged well.\n\n"
            "If it continues at that rate, 1.2m barrels will have entered the bay by August, more than "
            "the Ixtoc spill of 1979.\n\nThe company said it would try again next week.")
    assert all(e.date != "1979" for e in _events(text, "2010-06-01"))


def test_an_email_header_is_no_timeline_entry() -> None:
    text = ("I wrote to him that summer.\n\nFrom: Dana Holt To: Sam Reyes Date: Tue, Jul 29, 2014\n\n"
            "If I waited for the owner to answer, I would still be waiting.\n\nHe never replied.")
    assert _events(text, "2014-08-20") == []
