"""``newsbrief eval speed``: throughput of the spaCy parse alone and of the full brief."""

from __future__ import annotations

import resource
import time
from pathlib import Path
from typing import Any

from newsbrief.evaluation.detok import detokenize
from newsbrief.evaluation.summ import load_records
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import load_model, paragraph_spans, parse_only
from newsbrief.pipeline import brief_many
from newsbrief.render import render
from newsbrief.settings import Settings

ROUNDS = 2


def measure_speed(path: Path, settings: Settings, limit: int | None = None) -> dict[str, Any]:
    """Articles/s and words/s for parse-only and full brief, and peak RSS in MB.

    The model is loaded and warmed up before either timing starts; each run is
    timed ROUNDS times, alternating, and the best time kept. The full brief
    includes annotation, analysis, composition and Markdown rendering.
    """
    texts = [detokenize(str(r["article"])) for r in load_records(path, limit)]
    words = sum(len(t.split()) for t in texts)
    load_model()
    paragraphs = [t[a:b] for t in texts for a, b in paragraph_spans(t)]
    parse_only(paragraphs[:5])

    def time_parse() -> float:
        started = time.perf_counter()
        parse_only(paragraphs)
        return time.perf_counter() - started

    def time_full() -> float:
        started = time.perf_counter()
        for brief in brief_many((Article(text=t, source=Source()) for t in texts), settings):
            render(brief, "markdown")
        return time.perf_counter() - started

    # Alternate the two runs and keep the best of each, so that warm-up and
    # background load do not favour whichever runs second.
    parse_times, full_times = [], []
    for _ in range(ROUNDS):
        parse_times.append(time_parse())
        full_times.append(time_full())
    parse_seconds, full_seconds = min(parse_times), min(full_times)
    n = len(texts)
    return {
        "data": str(path), "n": n, "words": words,
        "parse_only": {"articles_per_s": n / parse_seconds, "words_per_s": words / parse_seconds},
        "full_brief": {"articles_per_s": n / full_seconds, "words_per_s": words / full_seconds},
        "ratio": parse_seconds / full_seconds,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def format_speed(report: dict[str, Any]) -> str:
    """Readable lines of a speed report."""
    p, f = report["parse_only"], report["full_brief"]
    return "\n".join([
        f"data: {report['data']} ({report['n']} articles, {report['words']} words)",
        f"parse only: {p['articles_per_s']:.2f} articles/s, {p['words_per_s']:.0f} words/s",
        f"full brief: {f['articles_per_s']:.2f} articles/s, {f['words_per_s']:.0f} words/s",
        f"full/parse ratio: {report['ratio']:.2f} (target >= 0.6)",
        f"peak RSS: {report['peak_rss_mb']:.0f} MB (target <= 500)",
    ])
