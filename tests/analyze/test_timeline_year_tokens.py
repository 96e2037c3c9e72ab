"""Timeline entries from year-like tokens, and dated events that gave none (reader Audit 8, docs/audit.md 9.4
pattern 4 and 9.5 "Key dates").

Short articles written for these tests. Each holds one way a number or a named past event dated a sentence
that reports nothing on that date (a clock time, a prize year on a person, a dateline, a pandemic named
in passing), or a day and month that should date its event from the publication date or a dateline.
First score (before the rules, 2026-11-29): 4 of 8.
"""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.analyze.timeline import analyze_timeline
from newsbrief.models import Article, Source, TimelineEvent
from newsbrief.nlp.annotate import annotate


def _events(text: str, published: str | None = None) -> list[tuple[str, str]]:
    doc = annotate(Article(text=text, source=Source(title="Test", date=published)))
    events = []
    for candidate in analyze_timeline(doc, build_context(doc)):
        assert isinstance(candidate.item.payload, TimelineEvent)
        events.append((candidate.item.payload.date, candidate.item.text))
    return events


def test_a_clock_time_is_not_a_year() -> None:
    text = ("Divers closed the last valve at 1415 local time (1915 GMT) on Monday, the port authority said.\n\n"
            "Tests of the seal have continued since then.")
    assert _events(text) == []  # with no publication date, "Monday" dates nothing, and nor does 1915
    assert [d for d, _ in _events(text, "2012-03-14")] == ["2012-03-12"]


def test_a_year_that_says_who_someone_is_dates_nothing() -> None:
    text = ("The government has jailed bloggers and, during the latest marches, even put 1998 Booker Prize "
            "winner and opposition figure Lena Hart under house arrest.")
    assert all(d != "1998" for d, _ in _events(text))


def test_a_past_event_named_in_a_description_dates_nothing() -> None:
    text = ("The strain is a new form of the virus which caused the 1957 flu pandemic.\n\n"
            "Doctors say most patients recover within a week.")
    assert all(d != "1957" for d, _ in _events(text))


def test_a_dateline_is_no_event_but_anchors_the_days() -> None:
    text = ("LAKEVILLE (March 3, 2015)\n\n"
            "Town officials on Tuesday rejected claims that the water supply had been poisoned.\n\n"
            "The health office posted a notice on Feb. 27 saying tests found nothing wrong.")
    events = _events(text)
    assert all(not sentence.startswith("LAKEVILLE") for _, sentence in events)
    dates = [d for d, _ in events]
    assert "2015-02-27" in dates


def test_a_dateline_in_brackets_before_a_dash_anchors_the_days() -> None:
    text = ("(Jan. 20, 2015) – A story claiming that frozen fish carried a virus spread quickly online.\n\n"
            "The food agency denied the claim on Jan. 12 and again on Jan. 16.")
    dates = [d for d, _ in _events(text)]
    assert "2015-01-12" in dates


def test_a_day_and_month_take_the_publication_year() -> None:
    text = ("Oil began leaking after the platform exploded on 20 April, killing eleven workers.\n\n"
            "When engineers lifted the old cap on 10 July, the oil flowed freely again.")
    dates = [d for d, _ in _events(text, "2010-07-19")]
    assert "2010-04-20" in dates and "2010-07-10" in dates


def test_a_late_month_in_a_january_story_is_last_year() -> None:
    text = "The bank collapsed on 28 December, leaving thousands of savers without access to their money."
    assert [d for d, _ in _events(text, "2015-01-09")] == ["2014-12-28"]


def test_a_day_and_month_with_no_anchor_are_not_given_a_year() -> None:
    text = "The platform exploded on 20 April, killing eleven workers."
    assert [d for d, _ in _events(text)] == ["--04-20"]  # ISO 8601's day without a year (issue #11)
