"""A quick loop over clusterer settings: B3 F1 on ECB+ dev (all, odd and even topics) and the Multi-News mixture.

The spaCy entities are cached (``--cache``), so after the first run one setting over 6 orders takes a
minute or two instead of the full ``newsbrief eval cluster``'s many. Each topic half is clustered on its own
(a gain must hold on both halves, not fit one). Per-order scores are printed with ``--per-order`` so two
settings can be compared order by order (the same seeds give the same orders).

    PYTHONPATH=src python benchmarks/cluster_loop.py --orders 6 [--set join_threshold=0.2 ...] [--only all,odd]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from pathlib import Path
from typing import Any

from newsbrief.evaluation.cluster import bcubed, load_ecbplus, load_multinews, newsbrief_system
from newsbrief.stories.cluster import ClusterSettings
from newsbrief.stories.items import ClusterItem

DATA = Path("../shared/data")


def _runs(items: list[ClusterItem], gold: list[str], settings: ClusterSettings, orders: int,
          seed: int) -> tuple[list[float], float]:
    system = newsbrief_system(settings)
    f1s: list[float] = []
    spent = 0.0
    for k in range(orders):
        order = list(range(len(items)))
        random.Random(seed + k).shuffle(order)
        start = time.process_time()
        labels = system([items[i] for i in order])
        spent += time.process_time() - start
        f1s.append(bcubed(labels, [gold[i] for i in order])[2])
    return f1s, len(items) * orders / spent if spent else 0.0


def _value(text: str) -> Any:
    return json.loads(text) if text[:1] in "-0123456789tf[{" else text


def main() -> None:
    """Parse the options, load the cached data and print one line per data set."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orders", type=int, default=6)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--set", action="append", default=[], help="a ClusterSettings field=value")
    parser.add_argument("--only", default="all,odd,even,multi")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/clu_cache"))
    parser.add_argument("--per-order", action="store_true")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    overrides = {k: _value(v) for k, v in (pair.split("=", 1) for pair in args.set)}
    settings = ClusterSettings(**overrides)
    wanted = args.only.split(",")
    sets: dict[str, tuple[list[ClusterItem], list[str]]] = {}
    if {"all", "odd", "even"} & set(wanted):
        path = DATA / "stories/ecbplus_dev.jsonl"
        items, gold = load_ecbplus(path, args.cache / "cluster-entities-ecbplus.json")
        topics = [json.loads(line)["topic"] for line in path.open(encoding="utf-8") if line.strip()]
        sets["all"] = (items, gold)
        for name, parity in (("odd", 1), ("even", 0)):
            keep = [i for i, t in enumerate(topics) if int(t) % 2 == parity]
            sets[name] = ([items[i] for i in keep], [gold[i] for i in keep])
    if "multi" in wanted:
        sets["multi"] = load_multinews(DATA / "multi/multinews_dev.jsonl",
                                       args.cache / "cluster-entities-multinews.json")
    print(overrides or "defaults")
    for name in wanted:
        f1s, rate = _runs(*sets[name], settings, args.orders, args.seed)
        sd = statistics.stdev(f1s) if len(f1s) > 1 else 0.0
        extra = " ".join(f"{f:.4f}" for f in f1s) if args.per_order else ""
        print(f"{name:6s} B3 F1 {statistics.fmean(f1s):.4f} ± {sd:.4f}  {rate:5.0f} art/CPU-s  {extra}", flush=True)


if __name__ == "__main__":
    main()
