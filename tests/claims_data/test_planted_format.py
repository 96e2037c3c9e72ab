"""Format check for the planted-difference set (tests/data/claims/planted.jsonl).

The set labels differences between synthetic articles of one story (issue 13, section 6) and is
written before the claim-comparison rules; this test only guards its shape, so that a scorer can
trust every citation: each quote must occur verbatim in the article it names.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

PLANTED = Path(__file__).resolve().parent.parent / "data" / "claims" / "planted.jsonl"
LABELS = {"conflict", "update", "single-source", "attributed-differently", "agree"}


def _stories() -> list[dict[str, Any]]:
    lines = PLANTED.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


STORIES = _stories()


def test_set_size() -> None:
    assert len(STORIES) >= 14
    assert sum(len(s["differences"]) for s in STORIES) >= 60
    assert len({s["story"] for s in STORIES}) == len(STORIES), "story slugs must be unique"


@pytest.mark.parametrize("story", STORIES, ids=[s["story"] for s in STORIES])
def test_story_articles(story: dict[str, Any]) -> None:
    articles = story["articles"]
    assert 3 <= len(articles) <= 4
    assert len({a["id"] for a in articles}) == len(articles)
    dates = [dt.date.fromisoformat(a["date"]) for a in articles]
    assert max(dates) > min(dates), "at least one article must be dated later than another"
    for article in articles:
        assert article["outlet"] and article["title"]
        assert 120 <= len(article["text"].split()) <= 250, article["id"]
    assert len({a["outlet"] for a in articles}) >= 3, "three or more outlets per story"


@pytest.mark.parametrize("story", STORIES, ids=[s["story"] for s in STORIES])
def test_quotes_are_verbatim(story: dict[str, Any]) -> None:
    texts = {a["id"]: a["text"] for a in story["articles"]}
    for item in story["differences"] + story["paraphrases"]:
        for side in item["sides"]:
            assert side["quote"] in texts[side["article"]], (side["article"], side["quote"])


@pytest.mark.parametrize("story", STORIES, ids=[s["story"] for s in STORIES])
def test_labels_and_sides(story: dict[str, Any]) -> None:
    dates = {a["id"]: a["date"] for a in story["articles"]}
    for diff in story["differences"]:
        assert diff["label"] in LABELS, diff["label"]
        assert diff["kind"] and diff["what"]
        outlets = {side["article"] for side in diff["sides"]}
        if diff["label"] == "single-source":
            assert len(diff["sides"]) == 1, diff["what"]
        else:
            assert len(outlets) >= 2, diff["what"]
        if diff["label"] == "update":
            # Sides run oldest first and the newest value is published later than the first.
            side_dates = [dates[side["article"]] for side in diff["sides"]]
            assert side_dates == sorted(side_dates) and side_dates[-1] > side_dates[0], diff["what"]
    for paraphrase in story["paraphrases"]:
        assert paraphrase["note"] and len(paraphrase["sides"]) >= 2
