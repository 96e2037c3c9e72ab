"""Dated items an inquiry report carries (reader Audit 44 #2 and #3): a deadline told as "has until 15 December to
produce ..." is a future item of the timeline when the publication date is known, and a "last week" event is
dated as the calendar week before publication (a strict xfail until session 29, analyze/date_calendar.py). Articles
written for these tests.

First score on the unchanged code: 1/1 passing (the deadline is dated when the article's date is given; the audited
input had no date, so its brief had no timeline), and the "last week" gap as below."""

from __future__ import annotations

from newsbrief.models import Article, Source, TimelineEvent
from newsbrief.pipeline import brief_article
from newsbrief.settings import Settings


def _timeline(text: str) -> list[tuple[str, bool, str]]:
    brief = brief_article(Article(text=text, source=Source(title="Panel", date="2010-07-13")), Settings())
    section = next(s for s in brief.sections if s.name == "timeline")
    return [(item.payload.date, item.payload.future, item.text) for item in section.items
            if isinstance(item.payload, TimelineEvent)]


def test_a_deadline_is_a_future_item() -> None:
    events = _timeline("A panel appointed by the governor to find the cause of the dam failure opened its hearings "
                       "today in Riverton. Its chair said the panel would follow the evidence.\n\nThe panel has until "
                       "15 December to produce a full account of the causes of the failure, and offer "
                       "recommendations to prevent a repeat.")
    assert ("2010-12-15", True) in [(date, future) for date, future, _ in events], events


# Was a strict xfail until session 29: "last week" is now the calendar week before publication (date_calendar.py).
def test_last_week_is_dated_as_the_week_before_publication() -> None:
    events = _timeline("Thousands of worshippers filled the square as the church tried to calm fears about the "
                       "outbreak. Last week the statue was paraded around the square for the first time in three "
                       "centuries.\n\nThe cardinal urged people to pray at home.")
    assert any("paraded" in text for _, _, text in events), events
