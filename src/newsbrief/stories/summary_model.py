"""A learned sentence score for the story summary: boosted regression trees over sentence features.

The story summary (:mod:`newsbrief.stories.summary`) first ranked sentences by a
hand-weighted sum of centrality, support and position. Hand tuning had stopped
paying (every weight moved development ROUGE-1 by under 0.2), while a model over a
few more features of each sentence, fitted to how many of its words and word pairs
a reference summary uses, ranked better on stories it had not seen (fitted on the
even-indexed Multi-News development stories, scored on the odd ones, and back).
This module holds that model:

* :func:`feature_matrix` computes the features, named in :data:`FEATURES`, for
  every sentence of a story (where it stands in its article, how central and how
  widely reported it is, how many of its words other articles share, how close
  its article is to the rest of the story, whether it reads alone); :func:`expand`
  adds each standardised within the story;
* :class:`WordWeights` is one of those features, the ``lexical`` one: a linear score
  over the sentence's words (a ridge regression on which common words the sentences
  a reference kept use: page words such as "photo", "archive" or "click" weigh
  against, reporting words such as "says" or "million" for). Only words at least one
  training story in 40 uses are kept, so it weighs the kind of sentence, not the topic;
* :class:`SentenceScorer` is the fitted model as plain numbers (feature names, a
  base value, a learning rate, each tree's node arrays and the word weights) read
  from the package data file ``stories/data/summary_scorer.json``
  (:func:`load_scorer`), so running it needs numpy only.
  ``benchmarks/train_summary_scorer.py`` rebuilds that file with scikit-learn's
  histogram gradient boosting and ridge regression, fitted on Multi-News training
  clusters and the development stories, and checks the export reproduces them.

Trees rather than a ridge regression: on the same features and halves the ridge
gave 46.01 ROUGE-1 and depth-3 trees 46.37 (before the stand-alone penalties were
made to bite; see ``W_LEARNED`` in the summary). Fitted on 250 development stories
alone the trees were limited by data; 4,000 Multi-News training clusters and the
word feature took the cross-half estimate from 46.06 to 46.41 ROUGE-1, +0.35 on each half
(see the training script).
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray

from newsbrief.errors import ConfigError
from newsbrief.lexicon import BASELINE_STOP_WORDS, words
from newsbrief.models import Document, Sentence
from newsbrief.stories.vectors import prior_share

FEATURES: tuple[str, ...] = (
    "position", "first", "relative_position", "log_words", "term_density", "centrality", "support",
    "standalone", "clause", "article_relevance", "article_cosine", "article_words", "centroid_cosine",
    "shared_terms", "shared_terms_sum", "shared_pairs_sum", "shared_pairs_density", "names", "quote",
    "attribution", "max_other_cosine", "lead_cosine", "rarity", "stop_share", "story_articles", "lexical",
)
SCORER_FILE = "summary_scorer.json"
# "..., police said." / "..., according to the ministry.": who says it, at the sentence's end.
_ATTRIBUTION = re.compile(
    r",\s*(?:[\w.'’-]+\s+){0,5}(?:said|says|told [\w ]+|added|reported|according to [\w .'’-]+)\s*[.!]?\s*$",
    re.I)
_QUOTE = re.compile(r"[\"“”]")
RARE_SHARE = 1e-4  # the floor of prior_share, so an unknown name counts as rare, not infinitely so


class StoryUnit(Protocol):
    """What the features need of a story's sentence (``summary._Unit`` has it)."""

    @property
    def doc(self) -> int: ...  # the index of its article in the story
    @property
    def sentence(self) -> Sentence: ...
    @property
    def terms(self) -> tuple[str, ...]: ...  # content lemmas
    @property
    def keys(self) -> frozenset[str]: ...  # names and numbers


def expand(matrix: NDArray[np.float64]) -> NDArray[np.float64]:
    """The features and, after them, each one standardised within the story (``z_<name>``): how a
    sentence compares with the rest of its story, which matters more than its absolute values."""
    spread = matrix.std(axis=0)
    spread[spread == 0] = 1.0
    return np.hstack([matrix, (matrix - matrix.mean(axis=0)) / spread])


EXPANDED: tuple[str, ...] = FEATURES + tuple(f"z_{name}" for name in FEATURES)


