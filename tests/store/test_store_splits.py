"""Splits in the store, on SQLite and PostgreSQL: moved articles, story rows, later merges and splits, windows.

The assign functions here decide by script what a clusterer would, so each
test names exactly which story keeps which article.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from newsbrief.errors import StoreError
from newsbrief.models import Source
from newsbrief.store import Store, open_store
from newsbrief.store.postgres import PostgresStore
from newsbrief.store.sqlite import SQLiteStore
from newsbrief.store.stories import (
    Assignment,
    Filing,
    Split,
    StoredState,
    StoryTables,
    StoryUpdate,
    WindowUpdate,
)
from tests.store.conftest import make_brief

# (item id, title, publication day): short texts written for these tests, one line each.
ARTICLES = {
    "ia": ("Ferry strike halts crossings to Skarra", "2026-05-01"),
    "ib": ("Lift breaks at Dunmere station", "2026-05-02"),
    "ic": ("Skarra ferry crews stay out for a second day", "2026-05-03"),
    "id": ("Dunmere station lift repair will take a month", "2026-05-04"),
    "ie": ("Skarra ferry talks resume", "2026-05-05"),
    "if": ("Dunmere commuters fume", "2026-05-06"),
    "ig": ("Skarra ferry strike ends", "2026-05-07"),
}


def _save(store: Store, item: str) -> int:
    title, day = ARTICLES[item]
    text = f"{title}.\nThis is report {item} of the day, {day}."
    brief = replace(make_brief(title, f"https://news.example/{item}", text),
                    source=Source(title=title, date=day, url=f"https://news.example/{item}"))
    saved = store.get_brief(store.save(brief, text))
    assert saved is not None
    return saved.article_id


def _to(story_id: str, *, merged: tuple[tuple[str, str], ...] = (), splits: tuple[Split, ...] = ()) -> Any:
    """An assign function that files the article into ``story_id`` after the given splits and merges."""
    def assign(state: dict[str, Any] | None) -> StoryUpdate:
        return StoryUpdate({"filed": (state or {}).get("filed", 0) + 1}, story_id, merged, splits)
    return assign


def _file(store: Store, item: str, assign: Any) -> str:
    title, day = ARTICLES[item]
    return store.assign_story(_save(store, item), assign, title=title, date=day, stamp=f"{day}T12:00:00+00:00",
                              item_id=item)


def _members(store: Store) -> dict[str, str]:
    """Each filed article's story, by item id ("-" for none; every article appears once: it is the key)."""
    assert isinstance(store, StoryTables)
    rows = store.q("SELECT item_id, story_id FROM story_articles").fetchall()
    return {"-" if i is None else str(i): str(s) for i, s in rows}


def _window(plan: Sequence[Assignment]) -> Any:
    """A window assign function that gives the window's articles the assignments of ``plan``, in order."""
    def assign(stored: StoredState, positions: Sequence[int]) -> WindowUpdate:
        return WindowUpdate({"filed": len(positions)}, tuple(plan[i] for i in positions))
    return assign


def _story(store: Store, story_id: str) -> tuple[str | None, str | None, str | None, list[str]]:
    story = store.get_story(story_id)
    assert story is not None and story.id == story_id
    members = _members(store)
    items = sorted(item for item, sid in members.items() if sid == story_id)
    return story.title, story.first_seen, story.last_seen, items


