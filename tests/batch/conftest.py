"""Batch fixtures: a JSONL file of written reports, a clean run's rows, and how to read rows back."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from newsbrief.batch import BatchOptions, run_batch
from newsbrief.settings import Settings
from tests.batch.articles import write_jsonl
from tests.store.conftest import pg_server, pg_url, store_url  # noqa: F401  (the store fixtures, both backends)

# A small filing window, so a 36-item run has several and the kill test stops runs both while
# items are briefed and while a window is being written.
WINDOW = 8
Snapshot = tuple[frozenset[str], dict[str, str], frozenset[frozenset[str]]]


def snapshot(db: Path) -> Snapshot:
    """What must be identical between runs: articles (content hashes), each one's brief JSON, story partitions."""
    conn = sqlite3.connect(db)
    try:
        hashes = {int(i): str(h) for i, h in conn.execute("SELECT id, content_hash FROM articles")}
        briefs: dict[str, str] = {}
        for article_id, brief in conn.execute("SELECT article_id, brief_json FROM briefs"):
            assert hashes[article_id] not in briefs, "two briefs of one article"
            briefs[hashes[article_id]] = json.dumps(json.loads(brief), sort_keys=True)
        stories: dict[str, set[str]] = {}
        for article_id, story_id in conn.execute("SELECT article_id, story_id FROM story_articles"):
            stories.setdefault(str(story_id), set()).add(hashes[article_id])
    finally:
        conn.close()
    assert len(hashes) == len(set(hashes.values()))
    return frozenset(hashes.values()), briefs, frozenset(frozenset(s) for s in stories.values())


def ledger(db: Path) -> dict[str, tuple[str, int]]:
    """The ledger rows: key -> (status, tries)."""
    conn = sqlite3.connect(db)
    try:
        return {str(k): (str(s), int(t)) for k, s, t in conn.execute("SELECT key, status, tries FROM batch_ledger")}
    finally:
        conn.close()


@pytest.fixture(scope="session")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """36 reports of 6 events (6 outlets each), interleaved, in one JSONL file."""
    path = tmp_path_factory.mktemp("batch") / "reports.jsonl"
    write_jsonl(path)
    return path


@pytest.fixture(scope="session")
def clean_run(reports: Path, tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    """The rows of one uninterrupted run with two local workers."""
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    summary = run_batch([str(reports)], Settings(), BatchOptions(workers=2, window=WINDOW), db=str(db))
    assert (summary.done, summary.failed) == (36, 0)
    return snapshot(db)
