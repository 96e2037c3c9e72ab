"""Labelled cases for argued pieces (reader Audit 15 and the lead's reading of unseen briefs): a signed
"Special to" commentary and a numerate column with rhetorical questions are argument, not news or Q&A, and
lead with their thesis; an expert analysis leads with its advice, not the sentence announcing it; a review
leads with its verdict. The articles are written for these tests (tests/analyze/points2_cases.py).
Openings: a dummy "It" needs no repair; "So far" is no connective.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.actors import cluster_actors
from newsbrief.analyze.context import build_context
from newsbrief.analyze.openings import repair_opening
from newsbrief.analyze.summary import analyze_summary
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.points2_cases import CASES
from tests.analyze.points_cases import Case

# Closed in session 16: a one-paragraph column whose sentences attribution gives to "the figures" has them back as
# the writer's own (genre._reporter_sentences). Closed before: a call to act in the headline's words counts anywhere (genre_points.states_thesis); a closing fact
# with no stance is no restated thesis (genre.main_point); a review's set-up is a last resort (summary._position).
_GAPS: set[str] = set()
_PARAMS = [pytest.param(c, id=c.name, marks=pytest.mark.xfail(reason="known gap", strict=True)) if c.name in _GAPS
           else pytest.param(c, id=c.name) for c in CASES]


@pytest.mark.slow
@pytest.mark.parametrize("case", _PARAMS)
def test_genre_and_key_points(case: Case) -> None:
    doc = annotate(Article(text=case.text, source=Source(title=case.title, date="2026-10-20")))
    ctx = build_context(doc)
    points = [item.text for item in analyze_summary(doc, ctx)]
    assert ctx.genre in case.genres
    assert any(phrase in point for point in points[:2] for phrase in case.lead), points
    assert not any(banned in point for point in points for banned in case.banned), points


_OPENINGS = (
    ("The charity has raised half its target. It will take more than a few weeks of fund-raising to close the gap.",
     "It will take more than a few weeks of fund-raising to close the gap."),
    ("The report was published on Monday. It is clear that the agency ignored the warnings.",
     "It is clear that the agency ignored the warnings."),
    ("The talks resumed on Monday. So far, though, neither side has moved.", "So far, though, neither side has moved."),
    ("The talks resumed on Monday. But the deal is still far off.", "[T]he deal is still far off."),
)


@pytest.mark.parametrize(("text", "expected"), _OPENINGS, ids=["dummy_it_take", "dummy_it_clear", "so_far", "but"])
def test_opening_repair(text: str, expected: str) -> None:
    doc = annotate(Article(text=text, source=Source()))
    assert repair_opening(doc, doc.sentences[-1], cluster_actors(doc)) == expected
