"""``newsbrief eval summ``: key-point ROUGE against references, beside baselines.

Each system gives 3 key points per article: newsbrief's top-ranked summary
points, or a baseline run on the same spaCy sentences. ROUGE-1, ROUGE-2 and
ROUGE-Lsum F1 (rouge-score, stemmed; Lsum over newline-joined sentences) are
averaged with 95% bootstrap intervals, and each system's paired difference to
Lead-3 gets its own interval.

**Extractive baselines on newsbrief's own sentences: Lead-3, TextRank, LexRank.**

* Lead-k: the first k sentences.
* TextRank (Mihalcea & Tarau 2004): sentence graph weighted by word overlap
  normalised by log lengths, ranked with PageRank (damping 0.85).
* LexRank (Erkan & Radev 2004): TF-IDF cosine graph with edges above a 0.1
  threshold, ranked by eigenvector centrality (power iteration, damping 0.85).

**``newsbrief eval speed``: throughput of the spaCy parse alone and of the full brief.**
"""

from __future__ import annotations

import contextlib
import json
import math
import random
import resource
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from newsbrief.errors import InputError, NewsbriefError
from newsbrief.evaluation.checks import check_brief
from newsbrief.evaluation.detok import detokenize
from newsbrief.lexicon import BASELINE_STOP_WORDS, words
from newsbrief.models import Article, Brief, KeyPoint, RawDocument, Source
from newsbrief.nlp.annotate import load_model, paragraph_spans, parse_only
from newsbrief.pipeline import brief_many
from newsbrief.render import render
from newsbrief.settings import Settings

METRICS = ("rouge1", "rouge2", "rougeLsum")
BOOTSTRAP_SAMPLES = 1000


def read_records(files: list[Path], fits: Callable[[dict[str, Any]], bool], lacks: str,
                 limit: int | None = None) -> list[dict[str, Any]]:
    """JSON objects, one a line, from ``files``; a line that is not JSON or does not ``fit`` is an
    error naming its file and line (``lacks`` says what it lacks)."""
    records: list[dict[str, Any]] = []
    for file in files:
        with file.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{file}:{number} is not valid JSON: {exc}") from exc
                if not isinstance(record, dict) or not fits(record):
                    raise InputError(f"{file}:{number} lacks {lacks}")
                records.append(record)
                if limit and len(records) >= limit:
                    return records
    return records


