"""``newsbrief eval consistency``: the consistency checker on SummEdits, by balanced accuracy.

SummEdits (Laban et al. 2023) pairs news articles with ~30-word summaries,
most of them small edits of one faithful seed summary, each labelled
consistent (1) or inconsistent (0) by annotators. The metric is upstream's:
balanced accuracy, the mean of the recall on consistent and on inconsistent
summaries (50 = chance or a constant answer), as a percentage.

The checker sees only ``document`` and ``summary`` (the id suffix and the file
order give the label away). Alongside the checker's number the report gives
the verifier's other checks alone (numbers, months, names, word support
against the whole document), so the gain of wiring the checker into the
verifier stays visible; per edit type (GPT-4's labels upstream, not gold) the
share of inconsistent summaries caught and the balanced accuracy against all
consistent ones; per article the balanced accuracy, since with a dozen
articles per-article effects dominate.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsbrief.errors import InputError
from newsbrief.llm.verify import Claim, support_score, verdict
from newsbrief.models import Document
from newsbrief.nlp.consistency import annotate_texts, check
from newsbrief.nlp.consistency_features import SourceIndex

REFERENCES = {"human": 90.0, "GPT-4": 83.3, "QAFactEval": 74.4, "SummaC-Conv": 61.9}
FIELDS = ("document", "summary", "label")


@dataclass(frozen=True)
class Sample:
    """One (document, summary) pair with its label (1 = consistent) and what the data says of it."""

    document: str
    summary: str
    label: int
    edit_types: tuple[str, ...]
    doc_id: str


def load_samples(path: Path) -> list[Sample]:
    """Read a SummEdits JSONL file (fields ``document``, ``summary``, ``label``, ``edit_types``, ``doc_id``)."""
    if not path.is_file():
        raise InputError(f"{path} is not a file; pass the SummEdits JSONL with --data")
    samples = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{path}:{number} is not JSON ({error.msg}); each line must be one sample") from error
        missing = [name for name in FIELDS if name not in row]
        if missing:
            raise InputError(f"{path}:{number} lacks {', '.join(missing)}; each sample needs "
                             f"{', '.join(FIELDS)} (label 1 = consistent, 0 = inconsistent)")
        samples.append(Sample(str(row["document"]), str(row["summary"]), int(row["label"]),
                              tuple(row.get("edit_types") or ()), str(row.get("doc_id", row["document"][:40]))))
    if not samples:
        raise InputError(f"{path} holds no samples")
    return samples


def balanced_accuracy(labels: Sequence[int], predicted: Sequence[int]) -> float:
    """Mean recall of the two classes, as a percentage (a class without samples is left out)."""
    recalls = []
    for value in (0, 1):
        picked = [p for y, p in zip(labels, predicted, strict=True) if y == value]
        if picked:
            recalls.append(sum(1 for p in picked if p == value) / len(picked))
    return round(100 * sum(recalls) / len(recalls), 1) if recalls else 0.0


def predict(samples: Sequence[Sample]) -> tuple[list[int], list[int]]:
    """The checker's and the verifier's other checks' decisions (1 = consistent) for each sample."""
    documents = sorted({s.document for s in samples})
    annotated = annotate_texts(documents)
    indexes = {text: SourceIndex(doc) for text, doc in zip(documents, annotated, strict=True)}
    summaries = annotate_texts([s.summary for s in samples])
    checker, verifier = [], []
    for sample, summary in zip(samples, summaries, strict=True):
        checker.append(int(check(indexes[sample.document], summary).consistent))
        verifier.append(int(_verifier_alone(sample, summary)))
    return checker, verifier


def _verifier_alone(sample: Sample, summary: Document) -> bool:
    """The verifier's checks other than the checker's, with the whole document as the cited text.

    Word support uses the verifier's default minimum (0.5) and no embeddings, so the
    number does not depend on the optional extra.
    """
    entities = [(e.text, e.label) for e in summary.entities]
    support = support_score(sample.summary, sample.document, None)
    return verdict(Claim(sample.summary, sample.document, entities, support, sample.document, 0.5)).ok


