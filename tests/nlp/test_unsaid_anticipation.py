"""Words said against an expectation are said (review of session 33: nlp/unsaid.py withheld them).

"Nobody expected the treasurer to say: '...'" reports words that were said; the negation is of the expectation.
A present, future or imperative anticipation ("don't expect her to say ...") still frames words not yet said.
Each sentence is written for this test and stands before a second, neutral one.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import quote_spans
from newsbrief.nlp.unsaid import unsaid_quote

_WORDS = '"I am resigning today because this budget betrays the city."'


def _unsaid(frame: str) -> bool:
    text = f"{frame} {_WORDS}\n\nThe council will meet again next month to vote on the budget."
    doc = annotate(Article(text=text, source=Source(title="Test")))
    start, end = quote_spans(doc.article.text)[0]
    sentence = next(s for s in doc.sentences if s.start <= start < s.end)
    return unsaid_quote(doc, sentence, start, end)


@pytest.mark.parametrize("frame", [
    "Nobody expected the treasurer to say:",
    "No one could have predicted that Lind would say:",
    "Few had hoped the treasurer would tell the chamber:",
    "Lind said:",
])
def test_words_said_against_an_expectation_are_said(frame: str) -> None:
    assert not _unsaid(frame)


@pytest.mark.parametrize("frame", [
    "Don't expect the treasurer to say:",
    "You will never hear the treasurer say:",
    "Lind might say:",
])
def test_words_still_awaited_or_supposed_are_unsaid(frame: str) -> None:
    assert _unsaid(frame)
