"""Shared, precomputed features of a document that several analyzers use.

Built once per document: content-word bags, TF-IDF vectors, sentence
centrality, actors and attributions. The bulk sentence comparisons run on one
sparse TF-IDF matrix (:mod:`newsbrief.analyze.similarity`), linear in the text;
single pairs use the dict vectors, which for a few lookups are faster than
slicing sparse rows.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from newsbrief.analyze.date_roles import dateline_date
from newsbrief.analyze.framing import questioned_premises
from newsbrief.analyze.framing_fakes import fabricated
from newsbrief.analyze.genre import Genre, detect_genre
from newsbrief.analyze.section_referents import retracted
from newsbrief.analyze.similarity import SentenceMatrix
from newsbrief.models import Attributions, Candidate, Citation, Document, Sentence, SentenceVoice, Token
from newsbrief.nlp.attribution import attribute
from newsbrief.nlp.dates import parse_published
from newsbrief.nlp.debunk import rejected_indices

if TYPE_CHECKING:
    from newsbrief.analyze.actors import Actor

_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"})

Vector = dict[str, float]


def content_terms(tokens: tuple[Token, ...]) -> list[str]:
    """Lower-cased lemmas of the content words among ``tokens``."""
    return [
        t.lemma.lower()
        for t in tokens
        if t.pos in _CONTENT_POS and not t.is_stop and any(c.isalnum() for c in t.text)
    ]


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
    """Per-document features shared by the analyzers."""

    published: date | None
    terms: tuple[tuple[str, ...], ...]
    vectors: tuple[Vector, ...]
    centrality: tuple[float, ...]
    actors: tuple[Actor, ...]
    attributions: Attributions
    genre: Genre = "news"
    matrix: SentenceMatrix | None = None  # the same TF-IDF vectors as sparse rows, for bulk comparisons
    # sentences the article quotes or reports in order to reject them (nlp/debunk.py), read once here:
    # the genre, key points, Analysis, Outlook and Recommendations all skip them
    rejected: frozenset[int] = frozenset()

    @property
    def sentence_matrix(self) -> SentenceMatrix:
        """The sparse TF-IDF rows (built from ``terms`` when the context was made without them)."""
        return self.matrix if self.matrix is not None else SentenceMatrix(self.terms)

    @cached_property
    def _voice_index(self) -> dict[int, SentenceVoice]:
        first: dict[int, SentenceVoice] = {}
        for voice in self.attributions.voices:
            first.setdefault(voice.sentence, voice)
        return first

    def voice_of(self, sentence: int) -> SentenceVoice:
        """:meth:`Attributions.voice_of` by a dict built once (scanning every voice per sentence was O(n^2))."""
        return self._voice_index.get(sentence) or self.attributions.voice_of(sentence)

    def similarity(self, i: int, j: int) -> float:
        """TF-IDF cosine of sentences ``i`` and ``j``."""
        return cosine(self.vectors[i], self.vectors[j])


def build_context(doc: Document) -> Context:
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
    matrix = SentenceMatrix(terms)
    # Mean cosine with every other sentence, as one sparse product rather than n^2 pairs.
    centrality = [float(total) / max(n - 1, 1) for total in matrix.summed()]
    top = max(centrality, default=0.0) or 1.0
    ctx = Context(
        # a dateline dates the article when the source did not ("CORSICANA (October 14, 2014)")
        published=parse_published(doc.article.source.date) or dateline_date(doc),
        terms=tuple(terms),
        vectors=tuple(vectors),
        centrality=tuple(c / top for c in centrality),
        matrix=matrix,
        actors=tuple(cluster_actors(doc)),
        attributions=attribute(doc),
        # and the belief a question-led explainer sets up to answer "no" (analyze/framing.py, reader Audit 12)
        # and a joke the writer takes back in the next sentence ("Haha, no, kidding.", reader Audit 31)
        rejected=rejected_indices(doc) | questioned_premises(doc) | retracted(doc) | fabricated(doc),
    )
    return replace(ctx, genre=detect_genre(doc, ctx))


def rewrite_sections(doc: Document, sections: Mapping[str, tuple[Candidate, ...]], wanted: Callable[[str], bool],
                     rewrite: Callable[[Candidate, Sentence], Candidate | None]) -> dict[str, tuple[Candidate, ...]]:
    """Each reported candidate that cites one whole sentence, in the sections ``wanted`` names,
    passed through ``rewrite`` (which may withhold it by returning None); the rest kept as they are.

    The passes that judge a statement shown alone (opening repair, borrowed voices) share this.
    """
    by_id = {s.id: s for s in doc.sentences}
    out: dict[str, tuple[Candidate, ...]] = {}
    for name, candidates in sections.items():
        if not wanted(name):
            out[name] = candidates
            continue
        kept: list[Candidate] = []
        for candidate in candidates:
            item = candidate.item
            sentence = by_id.get(item.citations[0].sentence_id) if len(item.citations) == 1 else None
            if item.kind != "reported" or sentence is None:
                kept.append(candidate)
                continue
            changed = rewrite(candidate, sentence)
            if changed is not None:
                kept.append(changed)
        out[name] = tuple(kept)
    return out
