"""Labelled cases for key points and genre of pieces that are not third-person news reports (reader Audits
14-15 and the lead's reading of unseen briefs): eyewitness dispatches lead with the situation, not the
scenery; one-paragraph columns are opinion and lead with their thesis; a report's turn to outside doubt is
among the first two key points; an FAQ's transition and half of a split quotation are no key points.

The articles are written for these tests (tests/analyze/points_cases.py). First score on the unchanged
code: 41/66 checks (genre, lead, banned for each of 22 articles).
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.summary import analyze_summary
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.points_cases import CASES, Case

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_genre_and_key_points(case: Case) -> None:
    doc = annotate(Article(text=case.text, source=Source(title=case.title, date="2026-10-20")))
    ctx = build_context(doc)
    points = [item.text for item in analyze_summary(doc, ctx)]
    assert ctx.genre in case.genres
    assert any(phrase in point for point in points[:2] for phrase in case.lead), points
    assert not any(banned in point for point in points for banned in case.banned), points