@dataclass(frozen=True, slots=True)
class Tree:
    """One regression tree as arrays: node i tests ``x[feature[i]] <= threshold[i]`` and goes to
    ``left[i]`` or ``right[i]``; a leaf has ``left[i] == -1`` and predicts ``value[i]``."""

    feature: NDArray[np.int64]
    threshold: NDArray[np.float64]
    left: NDArray[np.int64]
    right: NDArray[np.int64]
    value: NDArray[np.float64]

    def predict(self, x: NDArray[np.float64]) -> NDArray[np.float64]:
        """The leaf value each row of ``x`` reaches."""
        node = np.zeros(len(x), dtype=np.int64)
        rows = np.arange(len(x))
        while True:
            inner = self.left[node] >= 0
            if not inner.any():
                return np.asarray(self.value[node], dtype=np.float64)
            goes_left = x[rows, np.maximum(self.feature[node], 0)] <= self.threshold[node]
            node = np.where(inner, np.where(goes_left, self.left[node], self.right[node]), node)


@dataclass(frozen=True, slots=True)
class WordWeights:
    """A linear score over a sentence's words: ``intercept`` plus the weights of the known words it
    uses (each once), divided by the square root of how many it uses (an L2-normalised binary bag of
    words, as scikit-learn's ``TfidfVectorizer(binary=True, use_idf=False)`` makes it)."""

    weights: dict[str, float]
    intercept: float = 0.0

    def score(self, texts: Sequence[str]) -> NDArray[np.float64]:
        """The score of each text (the intercept for one using no known word)."""
        out = np.full(len(texts), self.intercept)
        for i, text in enumerate(texts):
            known = [self.weights[w] for w in set(words(text)) if w in self.weights]
            if known:
                out[i] += math.fsum(known) / math.sqrt(len(known))
        return out


@dataclass(frozen=True, slots=True)
class SentenceScorer:
    """Gradient-boosted regression trees over :data:`EXPANDED`: ``base + rate * sum of the trees``;
    ``words`` fills the ``lexical`` feature (zero without it)."""

    features: tuple[str, ...]
    base: float
    rate: float
    trees: tuple[Tree, ...]
    words: WordWeights | None = None

    def score(self, matrix: NDArray[np.float64]) -> NDArray[np.float64]:
        """The predicted score of each row of ``matrix`` (columns in :data:`FEATURES` order)."""
        # The trees were fitted on float32 copies (scikit-learn's trees split float32 values), so
        # the rows are compared in float32 too: a value on a threshold goes the same way.
        x = expand(matrix)[:, [EXPANDED.index(name) for name in self.features]].astype(np.float32).astype(np.float64)
        total = np.full(len(x), self.base)
        for tree in self.trees:
            total += self.rate * tree.predict(x)
        return total

    def to_json(self) -> dict[str, object]:
        """The plain form written to the package data file."""
        data: dict[str, object] = {
            "features": list(self.features), "base": self.base, "rate": self.rate,
            "trees": [{"feature": t.feature.tolist(), "threshold": t.threshold.tolist(), "left": t.left.tolist(),
                       "right": t.right.tolist(), "value": t.value.tolist()} for t in self.trees]}
        if self.words is not None:
            data["words"] = {"intercept": self.words.intercept, "weights": dict(sorted(self.words.weights.items()))}
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SentenceScorer:
        """The scorer from :meth:`to_json`'s form; :class:`ConfigError` when it does not fit :data:`EXPANDED`."""
        try:
            features = tuple(str(f) for f in data["features"])
            trees = tuple(Tree(np.asarray(t["feature"], dtype=np.int64), np.asarray(t["threshold"], dtype=np.float64),
                               np.asarray(t["left"], dtype=np.int64), np.asarray(t["right"], dtype=np.int64),
                               np.asarray(t["value"], dtype=np.float64)) for t in data["trees"])
            lexical = data.get("words")
            weights = None if lexical is None else WordWeights(
                {str(w): float(v) for w, v in lexical["weights"].items()}, float(lexical["intercept"]))
            scorer = cls(features, float(data["base"]), float(data["rate"]), trees, weights)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ConfigError(f"the summary scorer's weights are malformed ({error}); rebuild them with "
                              "benchmarks/train_summary_scorer.py") from error
        unknown = [f for f in features if f not in EXPANDED]
        broken = [k for k, t in enumerate(trees) if not _well_formed(t, len(features))]
        if unknown or broken:
            raise ConfigError(f"the summary scorer's weights do not match this version (unknown features: "
                              f"{unknown or 'none'}, malformed trees: {broken[:5] or 'none'}); rebuild them "
                              "with benchmarks/train_summary_scorer.py")
        return scorer


def _well_formed(tree: Tree, features: int) -> bool:
    """Arrays of one length, children after their parent (so prediction ends), features in range."""
    n = len(tree.value)
    if not all(len(a) == n for a in (tree.feature, tree.threshold, tree.left, tree.right)) or n == 0:
        return False
    index = np.arange(n)
    inner = tree.left >= 0
    return bool(np.all((tree.left[inner] > index[inner]) & (tree.right[inner] > index[inner])
                       & (tree.left[inner] < n) & (tree.right[inner] < n)
                       & (tree.feature[inner] >= 0) & (tree.feature[inner] < features)))


