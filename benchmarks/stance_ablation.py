"""Stance model variants on one body-split fold of FNC-1 train: what the hand features and the settings add.

Trains each variant (StanceConfig fields, written as Python keyword arguments)
on four fifths of the bodies and scores it on the rest (GroupKFold by body, the
first of five folds: no body on both sides), printing the FNC score, per-class
F1 and the training seconds. This is how the defaults of StanceConfig were
chosen; the reported number is the full cross-validation of ``newsbrief eval
stance``.

    PYTHONPATH=src nice -n 10 python benchmarks/stance_ablation.py \\
        "hand_features=False" "" "epochs=30" [--data ../shared/data/stance]
"""

from __future__ import annotations

import ast
import sys
import time
from pathlib import Path

from newsbrief.evaluation.stance import body_folds, report
from newsbrief.stories.stance import StanceConfig, read_fnc, train_stance_model


def _config(spec: str) -> StanceConfig:
    """A StanceConfig from "epochs=30, alpha=1e-2" (literals only)."""
    call = ast.parse(f"f({spec})", mode="eval").body
    assert isinstance(call, ast.Call)
    return StanceConfig(**{k.arg: ast.literal_eval(k.value) for k in call.keywords if k.arg})


def main(argv: list[str]) -> None:
    """Score each variant named on the command line on the first body fold."""
    data = Path("../shared/data/stance")
    if "--data" in argv:
        data = Path(argv[argv.index("--data") + 1])
        argv = [a for i, a in enumerate(argv) if a != "--data" and (i == 0 or argv[i - 1] != "--data")]
    if not (data / "fnc1_train.jsonl").is_file():
        print(f"skipped: no FNC-1 data at {data}")
        return
    pairs, bodies = read_fnc(data / "fnc1_train.jsonl", data / "fnc1_train_bodies.jsonl")
    train_rows, test_rows = next(body_folds(pairs, 5))
    train, test = [pairs[i] for i in train_rows], [pairs[i] for i in test_rows]
    for spec in argv or [""]:
        start = time.perf_counter()
        model = train_stance_model(train, bodies, _config(spec))
        seconds = time.perf_counter() - start
        predicted = model.predict_labels([p.headline for p in test], [bodies[p.body_id] for p in test])
        result = report([p.stance for p in test], predicted)
        f1 = " ".join(f"{k} {v:.3f}" for k, v in result["f1"].items())
        print(f"[{spec or 'defaults'}] FNC {result['fnc_score']:.2f}  {f1}  macro {result['macro_f1']:.3f}  "
              f"train {seconds:.0f} s", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
