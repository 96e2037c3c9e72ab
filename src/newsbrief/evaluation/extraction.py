"""``newsbrief eval extract``: newsbrief's extraction vs plain trafilatura.

Scores both on the ScrapingHub article-extraction benchmark with the
benchmark's own scoring function, loaded by path from the data folder
(``evaluate_upstream.py``) and never copied into this project.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsbrief.errors import InputError, NewsbriefError
from newsbrief.ingest.extract import extract_html, plain_trafilatura
from newsbrief.settings import Settings


def _load_scorer(folder: Path) -> Any:
    script = folder / "evaluate_upstream.py"
    if not script.is_file():
        raise InputError(f"{script} not found; pass --data with the extraction benchmark folder")
    spec = importlib.util.spec_from_file_location("newsbrief_extraction_upstream", script)
    if spec is None or spec.loader is None:
        raise InputError(f"cannot load {script}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def evaluate_extraction(folder: Path, settings: Settings, limit: int | None = None) -> dict[str, Any]:
    """F1, precision, recall and pages/s of newsbrief's extraction and of plain trafilatura."""
    scorer = _load_scorer(folder)
    truth: dict[str, dict[str, str]] = json.loads((folder / "ground-truth.json").read_text("utf-8"))
    keys = sorted(truth)[:limit] if limit else sorted(truth)
    truth = {k: truth[k] for k in keys}
    pages = {k: gzip.decompress((folder / "html" / f"{k}.html.gz").read_bytes()).decode(
        "utf-8", errors="replace") for k in keys}

    def newsbrief_body(html: str, url: str) -> str:
        try:
            return extract_html(html, settings, url).text
        except NewsbriefError:
            return ""

    systems: dict[str, Callable[[str, str], str]] = {
        "newsbrief": newsbrief_body,
        "trafilatura": lambda html, url: plain_trafilatura(html),
    }
    report: dict[str, Any] = {"data": str(folder), "n": len(keys)}
    for name, system in systems.items():
        started = time.perf_counter()
        prediction = {k: {"articleBody": system(pages[k], truth[k].get("url", ""))} for k in keys}
        seconds = time.perf_counter() - started
        metrics = scorer.evaluate(truth, prediction, n_bootstrap=0)
        report[name] = {
            "f1": metrics["f1"], "precision": metrics["precision"], "recall": metrics["recall"],
            "pages_per_s": len(keys) / seconds if seconds else 0.0,
        }
    return report
