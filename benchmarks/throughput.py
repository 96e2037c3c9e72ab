"""Throughput of the spaCy parse alone and of the full brief, with peak RSS.

Usage: python benchmarks/throughput.py [--data PATH] [--limit N]

Reads a JSONL file with an ``article`` field (default
../shared/data/summ/cnndm_summeval.jsonl), detokenizes it, then times
(1) parsing the articles' paragraphs with the spaCy pipeline alone and
(2) the full brief (annotation, analysis, composition, Markdown rendering).
The model is loaded before either timing starts. Prints one line per run and
the ratio; exits 0 with a message when the data is absent.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

from newsbrief.evaluation.detok import detokenize
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import load_model, paragraph_spans, parse_only
from newsbrief.pipeline import brief_many
from newsbrief.render import render
from newsbrief.settings import Settings

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "summ" / "cnndm_summeval.jsonl"


def load(path: Path, limit: int | None) -> list[str]:
    """Detokenized article texts from a JSONL file."""
    texts = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                texts.append(detokenize(json.loads(line)["article"]))
            if limit and len(texts) >= limit:
                break
    return texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    if not args.data.exists():
        print(f"skipped: benchmark data not found at {args.data} (see ../shared/data/README.md)")
        return 0
    texts = load(args.data, args.limit)
    words = sum(len(t.split()) for t in texts)
    load_model()
    paragraphs = [t[a:b] for t in texts for a, b in paragraph_spans(t)]
    parse_only(paragraphs[:5])  # warm-up

    started = time.perf_counter()
    parse_only(paragraphs)
    parse_seconds = time.perf_counter() - started

    settings = Settings()
    articles = [Article(text=t, source=Source()) for t in texts]
    started = time.perf_counter()
    for brief in brief_many(articles, settings):
        render(brief, "markdown")
    full_seconds = time.perf_counter() - started

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = len(texts)
    print(f"data: {args.data} ({n} articles, {words} words)")
    print(f"parse only: {n / parse_seconds:.2f} articles/s, {words / parse_seconds:.0f} words/s")
    print(f"full brief: {n / full_seconds:.2f} articles/s, {words / full_seconds:.0f} words/s")
    print(f"full/parse ratio: {parse_seconds / full_seconds:.2f} (target >= 0.6)")
    print(f"peak RSS: {peak_mb:.0f} MB (target <= 500)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
