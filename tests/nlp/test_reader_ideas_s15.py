"""Audit 23's readers' Q&A (docs/audit.md 24.4 item 1), on short texts written for these tests.

A page of readers' ideas, each judged by an expert: a reader's proposal (no question mark: an idea,
not a question), then the reader's sign-off line ("- Tom Price, Leeds, UK"), then the expert's
verdict under a label ("Prof Marsh says: ..."). Audit 23 found ten of the readers' ideas printed as
the expert's, who rejects them, and one with no speaker. The idea is its reader's; the verdict is the
expert's. Near-misses: a page of readers' own comments (no expert labels) keeps each comment its
reader's, and Audit 20's question-and-answer page is unchanged (tests/nlp/test_speakers_audit20.py).

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from tests.nlp.test_speakers_audit20 import check_mouth

_IDEAS = (
    "Readers have sent thousands of ideas for stopping the leak. We put some of them to Prof Anna Marsh, "
    "an engineer at the Delft institute.\n\n"
    "Why not drop a huge bag of sand over the pipe so that the weight holds the oil down?\n\n"
    "- Tom Price, Leeds, UK\n\n"
    "Prof Marsh says: The pressure in the well is far too high for sand to hold. The bag would be pushed "
    "aside within minutes.\n\n"
    "Lower a ring of magnets around the pipe and freeze the oil with liquid nitrogen until it sets.\n\n"
    "- Carla Diaz, Valencia, Spain\n\n"
    "Prof Marsh says: Freezing has been tried on smaller wells. It works only when the flow is slow, and "
    "here it is not.\n\n"
    "Sink an old tanker on top of the well and let its hull act as a lid.\n\n"
    "- Sam Okafor, Lagos, Nigeria\n\n"
    "Prof Marsh says: A hull would not seal against the sea floor. The relief well remains the best hope.")

_COMMENTS = (
    "We asked readers how the strike has changed their week.\n\n"
    "I have walked to work every day and my feet are sore.\n\n"
    "- Rosa Vale, Derby\n\n"
    "The buses that do run are so full that nobody can get on after the second stop.\n\n"
    "- Tim Ashe, Leicester\n\n"
    "My shop has lost half its customers since Monday.\n\n"
    "- Olga Brin, Nottingham")

CASES: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    # the readers' ideas are theirs
    (_IDEAS, "bag of sand", "Tom Price", ("Anna Marsh", "Marsh")),
    (_IDEAS, "ring of magnets", "Carla Diaz", ("Anna Marsh", "Marsh", "Tom Price")),
    (_IDEAS, "old tanker", "Sam Okafor", ("Anna Marsh", "Marsh", "Carla Diaz")),
    # the verdicts are the expert's
    (_IDEAS, "far too high", "Marsh", ("Tom Price", "Carla Diaz")),
    (_IDEAS, "pushed aside", "Marsh", ("Tom Price", "Carla Diaz")),
    (_IDEAS, "flow is slow", "Marsh", ("Carla Diaz", "Sam Okafor")),
    (_IDEAS, "best hope", "Marsh", ("Sam Okafor",)),
    # near-miss: readers' own comments, no expert
    (_COMMENTS, "feet are sore", "Rosa Vale", ("Tim Ashe",)),
    (_COMMENTS, "second stop", "Tim Ashe", ("Rosa Vale", "Olga Brin")),
    (_COMMENTS, "half its customers", "Olga Brin", ("Tim Ashe",)),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "expected", "never"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_ideas_are_the_readers_and_verdicts_the_experts(text: str, piece: str, expected: str | None,
                                                         never: tuple[str, ...]) -> None:
    check_mouth(text, piece, expected, never)


def test_a_readers_long_question_is_no_sub_head() -> None:
    """A reader's 22-word question is content; only a question of a few words stands alone as a sub-head.
    (Two constants shared one name, so the sub-head rule took questions of up to 40 words.)"""
    from newsbrief.ingest.furniture import furniture_kind

    question = ("Why not drop a huge bag of sand over the pipe so that the weight holds the oil down until "
                "the relief well is done?")
    assert furniture_kind(question) is None
    assert furniture_kind("What did the prosecutors say?") == "subhead"
