"""The linear-time helpers give what the pairwise scans they replace gave.

The sparse TF-IDF sums (centrality, directed centrality, one sentence against all)
are checked against the dict cosine, pair by pair; the document indexes against
scans of the whole document; the name indexes against scans of every actor.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

import pytest

from newsbrief.analyze.actor_names import Actor
from newsbrief.analyze.actors import ActorNames
from newsbrief.analyze.context import Vector, build_context, content_terms, cosine
from newsbrief.analyze.doc_index import NameIndex, entities_of, paragraph_opening, sentence_at_token, sentences_over
from newsbrief.analyze.similarity import SentenceMatrix
from newsbrief.models import Article, Document, Source
from newsbrief.nlp.annotate import annotate

TERMS = [
    ["harbour", "quay", "close", "crane"],
    ["crane", "collapse", "boat", "boat"],
    [],  # a sentence without content words ("Photo: AP")
    ["quay", "reopen", "inspect", "crane"],
    ["fisherman", "landing", "cost"],
    ["harbour", "quay", "crane", "crane", "boat"],
]

ARTICLE = """Harbour officials in Bergvik closed the northern quay on Tuesday after a crane collapsed onto two boats.

Nobody was injured, the port authority said. Both boats sank at their moorings, according to Mayor Ingrid Solheim.

"We will inspect every crane before the quay reopens," Solheim said. She added that the Bergvik Port Authority (BPA) would pay for the repairs.

The BPA said the collapsed crane had been installed in 1998. Local fishermen said the closure would cost them several days of landings."""


def _dict_vectors(terms: list[list[str]]) -> list[Vector]:
    """The TF-IDF dicts the context built before the sparse matrix (the reference)."""
    n = max(len(terms), 1)
    df: Counter[str] = Counter()
    for bag in terms:
        df.update(set(bag))
    idf = {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}
    return [{t: (1 + math.log(c)) * idf[t] for t, c in Counter(bag).items()} for bag in terms]


def test_sparse_sums_equal_the_pairwise_dict_cosines() -> None:
    vectors = _dict_vectors(TERMS)
    matrix = SentenceMatrix(TERMS)
    n = len(TERMS)
    before, after = matrix.directed()
    for i in range(n):
        assert before[i] == pytest.approx(sum(cosine(vectors[i], vectors[j]) for j in range(i)), abs=1e-12)
        assert after[i] == pytest.approx(sum(cosine(vectors[i], vectors[j]) for j in range(i + 1, n)), abs=1e-12)
        assert matrix.summed()[i] == pytest.approx(before[i] + after[i], abs=1e-12)
        row = matrix.to_all(i)
        for j in range(n):
            expected = cosine(vectors[i], vectors[j]) if i != j else float(bool(vectors[i]))  # itself: 1, or 0 if empty
            assert row[j] == pytest.approx(expected, abs=1e-12)
            assert matrix.pair(i, j) == pytest.approx(row[j], abs=1e-12)
    assert matrix.to_all(2).tolist() == [0.0] * n  # no content words: similar to nothing
    assert before[0] == 0.0 and after[n - 1] == pytest.approx(0.0, abs=1e-12)
    assert after[0] > 0.5  # the first sentence shares harbour/quay/crane with what follows
    dense = matrix.matrix.toarray()  # the scipy CSR matrix of the same rows: the same products
    assert (dense @ dense.T)[0].tolist() == pytest.approx(matrix.to_all(0).tolist(), abs=1e-12)


def test_an_empty_document_has_empty_sums() -> None:
    matrix = SentenceMatrix([])
    assert matrix.summed().tolist() == [] and matrix.before().tolist() == []


def _doc() -> Document:
    return annotate(Article(text=ARTICLE, source=Source(title="Crane collapses on Bergvik quay")))


def test_context_centrality_is_the_mean_dict_cosine() -> None:
    doc = _doc()
    ctx = build_context(doc)
    terms = [content_terms(doc.sentence_tokens(s)) for s in doc.sentences]
    vectors = _dict_vectors(terms)
    n = len(vectors)
    means = [sum(cosine(v, w) for j, w in enumerate(vectors) if j != i) / (n - 1) for i, v in enumerate(vectors)]
    assert list(ctx.centrality) == pytest.approx([m / max(means) for m in means], abs=1e-12)


def test_document_indexes_answer_as_the_scans() -> None:
    doc = _doc()
    assert len(doc.sentences) >= 6 and doc.entities
    for sentence in doc.sentences:
        assert entities_of(doc, sentence) == doc.sentence_entities(sentence)
        assert paragraph_opening(doc, sentence) == next(s for s in doc.sentences if s.paragraph == sentence.paragraph)
    for token in doc.tokens:
        assert sentence_at_token(doc, token.i) == next(
            (s for s in doc.sentences if s.token_start <= token.i < s.token_end), None)
    text = doc.article.text
    for start, end in [(0, 1), (0, len(text)), (50, 200), (text.index('"'), text.index('reopens,"') + 9),
                       (len(text) - 5, len(text))]:
        assert sentences_over(doc, start, end) == [s for s in doc.sentences if s.start < end and start < s.end]
    other = annotate(Article(text="A different text about the council budget vote on Friday evening.", source=Source()))
    assert entities_of(other, other.sentences[0]) == other.sentence_entities(other.sentences[0])  # no stale index


@dataclass
class _Name:
    name: str


def test_name_index_finds_the_names_a_scan_finds() -> None:
    full = [_Name(n) for n in ("Kim Jong-un", "Ingrid Solheim", "Jennifer McCormick", "Kim Yo-jong", "Anna Kim")]
    index = NameIndex(full)
    for words in ({"kim"}, {"solheim", "ingrid"}, {"nobody"}, set()):
        assert index.with_words(words) == [a for a in full if words <= set(a.name.lower().split())]
    assert index.first_word({"kim"}) == [full[0], full[3]]
    assert index.ending("superintendent jennifer mccormick") == [full[2]]
    assert index.ending("mccormick") == []


def _scan(actors: list[Actor], name: str) -> int | None:
    """The speaker lookup as it was: every actor's aliases, then every person's name words."""
    from newsbrief.analyze.actor_names import clean_name, person_name

    cleaned = clean_name(name)
    words = set(person_name(cleaned).lower().split())
    for n, actor in enumerate(actors):
        if cleaned.lower() in {a.lower() for a in actor.aliases} or cleaned.lower() == actor.name.lower():
            return n
    for n, actor in enumerate(actors):
        if actor.label == "PERSON" and words and words <= set(actor.name.lower().split()):
            return n
    return None


def test_speaker_lookup_answers_as_the_scan() -> None:
    actors = [
        Actor(name="Bergvik Port Authority", label="ORG", mentions=[], aliases={"Bergvik Port Authority", "BPA"}),
        Actor(name="Ingrid Solheim", label="PERSON", mentions=[], aliases={"Ingrid Solheim", "Solheim"}),
        Actor(name="Erik Solheim", label="PERSON", mentions=[], aliases={"Erik Solheim"}),
        Actor(name="Bergvik", label="GPE", mentions=[], aliases={"Bergvik"}),
    ]
    lookup = ActorNames(actors)
    for name in ("BPA", "Solheim", "Mayor Ingrid Solheim", "Erik Solheim", "erik", "bergvik", "Nobody Here", ""):
        assert lookup(name) == (_scan(actors, name) if name else None), name
    assert lookup("Solheim") == 1 and lookup("Erik Solheim") == 2
