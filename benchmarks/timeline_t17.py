"""Timeline summarization on the t17 development topics: PUBCOUNT and newsbrief, news-tls averaging.

    PYTHONPATH=src nice -n 10 python benchmarks/timeline_t17.py [--rouge perl|python] [--systems pubcount newsbrief]
        [--data ../shared/data/tls/t17] [--topics T ...] [--json out.json]

Needs tilse (`pip install --no-deps tilse==0.2.1`) and, for --rouge perl, Perl's XML::DOM.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsbrief.evaluation.timeline import run_timeline_eval

DEFAULT_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "tls" / "t17"


def main() -> None:
    """Run the evaluation and print one line per system, then per-topic seconds."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--rouge", default="perl", choices=["perl", "python"])
    parser.add_argument("--systems", nargs="+", default=["pubcount", "newsbrief"])
    parser.add_argument("--topics", nargs="*")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    report = run_timeline_eval(args.data, systems=args.systems, topics=args.topics, rouge=args.rouge)
    for name, result in report["systems"].items():
        print(f"{name:10s} AR1-F {result['AR1-F']:.3f}  AR2-F {result['AR2-F']:.3f}  "
              f"Date-F1 {result['Date-F1']:.3f}  max s/topic {result['max_seconds']:.1f}")
        print("   ", " ".join(f"{t}={s}" for t, s in result["seconds_per_topic"].items()))
        for row in result["timelines"]:
            s = row["scores"]
            print(f"    {row['topic']:20s} R1 {s['rouge_1']['f_score']:.3f} R2 {s['rouge_2']['f_score']:.3f} "
                  f"D {s['date']['f_score']:.3f} ({row['predicted_dates']}/{row['dates']} dates, "
                  f"k={row['sentences_per_date']}, {row['articles']} articles, {row['seconds']} s)")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
