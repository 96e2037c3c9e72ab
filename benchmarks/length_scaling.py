"""How briefing time grows with the length of one text: seconds per 1,000 words, parse vs analysis, peak RSS.

Usage: python benchmarks/length_scaling.py [--sizes 1000,5000,20000,80000] [--repeats 3]
                                          [--allow-torch] [--profile N] [--out bench-results/length_scaling.json]

Long texts are built by concatenating distinct development articles from
../shared/data/summ (CNN/DM SummEval, XSum extracts and Newsroom, one article of
each in turn so that every size has the same mix), read by path only and never
copied into the repository; the benchmark exits 0 with a message when the data
is absent. Each article becomes one or more paragraphs separated by blank lines,
so a text reads like a very long feature.
The ``max_words`` budget is raised for the run (it is 10,000 by default).

Each (size, repeat) runs in its own subprocess so that peak RSS is that of one
worker briefing one text (model loaded, then one brief), and so that one run's
allocations do not carry into the next. By default torch is blocked in the
subprocess by a meta-path finder: the default install has no torch, but the
shared benchmark venv has it (the embeddings extra), and thinc imports it when
present, which adds about 180 MB of RSS. ``--allow-torch`` measures the venv as
it is. Times: parse = extraction + spaCy annotation (``annotate_raw``);
analysis = the engine's brief (context, analyzers, compose) + Markdown rendering.
The median of the repeats is reported, with the load average at the start.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.abc
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "summ"
FILES = ("cnndm_summeval.jsonl", "xsum_extracts_dev.jsonl", "newsroom_bartscore.jsonl")
SIZES = (1000, 5000, 20000, 80000)


class _BlockTorch(importlib.abc.MetaPathFinder):
    """Makes ``import torch`` fail as it does in the default install (no torch)."""

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> None:
        if fullname == "torch" or fullname.startswith("torch."):
            raise ImportError(f"{fullname} blocked: measuring the default install")
        return None


def block_torch() -> None:
    """Measure as the default install runs: thinc imports torch when it is installed (the
    embeddings extra), which raised peak RSS from 278 to 459 MB; call before spaCy loads."""
    if not any(isinstance(finder, _BlockTorch) for finder in sys.meta_path):
        sys.meta_path.insert(0, _BlockTorch())


def build_text(words: int) -> str:
    """Distinct dev articles, detokenized and joined by blank lines, until ``words`` words are reached.

    The three dev sets are taken in turn (one article from each, then the next from each), so
    that every size has the same mix: CNN/DM articles are one long paragraph each, XSum and
    Newsroom ones a paragraph per line, and spaCy's cost per paragraph is not per word (taken
    one file after the other, the 80,000-word text had 40 times the paragraphs of the 20,000-word one).
    """
    from newsbrief.evaluation.detok import detokenize
    from newsbrief.evaluation.summ import load_records

    sources = [iter(load_records(DATA / name)) for name in FILES]
    parts: list[str] = []
    total = 0
    while sources:
        for source in list(sources):
            record = next(source, None)
            if record is None:
                sources.remove(source)
                continue
            text = detokenize(str(record["article"])).strip()
            parts.append("\n\n".join(p.strip() for p in text.splitlines() if p.strip()))
            total += len(text.split())
            if total >= words:
                return "\n\n".join(parts)
    raise SystemExit(f"the data in {DATA} has only {total:,} words; fewer than the {words:,} asked for")


def run_one(words: int, profile: Path | None) -> dict[str, Any]:
    """Brief one text of about ``words`` words in this process; times and peak RSS."""
    from newsbrief.engines import get_engine
    from newsbrief.models import RawDocument
    from newsbrief.nlp.annotate import load_model
    from newsbrief.pipeline import annotate_raw
    from newsbrief.render import render
    from newsbrief.settings import Settings

    text = build_text(words)
    settings = Settings(max_words=0)  # 0 turns the word budget off for the long texts
    load_model()
    engine = get_engine(settings)
    warm = RawDocument(content=build_text(1).encode(), filename="warm.txt")  # one article
    engine.brief(annotate_raw(warm, settings))
    raw = RawDocument(content=text.encode(), filename="long.txt")
    profiler = cProfile.Profile()
    if profile is not None:
        profiler.enable()
    started = time.perf_counter()
    doc = annotate_raw(raw, settings)
    parsed = time.perf_counter()
    render(engine.brief(doc), "markdown")
    done = time.perf_counter()
    if profile is not None:
        profiler.disable()
        profiler.dump_stats(str(profile))
    return {
        "words": len(text.split()), "sentences": len(doc.sentences),
        "parse_s": parsed - started, "analysis_s": done - parsed,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "torch_loaded": "torch" in sys.modules,
    }


def measure(size: int, allow_torch: bool) -> dict[str, Any]:
    """One run of ``size`` words in a fresh interpreter."""
    command = [sys.executable, __file__, "--child", str(size)] + (["--allow-torch"] if allow_torch else [])
    out = subprocess.run(command, check=True, capture_output=True, text=True, env=os.environ.copy())
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def summarise(size: int, runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Medians of the runs of one size."""
    words = runs[0]["words"]
    parse = statistics.median(r["parse_s"] for r in runs)
    analysis = statistics.median(r["analysis_s"] for r in runs)
    total = statistics.median(r["parse_s"] + r["analysis_s"] for r in runs)
    return {
        "size": size, "words": words, "sentences": runs[0]["sentences"], "runs": runs,
        "parse_s": parse, "analysis_s": analysis, "total_s": total,
        "s_per_1k_words": total / words * 1000, "parse_s_per_1k": parse / words * 1000,
        "analysis_s_per_1k": analysis / words * 1000,
        "peak_rss_mb": max(r["peak_rss_mb"] for r in runs),
        "torch_loaded": any(r["torch_loaded"] for r in runs),
    }


