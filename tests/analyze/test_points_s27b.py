"""Session 27 (points2): the news act leads over a scene-setting lede, a debunk's verdict in the outlet's "we"
leads, and set-ups, scene-setters and asides earn no key point (reader Audit 42, 43.3-43.5); cases in
tests/analyze/acts_cases.py, written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.acts_cases import CASES
from tests.analyze.points_cases import Case, brief_points, case_params

_GAPS: set[str] = set()
_PARAMS: list[Any] = case_params(CASES, _GAPS)


@pytest.mark.slow
@pytest.mark.parametrize("case", _PARAMS)
def test_news_act_leads(case: Case) -> None:
    genre, points = brief_points(case, date="2026-12-01")
    assert genre in case.genres, genre
    assert any(phrase in points[0] for phrase in case.lead), points
    assert not any(banned in point for point in points for banned in case.banned), points
