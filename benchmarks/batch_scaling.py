"""Batch throughput with 1 and 2 workers, on the local process pool and on Ray.

Usage: python benchmarks/batch_scaling.py [--limit N] [--backends local,ray] [--workers 1,2]

The articles are the texts of ../shared/data/summ (CNN/DM SummEval, Newsroom,
XSum extracts; detokenized), used by path: they are written to a temporary
JSONL file outside the repository and briefed by ``run_batch`` into a fresh
temporary SQLite database per run (stories on, as ``newsbrief batch`` does).
Two rates are reported per run: over the whole run (worker start-up and the
spaCy model load included) and steady (from the first article written to the
last), and the ratios the targets of issue #14 name: 2 workers / 1 worker, and
Ray / local pool at 2 workers. Exits 0 with a message when the data is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from newsbrief.batch import BatchOptions, run_batch
from newsbrief.batch.run import BatchSummary
from newsbrief.evaluation.detok import detokenize
from newsbrief.settings import Settings

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "summ"
FILES = ("cnndm_summeval.jsonl", "newsroom_bartscore.jsonl", "xsum_extracts_dev.jsonl")


def write_articles(target: Path, limit: int) -> int:
    """Write up to ``limit`` articles of the summarisation sets to ``target``; how many."""
    count = 0
    seen: set[str] = set()
    with target.open("w", encoding="utf-8") as out:
        for name in FILES:
            for line in (DATA / name).read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                text = detokenize(str(record.get("article") or record.get("text") or ""))
                if not text or text in seen or count >= limit:
                    continue
                seen.add(text)
                out.write(json.dumps({"id": str(record.get("id", count)), "text": text}) + "\n")
                count += 1
    return count


def measure(source: Path, workers: int, ray: str | None, folder: Path, stories: bool = True) -> dict[str, Any]:
    """One run: articles written, wall seconds, and the whole-run and steady rates."""
    first: list[float] = []

    def watch(summary: BatchSummary) -> None:
        if summary.done and not first:
            first.append(time.monotonic())

    db = folder / f"bench-{workers}-{'ray' if ray else 'pool'}.db"
    started = time.monotonic()
    summary = run_batch([str(source)], Settings(), BatchOptions(workers=workers, stories=stories), db=str(db), ray=ray,
                        on_progress=watch)
    ended = time.monotonic()
    steady = (summary.done - 1) / (ended - first[0]) if first and ended > first[0] else 0.0
    return {"backend": "ray" if ray else "local", "workers": workers, "done": summary.done,
            "failed": summary.failed, "seconds": round(ended - started, 1),
            "rate": round(summary.done / (ended - started), 3), "steady_rate": round(steady, 3)}


def main() -> int:
    parser = argparse.ArgumentParser(description="Batch throughput, 1 vs 2 workers, local pool vs Ray.")
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--backends", default="local,ray")
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--no-stories", action="store_true",
                        help="Skip story filing (the driver's share of the work) to measure the workers alone.")
    args = parser.parse_args()
    if not all((DATA / name).exists() for name in FILES):
        print(f"skipped: benchmark data not found in {DATA} (see ../shared/data/README.md)")
        return 0
    results = []
    with tempfile.TemporaryDirectory(prefix="nbbatch") as tmp:
        folder = Path(tmp)
        source = folder / "articles.jsonl"
        total = write_articles(source, args.limit)
        print(f"{total} articles", flush=True)
        for backend in args.backends.split(","):
            for workers in (int(w) for w in args.workers.split(",")):
                result = measure(source, workers, "local" if backend == "ray" else None, folder,
                                 stories=not args.no_stories)
                results.append(result)
                print(json.dumps(result), flush=True)
    by = {(r["backend"], r["workers"]): r for r in results}
    for backend in ("local", "ray"):
        if (backend, 1) in by and (backend, 2) in by:
            for kind in ("rate", "steady_rate"):
                ratio = by[(backend, 2)][kind] / max(by[(backend, 1)][kind], 1e-9)
                print(f"{backend}: 2 workers / 1 worker ({kind}) = {ratio:.2f}x (target >= 1.7x)")
    if ("local", 2) in by and ("ray", 2) in by:
        for kind in ("rate", "steady_rate"):
            overhead = 1 - by[("ray", 2)][kind] / max(by[("local", 2)][kind], 1e-9)
            print(f"Ray overhead at 2 workers ({kind}) = {overhead:.1%} (target <= 15%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