@functools.lru_cache(maxsize=1)
def load_scorer() -> SentenceScorer:
    """The shipped scorer (``newsbrief/stories/data/summary_scorer.json``), read once."""
    resource = resources.files("newsbrief.stories").joinpath("data", SCORER_FILE)
    try:
        data = json.loads(resource.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ConfigError(f"cannot read the summary scorer's weights at {resource} ({error}); reinstall newsbrief "
                          "or rebuild them with benchmarks/train_summary_scorer.py") from error
    return SentenceScorer.from_json(data)


def _shared(units: Sequence[StoryUnit], count: int) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """In how many articles each content lemma and each pair of adjacent content lemmas occurs."""
    terms: list[set[str]] = [set() for _ in range(count)]
    pairs: list[set[tuple[str, str]]] = [set() for _ in range(count)]
    for unit in units:
        terms[unit.doc].update(unit.terms)
        pairs[unit.doc].update(zip(unit.terms, unit.terms[1:], strict=False))
    return Counter(t for s in terms for t in s), Counter(p for s in pairs for p in s)


def _article_cosines(units: Sequence[StoryUnit], count: int, sim: NDArray[np.float64]) -> NDArray[np.float64]:
    """Each article's mean sentence-to-sentence cosine with the other articles (1.0 alone)."""
    if count < 2:
        return np.ones(count)
    article = np.array([u.doc for u in units])
    out = np.zeros(count)
    for k in range(count):
        mine, others = article == k, article != k
        if mine.any() and others.any():
            out[k] = float(sim[np.ix_(mine, others)].max(axis=1).mean())
    return out


@functools.lru_cache(maxsize=65536)
def _term_rarity(term: str) -> float:
    return -math.log(max(prior_share(term), RARE_SHARE))


def _rarity(terms: Sequence[str]) -> float:
    """Mean general-English rarity (-log of the share of articles expected to use it) of the terms."""
    return float(np.mean([_term_rarity(t) for t in terms])) if terms else 0.0


def feature_matrix(docs: Sequence[Document], units: Sequence[StoryUnit], sim: NDArray[np.float64],
                   base: dict[str, NDArray[np.float64]], lexical: WordWeights | None = None) -> NDArray[np.float64]:
    """The :data:`FEATURES` of every sentence of the story, one row each.

    ``sim`` is the sentences' TF-IDF cosine matrix; ``base`` holds the columns the summary already
    computes: ``centrality``, ``support``, ``standalone``, ``clause`` and ``article_relevance``;
    ``lexical`` scores the ``lexical`` column (zero without it: the training script fills it).
    """
    count = len(docs)
    others = max(count - 1, 1)
    term_df, pair_df = _shared(units, count)
    article = np.array([u.doc for u in units])
    lengths = Counter(u.doc for u in units)
    article_cosine = _article_cosines(units, count, sim)
    article_words = [math.log1p(len(d.article.text.split())) for d in docs]
    centroid = sim.mean(axis=1) / (math.sqrt(float(sim.mean())) or 1.0)  # cosine to the centroid, via the Gram
    leads = np.array([u.sentence.index == 0 for u in units])
    word_scores = lexical.score([u.sentence.text for u in units]) if lexical is not None else np.zeros(len(units))
    rows = []
    for i, unit in enumerate(units):
        text = unit.sentence.text
        tokens = text.split()
        n_words = max(len(tokens), 1)
        terms = unit.terms
        pairs = set(itertools.pairwise(terms))
        pair_sum = sum((pair_df[p] - 1) / others for p in pairs)
        other = article != unit.doc
        rows.append([
            1.0 / (1.0 + 0.3 * unit.sentence.index), float(unit.sentence.index == 0),
            unit.sentence.index / lengths[unit.doc], math.log1p(n_words), len(terms) / n_words,
            base["centrality"][i], base["support"][i], base["standalone"][i], base["clause"][i],
            base["article_relevance"][i], article_cosine[unit.doc], article_words[unit.doc], centroid[i],
            float(np.mean([(term_df[t] - 1) / others for t in terms])) if terms else 0.0,
            sum((term_df[t] - 1) / others for t in set(terms)), pair_sum, pair_sum / n_words,
            float(len(unit.keys)), float(bool(_QUOTE.search(text))), float(bool(_ATTRIBUTION.search(text))),
            float(sim[i][other].max()) if other.any() else 0.0,
            float(sim[i][other & leads].max()) if (other & leads).any() else 0.0,
            _rarity(terms), sum(t.lower() in BASELINE_STOP_WORDS for t in tokens) / n_words, math.log(count),
            float(word_scores[i]),
        ])
    return np.array(rows, dtype=np.float64).reshape(len(units), len(FEATURES))
