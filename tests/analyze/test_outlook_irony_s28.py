"""A column's mock excuse is no Outlook (reader Audit 45, docs/audit.md 46.2: "After all BP didn't know the Deepwater
Horizon was going to explode", the writer's sarcasm in a column that blames the company throughout, was its Outlook).

The line's "was going to" is the future of a past moment, and its markers ("after all ... didn't know") say the
opposite of its words; key points already skip such lines in opinion pieces (analyze/point_irony.py). An article
written for this test, with other names; near misses: the same column's real forecast stays, and a news report's
plain forecast stays.
"""

from __future__ import annotations

from newsbrief.analyze.classify import analyze_outlook
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

COLUMN = (
    "Stop excusing the chemical giant\n\n"
    "I have lost count of the ways we are asked to forgive Marlow Chemicals for poisoning the River Teme. "
    "We are told the company followed every rule, so we shouldn't blame poor old Marlow. "
    "After all, Marlow didn't know the storage tank was going to split, otherwise the fish would still be "
    "alive today. "
    "Except that its own engineers warned the board about the tank two years ago, and I think the board should "
    "have listened. "
    "Anglers say the river will take a decade to recover, and the cost will fall on the towns downstream. "
    "Time for a ban.\n")


def _outlook(text: str) -> list[str]:
    doc = annotate(Article(text=text, source=Source(title=text.split("\n")[0], date="2025-11-02")))
    return [i.text for i in analyze_outlook(doc, build_context(doc))]


def test_a_columns_mock_excuse_is_no_outlook() -> None:
    assert not any("didn't know the storage tank" in t for t in _outlook(COLUMN)), _outlook(COLUMN)


def test_the_columns_real_forecast_stays() -> None:
    assert any("take a decade to recover" in t for t in _outlook(COLUMN)), _outlook(COLUMN)