def load_records(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Records with ``article`` and ``reference`` from a JSONL file or a folder of them."""
    if not path.exists():
        raise InputError(f"evaluation data not found at {path}; pass --data with a JSONL file or folder")
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    return read_records(files, lambda r: "article" in r and "reference" in r, "an 'article' or 'reference' field",
                        limit)


def key_points(brief: Brief, k: int = 3) -> list[str]:
    """newsbrief's top ``k`` key points by rank."""
    section = brief.section("summary")
    if section is None:
        return []
    ranked = sorted(section.items, key=lambda item: item.payload.rank if isinstance(item.payload, KeyPoint) else 99)
    return [item.text for item in ranked[:k]]


def bootstrap(values: Sequence[float], seed: int = 0) -> tuple[float, float]:
    """95% percentile-bootstrap interval of the mean."""
    if not values:
        return (0.0, 0.0)
    rng = random.Random(seed)
    n = len(values)
    means = sorted(sum(values[rng.randrange(n)] for _ in range(n)) / n for _ in range(BOOTSTRAP_SAMPLES))
    return means[int(0.025 * BOOTSTRAP_SAMPLES)], means[int(0.975 * BOOTSTRAP_SAMPLES) - 1]


def _as_read(text: str, title: str | None, settings: Settings) -> Article:
    """The row's article as a reader's page shows it: plain-text extraction cuts what a
    user's ``newsbrief brief`` run cuts too (photo captions glued into Daily Mail rows),
    and every system, the baselines included, then reads the same sentences."""
    from newsbrief.ingest.extract import extract

    # A row the CLI would refuse (one XSum row reads as Welsh) is scored as stored.
    with contextlib.suppress(NewsbriefError):
        text = extract(RawDocument(content=text.encode("utf-8"), content_type="text/plain"), settings).text
    return Article(text=text, source=Source(title=title))


def evaluate(path: Path, systems: Sequence[str], limit: int | None, settings: Settings) -> dict[str, Any]:
    """Run the systems over the data and return the report (ROUGE in percent)."""
    from rouge_score import rouge_scorer  # the eval extra; imported only here

    from newsbrief.nlp.annotate import annotate_many
    from newsbrief.pipeline import brief_document

    unknown = [s for s in systems if s != "newsbrief" and s not in BASELINES]
    if unknown:
        raise InputError(f"unknown system(s) {', '.join(unknown)}; choose from newsbrief, "
                         + ", ".join(BASELINES))
    records = load_records(path, limit)
    references = ["\n".join(detokenize(line) for line in str(r["reference"]).split("\n")) for r in records]
    articles = [_as_read(detokenize(str(r["article"])), r.get("title"), settings) for r in records]
    outputs: dict[str, list[list[str]]] = {name: [] for name in systems}
    checks: list[dict[str, float]] = []
    # Every system needs the same sentence split, so each system's time is the
    # shared annotation time plus its own work on the annotated documents.
    started = time.perf_counter()
    docs = list(annotate_many(articles))
    seconds = dict.fromkeys(systems, time.perf_counter() - started)
    for doc in docs:
        sentences = [s.text for s in doc.sentences]
        for name in systems:
            t0 = time.perf_counter()
            if name == "newsbrief":
                brief = brief_document(doc, settings)
                outputs[name].append(key_points(brief))
                checks.append(check_brief(brief))
            else:
                outputs[name].append(BASELINES[name](sentences, 3))
            seconds[name] += time.perf_counter() - t0
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    per_article: dict[str, dict[str, list[float]]] = {name: {m: [] for m in METRICS} for name in systems}
    for name in systems:
        for summary, reference in zip(outputs[name], references, strict=True):
            scores = scorer.score(reference, "\n".join(summary))
            for metric in METRICS:
                per_article[name][metric].append(100 * scores[metric].fmeasure)
    n = len(records)
    report: dict[str, Any] = {"data": str(path), "n": n, "systems": {}, "checks": {}}
    for name in systems:
        entry: dict[str, Any] = {}
        for metric in METRICS:
            values = per_article[name][metric]
            entry[metric] = sum(values) / n if n else 0.0
            entry[metric + "_ci"] = list(bootstrap(values))
            if "lead3" in per_article and name != "lead3":
                diffs = [a - b for a, b in zip(values, per_article["lead3"][metric], strict=True)]
                entry[metric + "_vs_lead3"] = sum(diffs) / n if n else 0.0
                entry[metric + "_vs_lead3_ci"] = list(bootstrap(diffs))
        entry["articles_per_s"] = n / seconds[name] if seconds[name] else 0.0
        report["systems"][name] = entry
    if checks:
        report["checks"] = {key: sum(c[key] for c in checks) / len(checks) for key in checks[0]}
    return report


def format_table(report: dict[str, Any]) -> str:
    """A plain-text table of the report."""
    lines = [f"data: {report['data']}  (n={report['n']})", ""]
    header = f"{'system':<10} " + " ".join(f"{m:>22}" for m in METRICS) + f" {'vs lead3 (R1)':>22} {'art/s':>8}"
    lines.append(header)
    for name, entry in report["systems"].items():
        cells = [f"{entry[m]:6.2f} [{entry[m + '_ci'][0]:5.2f},{entry[m + '_ci'][1]:5.2f}]" for m in METRICS]
        if "rouge1_vs_lead3" in entry:
            low, high = entry["rouge1_vs_lead3_ci"]
            diff = f"{entry['rouge1_vs_lead3']:+5.2f} [{low:+5.2f},{high:+5.2f}]"
        else:
            diff = "-"
        lines.append(f"{name:<10} " + " ".join(f"{c:>22}" for c in cells)
                     + f" {diff:>22} {entry['articles_per_s']:8.1f}")
    if report.get("checks"):
        lines += ["", "checks of newsbrief's briefs: " + ", ".join(
            f"{k}={v:.3f}" for k, v in report["checks"].items())]
    return "\n".join(lines)


def _words(text: str) -> list[str]:
    return [w for w in words(text) if w not in BASELINE_STOP_WORDS]


def lead(sentences: list[str], k: int = 3) -> list[str]:
    """The first ``k`` sentences."""
    return sentences[:k]


def pagerank(weights: list[list[float]], damping: float = 0.85, iterations: int = 100) -> list[float]:
    """PageRank over a weighted, undirected graph given as a dense matrix."""
    n = len(weights)
    if n == 0:
        return []
    out = [sum(row) for row in weights]
    scores = [1.0 / n] * n
    for _ in range(iterations):
        new = []
        for i in range(n):
            incoming = sum(weights[j][i] / out[j] * scores[j] for j in range(n) if out[j] and weights[j][i])
            new.append((1 - damping) / n + damping * incoming)
        delta = sum(abs(a - b) for a, b in zip(new, scores, strict=True))
        scores = new
        if delta < 1e-8:
            break
    return scores


def _top(sentences: list[str], scores: list[float], k: int) -> list[str]:
    order = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))[:k]
    return [sentences[i] for i in sorted(order)]


def textrank(sentences: list[str], k: int = 3) -> list[str]:
    """TextRank's top ``k`` sentences, in document order."""
    bags = [set(_words(s)) for s in sentences]
    n = len(sentences)
    weights = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            overlap = len(bags[i] & bags[j])
            denominator = math.log(len(bags[i]) + 1) + math.log(len(bags[j]) + 1)
            if overlap and denominator:
                weights[i][j] = weights[j][i] = overlap / denominator
    return _top(sentences, pagerank(weights), k)


def lexrank(sentences: list[str], k: int = 3, threshold: float = 0.1) -> list[str]:
    """LexRank's top ``k`` sentences (thresholded TF-IDF cosine graph), in document order."""
    bags = [Counter(_words(s)) for s in sentences]
    n = len(sentences)
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    idf = {w: math.log(n / c) + 1.0 for w, c in df.items()}
    vectors = [{w: tf * idf[w] for w, tf in bag.items()} for bag in bags]
    norms = [math.sqrt(sum(v * v for v in vec.values())) for vec in vectors]
    weights = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            if i == j or not norms[i] or not norms[j]:
                continue
            dot = sum(v * vectors[j].get(w, 0.0) for w, v in vectors[i].items())
            if dot / (norms[i] * norms[j]) > threshold:
                weights[i][j] = 1.0
    return _top(sentences, pagerank(weights), k)


BASELINES = {"lead3": lead, "textrank": textrank, "lexrank": lexrank}


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
