"""newsbrief batch on the local process pool: every article once, resumable, deterministic stories, poison items."""

from __future__ import annotations

import json
import os
import signal
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newsbrief.batch import BatchOptions, run_batch
from newsbrief.batch.pool import LocalPool
from newsbrief.batch.run import BatchSummary, Driver
from newsbrief.batch.writer import StoreSink
from newsbrief.cli import main
from newsbrief.settings import Settings
from newsbrief.store import open_store
from newsbrief.store.sqlite import SQLiteStore
from tests.batch.articles import article, write_jsonl
from tests.batch.conftest import WINDOW, Snapshot, ledger, snapshot

pytestmark = pytest.mark.slow


def test_a_run_writes_each_article_once_and_a_rerun_skips_them(reports: Path, clean_run: Snapshot,
                                                               tmp_path: Path) -> None:
    articles, briefs, stories = clean_run
    assert len(articles) == len(briefs) == 36
    assert sum(len(s) for s in stories) == 36
    # Reports of one event share a story: six events, none split into more than a few stories.
    assert 6 <= len(stories) <= 12 and max(len(s) for s in stories) >= 5
    db = tmp_path / "again.db"
    run_batch([str(reports)], Settings(), BatchOptions(workers=2, window=WINDOW), db=str(db))
    again = run_batch([str(reports)], Settings(), BatchOptions(workers=2, window=WINDOW), db=str(db))
    assert (again.done, again.skipped, again.failed) == (0, 36, 0)
    assert snapshot(db) == clean_run
    assert {status for status, _ in ledger(db).values()} == {"done"}


def test_one_worker_files_the_same_stories_as_two(reports: Path, clean_run: Snapshot, tmp_path: Path) -> None:
    db = tmp_path / "one.db"
    summary = run_batch([str(reports)], Settings(), BatchOptions(workers=1, window=WINDOW), db=str(db))
    assert summary.done == 36
    assert snapshot(db) == clean_run


def test_a_killed_worker_is_replaced_and_its_item_retried(reports: Path, clean_run: Snapshot, tmp_path: Path) -> None:
    db = tmp_path / "worker.db"
    settings = Settings()
    pool = LocalPool(settings, 2, item_timeout=600.0)
    killed: list[int] = []

    def kill_a_busy_worker(summary: BatchSummary) -> None:
        # A worker whose answer already waits in its pipe has finished: killing it retries nothing.
        busy = [s.process.pid for s in pool.slots if s.task is not None and not s.conn.poll()]
        if not killed and len(driver.windows.pending) >= 4 and busy:  # a few briefed (writes come in windows)
            os.kill(busy[0], signal.SIGKILL)
            killed.append(busy[0])

    sink = StoreSink(SQLiteStore(db))
    try:
        driver = Driver([str(reports)], settings, BatchOptions(workers=2, backoff=0.1, window=WINDOW), sink, pool, kill_a_busy_worker)
        summary = driver.run()
    finally:
        sink.close()
    assert killed and summary.retries >= 1
    assert (summary.done, summary.failed) == (36, 0)
    assert snapshot(db) == clean_run
    assert max(tries for _, tries in ledger(db).values()) == 2  # the killed worker's item took a second try


def _long_article(words: int) -> dict[str, str]:
    """A report far longer than the others (a poison item under a short --item-timeout), yet under
    the work budget's max_words (10,000), so it fails by time, not by size."""
    base = article(0, 0)
    paragraphs = [article(e % 6, v).get("text", "") for e in range(6) for v in range(6)]
    text = "\n\n".join(paragraphs)
    while len(text.split()) < words:
        text += "\n\n" + "\n\n".join(f"In part {len(text) % 997}, " + p for p in paragraphs)
    return {**base, "id": "long", "url": "https://news.example/long", "text": text}


def test_a_poison_item_is_failed_after_its_tries_and_retried_on_request(tmp_path: Path) -> None:
    source = tmp_path / "poison.jsonl"
    rows = [article(e, 0) for e in range(4)] + [_long_article(9_000)] + [article(e, 1) for e in range(4)]
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "poison.db"
    options = BatchOptions(workers=2, item_timeout=1.5, max_tries=2, backoff=0.1)
    summary = run_batch([str(source)], Settings(), options, db=str(db))
    assert (summary.done, summary.failed) == (8, 1)
    assert summary.failures[0][1] == "timeout"
    assert ledger(db)["url:https://news.example/long"] == ("failed", 2)
    again = run_batch([str(source)], Settings(), options, db=str(db))
    assert (again.done, again.skipped, again.skipped_failed) == (0, 8, 1)
    retried = run_batch([str(source)], Settings(), BatchOptions(workers=2, retry_failed=True), db=str(db))
    assert (retried.done, retried.failed) == (1, 0)
    assert ledger(db)["url:https://news.example/long"] == ("done", 1)


def test_cli_batch_writes_jsonl_and_stays_quiet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "few.jsonl"
    rows = write_jsonl(source, variants=2, events=3)
    with source.open("a", encoding="utf-8") as stream:
        stream.write("{not json\n")
    out = tmp_path / "briefs.jsonl"
    assert main(["batch", str(source), "--out", str(out), "--workers", "2", "--quiet"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("failed (extract)") == 1
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    done = [line for line in lines if line["status"] == "done"]
    assert sorted(line["brief"]["source"]["url"] for line in done) == sorted(r["url"] for r in rows)
    assert main(["batch", str(source), "--out", str(out), "--quiet"]) == 0  # nothing left to do
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(lines)


def test_a_batch_into_postgresql_resumes_from_its_ledger(pg_url: str, tmp_path: Path) -> None:
    source = tmp_path / "pg.jsonl"
    write_jsonl(source, variants=3, events=3)
    first = run_batch([str(source)], Settings(), BatchOptions(workers=2, window=WINDOW), db=pg_url)
    assert (first.done, first.failed) == (9, 0)
    again = run_batch([str(source)], Settings(), BatchOptions(workers=2, window=WINDOW), db=pg_url)
    assert (again.done, again.skipped) == (0, 9)
    store = open_store(pg_url)
    try:
        counts = store.counts()
        assert (counts["articles"], counts["briefs"], counts["story_articles"]) == (9, 9, 9)
        assert store.ledger_counts()["done"] == 9
        assert 3 <= len(store.list_stories(limit=100)) <= 6
    finally:
        store.close()


def test_a_source_that_answers_503_is_read_again(tmp_path: Path) -> None:
    """A loopback server refuses the first request (503, retryable); the batch waits and reads it again."""
    body = ("<!doctype html><html><head><title>Tarnby bridge closes</title></head><body><article>"
            + "".join(f"<p>{s}</p>" for s in article(0, 0)["text"].split("\n\n")) + "</article></body></html>")
    requests: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            status = 503 if len(requests) == 1 else 200
            payload = body.encode() if status == 200 else b"busy"
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/bridge"
        summary = run_batch([url], Settings(allow_private=True), BatchOptions(workers=1, backoff=0.1),
                            db=str(tmp_path / "http.db"))
    finally:
        server.shutdown()
        server.server_close()
    assert (summary.done, summary.failed) == (1, 0)
    assert len(requests) == 2
