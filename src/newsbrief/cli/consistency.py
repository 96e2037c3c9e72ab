"""The ``newsbrief eval consistency`` command: the consistency checker measured on SummEdits.

Registered on the ``eval`` sub-app of :mod:`newsbrief.cli` (which imports this
module last); errors are translated there, in one place. The interface the
evaluation relies on (keep it stable):

- ``newsbrief eval consistency --data FILE.jsonl --json OUT`` writes
  ``{"balanced_accuracy": <percent>, "n": .., "by_edit_type": {...}}`` (plus
  recalls, per-article numbers, the verifier without the checker and the
  references), reading the fields of ../shared/data/consistency
  (``document``, ``summary``, ``label``, ``edit_types``, ``doc_id``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from newsbrief.cli import _emit, eval_app


@eval_app.command("consistency")
def eval_consistency(
    data: Annotated[Path, typer.Option("--data", help="SummEdits JSONL: document, summary, label (1 = "
                                                      "consistent), edit_types, doc_id.")] = Path(
        "../shared/data/consistency/summedits_news_dev.jsonl"),
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the report as JSON here.")] = None,
) -> None:
    """Balanced accuracy of the consistency checker deciding consistent vs inconsistent summaries, per edit type."""
    from newsbrief.evaluation.consistency import format_report, run_consistency_eval

    report = run_consistency_eval(data)
    sys.stdout.write(format_report(report) + "\n")
    _emit(report, json_out, echo=False)
