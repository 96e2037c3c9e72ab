"""Session 36's speed work on the genre rules keeps their answers: the sentences of an introduced excerpt are read
once per document (three rules asked for them: the writer's sentences, the excerpt lede, the openings' pass) and
handed out as a frozenset, so no rule can change what the next one is told."""

from __future__ import annotations

import pytest

from newsbrief.analyze.genre_accounts import excerpt_lede, excerpt_sentences
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

pytestmark = pytest.mark.slow

_POST = (
    "Maria Vance says she warned her bank about the scheme two years before it collapsed.\n\n"
    "From an excerpt of her new book that appeared on the Daily Ledger's website on Monday:\n\n"
    "I sat in the manager's office for an hour. I told him the numbers could not be right.\n\n"
    "The bank declined to comment on the book."
)


def test_excerpt_sentences_read_once_and_unchangeable() -> None:
    doc = annotate(Article(text=_POST, source=Source(title="Banker's memoir")))
    excerpt = excerpt_sentences(doc)
    texts = [doc.sentences[i].text for i in sorted(excerpt)]
    assert texts and texts[-1] == "I told him the numbers could not be right."
    assert all(doc.sentences[i].paragraph == 2 for i in excerpt)
    assert isinstance(excerpt, frozenset)
    assert excerpt_sentences(doc) is excerpt  # remembered for the document, not scanned again
    lede = excerpt_lede(doc)
    assert lede is not None and lede.text.startswith("Maria Vance says she warned")
    # a new document of the same text is read afresh (found by identity, never by an id reused)
    other = annotate(Article(text=_POST, source=Source(title="Banker's memoir")))
    assert excerpt_sentences(other) == excerpt and excerpt_sentences(other) is not excerpt
