"""Throughput of the spaCy parse alone and of the full brief, with peak RSS.

Usage: python benchmarks/throughput.py [--data PATH] [--limit N]

Default data: ../shared/data/summ/cnndm_summeval.jsonl (detokenized before
parsing). Same measurement as ``newsbrief eval speed``; exits 0 with a message
when the data is absent.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsbrief.evaluation.speed import format_speed, measure_speed
from newsbrief.settings import Settings

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "summ" / "cnndm_summeval.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description="Throughput of parse-only vs full brief.")
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    if not args.data.exists():
        print(f"skipped: benchmark data not found at {args.data} (see ../shared/data/README.md)")
        return 0
    print(format_speed(measure_speed(args.data, Settings(), args.limit)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
