"""Key-point selection variants on the summarization dev sets (ROUGE-1 of the top 3).

Annotates each set once, then re-runs only the selection with one setting of
``newsbrief.analyze.summary`` changed at a time, so a sweep takes minutes. Prints
one line per variant; docs/benchmarks.md records the results.

    .venv/bin/python benchmarks/keypoint_variants.py [--data ../shared/data/summ]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

SETS = ("cnndm_summeval", "xsum_extracts_dev", "newsroom_bartscore")
# (label, constant overrides); None overrides mean "the engine as shipped".
VARIANTS: list[tuple[str, dict[str, Any]]] = [
    ("engine", {}),
    ("no MMR (lambda 0)", {"MMR_LAMBDA": 0.0}),
    ("MMR lambda 0.3", {"MMR_LAMBDA": 0.3}),
    ("MMR lambda 0.6", {"MMR_LAMBDA": 0.6}),
    ("no restatement rule", {"CONTAINMENT": 1.01}),
    ("position decay 0.25", {"POSITION_DECAY": 0.25}),
    ("position decay 0.5", {"POSITION_DECAY": 0.5}),
    ("centrality weight 0.3", {"W_CENTRALITY": 0.3}),
    ("quote factor 1.0", {"QUOTE_FACTOR": 1.0}),
    ("unresolved-opening factor 0.3", {"UNRESOLVED_FACTOR": 0.3}),
    ("unresolved-opening factor 0.7", {"UNRESOLVED_FACTOR": 0.7}),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/summ"))
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"skipped: {args.data} not found; this benchmark needs the evaluation data")
        return 0

    from rouge_score import rouge_scorer

    from newsbrief.analyze import summary
    from newsbrief.analyze.context import build_context
    from newsbrief.evaluation.detok import detokenize
    from newsbrief.evaluation.summ import load_records
    from newsbrief.models import Article, Source
    from newsbrief.nlp.annotate import annotate_many

    scorer = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)
    data: dict[str, list[tuple[Any, Any, str]]] = {}
    for name in SETS:
        records = load_records(args.data / f"{name}.jsonl")
        articles = [Article(text=detokenize(str(r["article"])), source=Source()) for r in records]
        references = ["\n".join(detokenize(x) for x in str(r["reference"]).split("\n")) for r in records]
        docs = list(annotate_many(articles))
        data[name] = [(d, build_context(d), ref) for d, ref in zip(docs, references, strict=True)]

    def score(pick: Callable[[Any, Any], list[str]]) -> str:
        cells = []
        for name in SETS:
            values = [scorer.score(ref, "\n".join(pick(doc, ctx)))["rouge1"].fmeasure for doc, ctx, ref in data[name]]
            cells.append(f"{100 * sum(values) / len(values):6.2f}")
        return " ".join(cells)

    def engine(doc: Any, ctx: Any) -> list[str]:
        return [s.text[summary.prefix_length(s.text):] for s in summary.select(doc, ctx, 3)]

    print(f"{'variant':<32} " + " ".join(f"{n[:6]:>6}" for n in SETS))
    for k in (1, 2, 3, 4):
        print(f"{f'Lead-{k} (newsbrief sentences)':<32} {score(lambda d, c, k=k: [s.text for s in d.sentences[:k]])}")
    for label, overrides in VARIANTS:
        saved = {key: getattr(summary, key) for key in overrides}
        for key, value in overrides.items():
            setattr(summary, key, value)
        try:
            print(f"{label:<32} {score(engine)}")
        finally:
            for key, value in saved.items():
                setattr(summary, key, value)
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
