"""Trimmed story points and concept coverage, on wire copy written for these tests."""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Document, Source
from newsbrief.nlp.annotate import annotate_many
from newsbrief.stories.summary import summarize_story
from newsbrief.stories.summary_trim import concept_weights, concepts, never_a_point, new_weight, trim, wire_prefix

# Two lower-cased wire reports of one event (as Multi-News stores them) and a third, later one.
WIRE_ONE = """Portvale (ap) — a landslide near the mining town of portvale buried a highway bridge on tuesday, cutting the only road to the coast for about 12,000 residents.

Rescue teams found no one trapped under the debris, which covers about 300 meters (980 feet) of the road.

The regional roads agency said repairs would take at least three weeks."""

WIRE_TWO = """Portvale (kvnt 4) – heavy rain set off a landslide that buried the highway bridge outside portvale on tuesday, leaving 12,000 residents without a road to the coast.

The roads agency (rra) expects repairs to take three weeks or more, a spokeswoman said.

"The hill (behind the bridge) has moved before," said local farmer anna lind."""

WIRE_THREE = """Engineers began clearing the buried highway bridge near portvale on wednesday with two excavators.

A ferry will carry residents to the coast until the road reopens, the regional council said."""


@pytest.fixture(scope="module")
def story() -> list[Document]:
    return list(annotate_many([
        Article(WIRE_ONE, Source(outlet="Wire One", date="2025-06-03")),
        Article(WIRE_TWO, Source(outlet="Wire Two", date="2025-06-03")),
        Article(WIRE_THREE, Source(outlet="Wire Three", date="2025-06-04")),
    ]))


def test_wire_datelines_are_dropped_only_when_a_sentence_follows() -> None:
    text = "Portvale (ap) — a landslide near the mining town of portvale buried a highway bridge on tuesday."
    assert text[wire_prefix(text):].startswith("a landslide")
    assert wire_prefix("Dallas (cbsdfw.com) – a dallas police officer has died after a shooting.") > 0
    assert wire_prefix("Portvale (ap) — short.") == 0  # nothing left to read
    assert wire_prefix("The agency (rra) said the work - all of it - would last weeks.") == 0  # no dash after it


def test_parentheticals_go_except_in_quotes_and_short_sentences() -> None:
    assert trim("The debris covers about 300 meters (980 feet) of the road.") == \
        "The debris covers about 300 meters of the road."
    quoted = '"The hill (behind the bridge) has moved before," said a farmer.'
    assert trim(quoted) == quoted  # a bracket inside a quotation is part of what was said
    assert trim("Repairs (three weeks) begin.") == "Repairs (three weeks) begin."  # too short without it


def test_points_show_trimmed_sentences_and_cite_them(story: list[Document]) -> None:
    points = summarize_story(story, limit=10)
    texts = {doc.article.id: doc.article.text for doc in story}
    assert points
    for point in points:
        assert "(ap)" not in point.text and "(kvnt 4)" not in point.text
        assert "(980 feet)" not in point.text
        cited = texts[point.article_id][point.start:point.end]
        rest = iter(cited.split())
        assert all(any(word == other for other in rest) for word in point.text.split()), point.text
    bridge = [p for p in points if "landslide" in p.text]
    assert len(bridge) == 1  # both wires lead with it: one point, citing both
    assert len({c.article_id for c in bridge[0].citations}) == 2
    quote = [p for p in points if "moved before" in p.text]
    assert all("(behind the bridge)" in p.text for p in quote)


def test_concepts_weigh_by_the_other_articles_using_them(story: list[Document]) -> None:
    found = [concepts(doc, s) for doc in story for s in doc.sentences]
    articles = [k for k, doc in enumerate(story) for _ in doc.sentences]
    weights = concept_weights(found, articles)
    assert weights["bridge"] == 2.0  # all three articles
    assert weights["landslide"] == 1.0  # the two wires
    assert "excavator" not in weights  # the third article only
    assert "highway bridge" in weights  # a pair of words both wires use
    lead = found[0]
    assert new_weight(lead, set(), weights) > new_weight(lead, set(lead), weights) == 0.0
    assert concept_weights(found[:3], [0, 0, 0]) == {}  # one article: nothing is shared


@pytest.mark.parametrize(("text", "expected"), [
    ("Create an account to keep reading.", True),
    ("Log in with your email address and password to continue.", True),
    ("You always have the option to delete your tweet location history.", True),
    ("Sign up for our newsletter to get the latest news delivered to your inbox.", True),
    ("All rights reserved.", True),
    ("The council said subscribers to the water service would get refunds.", False),
    # Cut off mid-sentence (a truncated feed): shaped like a heading, but reporting.
    ("the mayor said the bridge would reopen by the end of the", False),
])
def test_never_a_point_is_page_furniture_and_notices_only(text: str, expected: bool) -> None:
    assert never_a_point(text) is expected
