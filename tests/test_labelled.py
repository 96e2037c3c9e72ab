"""Quality targets on the labelled sets written for this project (tests/data).

``tests/data`` holds the first sets, written alongside the rules; ``tests/data/fresh`` and
then ``tests/data/frozen`` hold sets written later, each scored once before the rules were
changed for it (those first scores are in docs/benchmarks.md). All must meet the targets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.evaluation.checks import score_classes, score_dates, score_quotes

DATA = Path(__file__).resolve().parent / "data"
SETS = [
    pytest.param(DATA, 60, 40, 100, id="first"),
    pytest.param(DATA / "fresh", 40, 24, 120, id="fresh"),
    pytest.param(DATA / "frozen", 29, 14, 60, id="frozen"),
]


@pytest.mark.parametrize(("folder", "dates", "quotes", "classes"), SETS)
def test_date_normalization_precision_and_recall(folder: Path, dates: int, quotes: int, classes: int) -> None:
    report = score_dates(folder / "dates_labelled.jsonl")
    assert report["n"] >= dates
    assert report["precision"] >= 0.9 and report["recall"] >= 0.9, report


@pytest.mark.parametrize(("folder", "dates", "quotes", "classes"), SETS)
def test_quote_speaker_accuracy(folder: Path, dates: int, quotes: int, classes: int) -> None:
    report = score_quotes(folder / "quotes_labelled.jsonl")
    assert report["n"] >= quotes
    assert report["accuracy"] >= 0.9, report


@pytest.mark.parametrize(("folder", "dates", "quotes", "classes"), SETS)
def test_sentence_class_precision(folder: Path, dates: int, quotes: int, classes: int) -> None:
    report = score_classes(folder / "classes_labelled.tsv")
    assert report["n"] >= classes
    for name, scores in report["classes"].items():
        assert scores["precision"] >= 0.8, (name, scores)
