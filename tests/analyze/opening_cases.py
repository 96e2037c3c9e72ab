"""Shared check for the opening-repair test files: what ``repair_opening`` makes of one sentence of a short article
written for a test."""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.analyze.openings import repair_opening
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate


def check_repair(text: str, index: int, expected: str) -> None:
    """Sentence ``index`` of ``text`` is repaired to start with ``expected``, or, for "not [Name", never to that name
    (left unrepaired or repaired otherwise)."""
    doc = annotate(Article(text=text, source=Source()))
    repaired = repair_opening(doc, doc.sentences[index], build_context(doc).actors)
    if expected.startswith("not "):
        assert repaired is None or not repaired.startswith(expected[4:]), repaired
    else:
        assert repaired is not None and repaired.startswith(expected), repaired
