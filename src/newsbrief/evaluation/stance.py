"""``newsbrief eval stance``: the stance model's FNC-1 score and per-class F1.

The FNC score (FakeNewsChallenge/fnc-1 ``scorer.py``, re-implemented from its
description): per pair, 0.25 when related-vs-unrelated is right, a further
0.75 when a related pair gets exactly its label; reported as a percentage of
the gold labels' own score. Because that score stays high for a system that
never predicts ``agree`` or ``disagree``, per-class F1 and macro-F1
(Hanselowski et al., COLING 2018) are reported beside it.

Without a test set the training data is cross-validated *by body*: FNC-1
pairs every body with many headlines, so a row split would put the same body
in training and test and flatter the model. ``GroupKFold`` on the body id
guarantees the split; headlines still recur across folds (as they do, ten of
them, between FNC-1 train and its competition test set), so these numbers
run higher than the competition test set's.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.model_selection import GroupKFold

from newsbrief.errors import InputError
from newsbrief.stories.stance import (
    LABELS,
    RELATED,
    StanceConfig,
    StancePair,
    read_fnc,
    train_stance_model,
)

# Competition test set scores (FNC-1 README, leaderboard; see ../shared/data/stance/README.md).
REFERENCES: dict[str, float] = {"official baseline": 75.20, "UCL Machine Reading": 81.72, "Athene": 81.97,
                                "SOLAT in the SWEN (winner)": 82.02, "all unrelated": 39.37}


def fnc_points(gold: str, predicted: str) -> float:
    """One pair's FNC-1 points: 0.25 for the related/unrelated decision, 0.75 more for the exact related label."""
    points = 0.0
    if (gold in RELATED) == (predicted in RELATED):
        points += 0.25
        if gold in RELATED and gold == predicted:
            points += 0.75
    return points


def fnc_score(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """The FNC-1 score as a percentage of the maximum (gold scored against itself)."""
    if len(gold) != len(predicted) or not gold:
        raise InputError(f"need one prediction per gold label (got {len(predicted)} and {len(gold)})")
    best = sum(fnc_points(g, g) for g in gold)
    return 100 * sum(fnc_points(g, p) for g, p in zip(gold, predicted, strict=True)) / best


def confusion(gold: Sequence[str], predicted: Sequence[str]) -> list[list[int]]:
    """Counts by gold label (rows) and predicted label (columns), both in :data:`LABELS` order."""
    matrix = [[0] * len(LABELS) for _ in LABELS]
    for g, p in zip(gold, predicted, strict=True):
        matrix[LABELS.index(g)][LABELS.index(p)] += 1
    return matrix


def per_class_f1(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, float]:
    """F1 of each label (0 when the label is neither gold nor predicted anywhere)."""
    matrix = confusion(gold, predicted)
    scores = {}
    for i, label in enumerate(LABELS):
        hits = matrix[i][i]
        gold_n, predicted_n = sum(matrix[i]), sum(row[i] for row in matrix)
        scores[label] = 2 * hits / (gold_n + predicted_n) if gold_n + predicted_n else 0.0
    return scores


def body_folds(pairs: Sequence[StancePair], folds: int) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """(train rows, test rows) for each fold; no body id is on both sides of any fold."""
    bodies = len({p.body_id for p in pairs})
    if folds < 2 or folds > bodies:
        raise InputError(f"--folds {folds} must be between 2 and the number of bodies ({bodies})")
    groups = np.array([p.body_id for p in pairs])
    yield from GroupKFold(n_splits=folds).split(np.zeros(len(pairs)), groups=groups)


def report(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, Any]:
    """The score, per-class F1, macro-F1, confusion matrix and the all-unrelated score of one prediction."""
    f1 = per_class_f1(gold, predicted)
    return {
        "fnc_score": round(fnc_score(gold, predicted), 2),
        "f1": {label: round(value, 4) for label, value in f1.items()},
        "macro_f1": round(sum(f1.values()) / len(f1), 4),
        "n": len(gold),
        "labels": list(LABELS),
        "confusion": confusion(gold, predicted),
        "all_unrelated_score": round(fnc_score(gold, ["unrelated"] * len(gold)), 2),
    }


def _predict(train: Sequence[StancePair], test: Sequence[StancePair], train_bodies: Mapping[int, str],
             test_bodies: Mapping[int, str], config: StanceConfig) -> tuple[list[str], float]:
    start = time.perf_counter()
    model = train_stance_model(train, train_bodies, config)
    seconds = time.perf_counter() - start
    return model.predict_labels([p.headline for p in test], [test_bodies[p.body_id] for p in test]), seconds


def cross_validate(pairs: Sequence[StancePair], bodies: Mapping[int, str], folds: int = 5,
                   config: StanceConfig | None = None) -> dict[str, Any]:
    """Every pair predicted by a model trained on the folds that hold none of its body; scored together."""
    config = config or StanceConfig()
    predicted: list[str] = [""] * len(pairs)
    fold_scores, seconds = [], []
    for train_rows, test_rows in body_folds(pairs, folds):
        test = [pairs[i] for i in test_rows]
        labels, took = _predict([pairs[i] for i in train_rows], test, bodies, bodies, config)
        for i, label in zip(test_rows, labels, strict=True):
            predicted[i] = label
        fold_scores.append(round(fnc_score([p.stance for p in test], labels), 2))
        seconds.append(round(took, 1))
    result = report([p.stance for p in pairs], predicted)
    result.update({"protocol": f"{folds}-fold cross-validation by body (GroupKFold on body_id)",
                   "fold_scores": fold_scores, "train_seconds": seconds})
    return result


def run_stance_eval(train_path: Path, train_bodies_path: Path, test_path: Path | None = None,
                    test_bodies_path: Path | None = None, folds: int = 5,
                    config: StanceConfig | None = None) -> dict[str, Any]:
    """Train and score the stance model: on a test set when given, else by cross-validation by body."""
    config = config or StanceConfig()
    pairs, bodies = read_fnc(train_path, train_bodies_path)
    if test_path is None:
        result = cross_validate(pairs, bodies, folds, config)
    else:
        if test_bodies_path is None:
            raise InputError("--test needs --test-bodies (the bodies file of the test stances)")
        test, test_bodies = read_fnc(test_path, test_bodies_path)
        missing = {p.body_id for p in test} - set(test_bodies)
        if missing:
            raise InputError(f"{len(missing)} test pairs name bodies not in {test_bodies_path}")
        labels, took = _predict(pairs, test, bodies, test_bodies, config)
        result = report([p.stance for p in test], labels)
        result.update({"protocol": "trained on --train, scored on --test", "train_seconds": [round(took, 1)]})
    result["references"] = REFERENCES
    result["config"] = {k: v for k, v in vars(config).items() if k != "class_weight"} | {
        "class_weight": dict(config.class_weight)}
    return result


def format_stance(result: Mapping[str, Any]) -> str:
    """A short table: the score beside the references, per-class F1."""
    f1 = result["f1"]
    lines = [f"FNC score {result['fnc_score']:.2f}  ({result['protocol']}, n={result['n']})",
             "F1  " + "  ".join(f"{label} {f1[label]:.3f}" for label in LABELS) + f"  macro {result['macro_f1']:.3f}",
             "references (competition test set): " + ", ".join(f"{k} {v:.2f}" for k, v in REFERENCES.items()),
             f"all unrelated on these data: {result['all_unrelated_score']:.2f}"]
    return "\n".join(lines)
