"""Reader Audit 15, Timeline: a date that belongs to a subordinate detail (a law "passed in 1973",
a comparison "similar to what the army did in 1999") does not date the sentence's own event; plain
dates of the event still do."""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.timeline import analyze_timeline
from newsbrief.models import Article, Document, Source, TimelineEvent
from newsbrief.nlp.annotate import annotate


def _dates(text: str) -> list[str]:
    doc: Document = annotate(Article(text=text, source=Source(title="Test", date="2026-05-27")))
    dates = []
    for candidate in analyze_timeline(doc, build_context(doc)):
        assert isinstance(candidate.item.payload, TimelineEvent)
        dates.append(candidate.item.payload.date)
    return dates


@pytest.mark.parametrize("text", [
    # a reduced relative clause that dates the law, not the sentence's proposal
    "The motion has been proposed as a way around the Fisheries Act, passed in 1984 after a long dispute.",
    "Critics say the tax breaks breach the Clean Water Charter, adopted in 1992 by every member state.",
    "The plan would repeal the Housing Code, first drafted in 1961 at the height of the building boom.",
    "The council wants to amend the Harbour Law, enacted in 1978, to let cruise ships dock at night.",
    # a comparison with an earlier event
    "The strategy is similar to that which the navy used in the Gulf in 1991.",
    "The blockade resembles the one that the alliance imposed on the port in 2003.",
    "The tactic is much like the campaign the rebels waged in the north in 2014.",
    "The new rules are comparable to those the regulator introduced in 2008.",
])
def test_a_subordinate_or_compared_date_makes_no_entry(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(("text", "date"), [
    ("Parliament passed the Fisheries Act in 1984 after a long dispute.", "1984"),
    ("The law, which was passed in 1984, was repealed on Tuesday.", "2026-05-26"),
    ("The navy used a similar strategy in the Gulf in 1991.", "1991"),
    ("The rebels launched a campaign like no other in 2014.", "2014"),
    ("The mayor signed the order, drafted by her staff, on 3 April.", "2026-04-03"),
])
def test_the_events_own_date_stays(text: str, date: str) -> None:
    assert _dates(text) == [date]


@pytest.mark.parametrize(("text", "date"), [
    ("The 60-day window for the operation ends May 20, officials said.", "2026-05-20"),
    ("His May 12 appearance on state television was his first in weeks.", "2026-05-12"),
])
def test_a_date_written_without_on_is_read(text: str, date: str) -> None:
    assert _dates(text) == [date]
