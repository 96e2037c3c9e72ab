"""The ledger table and the pieces of the batch driver that need no workers."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.batch import is_remote, open_sink, ray_address
from newsbrief.batch.items import Briefed, Task, item_key
from newsbrief.batch.writer import FilingWindows, JsonlSink
from newsbrief.errors import ConfigError
from newsbrief.models import Article, Brief, Document, Engine, Hints, RawDocument, Source
from newsbrief.settings import Settings
from newsbrief.store import open_store


def test_ledger_upserts_one_row_per_key(store_url: str) -> None:
    store = open_store(store_url)
    try:
        store.record_failure("url:https://a.example/", "extract", "timed out", tries=1, final=False)
        store.record_failure("sha:ff", "brief", "bad", tries=3, final=True, source="x.jsonl")
        store.record_done("url:https://a.example/", None, tries=2)
        store.record_done("url:https://a.example/", None, tries=2)  # a re-run records it again: still one row
        entries = store.ledger_entries(["url:https://a.example/", "sha:ff", "sha:missing"])
        assert set(entries) == {"url:https://a.example/", "sha:ff"}
        assert (entries["url:https://a.example/"].status, entries["url:https://a.example/"].tries) == ("done", 2)
        failed = entries["sha:ff"]
        assert (failed.status, failed.stage, failed.error, failed.source) == ("failed", "brief", "bad", "x.jsonl")
        assert store.ledger_counts() == {"done": 1, "failed": 1, "retrying": 0}
        assert [e.key for e in store.ledger_list("failed")] == ["sha:ff"]
    finally:
        store.close()


def test_item_keys_prefer_the_canonical_url() -> None:
    tracked = RawDocument(b"one", url="https://News.example/a?utm_source=x#top")
    assert item_key(tracked) == item_key(RawDocument(b"two", url="https://news.example/a"))
    assert item_key(RawDocument(b"same bytes")) == item_key(RawDocument(b"same bytes", filename="b.txt"))
    assert item_key(RawDocument(b"same bytes")) != item_key(RawDocument(b"other bytes"))
    bad = [RawDocument(b"", hints=Hints(error=f"f.jsonl line {n} is not valid JSON")) for n in (1, 2)]
    assert item_key(bad[0]) != item_key(bad[1])


def _entry(seq: int, date: str | None) -> tuple[Task, Briefed]:
    source = Source(title=f"t{seq}", date=date)
    brief = Brief(source, (), (), Engine("extractive", "0"))
    return Task(seq, f"k{seq}", RawDocument(b""), f"i{seq}"), Briefed(seq, brief, Document(Article("x", source),
                                                                                          (), (), ()), 0.0)


def test_windows_release_complete_windows_in_publication_order() -> None:
    windows = FilingWindows(3)
    windows.resolve(1, _entry(1, "2025-01-05"))
    windows.resolve(0, _entry(0, None))
    assert list(windows.ready()) == []  # item 2 of the first window is still out
    windows.resolve(2, _entry(2, "2025-01-02"))
    windows.resolve(3, None)  # skipped or failed: nothing to write
    first = list(windows.ready())
    assert [[task.seq for task, _ in w] for w in first] == [[2, 1, 0]]  # dated, oldest first; undated last
    windows.end(4)
    assert list(windows.ready()) == [[]] and windows.done()


def test_sqlite_is_refused_for_a_cluster_on_other_machines(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RAY_ADDRESS", raising=False)
    assert not is_remote(ray_address("local")) and not is_remote("127.0.0.1:6379")
    assert is_remote("ray://head.example:10001") and is_remote("10.0.0.5:6379")
    with pytest.raises(ConfigError, match="postgresql://"):
        open_sink(str(tmp_path / "x.db"), None, stories=True, settings=Settings(), remote=True)
    monkeypatch.setenv("RAY_ADDRESS", "ray://head.example:10001")
    assert is_remote(ray_address("local"))


def test_jsonl_output_drops_a_half_written_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"key": "sha:1", "status": "done", "brief": {}}\n{"key": "sha:2", "sta', encoding="utf-8")
    sink = JsonlSink(out)
    sink.close()
    assert out.read_text(encoding="utf-8").count("\n") == 1
    assert sink.lookup("sha:1") is not None and sink.lookup("sha:2") is None
