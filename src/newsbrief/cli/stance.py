"""The stance command of the ``newsbrief`` command line: ``eval stance``.

Registered on the one typer app of :mod:`newsbrief.cli` (which imports this
module last); errors are translated there. The interface the evaluation
relies on (keep it stable):

``newsbrief eval stance --train STANCES.jsonl --train-bodies BODIES.jsonl
[--test STANCES.jsonl --test-bodies BODIES.jsonl] --json OUT`` writes
``{"fnc_score": <percent>, "f1": {"agree", "disagree", "discuss", "unrelated"}, "n": ...}``
(plus macro-F1, the confusion matrix, the all-unrelated score, the references
and the training seconds). Without ``--test`` the training data is
cross-validated by body. ``--save-model`` also trains on all of ``--train``
and writes the model the story code loads (the user cache directory, or
``--model PATH``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from newsbrief.cli import eval_app


@eval_app.command("stance")
def eval_stance(
    train: Annotated[Path, typer.Option("--train", help="FNC-1 stances JSONL (headline, body_id, stance).")],
    train_bodies: Annotated[Path, typer.Option("--train-bodies", help="FNC-1 bodies JSONL (body_id, text).")],
    test: Annotated[Path | None, typer.Option("--test", help="Score on these stances instead of "
                                                             "cross-validating.")] = None,
    test_bodies: Annotated[Path | None, typer.Option("--test-bodies", help="The bodies of --test.")] = None,
    folds: Annotated[int, typer.Option("--folds", min=2, help="Folds (by body) without --test.")] = 5,
    save_model: Annotated[bool, typer.Option("--save-model", help="Also train on all of --train and save "
                                                                  "the model the story code uses.")] = False,
    model: Annotated[Path | None, typer.Option("--model", help="With --save-model: write here instead of "
                                                                "the user cache directory.")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the report as JSON here.")] = None,
) -> None:
    """Stance model (claim vs article): FNC-1 score and per-class F1, beside the FNC-1 references."""
    from newsbrief.cli import _emit
    from newsbrief.evaluation.stance import format_stance, run_stance_eval

    result = run_stance_eval(train, train_bodies, test, test_bodies, folds=folds)
    sys.stdout.write(format_stance(result) + "\n")
    if save_model:
        from newsbrief.stories.stance import build_default_model

        written = build_default_model(train, train_bodies, model)
        sys.stdout.write(f"stance model written to {written}\n")
        result["model"] = str(written)
    _emit(result, json_out, echo=False)
