"""A year after an elliptical comparison ("but so did Exxon before ... into 2008") dates the precedent, not the
story's act (issue #11, Audit 48 49.4 item 6).

"BP says they'll pay for all 'legitimate' claims but so did Exxon before its phalanx of lawyers stretched the
reparation process into 2008" was entered under 2008: the year is the compared firm's past, the sentence's own act
(a pledge) is current. Sentences written for these tests; near misses keep their dates.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.timeline import analyze_timeline
from newsbrief.models import Article, Source, TimelineEvent
from newsbrief.nlp.annotate import annotate


def _entries(text: str) -> list[str]:
    """The dates of the timeline entries of ``text``, published on 2012-06-03."""
    doc = annotate(Article(text=text, source=Source(title="Test", date="2012-06-03")))
    dates = []
    for candidate in analyze_timeline(doc, build_context(doc)):
        assert isinstance(candidate.item.payload, TimelineEvent)
        dates.append(candidate.item.payload.date)
    return dates


PRECEDENTS = (
    ("so_did", "The carrier says it will pay all fair claims, but so did its rival before its lawyers dragged the "
               "case into 2008.", "2008"),
    ("as_did", "The union says it will strike again, as did the drivers when pay talks collapsed in March 2011.",
     "2011-03"),
)


@pytest.mark.parametrize(("name", "text", "iso"), PRECEDENTS, ids=[c[0] for c in PRECEDENTS])
def test_a_date_after_an_elliptical_comparison_dates_no_entry(name: str, text: str, iso: str) -> None:
    assert iso not in _entries(text), (name, _entries(text))


KEPT = (
    ("date_first", "The minister resigned in 2010, and so did his deputy.", "2010"),
    ("day", "Shares in the carrier fell sharply, as did those of its rival on Wednesday.", "2012-05-30"),
    # a passive narration after "as" is the story's own act, no comparison (code review, session 32)
    ("as_was", "The carrier sold its two oldest ferries, as was agreed with the unions in March 2011.", "2011-03"),
)


@pytest.mark.parametrize(("name", "text", "iso"), KEPT, ids=[c[0] for c in KEPT])
def test_a_date_before_the_comparison_or_a_day_keeps_its_entry(name: str, text: str, iso: str) -> None:
    assert iso in _entries(text), (name, _entries(text))
