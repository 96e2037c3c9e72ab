"""Scores on the project's own labelled sets (tests/data): dates, quote speakers, sentence classes.

The sets were written for this project (no benchmark text) and the rules were
developed while writing them, so these are development numbers.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from newsbrief.models import Article, Source


def score_dates(path: Path) -> dict[str, Any]:
    """Precision and recall of normalized (value, granularity) pairs."""
    from newsbrief.nlp.dates import find_dates

    tp = fp = fn = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        got = [(v.iso, v.granularity) for v in find_dates(record["sentence"], date.fromisoformat(record["published"]))]
        expected = [tuple(e) for e in record["expected"]]
        tp += sum(1 for g in got if g in expected)
        fp += sum(1 for g in got if g not in expected)
        fn += sum(1 for e in expected if e not in got)
    return {"n": tp + fn, "precision": tp / (tp + fp) if tp + fp else 1.0,
            "recall": tp / (tp + fn) if tp + fn else 1.0}


def score_quotes(path: Path) -> dict[str, Any]:
    """Share of labelled quotes whose speaker is found (same surname)."""
    from newsbrief.analyze.actors import cluster_actors
    from newsbrief.analyze.quotes import find_quotes
    from newsbrief.nlp.annotate import annotate

    correct = total = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        doc = annotate(Article(text=record["text"], source=Source()))
        quotes = find_quotes(doc, cluster_actors(doc))
        for opening, speaker in record["quotes"]:
            total += 1
            match = [q for q in quotes if record["text"][q.start + 1 :].startswith(opening)]
            found = match[0].speaker if match else None
            correct += bool(found and found.split()[-1] == speaker.split()[-1])
    return {"n": total, "accuracy": correct / total if total else 1.0}


def score_classes(path: Path) -> dict[str, Any]:
    """Precision and recall per sentence class."""
    from newsbrief.analyze.classify import sentence_class

    hits: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    gold: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        label, text = line.split("\t", 1)
        guess = sentence_class(text)
        predicted[guess] += 1
        gold[label] += 1
        hits[label] += guess == label
    return {"n": sum(gold.values()), "classes": {
        c: {"precision": hits[c] / predicted[c] if predicted[c] else 0.0, "recall": hits[c] / gold[c]}
        for c in sorted(gold)}}


def score_all(folder: Path) -> dict[str, Any]:
    """All three labelled sets in ``folder``."""
    return {
        "dates": score_dates(folder / "dates_labelled.jsonl"),
        "quotes": score_quotes(folder / "quotes_labelled.jsonl"),
        "classes": score_classes(folder / "classes_labelled.tsv"),
    }
