"""Batch throughput with 1 and 2 workers, on the local process pool and on Ray, with stories on or off.

Usage:
    python benchmarks/batch_scaling.py [--limit N] [--backends local,ray] [--workers 1,2]
                                       [--stories on|off|both] [--repeat R] [--window W]

The articles are the texts of ../shared/data/summ (CNN/DM SummEval, Newsroom,
XSum extracts; detokenized) and then of ../shared/data/stories (ECB+ news
documents), used by path: they are written to a temporary JSONL file outside
the repository and briefed by ``run_batch`` into a fresh temporary SQLite
database per run (stories filed, as ``newsbrief batch`` does, unless
``--stories off``). The two sets give 1,142 distinct articles (about 370 words
on average); ``--limit`` takes the first N.

Two rates are reported per run: over the whole run (worker start-up and the
spaCy model load included) and steady (from the first article written to the
last), with the 1-minute load average before and after the run (the machine
is shared: a run whose load exceeds the cores is not a clean measurement),
and the CPU time per article of the driver and (local pool) of the workers,
from which the summary derives the 2-worker speedup an idle 2-core machine
would show (those CPU times hardly depend on the load). The
configurations are interleaved (round 1 of each, then round 2, ...) so a
change in load hits them alike, and the summary gives each configuration's
median and the ratios the targets of issue #14 name: 2 workers / 1 worker, and
Ray / local pool at 2 workers. At 1,000 articles a round of the four
configurations takes 10-15 minutes on a quiet 2-core machine. Exits 0 with a
message when the data is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsbrief.batch import BatchOptions, run_batch
from newsbrief.batch.run import BatchSummary
from newsbrief.evaluation.detok import detokenize
from newsbrief.settings import Settings

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
FILES = ("summ/cnndm_summeval.jsonl", "summ/newsroom_bartscore.jsonl", "summ/xsum_extracts_dev.jsonl",
         "stories/ecbplus_dev.jsonl")


def article_texts() -> Iterator[tuple[str, str]]:
    """(id, text) of every article of the data files, in file order."""
    for name in FILES:
        for number, line in enumerate((DATA / name).read_text(encoding="utf-8").splitlines()):
            record = json.loads(line)
            text = str(record.get("article") or record.get("text") or "")
            yield f"{name}:{record.get('id', number)}", detokenize(text) if name.startswith("summ/") else text


def write_articles(target: Path, limit: int) -> int:
    """Write up to ``limit`` distinct articles of the data sets to ``target``; how many."""
    count = 0
    seen: set[str] = set()
    with target.open("w", encoding="utf-8") as out:
        for item_id, text in article_texts():
            if not text.strip() or text in seen or count >= limit:
                continue
            seen.add(text)
            out.write(json.dumps({"id": item_id, "text": text}) + "\n")
            count += 1
    return count


def measure(source: Path, workers: int, ray: str | None, folder: Path, *, stories: bool = True,
            window: int = 32) -> dict[str, Any]:
    """One run: articles written, wall seconds, the whole-run and steady rates, and the load around it."""
    first: list[float] = []

    def watch(summary: BatchSummary) -> None:
        if summary.done and not first:
            first.append(time.monotonic())

    name = f"bench-{workers}-{'ray' if ray else 'pool'}-{'stories' if stories else 'plain'}-{time.time_ns()}.db"
    load_before = os.getloadavg()[0]
    cpu, children = time.process_time(), resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    summary = run_batch([str(source)], Settings(), BatchOptions(workers=workers, stories=stories, window=window),
                        db=str(folder / name), ray=ray, on_progress=watch)
    ended = time.monotonic()
    driver_cpu = time.process_time() - cpu
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the pool's workers (joined); not Ray's
    worker_cpu = (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
    steady = (summary.done - 1) / (ended - first[0]) if first and ended > first[0] else 0.0
    return {"backend": "ray" if ray else "local", "workers": workers, "stories": stories, "done": summary.done,
            "failed": summary.failed, "seconds": round(ended - started, 1),
            "rate": round(summary.done / (ended - started), 3), "steady_rate": round(steady, 3),
            "stories_touched": len(summary.stories),
            "driver_cpu_ms": round(1000 * driver_cpu / max(summary.done, 1), 1),
            "worker_cpu_ms": round(1000 * worker_cpu / max(summary.done, 1), 1) if not ray else None,
            "load": [round(load_before, 2), round(os.getloadavg()[0], 2)]}


def _median(results: list[dict[str, Any]], kind: str) -> float:
    return float(statistics.median(r[kind] for r in results))


def report(results: list[dict[str, Any]]) -> None:
    """The medians per configuration and the ratios of the targets."""
    groups: dict[tuple[bool, str, int], list[dict[str, Any]]] = {}
    for r in results:
        groups.setdefault((r["stories"], r["backend"], r["workers"]), []).append(r)
    for (stories, backend, workers), runs in sorted(groups.items()):
        loads = [value for r in runs for value in r["load"]]
        print(f"stories {'on' if stories else 'off'}, {backend}, {workers} worker(s): median rate "
              f"{_median(runs, 'rate'):.2f}/s, steady {_median(runs, 'steady_rate'):.2f}/s over {len(runs)} run(s); "
              f"load {min(loads):.1f}-{max(loads):.1f}")
    for (stories, backend, workers), runs in sorted(groups.items()):
        if backend == "local" and workers == 1:
            driver = _median(runs, "driver_cpu_ms")
            worker = _median(runs, "worker_cpu_ms")
            # On an idle 2-core machine: one worker runs beside the driver; two workers and the driver share
            # both cores, so 2 workers do 2 / (worker + driver) articles per CPU second against 1 / worker.
            print(f"stories {'on' if stories else 'off'}: CPU per article: driver {driver:.1f} ms, worker "
                  f"{worker:.1f} ms; expected 2 workers / 1 worker on an idle 2-core machine = "
                  f"{2 * worker / max(worker + driver, 1e-9):.2f}x")
    for stories in (True, False):
        label = "stories on" if stories else "stories off"
        for backend in ("local", "ray"):
            one, two = groups.get((stories, backend, 1)), groups.get((stories, backend, 2))
            if one and two:
                for kind in ("rate", "steady_rate"):
                    ratio = _median(two, kind) / max(_median(one, kind), 1e-9)
                    print(f"{label}, {backend}: 2 workers / 1 worker ({kind}) = {ratio:.2f}x (target >= 1.7x)")
        local, ray = groups.get((stories, "local", 2)), groups.get((stories, "ray", 2))
        if local and ray:
            for kind in ("rate", "steady_rate"):
                overhead = 1 - _median(ray, kind) / max(_median(local, kind), 1e-9)
                print(f"{label}: Ray overhead at 2 workers ({kind}) = {overhead:.1%} (target <= 15%)")


def main() -> int:
    """Run the configurations, print each run as a JSON line, then the summary."""
    parser = argparse.ArgumentParser(description="Batch throughput, 1 vs 2 workers, local pool vs Ray.")
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--backends", default="local,ray")
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--stories", choices=("on", "off", "both"), default="on",
                        help="File articles into stories (the driver's share of the work), or not, or both.")
    parser.add_argument("--no-stories", action="store_true", help="The same as --stories off.")
    parser.add_argument("--repeat", type=int, default=2, help="Rounds of every configuration (interleaved).")
    parser.add_argument("--window", type=int, default=32, help="Items filed into stories together.")
    args = parser.parse_args()
    if not all((DATA / name).exists() for name in FILES):
        print(f"skipped: benchmark data not found in {DATA} (see ../shared/data/README.md)")
        return 0
    choice = "off" if args.no_stories else args.stories
    modes = {"on": [True], "off": [False], "both": [True, False]}[choice]
    results = []
    with tempfile.TemporaryDirectory(prefix="nbbatch") as tmp:
        folder = Path(tmp)
        source = folder / "articles.jsonl"
        total = write_articles(source, args.limit)
        print(f"{total} articles, {os.cpu_count()} cores, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
              flush=True)
        for _ in range(args.repeat):
            for stories in modes:
                for backend in args.backends.split(","):
                    for workers in (int(w) for w in args.workers.split(",")):
                        result = measure(source, workers, "local" if backend == "ray" else None, folder,
                                         stories=stories, window=args.window)
                        results.append(result)
                        print(json.dumps(result), flush=True)
    report(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
