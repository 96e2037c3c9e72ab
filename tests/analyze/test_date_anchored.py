"""Dates counted from the event told just before (analyze/date_anchored.py; Audit 51 52.5 "Key dates").

"Two days later, thousands marched" names no date of its own; counted from the day the sentence before tells,
it is an entry of its own. Articles written for these tests.
"""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.analyze.timeline import analyze_timeline
from newsbrief.models import Article, Source, TimelineEvent
from newsbrief.nlp.annotate import annotate

_REPORT = """Unrest spreads in the south

Police arrested four teenagers in the town of Dorval on 14 March for painting slogans on a school wall.

Two days later, thousands marched through the town to demand their release.

The following day, security forces opened fire on the marchers, killing three.

The day after the shooting the governor resigned.
"""


def _entries(text: str, published: str | None = None) -> list[tuple[str, int]]:
    doc = annotate(Article(text=text, source=Source(title="Report", date=published)))
    found = []
    for candidate in analyze_timeline(doc, build_context(doc)):
        assert isinstance(candidate.item.payload, TimelineEvent)
        index = next(s.index for s in doc.sentences if s.start == candidate.item.citations[0].start)
        found.append((candidate.item.payload.date, index))
    return found


def test_a_count_from_the_day_before_dates_the_sentence() -> None:
    assert _entries(_REPORT, "2011-04-02") == [("2011-03-14", 1), ("2011-03-16", 2), ("2011-03-17", 3)]
    # with no publication date the days keep no year, and the count still places them
    assert _entries(_REPORT) == [("--03-14", 1), ("--03-16", 2), ("--03-17", 3)]


def test_near_miss_a_count_from_a_noun_or_from_an_undated_sentence_dates_nothing() -> None:
    # "The day after the shooting" counts from a noun; "Two weeks earlier" follows a sentence with no day
    text = ("Unrest spreads\n\nThe governor resigned on 20 May after a week of protests.\n\n"
            "The day after the resignation the army took over the radio station.\n\n"
            "Two weeks earlier, the police had banned all marches.")
    assert _entries(text, "2011-06-01") == [("2011-05-20", 1)]


def test_near_miss_a_count_that_would_cross_a_new_year_without_a_year_is_no_date() -> None:
    text = ("Talks resume\n\nThe two sides met in the capital on 3 January to resume talks.\n\n"
            "Two weeks earlier, rebels had seized the airport.")
    assert _entries(text) == [("--01-03", 1)]
    assert _entries(text, "2011-02-01") == [("2010-12-20", 2), ("2011-01-03", 1)]
