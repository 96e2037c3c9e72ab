"""Clustering metrics against gold labels: B-cubed and pairwise precision, recall and F1.

B-cubed (Bagga & Baldwin 1998) scores each document: precision is the share
of its predicted cluster that shares its gold label, recall the share of its
gold cluster inside its predicted cluster; both are averaged over documents.
Pairwise scores count document pairs put together. Both are computed from the
contingency table (counts per predicted x gold cell), so they are O(n).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def _check(predicted: Sequence[Hashable], gold: Sequence[Hashable]) -> None:
    if len(predicted) != len(gold) or not gold:
        raise ValueError(f"need one predicted label per gold label (got {len(predicted)} and {len(gold)})")


def bcubed(predicted: Sequence[Hashable], gold: Sequence[Hashable]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of ``predicted`` labels against ``gold`` labels (same order)."""
    _check(predicted, gold)
    cells = Counter(zip(predicted, gold, strict=True))
    sizes_p, sizes_g = Counter(predicted), Counter(gold)
    # Each of the `count` documents of a cell has precision count/|its cluster| and recall count/|its gold|.
    precision = sum(count * count / sizes_p[p] for (p, _), count in cells.items()) / len(gold)
    recall = sum(count * count / sizes_g[g] for (_, g), count in cells.items()) / len(gold)
    return precision, recall, _f1(precision, recall)


def pairwise(predicted: Sequence[Hashable], gold: Sequence[Hashable]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 over unordered document pairs (1.0 when no pair exists)."""
    _check(predicted, gold)

    def pairs(counts: Counter[Hashable] | Counter[tuple[Hashable, Hashable]]) -> int:
        return sum(c * (c - 1) // 2 for c in counts.values())

    together = pairs(Counter(zip(predicted, gold, strict=True)))
    predicted_pairs, gold_pairs = pairs(Counter(predicted)), pairs(Counter(gold))
    precision = together / predicted_pairs if predicted_pairs else 1.0
    recall = together / gold_pairs if gold_pairs else 1.0
    return precision, recall, _f1(precision, recall)


def scores(predicted: Sequence[Hashable], gold: Sequence[Hashable]) -> dict[str, float]:
    """Every metric the cluster evaluation reports, by name."""
    p, r, f = bcubed(predicted, gold)
    pp, pr, pf = pairwise(predicted, gold)
    return {"b3_precision": p, "b3_recall": r, "b3_f1": f, "pairwise_precision": pp,
            "pairwise_recall": pr, "pairwise_f1": pf, "stories": float(len(set(predicted)))}