def test_splits_move_articles_and_later_merges_and_splits_lose_none(store_url: str) -> None:
    store = open_store(store_url)
    try:
        for item in ("ia", "ib", "ic"):
            assert _file(store, item, _to("S1")) == "S1"
        # The fourth article splits S1: it and "ib" leave for S2 (it is filed straight into S2).
        assert _file(store, "id", _to("S2", splits=(Split("S1", "S2", ("ib", "id")),))) == "S2"
        assert _story(store, "S1") == ("Ferry strike halts crossings to Skarra", "2026-05-01", "2026-05-03",
                                       ["ia", "ic"])
        assert _story(store, "S2") == ("Lift breaks at Dunmere station", "2026-05-02", "2026-05-04", ["ib", "id"])
        assert [s.id for s in store.list_stories()] == ["S2", "S1"]
        # A split that takes the article the kept story's title came from: the title follows its articles.
        _file(store, "ie", _to("S1", splits=(Split("S1", "S3", ("ia",)),)))
        assert _story(store, "S1") == ("Skarra ferry crews stay out for a second day", "2026-05-03", "2026-05-05",
                                       ["ic", "ie"])
        assert _story(store, "S3") == ("Ferry strike halts crossings to Skarra", "2026-05-01", "2026-05-01", ["ia"])
        # A merge after the splits: S2 into S3; S2's id leads to S3.
        _file(store, "if", _to("S3", merged=(("S2", "S3"),)))
        assert _story(store, "S3")[1:] == ("2026-05-01", "2026-05-06", ["ia", "ib", "id", "if"])
        absorbed = store.get_story("S2")
        assert absorbed is not None and absorbed.id == "S3"
        # A split that names the absorbed S2 again (the clusterer names a story after its first article):
        # S2 stands on its own once more.
        _file(store, "ig", _to("S1", splits=(Split("S3", "S2", ("ib", "id")),)))
        assert _story(store, "S2") == ("Lift breaks at Dunmere station", "2026-05-02", "2026-05-04", ["ib", "id"])
        assert _story(store, "S3")[3] == ["ia", "if"]
        assert sorted(_members(store)) == sorted(ARTICLES)  # every article, each in exactly one story
        listed = store.list_stories()
        assert sorted(a for s in listed for a in s.article_ids) == sorted(_save(store, i) for i in ARTICLES)
        assert store.counts()["story_articles"] == len(ARTICLES)
    finally:
        store.close()


def test_a_window_reports_the_story_an_article_was_moved_to(store_url: str) -> None:
    store = open_store(store_url)
    assert isinstance(store, StoryTables)
    try:
        ids = {item: _save(store, item) for item in ("ia", "ib", "ic", "id", "ie")}
        filings = [Filing(ids[i], ARTICLES[i][0], ARTICLES[i][1], i) for i in ids]
        # The fourth article of the window moves the second (filed into S1 earlier in the window) to S2.
        plan = [Assignment("S1"), Assignment("S1"), Assignment("S1"),
                Assignment("S2", splits=(Split("S1", "S2", ("ib", "id")),)), Assignment("S1")]
        assert store.assign_stories(filings, _window(plan), stamp="2026-05-05T12:00:00+00:00") == [
            "S1", "S2", "S1", "S2", "S1"]
        assert _members(store) == {"ia": "S1", "ib": "S2", "ic": "S1", "id": "S2", "ie": "S1"}
        # A window that fails after a split writes nothing: "ia" and "ie" stay where they were.
        more = _save(store, "if")
        gone = Filing(10**9, "gone", "2026-05-07", "gone")  # an id that names no article: the insert fails
        failing = [Assignment("S3", splits=(Split("S1", "S3", ("ia", "ie")),)), Assignment("S1")]
        with pytest.raises(StoreError):
            store.assign_stories([Filing(more, "f", "2026-05-06", "if"), gone], _window(failing),
                                 stamp="2026-05-07T12:00:00+00:00")
        assert _members(store) == {"ia": "S1", "ib": "S2", "ic": "S1", "id": "S2", "ie": "S1"}
        assert store.get_story("S3") is None and store.story_of(more) is None
    finally:
        store.close()


def test_a_store_from_before_item_ids_migrates_and_its_rows_stay_put(store_url: str) -> None:
    """Membership rows written before the item id column exist keep their story; a split cannot move them."""
    if store_url.startswith("postgresql://"):
        class OldPostgres(PostgresStore):
            migrations = PostgresStore.migrations[:-1]
        old: Store = OldPostgres(store_url)
    else:
        class OldSQLite(SQLiteStore):
            migrations = SQLiteStore.migrations[:-1]
        old = OldSQLite(Path(store_url))
    try:
        article = _save(old, "ia")
        assert isinstance(old, StoryTables)
        old.q("INSERT INTO stories (id, title, first_seen, last_seen, created_at, updated_at) "
              "VALUES ('S1', 't', '2026-05-01', '2026-05-01', 'x', 'x')")
        old.q("INSERT INTO story_articles (article_id, story_id, added_at) VALUES (?, 'S1', 'x')", (article,))
    finally:
        old.close()
    store = open_store(store_url)
    try:
        assert store.story_of(article) == "S1"
        _file(store, "ib", _to("S1"))
        _file(store, "ic", _to("S2", splits=(Split("S1", "S2", ("ia", "ib")),)))
        assert _members(store) == {"-": "S1", "ib": "S2", "ic": "S2"}  # the old row has no item id
        assert store.story_of(article) == "S1"
    finally:
        store.close()
