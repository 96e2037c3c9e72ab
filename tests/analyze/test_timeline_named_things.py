"""A year before a document or a work names that thing, not the clause's event (session 35, task item 2).

FNC-1 body 1678: "Park Jin-hee ... said she was sure the 2011 directive was real" was entered under 2011, a
year that only says which directive she spoke of (analyze/date_events.dates_a_named_thing). The year still dates
the act when the thing acts ("a 2001 review found") or is the medium of the act ("In a 1993 interview, he told"). The article below was written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.timeline import analyze_timeline
from newsbrief.models import Article, Source, TimelineEvent
from newsbrief.nlp.annotate import annotate


def _dates(text: str, published: str | None = None) -> list[str]:
    doc = annotate(Article(text="A leaked order\n\n" + text, source=Source(title="Order", date=published)))
    events = [c.item.payload for c in analyze_timeline(doc, build_context(doc))]
    return [e.date for e in events if isinstance(e, TimelineEvent)]


@pytest.mark.parametrize("text", [
    "A defector who obtained the paper said she was sure the 2011 directive was genuine.",
    "Officials say the 2011 directive had been enforced in every province.",
    "Border guards broke a 1994 treaty on crossings, a rights group said.",
    "Most farmers work their own land, according to a 2013 report by the ministry.",
])
def test_a_year_that_names_a_thing_dates_no_event(text: str) -> None:
    assert _dates(text) == []
    assert _dates(text, "2014-12-18") == []


@pytest.mark.parametrize(("text", "iso"), [
    ("In a 2009 interview, the minister told reporters the rule would stand.", "2009"),
    ("A 2012 review found that the rule had been applied in every province.", "2012"),
])
def test_near_miss_the_thing_that_acts_tells_or_is_made_keeps_its_year(text: str, iso: str) -> None:
    assert _dates(text) == [iso]
