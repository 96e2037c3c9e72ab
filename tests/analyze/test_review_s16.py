"""Ordinary news the session 16 rules misread (session 16 review); each sentence written for this test."""

from __future__ import annotations

import pytest

from newsbrief.analyze.date_frames import is_glued
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.test_timeline_session15 import _dates


def _glued(text: str) -> bool:
    doc = annotate(Article(text=text, source=Source(title="Test")))
    return is_glued(doc, doc.sentences[0])


@pytest.mark.parametrize("text", [
    # A one-word title after its noun is no lost full stop: the words before it hold no verb of their own.
    "The horror film It grossed $700 million after its release on Sept. 8, 2017.",
    "The drama This is Us first aired on Sept. 20, 2016, and ran for six seasons.",
    "The novel It sold a million copies in 1987.",
])
def test_a_capitalised_title_is_no_glued_sentence(text: str) -> None:
    assert not _glued(text)


def test_a_lost_stop_after_a_verb_is_still_glued() -> None:
    assert _glued("The camera has not worked for two years It was last checked by engineers in 2012.")


def test_a_title_keeps_its_sentence_in_the_timeline() -> None:
    assert _dates("The novel It sold a million copies in 1987.", None) == ["1987"]
