"""Rewrite the generated tables of docs/benchmarks.md from bench-results/*.json.

Usage: python benchmarks/report.py [RESULTS_DIR] [DOC]

`make bench` runs the `newsbrief eval` commands with ``--json`` into
bench-results/, then this script replaces the text between the
``<!-- bench:start -->`` and ``<!-- bench:end -->`` markers of the doc with
tables built from those files, stamped with the date, machine and command.
Nothing outside the markers is touched.
"""

from __future__ import annotations

import json
import os
import platform
import sys
from datetime import date
from pathlib import Path
from typing import Any

START, END = "<!-- bench:start -->", "<!-- bench:end -->"
SUMM_SETS = ("cnndm_summeval", "xsum_extracts_dev", "newsroom_bartscore")
NAMES = {"newsbrief": "newsbrief", "lead3": "Lead-3", "textrank": "TextRank", "lexrank": "LexRank"}


def _ci(entry: dict[str, Any], key: str, signed: bool = False) -> str:
    low, high = entry[key + "_ci"]
    fmt = "{:+.2f}" if signed else "{:.2f}"
    return f"{fmt.format(entry[key])} [{fmt.format(low)}, {fmt.format(high)}]"


def summ_tables(results: Path) -> list[str]:
    lines: list[str] = []
    checks_rows: list[str] = []
    for name in SUMM_SETS:
        path = results / f"summ-{name}.json"
        if not path.exists():
            continue
        report = json.loads(path.read_text(encoding="utf-8"))
        lines += [f"### {name}.jsonl ({report['n']} articles)", "",
                  "| system | ROUGE-1 | ROUGE-2 | ROUGE-Lsum | vs Lead-3 (R1) | articles/s |",
                  "|---|---|---|---|---|---|"]
        for system, entry in report["systems"].items():
            diff = _ci(entry, "rouge1_vs_lead3", signed=True) if "rouge1_vs_lead3" in entry else "—"
            lines.append(f"| {NAMES.get(system, system)} | {_ci(entry, 'rouge1')} | {_ci(entry, 'rouge2')} "
                         f"| {_ci(entry, 'rougeLsum')} | {diff} | {entry['articles_per_s']:.1f} |")
        lines.append("")
        c = report.get("checks", {})
        if c:
            checks_rows.append(
                f"| {name} | {c['citation_coverage']:.3f} | {c['unsupported_rate']:.3f} | "
                f"{c['duplicate_rate']:.3f} | {c['dangling_rate']:.3f} | {c.get('dangling_rate_all', 0.0):.3f} "
                f"| {c['words']:.0f} |")
    if checks_rows:
        lines += ["### Intrinsic checks of newsbrief's briefs (all sections)", "",
                  "| data | citation_coverage | unsupported_rate | duplicate_rate | dangling (key points) "
                  "| dangling (all sentence sections) | words/brief |",
                  "|---|---|---|---|---|---|---|", *checks_rows, ""]
    return lines


def extract_table(results: Path) -> list[str]:
    path = results / "extract.json"
    if not path.exists():
        return []
    report = json.loads(path.read_text(encoding="utf-8"))
    lines = [f"### Extraction ({report['n']} pages, benchmark's own scorer)", "",
             "| system | F1 | precision | recall | pages/s |", "|---|---|---|---|---|"]
    for name in ("newsbrief", "trafilatura"):
        r = report[name]
        lines.append(f"| {name} | {r['f1']:.3f} | {r['precision']:.3f} | {r['recall']:.3f} | "
                     f"{r['pages_per_s']:.1f} |")
    return [*lines, ""]


def labelled_table(results: Path) -> list[str]:
    sets = [("first", results / "labelled.json"), ("fresh", results / "labelled-fresh.json"),
            ("frozen", results / "labelled-frozen.json")]
    sets = [(name, path) for name, path in sets if path.exists()]
    if not sets:
        return []
    lines = ["### Labelled sets written for this project (tests/data, tests/data/fresh, tests/data/frozen)", "",
             "| set | task | n | result | target |", "|---|---|---|---|---|"]
    for name, path in sets:
        r = json.loads(path.read_text(encoding="utf-8"))
        d, q = r["dates"], r["quotes"]
        lines += [f"| {name} | date normalization | {d['n']} | P {d['precision']:.3f}, R {d['recall']:.3f} "
                  "| >= 0.9 each |",
                  f"| {name} | quote speakers | {q['n']} | accuracy {q['accuracy']:.3f} | >= 0.9 |"]
        for cls, c in r["classes"]["classes"].items():
            lines.append(f"| {name} | sentence class: {cls} | {r['classes']['n']} | P {c['precision']:.3f}, "
                         f"R {c['recall']:.3f} | P >= 0.8 |")
    return [*lines, ""]


def speed_table(results: Path) -> list[str]:
    path = results / "speed.json"
    if not path.exists():
        return []
    r = json.loads(path.read_text(encoding="utf-8"))
    p, f = r["parse_only"], r["full_brief"]
    return [f"### Throughput ({r['n']} articles, {r['words']} words)", "",
            "| run | articles/s | words/s |", "|---|---|---|",
            f"| spaCy parse only | {p['articles_per_s']:.2f} | {p['words_per_s']:.0f} |",
            f"| full brief | {f['articles_per_s']:.2f} | {f['words_per_s']:.0f} |", "",
            f"- Full brief / parse-only throughput: **{r['ratio']:.2f}** (target >= 0.6)",
            f"- Peak RSS: **{r['peak_rss_mb']:.0f} MB** (target <= 500 MB)", ""]


def render(results: Path) -> str:
    machine = f"{os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}"
    lines = [START, "", f"Generated by `make bench` on {date.today().isoformat()} ({machine}).", ""]
    lines += summ_tables(results) + extract_table(results) + labelled_table(results) + speed_table(results)
    return "\n".join([*lines, END])


def main() -> int:
    results = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("bench-results")
    doc = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("docs/benchmarks.md")
    text = doc.read_text(encoding="utf-8")
    if START not in text or END not in text:
        print(f"{doc} lacks the {START} ... {END} markers; add them where the tables belong")
        return 1
    head, rest = text.split(START, 1)
    _old, tail = rest.split(END, 1)
    doc.write_text(head + render(results) + tail, encoding="utf-8")
    print(f"rewrote the generated tables of {doc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
