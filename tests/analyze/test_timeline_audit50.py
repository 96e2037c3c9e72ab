"""Audit 50 (docs/audit.md section 51), Timeline. Articles written for these tests.

- #9: "The report quotes ... and uses a picture of an arrest ahead of the Carnival in 2011" dated the 2014 hoax
  2011, the photo's year (51.4 pattern 6). The parse hangs "in 2011" on the present simple "uses"; a present
  simple of description takes no past point of time, so the year is the last noun's (date_nested.py).
- #1's 15 July recognition and #2's 20 April explosion were lost (51.5 "Key dates"): the inputs had no
  publication date, so a day without a year gave no entry. It is now entered as --07-15 and --04-20
  (nlp/date_yearless.py, issue #11).

Near misses: a past verb keeps the year ("used a photograph ... in 2009"); a present with a plain object keeps
it ("expects a profit in 2015"); a timetable verb keeps a coming year ("opens a factory near the port in 2027").
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.timeline import analyze_timeline
from newsbrief.models import Article, Source, TimelineEvent
from newsbrief.nlp.annotate import annotate


def _dates(text: str, published: str | None) -> list[str]:
    doc = annotate(Article(text="A leaflet about the police\n\n" + text, source=Source(title="Leaflet", date=published)))
    events = [c.item.payload for c in analyze_timeline(doc, build_context(doc))]
    return [e.date for e in events if isinstance(e, TimelineEvent)]


@pytest.mark.parametrize("published", [None, "2014-10-22"])
def test_a_past_year_on_a_present_of_description_dates_the_last_noun(published: str | None) -> None:
    text = "The leaflet quotes a fictional officer and shows a photograph of a march through the old town in 2009."
    assert _dates(text, published) == []


@pytest.mark.parametrize(("text", "iso"), [
    ("The council used a photograph of a march through the old town in 2009.", "2009"),
    ("The company expects a profit in 2015.", "2015"),
    ("The firm opens a factory near the port in 2027.", "2027"),
])
def test_near_miss_the_verbs_own_year_stays(text: str, iso: str) -> None:
    assert _dates(text, "2014-10-22") == [iso]
    assert _dates(text, None) == [iso]


def test_an_undated_texts_days_are_entered_without_a_year() -> None:
    text = ("The government on July 15 recognised the council as the country's rightful authority.\n\n"
            "Its embassy in the capital was closed in March, officials said.\n\n"
            "Eleven people were killed in an explosion at the plant on 20 April.")
    # a month alone keeps its month too ("--03", nlp/date_yearless.py), before the days of later months
    assert _dates(text, None) == ["--03", "--04-20", "--07-15"]
