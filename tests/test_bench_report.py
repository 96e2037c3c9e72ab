"""benchmarks/report.py rewrites only the marked region of the benchmarks doc."""

from __future__ import annotations

import json
import runpy
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_report_rewrites_marked_region(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    results = tmp_path / "results"
    results.mkdir()
    entry = {"rouge1": 42.0, "rouge1_ci": [40.0, 44.0], "rouge2": 19.0, "rouge2_ci": [18.0, 20.0],
             "rougeLsum": 38.0, "rougeLsum_ci": [37.0, 39.0], "articles_per_s": 10.0}
    newsbrief = dict(entry, rouge1_vs_lead3=0.5, rouge1_vs_lead3_ci=[-0.2, 1.1])
    checks = {"citation_coverage": 1.0, "unsupported_rate": 0.0, "duplicate_rate": 0.0,
              "dangling_rate": 0.02, "dangling_rate_all": 0.03, "words": 250.0}
    (results / "summ-cnndm_summeval.json").write_text(json.dumps(
        {"n": 100, "systems": {"newsbrief": newsbrief, "lead3": entry}, "checks": checks}))
    (results / "speed.json").write_text(json.dumps(
        {"n": 100, "words": 36000, "ratio": 0.9, "peak_rss_mb": 280,
         "parse_only": {"articles_per_s": 14.0, "words_per_s": 5000},
         "full_brief": {"articles_per_s": 12.6, "words_per_s": 4500}}))
    doc = tmp_path / "bench.md"
    doc.write_text("# Title\nkept above\n<!-- bench:start -->\nold numbers\n<!-- bench:end -->\nkept below\n")
    monkeypatch.setattr(sys, "argv", ["report.py", str(results), str(doc)])
    with pytest.raises(SystemExit) as done:
        runpy.run_path(str(ROOT / "benchmarks" / "report.py"), run_name="__main__")
    assert done.value.code == 0
    text = doc.read_text()
    assert text.startswith("# Title\nkept above\n") and text.endswith("kept below\n")
    assert "old numbers" not in text
    assert "| newsbrief | 42.00 [40.00, 44.00] |" in text
    assert "+0.50 [-0.20, +1.10]" in text
    assert "| cnndm_summeval | 1.000 | 0.000 | 0.000 | 0.020 | 0.030 | 250 |" in text
    assert "**0.90**" in text
