"""Extractive baselines on newsbrief's own sentences: Lead-3, TextRank, LexRank.

* Lead-k: the first k sentences.
* TextRank (Mihalcea & Tarau 2004): sentence graph weighted by word overlap
  normalised by log lengths, ranked with PageRank (damping 0.85).
* LexRank (Erkan & Radev 2004): TF-IDF cosine graph with edges above a 0.1
  threshold, ranked by eigenvector centrality (power iteration, damping 0.85).
"""

from __future__ import annotations

import math
from collections import Counter

from newsbrief.lexicon import BASELINE_STOP_WORDS, words


def _words(text: str) -> list[str]:
    return [w for w in words(text) if w not in BASELINE_STOP_WORDS]


def lead(sentences: list[str], k: int = 3) -> list[str]:
    """The first ``k`` sentences."""
    return sentences[:k]


def pagerank(weights: list[list[float]], damping: float = 0.85, iterations: int = 100) -> list[float]:
    """PageRank over a weighted, undirected graph given as a dense matrix."""
    n = len(weights)
    if n == 0:
        return []
    out = [sum(row) for row in weights]
    scores = [1.0 / n] * n
    for _ in range(iterations):
        new = []
        for i in range(n):
            incoming = sum(weights[j][i] / out[j] * scores[j] for j in range(n) if out[j] and weights[j][i])
            new.append((1 - damping) / n + damping * incoming)
        delta = sum(abs(a - b) for a, b in zip(new, scores, strict=True))
        scores = new
        if delta < 1e-8:
            break
    return scores


def _top(sentences: list[str], scores: list[float], k: int) -> list[str]:
    order = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))[:k]
    return [sentences[i] for i in sorted(order)]


def textrank(sentences: list[str], k: int = 3) -> list[str]:
    """TextRank's top ``k`` sentences, in document order."""
    bags = [set(_words(s)) for s in sentences]
    n = len(sentences)
    weights = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            overlap = len(bags[i] & bags[j])
            denominator = math.log(len(bags[i]) + 1) + math.log(len(bags[j]) + 1)
            if overlap and denominator:
                weights[i][j] = weights[j][i] = overlap / denominator
    return _top(sentences, pagerank(weights), k)


def lexrank(sentences: list[str], k: int = 3, threshold: float = 0.1) -> list[str]:
    """LexRank's top ``k`` sentences (thresholded TF-IDF cosine graph), in document order."""
    bags = [Counter(_words(s)) for s in sentences]
    n = len(sentences)
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    idf = {w: math.log(n / c) + 1.0 for w, c in df.items()}
    vectors = [{w: tf * idf[w] for w, tf in bag.items()} for bag in bags]
    norms = [math.sqrt(sum(v * v for v in vec.values())) for vec in vectors]
    weights = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            if i == j or not norms[i] or not norms[j]:
                continue
            dot = sum(v * vectors[j].get(w, 0.0) for w, v in vectors[i].items())
            if dot / (norms[i] * norms[j]) > threshold:
                weights[i][j] = 1.0
    return _top(sentences, pagerank(weights), k)


BASELINES = {"lead3": lead, "textrank": textrank, "lexrank": lexrank}
