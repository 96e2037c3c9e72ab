"""Furniture at a page's foot that came back in reader Audit 24 (docs/audit.md 25.3-25.4), as labelled cases.

Written for these tests (the shapes are the audit's): an essay's author bio line ("Jane Roe is a lecturer in
...") kept as the conclusion because the standfirst named the author ("Philosopher Jane Roe examines the
arguments."), which counted as a mention in the body; and a developing story's "Additional details will be
updated as they become available." notice as the conclusion. Near-misses: a person the article quotes keeps
her closing description; "details of the plan will be updated" by a ministry is news.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.ingest.furniture import furniture_kind
from newsbrief.models import RawDocument
from newsbrief.settings import Settings

ESSAY = (
    "Why do earthquakes happen to good people?\n\n"
    "Philosopher Jane Roe examines the arguments.\n\n"
    "When the ground shook last week, many asked how a loving God could allow it. The question is old.\n\n"
    "One answer says suffering builds character. But that answer struggles with the suffering of children.\n\n"
    "Another says we cannot know God's reasons. Yet that asks believers to give up reasoning itself.\n\n"
    "If a loving God exists, why did he not stop this?\n\n"
    "Jane Roe is a lecturer in the philosophy department of the University of Leeds.\n")
QUOTED = (
    "Quake survivors turn to faith\n\n"
    "Jane Roe, a philosopher, said the question of suffering was as old as faith itself.\n\n"
    "\"People ask how a loving God could allow it,\" Roe said at a meeting in the town hall on Sunday.\n\n"
    "Churches in the valley have opened their doors to families who lost their homes.\n\n"
    "Donations have reached £40,000, the organisers said.\n\n"
    "Jane Roe is a lecturer in the philosophy department of the University of Leeds.\n")

NOTICES = [
    "Additional details and information will be updated as it becomes available.",
    "Further details will be added as they become available.",
    "More information will be posted as it becomes available.",
    "This article will be updated as more details emerge.",
]
KEPT = [
    "Details of the new timetable will be published by the ministry on Friday.",
    "The company said more information would be available after the audit.",
]


def _text(raw: str) -> str:
    return extract(RawDocument(raw.encode(), content_type="text/plain"), Settings()).text


def test_an_authors_bio_is_furniture_when_the_standfirst_names_the_author() -> None:
    text = _text(ESSAY)
    assert "is a lecturer" not in text
    assert "why did he not stop this?" in text


def test_a_quoted_persons_closing_description_stays() -> None:
    assert "is a lecturer" in _text(QUOTED)


@pytest.mark.parametrize("line", NOTICES)
def test_an_update_notice_is_furniture(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize("line", KEPT)
def test_news_of_details_to_come_stays(line: str) -> None:
    assert furniture_kind(line) is None
