"""Audit 40's Who says what rows (docs/audit.md 41.3), on short texts written for these tests: a sentence shown
whole under a source must be the source's. A late "according to reports" in the writer's long forecast vouches
for its own conjunct, so the sentence is no row of "reports"; a negated speech verb or a rejected proposal gives
its subject no row.

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.positions import analyze_positions
from newsbrief.models import Article, PositionInfo, Source
from newsbrief.nlp.annotate import annotate


def _rows(text: str) -> list[tuple[str, str]]:
    doc = annotate(Article(text=text, source=Source(title="Test")))
    return [(i.payload.speaker, i.text) for i in analyze_positions(doc, build_context(doc))
            if isinstance(i.payload, PositionInfo)]


_FORECAST = (
    "The dock strike was meant to be over in a week, the port company said in May.\n\n"
    "Now it seems the stoppage could last for weeks, months or, by some gloomy estimates, perhaps even a year as "
    "the union argues over tactics and the port company hires temporary crews and, according to reports, is "
    "paying them double the usual rate.")

_REJECTED = (
    "The regional mediators drew up a plan to end the fighting in the north.\n\n"
    "The government rejected out of hand the regional mediators' peace plan, thereby giving the militia no reason "
    "to negotiate.")

_CRYING = (
    "The mayor won the vote by a wide margin.\n\n"
    "The young families who chose him over his rival weren't crying: \"Give us more motorways.\"\n\n"
    "They were pleading for better schools.")

CASES = [
    (_FORECAST, "stoppage could last"),
    (_REJECTED, "peace plan, thereby"),
    (_CRYING, "Give us more motorways"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece"), CASES, ids=[f"a40_row{i}" for i in range(len(CASES))])
def test_the_writers_sentence_is_no_sources_row(text: str, piece: str) -> None:
    """No Who says what row shows the writer's sentence under a source."""
    rows = _rows(text)
    assert not any(piece in row for _, row in rows), rows
