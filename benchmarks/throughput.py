"""Throughput of the spaCy parse alone and of the full brief, with peak RSS.

Usage: python benchmarks/throughput.py [--data PATH] [--limit N] [--rounds N] [--allow-torch]

Default data: ../shared/data/summ/cnndm_summeval.jsonl (detokenized before
parsing). Same measurement as ``newsbrief eval speed``; exits 0 with a message
when the data is absent. By default torch is blocked before spaCy loads, so the
peak RSS is that of the default install (the benchmark venv has torch for the
embeddings extra, and thinc imports it when present); ``--allow-torch``
measures the venv as it is. The report says whether torch was loaded.
``--rounds`` sets how many alternating rounds of each run are timed (the best
kept; ``newsbrief eval speed`` times 2): more on a machine shared with others.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from length_scaling import block_torch  # benchmarks/ is on sys.path when this script runs

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "summ" / "cnndm_summeval.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description="Throughput of parse-only vs full brief.")
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds of each run (best kept)")
    parser.add_argument("--allow-torch", action="store_true", help="do not block torch (measure the venv as is)")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"skipped: benchmark data not found at {args.data} (see ../shared/data/README.md)")
        return 0
    if not args.allow_torch:
        block_torch()
    # Imported here, after the torch blocker: spaCy (through newsbrief) loads thinc.
    from newsbrief.evaluation import speed
    from newsbrief.evaluation.summ import format_speed, measure_speed
    from newsbrief.settings import Settings

    speed.ROUNDS = args.rounds

    print(format_speed(measure_speed(args.data, Settings(), args.limit)))
    print(f"torch loaded: {'torch' in sys.modules}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
