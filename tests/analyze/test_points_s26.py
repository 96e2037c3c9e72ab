"""Session 26: an argued piece's claim leads over its set-up (reader Audit 40, 41.3 #4-#6); cases in
tests/analyze/claims_cases.py, written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.summary import analyze_summary
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.claims_cases import CASES
from tests.analyze.points_cases import Case, case_params

# Closed in session 28 (by h28/speakers2's speaker fixes): the column's anecdote gives way and the named subject
# (the mayor's ban) leads, no longer the closing verdict with a dangling "That".
# Closed in session 27: a correspondent's analysis whose byline the reader lifted into the writer field reads as an
# analysis by the writer's aside on assignment ("As a reporter, covering ...": genre_infer.on_assignment).
_GAPS: set[str] = set()
_PARAMS: list[Any] = case_params(CASES, _GAPS)


@pytest.mark.slow
@pytest.mark.parametrize("case", _PARAMS)
def test_claim_leads(case: Case) -> None:
    doc = annotate(Article(text=case.text, source=Source(title=case.title, date="2026-12-01")))
    ctx = build_context(doc)
    points = [item.text for item in analyze_summary(doc, ctx)]
    assert ctx.genre in case.genres, ctx.genre
    assert any(phrase in points[0] for phrase in case.lead), points
    assert not any(banned in point for point in points for banned in case.banned), points
