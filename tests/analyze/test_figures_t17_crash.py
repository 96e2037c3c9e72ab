"""A t17 article whose comparison term lay outside its parsed sentence crashed the figures stage (session 33)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.evaluation.detok import detokenize
from newsbrief.models import Article, Source
from newsbrief.pipeline import brief_article
from newsbrief.settings import Settings

DATA = Path(__file__).resolve().parents[2].parent / "shared/data/tls/t17/MJ_bbc/articles.jsonl"


def test_the_article_gets_a_brief_with_figures() -> None:
    if not DATA.exists():
        pytest.skip(f"t17 data not found at {DATA}")
    record = next((json.loads(line) for line in DATA.open() if '"MJ_bbc/2009-06-29/573"' in line), None)
    assert record is not None
    made = brief_article(Article(text=detokenize(record["text"]), source=Source(date=record["date"])), Settings())
    assert made.sections  # before the fix: ValueError: max() arg is an empty sequence
