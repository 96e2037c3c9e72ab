"""Claims an article reports in order to reject them, as Audit 19 met them (reader Audit 19, 20.3 and 20.4).

A column that tells a true story before the hoax it debunks ("Then came the story that ...", then "None
of it is true."): the hoax starts at "the story that", so the walk back from the verdict stops there and
does not meet the column's opening ("two kinds of fake news"). A rumour-and-denial report quotes a
newspaper ("..., it read") and then "The ministry denied the report": the paper's sentences are the
denied claim (nlp/debunk_denied.py). Near-misses: a person's claim answered by a ministry, and a report
that gives its own figures beside a denied rumour, reject nothing. The articles are written for these
tests.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Document, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.debunk import rejected_indices
from newsbrief.nlp.debunk_denied import denied_reports
from tests.analyze.test_figure_audit19 import _COLUMN, _DENIED, _FRAMED, _REAL

pytestmark = pytest.mark.slow


def _doc(text: str) -> Document:
    return annotate(Article(text=text, source=Source(title="Test", date="2026-03-17")))


def _texts(doc: Document, indices: frozenset[int]) -> list[str]:
    return [doc.sentences[i].text for i in sorted(indices)]


def test_the_hoax_after_a_true_story_is_rejected_and_the_true_story_is_not() -> None:
    doc = _doc(_COLUMN)
    rejected = _texts(doc, rejected_indices(doc))
    assert any(text.startswith("The Weekly Racket reported") for text in rejected), rejected
    assert any(text.startswith("Then came the story") for text in rejected), rejected
    assert not any("rabbits" in text or "two kinds" in text for text in rejected), rejected


def test_a_denied_newspaper_report_is_found() -> None:
    doc = _doc(_DENIED)
    denied = _texts(doc, denied_reports(doc))
    assert any("reported that diseases" in text for text in denied), denied
    assert any("it read" in text for text in denied), denied
    assert not any("World Health Organization" in text or "4,000" in text for text in denied), denied


@pytest.mark.parametrize("text", [_FRAMED, _REAL])
def test_a_persons_claim_or_a_denied_rumour_beside_real_figures_is_no_denied_report(text: str) -> None:
    doc = _doc(text)
    assert not denied_reports(doc), _texts(doc, denied_reports(doc))
    assert not rejected_indices(doc), _texts(doc, rejected_indices(doc))