def report(samples: Sequence[Sample], checker: Sequence[int], verifier: Sequence[int]) -> dict[str, Any]:
    """The report: overall, per edit type and per article, with the references."""
    labels = [s.label for s in samples]
    consistent = [p for s, p in zip(samples, checker, strict=True) if s.label == 1]
    by_type: dict[str, list[int]] = defaultdict(list)
    for sample, predicted in zip(samples, checker, strict=True):
        for kind in sample.edit_types if sample.label == 0 else ():
            by_type[kind].append(predicted)
    by_document: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for sample, predicted in zip(samples, checker, strict=True):
        by_document[sample.doc_id].append((sample.label, predicted))
    return {
        "balanced_accuracy": balanced_accuracy(labels, checker),
        "n": len(samples),
        "recall_consistent": _share(consistent, 1),
        "recall_inconsistent": _share([p for s, p in zip(samples, checker, strict=True) if s.label == 0], 0),
        "by_edit_type": {kind: {"n": len(found), "caught": _share(found, 0),
                                "balanced_accuracy": round((_share(found, 0) + _share(consistent, 1)) / 2, 1)}
                         for kind, found in sorted(by_type.items())},
        "by_document": {doc: {"n": len(pairs), "balanced_accuracy": balanced_accuracy(*zip(*pairs, strict=True))}
                        for doc, pairs in sorted(by_document.items())},
        "article_halves": _halves(samples, checker),
        "verifier_without_checker": balanced_accuracy(labels, verifier),
        "references": REFERENCES,
    }


def _halves(samples: Sequence[Sample], checker: Sequence[int]) -> dict[str, float]:
    """Balanced accuracy on the articles at even and at odd places of the sorted article ids.

    A fixed split by article for choosing rules on one half and checking them on the
    other ("a": places 0, 2, 4, ...; "b": 1, 3, 5, ...), so a gain can be told from
    fitting the articles looked at.
    """
    order = {doc: place for place, doc in enumerate(sorted({s.doc_id for s in samples}))}
    halves: dict[str, tuple[list[int], list[int]]] = {"a": ([], []), "b": ([], [])}
    for sample, predicted in zip(samples, checker, strict=True):
        labels, predictions = halves["a" if order[sample.doc_id] % 2 == 0 else "b"]
        labels.append(sample.label)
        predictions.append(predicted)
    return {name: balanced_accuracy(*pair) for name, pair in halves.items() if pair[0]}


def _share(values: Sequence[int], wanted: int) -> float:
    return round(100 * sum(1 for v in values if v == wanted) / len(values), 1) if values else 0.0


def run_consistency_eval(path: Path) -> dict[str, Any]:
    """Check every sample of the file and report (see :func:`report`); adds the seconds taken."""
    started = time.perf_counter()
    samples = load_samples(path)
    checker, verifier = predict(samples)
    result = report(samples, checker, verifier)
    result["seconds"] = round(time.perf_counter() - started, 1)
    return result


def format_report(result: dict[str, Any]) -> str:
    """The report as a short table beside the references."""
    lines = [f"balanced accuracy {result['balanced_accuracy']:.1f} on {result['n']} samples "
             f"(consistent recall {result['recall_consistent']:.1f}, "
             f"inconsistent recall {result['recall_inconsistent']:.1f}); "
             + "".join(f"article half {name} {value:.1f}; " for name, value in result["article_halves"].items())
             + f"verifier without the checker {result['verifier_without_checker']:.1f}"]
    lines += [f"  {kind:30s} n={row['n']:4d} caught {row['caught']:5.1f} balanced {row['balanced_accuracy']:5.1f}"
              for kind, row in result["by_edit_type"].items()]
    lines.append("references: " + ", ".join(f"{name} {value}" for name, value in REFERENCES.items()))
    return "\n".join(lines)
