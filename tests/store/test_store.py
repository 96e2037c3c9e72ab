"""The store on SQLite and on a real PostgreSQL server: same behaviour on both."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest

from newsbrief.store import canonical_url, open_store
from newsbrief.store.sqlite import SQLiteStore
from tests.store.conftest import make_brief

CABLE = "Norway and Denmark signed a deal on an undersea power cable.\nThe cable will carry 1.4 gigawatts."
WALL = "Port Ellery voted for a sea wall.\nThe wall will cost 48 million pounds.\nCritics mention cables."


def test_canonical_url() -> None:
    assert canonical_url("HTTPS://News.Example.com:443/a/b?utm_source=x&id=3&fbclid=y#top") == \
        "https://news.example.com/a/b?id=3"
    assert canonical_url("http://example.com:80") == "http://example.com/"
    assert canonical_url("http://example.com:8080/x?b=2&a=1") == "http://example.com:8080/x?a=1&b=2"
    assert canonical_url(None) is None


def test_same_url_is_one_article_and_rebriefing_replaces(store_url: str) -> None:
    store = open_store(store_url)
    first = store.save(make_brief("Cable deal", "https://news.example.com/cable?utm_medium=rss", CABLE), CABLE)
    again = store.save(make_brief("Cable deal, updated", "HTTPS://NEWS.example.com:443/cable#comments",
                                  CABLE + "\nMore."), CABLE + "\nMore.")
    assert first == again
    assert store.counts() == {"articles": 1, "sentences": 3, "briefs": 1, "search": 1, "stories": 0, "story_articles": 0}
    stored = store.get_brief(first)
    assert stored is not None and stored.title == "Cable deal, updated"
    # Another engine version is another brief of the same article.
    other = store.save(make_brief("Cable deal, updated", "https://news.example.com/cable", CABLE, "2.0"), CABLE)
    assert other != first and store.counts()["briefs"] == 2
    article = store.get_article(stored.article_id)
    assert article is not None and article.brief_ids == (first, other)
    store.close()


def test_same_content_without_url_is_one_article(store_url: str) -> None:
    store = open_store(store_url)
    a = store.save(make_brief("Wall", None, WALL), WALL)
    b = store.save(make_brief("Wall", None, WALL), "  " + WALL.replace(" ", "  "))
    assert a == b and store.counts()["articles"] == 1
    store.close()


def test_search_is_ranked_and_marks_matches(store_url: str) -> None:
    store = open_store(store_url)
    cable = store.save(make_brief("Undersea cable deal", "https://a.example/1", CABLE), CABLE)
    wall = store.save(make_brief("Sea wall vote", "https://a.example/2", WALL), WALL)
    hits = store.search("cable")
    assert [h.brief_id for h in hits] == [cable, wall]  # title and statements beat one mention
    assert "\x02" in hits[0].snippet
    assert [h.brief_id for h in store.search("sea wall")] == [wall]
    assert store.search("nothingmatcheshere") == []
    assert store.search('"; DROP TABLE briefs; --') == []
    assert len(store.search("cable", limit=1, offset=1)) == 1
    store.close()


def test_delete_and_reopen_keep_data_consistent(store_url: str) -> None:
    store = open_store(store_url)
    brief_id = store.save(make_brief("Cable", "https://a.example/1", CABLE), CABLE)
    store.close()
    store = open_store(store_url)  # migrations run once, data survives
    assert store.get_brief(brief_id) is not None
    assert store.delete_brief(brief_id) is True
    assert store.delete_brief(brief_id) is False
    assert store.counts() == {"articles": 1, "sentences": 2, "briefs": 0, "search": 0, "stories": 0, "story_articles": 0}
    assert store.list_briefs() == []
    store.close()


def _writer(path: str, worker: int, rounds: int) -> None:
    store = open_store(path)
    for i in range(rounds):
        key = (worker * 7 + i) % 50  # workers overlap on the same 50 articles
        text = f"Article number {key} reports a council vote.\nThe vote was close."
        store.save(make_brief(f"Story {key}", f"https://news.example.com/{key}?utm_source={worker}", text), text)
    store.close()


@pytest.mark.slow
def test_sqlite_concurrent_upserts(tmp_path: Path) -> None:
    path = str(tmp_path / "busy.db")
    open_store(path).close()
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_writer, args=(path, w, 200)) for w in range(8)]
    for p in workers:
        p.start()
    for p in workers:
        p.join(timeout=300)
    assert [p.exitcode for p in workers] == [0] * 8  # no "database is locked"
    store = open_store(path)
    assert isinstance(store, SQLiteStore)
    assert store.counts() == {"articles": 50, "sentences": 100, "briefs": 50, "search": 50, "stories": 0, "story_articles": 0}
    assert store.integrity_ok()
    assert len({b.url for b in store.list_briefs(limit=100)}) == 50
    store.close()


def test_bad_database_url_is_clear(tmp_path: Path) -> None:
    from newsbrief.errors import NewsbriefError

    with pytest.raises(NewsbriefError, match="cannot connect to PostgreSQL"):
        open_store("postgresql://nobody@127.0.0.1:9/none")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(NewsbriefError, match="cannot open the database"):
        open_store(str(blocker / "sub" / "db.sqlite"))


def test_briefs_stored_before_article_ids_are_read_with_the_content_hash(store_url: str) -> None:
    from newsbrief.serialize import brief_from_dict
    from newsbrief.store.base import content_hash

    store = open_store(store_url)
    brief_id = store.save(make_brief("Cable deal", None, CABLE), CABLE)
    # Rewrite the stored JSON as an older version wrote it: no article ids anywhere.
    stored = store.get_brief(brief_id)
    assert stored is not None
    old = {key: value for key, value in stored.brief.items() if key != "article_id"}
    store.conn.execute(store.sql("UPDATE briefs SET brief_json = ? WHERE id = ?"),  # type: ignore[attr-defined]
                       (json.dumps(old), brief_id))
    reread = store.get_brief(brief_id)
    assert reread is not None and reread.brief["article_id"] == content_hash(CABLE)[:16]
    brief = brief_from_dict(reread.brief)
    assert brief.article_id == content_hash(CABLE)[:16]
    assert {c.article_id for s in brief.sections for i in s.items for c in i.citations} == {brief.article_id}
    store.close()
