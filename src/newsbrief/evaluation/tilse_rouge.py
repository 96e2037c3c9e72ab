"""The metrics of timeline summarization: alignment-based ROUGE (tilse) and Date-F1.

Alignment-based ROUGE (Martschat & Markert 2017, "align+ m:1") maps every date of one
timeline to the date of the other that is closest in time and content, scores the
aligned daily summaries with ROUGE-1 and ROUGE-2 (stemmed, stop words removed), and
discounts each pair by 1 / (days apart + 1). The published numbers (Gholipour
Ghalandari & Ifrim 2020, news-tls) come from the ``tilse`` package, which runs the
ROUGE-1.5.5 Perl script it bundles (Perl's XML::DOM: Debian's ``libxml-dom-perl``);
using it, rather than a re-implementation, keeps the numbers comparable to theirs.
tilse is the only module that imports tilse; its own dependencies (textacy, numba,
spaCy 2) are not needed by its evaluator, so it is installed with ``--no-deps``.

Averages follow news-tls: precision and recall are averaged over timelines, and the
F1 reported is the F1 of those two means (not the mean of per-timeline F1s).
"""

from __future__ import annotations

import importlib
import re
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from newsbrief.errors import ConfigError

Scores = dict[str, float]
DailySummaries = Mapping[date, Sequence[str]]

INSTALL_HINT = ("install the evaluation toolkit: `pip install --no-deps tilse==0.2.1` (its evaluator needs only "
                "numpy, scipy and nltk) and, for ROUGE-1.5.5, `apt-get install -y libxml-dom-perl`")
_TOKEN = re.compile(r"\w+(?:[-'.]\w+)*|[^\w\s]")


def tokenize(sentence: str) -> str:
    """Space-separated tokens: tilse splits on spaces, so both sides are tokenized the same way."""
    return " ".join(_TOKEN.findall(sentence))


def prf(precision: float, recall: float) -> Scores:
    """Precision, recall and their F1."""
    f1 = 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
    return {"precision": precision, "recall": recall, "f_score": f1}


def date_f1(predicted: Sequence[date], gold: Sequence[date]) -> Scores:
    """Date selection: precision, recall and F1 of the predicted dates against the gold ones."""
    shared = len(set(predicted) & set(gold))
    precision = shared / len(set(predicted)) if predicted else 0.0
    recall = shared / len(set(gold)) if gold else 0.0
    return prf(precision, recall)


def average(results: Sequence[Mapping[str, Scores]]) -> dict[str, Scores]:
    """news-tls averaging: mean precision and mean recall per metric, then the F1 of the means."""
    if not results:
        return {}
    out: dict[str, Scores] = {}
    for metric in results[0]:
        precision = sum(r[metric]["precision"] for r in results) / len(results)
        recall = sum(r[metric]["recall"] for r in results) / len(results)
        out[metric] = prf(precision, recall)
    return out


def perl_available() -> str | None:
    """None when ROUGE-1.5.5 can run (perl with XML::DOM); otherwise what is missing and how to add it."""
    if shutil.which("perl") is None:
        return "perl is not installed: `apt-get install -y perl libxml-dom-perl`"
    if subprocess.run(["perl", "-MXML::DOM", "-e1"], capture_output=True, check=False).returncode != 0:
        return "Perl's XML::DOM is missing (ROUGE-1.5.5 needs it): `apt-get install -y libxml-dom-perl`"
    return None


class TimelineRouge:
    """Alignment-based ROUGE-1/2 (many-to-one) through tilse: ``engine`` is ``perl`` or ``python``.

    ``python`` is tilse's approximate re-implementation of ROUGE: faster, for development
    only (the published numbers use the Perl script).
    """

    def __init__(self, engine: str = "perl") -> None:
        try:  # imported by name at run time: tilse is an optional, untyped evaluation dependency
            timelines = importlib.import_module("tilse.data.timelines")
            evaluation = importlib.import_module("tilse.evaluation.rouge")
        except ImportError as error:
            raise ConfigError(f"tilse is not importable ({error}): {INSTALL_HINT}") from error
        if engine not in ("perl", "python"):
            raise ConfigError(f"unknown ROUGE engine {engine!r}: use 'perl' (ROUGE-1.5.5) or 'python'")
        if engine == "perl" and (missing := perl_available()):
            raise ConfigError(missing)
        self._timeline = timelines.Timeline
        self._ground_truth = timelines.GroundTruth
        self._evaluator = evaluation.TimelineRougeEvaluator(
            measures=["rouge_1", "rouge_2"], rouge_computation="original" if engine == "perl" else "reimpl")

    def _tilse(self, summaries: DailySummaries) -> Any:
        return self._timeline({d: [tokenize(s) for s in sents] for d, sents in summaries.items() if sents})

    def score(self, predicted: DailySummaries, gold: DailySummaries) -> dict[str, Scores]:
        """``{"rouge_1": {...}, "rouge_2": {...}}`` of ``predicted`` against one gold timeline."""
        if not any(predicted.values()):
            return {"rouge_1": prf(0.0, 0.0), "rouge_2": prf(0.0, 0.0)}
        scores = self._evaluator.evaluate_align_date_content_costs_many_to_one(
            self._tilse(predicted), self._ground_truth([self._tilse(gold)]))
        return {m: prf(float(scores[m]["precision"]), float(scores[m]["recall"])) for m in ("rouge_1", "rouge_2")}
