"""`newsbrief add` with many-article sources: per-document failures, duplicates stored once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.store.sqlite import SQLiteStore
from tests.conftest import EXAMPLES

TEXT = (EXAMPLES / "sea-wall.txt").read_text(encoding="utf-8")
OTHER = TEXT.replace("Port Ellery", "Port Arden").replace("48", "52")


def test_add_jsonl_twice_stores_each_article_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "articles.jsonl"
    lines = [
        {"id": "a1", "url": "https://coast.example/wall?utm_source=feed", "outlet": "Coast Wire", "text": TEXT},
        {"id": "a2", "outlet": "Shore News", "date": "2026-02-04", "text": OTHER},
        {"id": "a1-again", "url": "https://coast.example/wall", "outlet": "Coast Wire", "text": TEXT},
        "not json at all",
    ]
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "lib.db")
    for _run in range(2):
        code = main(["add", str(path), "--db", db])
        out, err = capsys.readouterr()
        assert code == 1  # the bad line is a failure; the other lines are stored
        assert "articles.jsonl line 4 is not valid JSON" in err and "2 of 3 stored" in err
        assert "1 duplicate(s) skipped" in err and len(out.splitlines()) == 2
    store = SQLiteStore(Path(db))
    try:
        counts = store.counts()
    finally:
        store.close()
    assert counts["articles"] == 2 and counts["briefs"] == 2


def test_add_folder_counts_each_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_text(TEXT, encoding="utf-8")
    (folder / "two.txt").write_text("Too short to brief.", encoding="utf-8")
    (folder / "three.txt").write_text(OTHER, encoding="utf-8")
    code = main(["add", str(folder), str(tmp_path / "missing.jsonl"), "--db", str(tmp_path / "lib.db")])
    out, err = capsys.readouterr()
    assert code == 1 and len(out.splitlines()) == 2
    assert "failed: two.txt:" in err and "too short" in err
    assert "missing.jsonl" in err and "2 of 4 stored" in err


def test_add_a_feed_url_stores_its_articles(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.ingest.feedserver import BRIDGE, LIBRARY, Site, item, page, rss, serve

    monkeypatch.setenv("NEWSBRIEF_FEED_HOST_DELAY", "0")
    monkeypatch.setenv("NEWSBRIEF_FEED_CACHE", str(tmp_path / "feeds.json"))
    site = Site()
    site.pages["/bridge"] = ("text/html", page("Harlow Street bridge reopens", BRIDGE))
    site.pages["/library"] = ("text/html", page("Library to open on Sundays", LIBRARY))
    site.pages["/feed"] = ("application/rss+xml", rss([
        item("Bridge reopens", "/bridge", "Tue, 03 Feb 2026 21:30:00 -0500"),
        item("Sunday hours", "/library", "Mon, 02 Feb 2026 09:00:00 -0500"),
        item("Gone", "/gone", "Mon, 02 Feb 2026 08:00:00 -0500"),
    ]))
    site.etags["/feed"] = '"1"'
    db = str(tmp_path / "lib.db")
    with serve(site) as site:
        code = main(["add", f"{site.base}/feed", "--db", db, "--allow-private"])
        out, err = capsys.readouterr()
        assert code == 1 and "2 of 3 stored" in err and "Gone" in err  # the 404 without text failed
        assert [line.split("\t")[1] for line in out.splitlines()] == ["Bridge reopens", "Sunday hours"]
        assert main(["add", f"{site.base}/feed", "--db", db, "--allow-private"]) == 0  # 304: nothing new
        out, err = capsys.readouterr()
        assert out == "" and "failed" not in err
    store = SQLiteStore(Path(db))
    try:
        article = store.get_article(1)
    finally:
        store.close()
    assert article is not None and (article.outlet, article.published) == ("Millbrook Gazette",
                                                                         "2026-02-03T21:30:00-05:00")
