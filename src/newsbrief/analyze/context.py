"""Shared, precomputed features of a document that several analyzers use.

Built once per document: content-word bags, TF-IDF vectors, sentence
centrality and similarity to the title. Pure Python; articles are small.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from newsbrief.models import Citation, Document, Sentence, Token
from newsbrief.nlp.dates import parse_published
from newsbrief.settings import Settings

if TYPE_CHECKING:
    from newsbrief.analyze.actors import Actor

_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"})
_WORD = re.compile(r"[a-z0-9]+")

Vector = dict[str, float]


def content_terms(tokens: tuple[Token, ...]) -> list[str]:
    """Lower-cased lemmas of the content words among ``tokens``."""
    return [
        t.lemma.lower()
        for t in tokens
        if t.pos in _CONTENT_POS and not t.is_stop and any(c.isalnum() for c in t.text)
    ]


def words(text: str) -> list[str]:
    """Lower-cased alphanumeric words of ``text`` (for overlap measures)."""
    return _WORD.findall(text.lower())


def cosine(a: Vector, b: Vector) -> float:
    """Cosine similarity of two sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    dot = sum(value * b.get(term, 0.0) for term, value in a.items())
    if dot == 0.0:
        return 0.0
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def cite(sentence: Sentence, start: int | None = None, end: int | None = None) -> Citation:
    """A citation of ``sentence``, or of the span ``start:end`` inside it."""
    return Citation(
        sentence.id,
        sentence.start if start is None else start,
        sentence.end if end is None else end,
        sentence.article_id,
    )


@dataclass(frozen=True)
class Context:
    """Settings plus per-document features shared by the analyzers."""

    settings: Settings
    published: date | None
    terms: tuple[tuple[str, ...], ...]
    vectors: tuple[Vector, ...]
    centrality: tuple[float, ...]
    title_similarity: tuple[float, ...]
    actors: tuple[Actor, ...]

    def similarity(self, i: int, j: int) -> float:
        """TF-IDF cosine of sentences ``i`` and ``j``."""
        return cosine(self.vectors[i], self.vectors[j])


def build_context(doc: Document, settings: Settings) -> Context:
    """Compute the shared features of ``doc``."""
    from newsbrief.analyze.actors import cluster_actors  # actors needs this module's helpers

    terms = [tuple(content_terms(doc.sentence_tokens(s))) for s in doc.sentences]
    n = max(len(terms), 1)
    df: Counter[str] = Counter()
    for bag in terms:
        df.update(set(bag))
    idf = {term: math.log((1 + n) / (1 + count)) + 1.0 for term, count in df.items()}
    vectors: list[Vector] = []
    for bag in terms:
        counts = Counter(bag)
        vectors.append({term: (1 + math.log(c)) * idf[term] for term, c in counts.items()})
    centrality = []
    for i, vector in enumerate(vectors):
        total = sum(cosine(vector, other) for j, other in enumerate(vectors) if j != i)
        centrality.append(total / max(n - 1, 1))
    top = max(centrality, default=0.0) or 1.0
    title = doc.article.source.title or ""
    title_terms = Counter(w for w in words(title) if len(w) > 2)
    title_vector = {t: idf.get(t, 1.0) * c for t, c in title_terms.items()}
    title_sim = []
    for bag in terms:
        bag_vector = {t: idf[t] for t in set(bag)}
        title_sim.append(cosine(title_vector, bag_vector) if title_vector else 0.0)
    return Context(
        settings=settings,
        published=parse_published(doc.article.source.date),
        terms=tuple(terms),
        vectors=tuple(vectors),
        centrality=tuple(c / top for c in centrality),
        title_similarity=tuple(title_sim),
        actors=tuple(cluster_actors(doc)),
    )
