"""The sentences that tell one date: central to what the collection says about it, none repeated.

Candidates for a day are the sentences that name it and the first sentences of the
articles published on it or the day after (which report the day's news without naming
it). The two sets describe the day from two sides, and what they share is what
happened (the PM-MEAN date vector of Gholipour Ghalandari & Ifrim 2020): the day's
vector keeps the terms both sets use, weighted by their means. Candidates far from it
are cut at the knee of the similarity curve, and the summary is built greedily so that
the summary as a whole is closest to the centroid of what is left (their CENTROID-OPT).

A sentence as close as a near-copy to one already in the timeline (on this day or an
earlier pick) says the same thing and is skipped; the chosen sentence cites its
near-copies in other articles, so that an event reported by several outlets is one
statement citing all of them.

TF-IDF with scikit-learn: sparse vectors over the whole collection's vocabulary, fitted
once per timeline, with the matrix products that make the greedy steps cheap.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from newsbrief.models import Citation
from newsbrief.stories.timeline_rank import DayStats, PoolSentence

# Two sentences at least this similar (TF-IDF cosine) say the same thing: the second is
# not shown, and the first cites both. On the t17 development topics 0.4 to 0.8 score
# alike (AR1 within 0.002) and 0.3 loses 0.004; 0.5 is where outlets' wordings of one
# report still meet (tests/stories/test_timeline.py).
SAME_STATEMENT = 0.5
# The least central tenth of the collection's sentences (by similarity to its centroid)
# is off the story: page furniture that slipped through, other news on the page. A guard
# more than a gain on t17 dev (AR1 +0.001 at 0.1; 0.25 and 0.4 no better). Questions are
# never candidates: a timeline states what happened. Tried and dropped on t17 dev:
# down-weighting quoted speech (0.5-0.9: AR1 -0.001 to -0.004) and sentence length in
# either direction (AR1 -0.01 to -0.025), and choosing among the sentences that name the
# day before the leads (AR1 -0.01).
OFF_TOPIC_QUANTILE = 0.1


class SentenceSpace:
    """TF-IDF vectors (l2-normalised rows) of the collection's sentences."""

    def __init__(self, sentences: Sequence[PoolSentence]) -> None:
        self.sentences = list(sentences)
        texts = [s.text for s in self.sentences]
        self.vectorizer = TfidfVectorizer(stop_words="english", lowercase=True, sublinear_tf=True)
        if any(t.strip() for t in texts):
            try:
                self.matrix: sparse.csr_matrix = sparse.csr_matrix(self.vectorizer.fit_transform(texts))
            except ValueError:  # every word a stop word: no vocabulary
                self.matrix = sparse.csr_matrix((len(texts), 1))
        else:
            self.matrix = sparse.csr_matrix((len(texts), 1))
        centroid = np.asarray(self.matrix.sum(axis=0)).ravel()
        centroid /= float(np.linalg.norm(centroid)) or 1.0
        self.relevance = np.asarray(self.matrix @ centroid).ravel()
        self.off_topic = float(np.quantile(self.relevance, OFF_TOPIC_QUANTILE)) if len(texts) else 0.0

    def rows(self, indices: Sequence[int], columns: np.ndarray | None = None) -> sparse.csr_matrix:
        """The vectors of the sentences at ``indices``, restricted to ``columns`` when given."""
        picked = sparse.csr_matrix(self.matrix[list(indices)])
        return picked if columns is None else sparse.csr_matrix(picked[:, columns])

    def columns(self, indices: Sequence[int]) -> np.ndarray:
        """The terms the sentences at ``indices`` use: a day's vectors are worked on in this small space."""
        return np.unique(sparse.csr_matrix(self.matrix[list(indices)]).indices)

    def similarity(self, a: int, others: Sequence[int]) -> np.ndarray:
        """Cosine of sentence ``a`` with each of ``others``."""
        if not others:
            return np.zeros(0)
        return np.asarray((self.rows(others) @ self.matrix[a].T).toarray()).ravel()

    def citations(self, chosen: PoolSentence, near: Sequence[int] = ()) -> tuple[Citation, ...]:
        """The chosen sentence's citation, then one per other article that says the same."""
        cites = [Citation(chosen.sentence_id, chosen.start, chosen.end, chosen.article_id)]
        seen = {chosen.article_id}
        others = [i for i in near if self.sentences[i].article_id not in seen]
        for i, sim in zip(others, self.similarity(chosen.index, others), strict=True):
            other = self.sentences[i]
            if sim >= SAME_STATEMENT and other.article_id not in seen:
                seen.add(other.article_id)
                cites.append(Citation(other.sentence_id, other.start, other.end, other.article_id))
        return tuple(cites)