def table(rows: list[dict[str, Any]]) -> str:
    """The report as aligned text."""
    lines = [f"{'words':>7} {'sents':>6} {'parse s':>8} {'analysis s':>10} {'total s':>8} "
             f"{'s/1k':>6} {'parse/1k':>8} {'anal/1k':>8} {'RSS MB':>7}"]
    for r in rows:
        lines.append(f"{r['words']:>7} {r['sentences']:>6} {r['parse_s']:>8.2f} {r['analysis_s']:>10.2f} "
                     f"{r['total_s']:>8.2f} {r['s_per_1k_words']:>6.3f} {r['parse_s_per_1k']:>8.3f} "
                     f"{r['analysis_s_per_1k']:>8.3f} {r['peak_rss_mb']:>7.0f}")
    per_1k = [r["s_per_1k_words"] for r in rows]
    lines.append(f"s/1k words, largest / smallest: {max(per_1k) / min(per_1k):.2f} (target <= 1.5)")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description="Brief time per 1,000 words as texts grow.")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--allow-torch", action="store_true", help="do not block torch (measure the venv as is)")
    parser.add_argument("--profile", type=int, default=None, help="cProfile one run of this size to /tmp")
    parser.add_argument("--out", type=Path, default=Path("bench-results/length_scaling.json"))
    parser.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not all((DATA / name).exists() for name in FILES):
        print(f"skipped: benchmark data not found in {DATA} (see ../shared/data/README.md)")
        return 0
    if not args.allow_torch:
        block_torch()
    if args.child is not None:
        print(json.dumps(run_one(args.child, None)))
        return 0
    if args.profile is not None:
        target = Path(f"/tmp/length_scaling_{args.profile}.prof")
        print(json.dumps(run_one(args.profile, target)))
        print(f"profile written to {target}")
        return 0
    load = os.getloadavg()
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        rows.append(summarise(size, [measure(size, args.allow_torch) for _ in range(args.repeats)]))
        print(table(rows[-1:]).splitlines()[1], flush=True)
    print(table(rows))
    report = {"date": datetime.now(UTC).isoformat(timespec="seconds"), "load_at_start": load,
              "load_at_end": os.getloadavg(), "cores": os.cpu_count(), "repeats": args.repeats,
              "torch_blocked": not args.allow_torch, "rows": rows}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"load average {load[0]:.2f} at start, {report['load_at_end'][0]:.2f} at end; written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
