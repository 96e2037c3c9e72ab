"""Reader Audit 52 #8 (docs/audit.md 53.4 pattern 6): "He may even be under house arrest, according to ..." was filed
as Outlook. A guessing modal on "be" + a place or condition one is in now ("under house arrest", "in hiding"), or on a
perfect ("may already have sold"), guesses the present or the past (section_present._state_now). The articles are
written for this test. Near misses keep their forecast: a state with a time to come ("could be in place by next
spring", "may be under pressure to sell ... soon") and a guessed event ("could reopen under a new owner").
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.classify import analyze_outlook
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

_BODY = ("The town council met on Tuesday to discuss the closure of the old paper mill on the river. "
         "Officials said about 300 workers lost their jobs when the mill shut in March. "
         "The owner has not been seen in public since the closure, and rumours about him have spread.\n\n")

CASES = [
    ("He may even be under house arrest, according to a historian at the local university.", "house arrest", False),
    ("The owner could be in hiding abroad, a former manager told the council.", "in hiding", False),
    ("The owner may already have sold the land to a developer, a union official said.", "already have sold", False),
    ("A new board could be in place by next spring, the council's leader said.", "in place by next spring", True),
    ("The mill could reopen under a new owner, the mayor said.", "could reopen", True),
    ("He may be under pressure to sell the land soon, the mayor said.", "under pressure", True),
]


@pytest.mark.parametrize(("text", "words", "expected"), CASES, ids=[c[1] for c in CASES])
def test_guess_about_now_is_no_outlook(text: str, words: str, expected: bool) -> None:
    doc = annotate(Article(text=_BODY + text, source=Source(title="Paper mill closure hits the town",
                                                            date="2025-06-11", url="https://example.com/news/story")))
    shown = [item.text for item in analyze_outlook(doc, build_context(doc))]
    assert any(words in item for item in shown) is expected, shown
