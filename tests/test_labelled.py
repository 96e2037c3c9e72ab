"""Quality targets on the labelled sets written for this project (tests/data)."""

from __future__ import annotations

from pathlib import Path

from newsbrief.evaluation.labelled import score_classes, score_dates, score_quotes

DATA = Path(__file__).resolve().parent / "data"


def test_date_normalization_precision_and_recall() -> None:
    report = score_dates(DATA / "dates_labelled.jsonl")
    assert report["n"] >= 60
    assert report["precision"] >= 0.9 and report["recall"] >= 0.9, report


def test_quote_speaker_accuracy() -> None:
    report = score_quotes(DATA / "quotes_labelled.jsonl")
    assert report["n"] >= 40
    assert report["accuracy"] >= 0.9, report


def test_sentence_class_precision() -> None:
    report = score_classes(DATA / "classes_labelled.tsv")
    assert report["n"] >= 100
    for name, scores in report["classes"].items():
        assert scores["precision"] >= 0.8, (name, scores)