def _knee(values: np.ndarray) -> float:
    """The value at the knee of the descending curve of ``values``: the farthest point from its chord."""
    ordered = np.sort(values)[::-1]
    n = len(ordered)
    if n < 3:
        return float(ordered[-1]) - 1e-9 if n else 0.0
    xs = np.arange(n, dtype=float)
    chord = np.array([n - 1.0, ordered[-1] - ordered[0]])
    chord /= np.linalg.norm(chord) or 1.0
    points = np.stack([xs, ordered - ordered[0]], axis=1)
    distance = np.abs(points[:, 0] * chord[1] - points[:, 1] * chord[0])
    return float(ordered[int(np.argmax(distance))])


def _date_vector(space: SentenceSpace, mentions: list[int], leads: list[int], columns: np.ndarray) -> np.ndarray:
    """The PM-MEAN vector of a day: terms both sets use, weighted by their mean in each."""
    ment = np.asarray(space.rows(mentions, columns).mean(axis=0)).ravel()
    if not leads:
        return ment
    lead = np.asarray(space.rows(leads, columns).mean(axis=0)).ravel()
    shared = (ment > 0) & (lead > 0)
    if not shared.any():
        return np.asarray(ment + lead)
    vector: np.ndarray = np.where(shared, ment + lead, 0.0)
    return vector


def day_candidates(space: SentenceSpace, stats: DayStats, day: date) -> tuple[list[int], np.ndarray]:
    """The sentences that may tell ``day`` and their similarity to the day's vector, past the knee."""
    mentions = list(dict.fromkeys(stats.mentions.get(day, [])))
    leads = [i for i in dict.fromkeys(stats.leads.get(day, [])) if i not in set(mentions)]
    if not mentions:
        mentions, leads = leads, []
    if not mentions:
        return [], np.zeros(0)
    indices = mentions + leads
    columns = space.columns(indices)
    vector = _date_vector(space, mentions, leads, columns)
    norm = float(np.linalg.norm(vector))
    if norm == 0.0:
        return indices, np.ones(len(indices))
    sims = np.asarray(space.rows(indices, columns) @ (vector / norm)).ravel()
    for j, i in enumerate(indices):
        if space.sentences[i].text.rstrip().endswith("?") or space.relevance[i] < space.off_topic:
            sims[j] = 0.0
    threshold = _knee(sims)
    keep = [j for j, s in enumerate(sims) if s >= threshold and s > 0]
    if not keep:
        keep = list(range(len(indices)))
    return [indices[j] for j in keep], sims[keep]


def centroid_opt(
    space: SentenceSpace, indices: Sequence[int], k: int, same: float = SAME_STATEMENT,
    shown: Sequence[int] = (),
) -> list[int]:
    """CENTROID-OPT: at most ``k`` of ``indices``, each step adding the sentence that brings
    the summary's vector closest to the centroid of all of them.

    A sentence at least ``same`` similar to one chosen or in ``shown`` is a repeat and skipped.
    """
    if not indices:
        return []
    # Each candidate's highest similarity to a sentence already in the timeline.
    repeat = np.zeros(len(indices))
    if shown:
        repeat = np.asarray((space.rows(indices) @ space.rows(shown).T).max(axis=1).toarray()).ravel()
    rows = space.rows(indices, space.columns(indices))
    centroid = np.asarray(rows.sum(axis=0)).ravel()
    centroid /= float(np.linalg.norm(centroid)) or 1.0
    to_centroid = np.asarray(rows @ centroid).ravel()
    summary = np.zeros(rows.shape[1])
    chosen: list[int] = []
    while len(chosen) < k:
        # cos(summary + x, centroid) for every x at once: rows are unit vectors.
        dots = np.asarray(rows @ summary).ravel()
        scores = (float(summary @ centroid) + to_centroid) / np.sqrt(float(summary @ summary) + 2 * dots + 1.0)
        scores[repeat >= same] = -np.inf
        scores[chosen] = -np.inf
        best = int(np.argmax(scores))
        if not np.isfinite(scores[best]):
            break
        chosen.append(best)
        vector = rows[best].toarray().ravel()
        summary += vector
        repeat = np.maximum(repeat, np.asarray(rows @ vector).ravel())
    return [indices[j] for j in chosen]


def summarize_day(
    space: SentenceSpace, stats: DayStats, day: date, k: int, shown: Sequence[PoolSentence]
) -> list[PoolSentence]:
    """At most ``k`` sentences telling ``day``, none saying what ``shown`` or each other say."""
    indices, _sims = day_candidates(space, stats, day)
    chosen = centroid_opt(space, indices, k, SAME_STATEMENT, [c.index for c in shown])
    return [space.sentences[i] for i in chosen]


def day_pool(stats: DayStats, day: date) -> list[int]:
    """Every sentence naming ``day`` or leading an article of it: where a statement's near-copies are."""
    return list(dict.fromkeys([*stats.mentions.get(day, []), *stats.leads.get(day, [])]))
