"""Dated events with no Timeline entry (reader Audit 44 #3, issue #11 #4): "last week" and weekdays.

Decided in session 29 (analyze/date_calendar.py): "Last week the statue was paraded ..." is listed as a span over the
calendar week before publication ("5–11 July 2010"), dated by its Monday; with no publication date neither "last
week" nor a bare weekday gives an entry (the section is ordered by ISO dates; the key points keep the sentence).
"This week" and "since last week" stay withheld, and a future weekday is never put in the past. Articles written
for these tests.

First score on unchanged code: see the commit message.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.timeline import analyze_timeline
from newsbrief.models import Article, Source, TimelineEvent
from newsbrief.nlp.annotate import annotate

_PUBLISHED = "2010-07-13"  # a Tuesday: last week ran from Monday 5 to Sunday 11 July


def _entries(text: str, published: str | None = _PUBLISHED) -> list[tuple[str, str, bool, str]]:
    doc = annotate(Article(text=text, source=Source(title="Test", date=published)))
    entries = []
    for candidate in analyze_timeline(doc, build_context(doc)):
        event = candidate.item.payload
        assert isinstance(event, TimelineEvent)
        entries.append((event.date, event.label, event.future, candidate.item.text))
    return entries


def _entry(entries: list[tuple[str, str, bool, str]], words: str) -> tuple[str, str, bool, str] | None:
    return next((e for e in entries if words in e[3]), None)


_SQUARE = ("Thousands of worshippers filled the cathedral square on Sunday as the church tried to calm fears "
           "about the outbreak.\n\n{middle}\n\nThe cardinal urged people to pray at home.")

CASES = (
    # (name, sentence, words of the entry, (date, label) or None when no entry may carry the words)
    ("last_week", "Last week the statue was paraded around the square for the first time in three centuries.",
     "paraded", ("2010-07-05", "5–11 July 2010")),
    ("late_last_week", "The bishop closed two parish schools late last week after a teacher fell ill.",
     "closed two parish schools", ("2010-07-05", "5–11 July 2010")),
    ("this_week", "The bishop closed two parish schools this week after a teacher fell ill.",
     "closed two parish schools", None),
    ("since_last_week", "Churches in the region have stayed shut since last week on the bishop's orders.",
     "stayed shut", None),
    ("future_weekday", "The cardinal will lead a service in the square on Friday, the diocese said.",
     "lead a service", ("2010-07-16", "16 July 2010")),
    ("plans_weekday", "The city plans to reopen the park on Thursday if no new cases are found.",
     "reopen the park", ("2010-07-15", "15 July 2010")),
)


@pytest.mark.parametrize(("name", "middle", "words", "want"), CASES, ids=[c[0] for c in CASES])
def test_weeks_and_weekdays(name: str, middle: str, words: str, want: tuple[str, str] | None) -> None:
    entries = _entries(_SQUARE.format(middle=middle))
    got = _entry(entries, words)
    assert (got[:2] if got else None) == want, (name, entries)


@pytest.mark.parametrize("middle", [
    "Last week the statue was paraded around the square for the first time in three centuries.",
    "The cardinal will lead a service in the square on Friday, the diocese said.",
])
def test_with_no_publication_date_a_relative_day_gives_no_entry(middle: str) -> None:
    # the decision: an entry must carry an ISO date to take its place in the section's order
    assert _entries(_SQUARE.format(middle=middle), None) == []


def test_a_last_week_entry_sits_in_date_order() -> None:
    text = ("The regulator fined Harbour Bank 2 million pounds on Monday over failures in its checks on money "
            "laundering.\n\nLast week the bank's chairman resigned after a board meeting.\n\nThe bank first "
            "reported the failures to the regulator on 2 March 2010.")
    dates = [date for date, *_ in _entries(text)]
    assert dates == sorted(dates) and "2010-07-05" in dates, dates
