"""Audit 9's misfiled and dangling items (issue #11, docs/audit.md section 10.4 patterns 4 and 5).

Labelled cases written for these tests: a quotation tail whose "should" tells what a belief said (no
one urging an action) is no recommendation; a quoted hypothetical feeling ("To see it close would be
unthinkable") and a present explanation ("X explained that ... rests on a simple logic") are no
outlook; a real call to act and a real forecast stay. The first score, before the rules changed, is in
the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.classify import analyze_outlook, analyze_recommendations
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Document, Source
from newsbrief.nlp.annotate import annotate

TEXT = """The leader of the Red Dawn militia, Omar Kassim, has rejected reports of a truce with the army.

"We never sat down with anyone... It is a lie. We will not bargain. Our faith told us we should not," \
Reuters reported Kassim as saying.

The charity's founder, Ann Brody, said the group had run out of money after twenty years of work.

"To see it close would be unthinkable," she said.

Analyst Peter Lang explained that the government's stance may look stubborn but it is actually based \
on a quite simple logic.

The aid minister said donors should double their pledges before the winter.

The finance ministry expects the deficit to fall next year.
"""


@pytest.fixture(scope="module")
def doc() -> Document:
    return annotate(Article(text=TEXT, source=Source(title=None, date="2026-03-02")))


@pytest.mark.parametrize(("words", "expected"), [
    ("Our faith told us we should not", False),  # what a belief said, not a call to act
    ("donors should double their pledges", True),
])
def test_recommendations_are_calls_to_act(doc: Document, words: str, expected: bool) -> None:
    items = analyze_recommendations(doc, build_context(doc))
    assert any(words in item.text for item in items) is expected, [item.text for item in items]


@pytest.mark.parametrize(("words", "expected"), [
    ("To see it close would be unthinkable", False),  # a hypothetical feeling
    ("based on a quite simple logic", False),  # a present explanation
    ("expects the deficit to fall next year", True),
])
def test_outlook_is_what_someone_expects(doc: Document, words: str, expected: bool) -> None:
    items = analyze_outlook(doc, build_context(doc))
    assert any(words in item.text for item in items) is expected, [item.text for item in items]
