"""Multi-document baselines for ``eval summ --multi``: Lead round-robin, LexRank, TextRank.

All three run on the story's sentences as newsbrief's annotation split them and
pick sentences until a word budget is reached (:func:`fit` cuts the last one at
the budget, so every system is scored at the same length):

* Lead: the first sentence of each article in turn, then the second of each, ...
  (the round-robin lead of multi-document news summarisation);
* LexRank (Erkan & Radev 2004): TF-IDF cosine graph over all the story's sentences,
  edges above 0.1, ranked by PageRank (damping 0.85); best first;
* TextRank (Mihalcea & Tarau 2004): word-overlap graph normalised by log lengths,
  ranked by PageRank; best first.

They use the single-article baselines' stop words (evaluation/summ.py) and
numpy for the graph; none removes redundancy, as published.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np
from numpy.typing import NDArray

from newsbrief.lexicon import BASELINE_STOP_WORDS, words
from newsbrief.stories.summary import pagerank

LEXRANK_THRESHOLD = 0.1  # Erkan & Radev's threshold for an edge


def _bag(text: str) -> list[str]:
    return [w for w in words(text) if w not in BASELINE_STOP_WORDS]


def fit(sentences: Sequence[str], budget: int | None) -> list[str]:
    """The sentences in order, the last cut so that there are at most ``budget`` words."""
    if budget is None:
        return list(sentences)
    out: list[str] = []
    left = budget
    for sentence in sentences:
        if left <= 0:
            break
        tokens = sentence.split()
        out.append(" ".join(tokens[:left]))
        left -= len(tokens)
    return out


def _until(order: Sequence[int], sentences: Sequence[str], budget: int | None) -> list[str]:
    """Sentences in ``order`` until their words reach ``budget`` (all of them without one)."""
    out: list[str] = []
    total = 0
    for i in order:
        if budget is not None and total >= budget:
            break
        out.append(sentences[i])
        total += len(sentences[i].split())
    return out


def lead(articles: Sequence[Sequence[str]], budget: int | None) -> list[str]:
    """Round-robin lead: sentence 1 of each article, then sentence 2 of each, ..., until the budget."""
    flat: list[str] = []
    depth = max((len(a) for a in articles), default=0)
    for position in range(depth):
        flat.extend(a[position] for a in articles if position < len(a))
    return _until(range(len(flat)), flat, budget)


def _ranked(sentences: Sequence[str], weights: NDArray[np.float64], budget: int | None) -> list[str]:
    scores = pagerank(weights)
    order = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))
    return _until(order, sentences, budget)


def lexrank(articles: Sequence[Sequence[str]], budget: int | None) -> list[str]:
    """LexRank over all the story's sentences, best first, until the budget."""
    sentences = [s for article in articles for s in article]
    bags = [Counter(_bag(s)) for s in sentences]
    n = len(sentences)
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    vocabulary = {w: k for k, w in enumerate(df)}
    matrix = np.zeros((n, len(vocabulary)))
    for i, bag in enumerate(bags):
        for w, tf in bag.items():
            matrix[i, vocabulary[w]] = tf * (math.log(n / df[w]) + 1.0)
    norms = np.linalg.norm(matrix, axis=1)
    unit = np.divide(matrix, norms[:, None], out=np.zeros_like(matrix), where=norms[:, None] > 0)
    weights = ((unit @ unit.T) > LEXRANK_THRESHOLD).astype(np.float64)
    np.fill_diagonal(weights, 0.0)
    return _ranked(sentences, weights, budget)


def textrank(articles: Sequence[Sequence[str]], budget: int | None) -> list[str]:
    """TextRank over all the story's sentences, best first, until the budget."""
    sentences = [s for article in articles for s in article]
    bags = [set(_bag(s)) for s in sentences]
    n = len(sentences)
    weights = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            overlap = len(bags[i] & bags[j])
            denominator = math.log(len(bags[i]) + 1) + math.log(len(bags[j]) + 1)
            if overlap and denominator:
                weights[i, j] = weights[j, i] = overlap / denominator
    return _ranked(sentences, weights, budget)


MultiBaseline = Callable[[Sequence[Sequence[str]], int | None], list[str]]
MULTI_BASELINES: dict[str, MultiBaseline] = {"lead": lead, "lexrank": lexrank, "textrank": textrank}
