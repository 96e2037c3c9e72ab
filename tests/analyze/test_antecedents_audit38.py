"""Audit 38 #7: an opening "He" after a statement quoted over several paragraphs means the statement's speaker,
named in its frame ('"...," President Lund said in a statement.'), not a man named inside the quotation. A
"the president said" between keeps the named speaker only when he holds that title. Texts written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.actors import cluster_actors
from newsbrief.analyze.openings import repair_opening
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

_STATEMENT = (
    "Crowds filled the main square late on Friday.\n\n"
    "\"Tonight belongs to the people of Norland,\" President Erik Lund said in a statement broadcast live.\n\n"
    "\"Few of us are given the chance to see history made. This is one of those times,\" the president said.\n\n"
    "\"The people have spoken, and the country will never be the same,\" he said.\n\n"
    "\"By stepping aside, Prime Minister Anton Berg answered the people's call. But this is only a start.\"\n\n"
    "He praised the army for acting calmly, and said it must now help ensure a fair handover.\n\n"
    "The square was still full at midnight.")

_OTHER_TITLE = (
    "Crowds filled the main square late on Friday.\n\n"
    "\"Tonight belongs to the people of Norland,\" Erik Lund said in a statement broadcast live.\n\n"
    "\"Few of us are given the chance to see history made,\" the minister said.\n\n"
    "He praised the army for acting calmly, and said it must now help ensure a fair handover.\n\n"
    "The square was still full at midnight.")


def _repaired(text: str, piece: str) -> str | None:
    doc = annotate(Article(text=text, source=Source()))
    sentence = next(s for s in doc.sentences if piece in s.text)
    return repair_opening(doc, sentence, cluster_actors(doc))


@pytest.mark.slow
def test_he_after_a_quoted_statement_is_its_speaker() -> None:
    """'He praised the army ...' after Lund's statement: never "[Berg]" (named inside the quotation)."""
    repaired = _repaired(_STATEMENT, "He praised")
    assert repaired is None or "Berg" not in repaired, repaired
    assert repaired is not None and repaired.startswith("[Lund]"), repaired


@pytest.mark.slow
def test_a_role_the_named_speaker_does_not_hold_leaves_he() -> None:
    """'"...," the minister said.' between: Lund is not said to be the minister, so no name is inserted."""
    repaired = _repaired(_OTHER_TITLE, "He praised")
    assert repaired is None or not repaired.startswith("[Lund]"), repaired
