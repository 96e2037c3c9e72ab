"""Filing a window of articles at once (the batch runner's way) gives the stories of filing them one by one.

The articles are the written reports of the batch tests (six events, six
outlets each, interleaved as a feed mixes them) and the cable-story fixtures,
annotated by the real model. Each is stored with a small brief (no analysis:
filing reads the annotation, not the brief).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from newsbrief.errors import StoreError
from newsbrief.models import Document, Hints, RawDocument
from newsbrief.pipeline import annotate_raw
from newsbrief.settings import Settings
from newsbrief.store import Store, open_store
from newsbrief.stories.library import (
    ClustererCache,
    StoryFiling,
    file_into_story,
    file_items_into_stories,
    filing_of,
)
from tests.batch.articles import EVENTS, OUTLETS, article
from tests.store.conftest import make_brief
from tests.stories.conftest import CABLE_STORY, UNRELATED, raw

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def docs(settings: Settings) -> list[Document]:
    """The 36 reports in feed order, then the cable story and the unrelated article."""
    rows = [article(e, v) for v in range(len(OUTLETS)) for e in range(len(EVENTS))]
    found = [annotate_raw(RawDocument(r["text"].encode(), content_type="text/plain",
                                      hints=Hints(title=r["title"], outlet=r["outlet"], date=r["date"], url=r["url"])),
                          settings) for r in rows]
    return found + [annotate_raw(raw(*entry), settings) for entry in [*CABLE_STORY, UNRELATED]]


def _store(store: Store, doc: Document) -> int:
    source = doc.article.source
    text = doc.article.text
    saved = store.get_brief(store.save(make_brief(source.title or "", source.url, text), text))
    assert saved is not None
    return saved.article_id


def _one_by_one(path: Path, docs: list[Document]) -> list[str]:
    store = open_store(str(path))
    try:
        return [file_into_story(store, _store(store, doc), doc) for doc in docs]
    finally:
        store.close()


def _windows(store: Store, docs: list[Document], size: int, cache: ClustererCache | None = None) -> list[str]:
    filings = [filing_of(_store(store, doc), doc) for doc in docs]
    found: list[str] = []
    for start in range(0, len(filings), size):
        found += file_items_into_stories(store, filings[start:start + size], cache)
    return found


def _state(text: str) -> dict[str, object]:
    """A stored clusterer state without the token a cached filer writes in front."""
    state = json.loads(text)
    state.pop("token", None)
    return dict(state)


def _rows(path: Path) -> tuple[dict[str, str], dict[str, object], list[tuple[str, ...]]]:
    """Story membership by article URL, the clusterer state, and the story rows (without write times)."""
    conn = sqlite3.connect(path)
    try:
        members = {str(url): str(story) for url, story in conn.execute(
            "SELECT COALESCE(a.canonical_url, '') || '|' || a.content_hash, m.story_id FROM story_articles m "
            "JOIN articles a ON a.id = m.article_id")}
        state = _state(str(conn.execute("SELECT state FROM cluster_state").fetchone()[0]))
        stories = [tuple(map(str, row)) for row in conn.execute(
            "SELECT id, title, first_seen, last_seen, merged_into FROM stories ORDER BY id")]
    finally:
        conn.close()
    return members, state, stories


def _final(store: Store, ids: list[str]) -> list[str]:
    """Each story id as it stands now (an id merged into another leads to that one)."""
    final = []
    for story_id in ids:
        story = store.get_story(story_id)
        assert story is not None
        final.append(story.id)
    return final


def test_windows_file_the_stories_of_one_by_one_filing(docs: list[Document], tmp_path: Path) -> None:
    # The reports (March 2025) first, compared there: the cable story, a year later, sends their
    # stories dormant, and dormant stories leave the saved state.
    reports, rest = docs[:36], docs[36:]
    reference = _one_by_one(tmp_path / "one.db", reports)
    assert 6 <= len(set(reference)) <= 12  # six events, none scattered
    expected_reports = _rows(tmp_path / "one.db")
    assert len(expected_reports[1]["active"]) == len(set(reference))  # type: ignore[arg-type]
    reference += _one_by_one(tmp_path / "one.db", rest)
    assert len(set(reference[-4:-1])) == 1 and reference[-1] != reference[-2]  # the cable story and the sea wall
    expected = _rows(tmp_path / "one.db")
    # Windows of several sizes, with the clusterer rebuilt from the stored state for every window
    # or kept in memory between windows (as the batch runner does).
    for size, cache in ((7, None), (7, ClustererCache()), (16, ClustererCache()), (len(docs), None)):
        path = tmp_path / f"window-{size}-{cache is not None}.db"
        store = open_store(str(path))
        try:
            ids = _windows(store, reports, size, cache)
            assert _rows(path) == expected_reports, f"window of {size}, cache {cache is not None}"
            ids += _windows(store, rest, size, cache)
            assert _final(store, ids) == _final(store, reference)
        finally:
            store.close()
        assert _rows(path) == expected, f"window of {size}, cache {cache is not None}"


def test_a_kept_clusterer_notices_articles_filed_by_another_writer(docs: list[Document], tmp_path: Path) -> None:
    _one_by_one(tmp_path / "one.db", docs)
    expected = _rows(tmp_path / "one.db")
    path = tmp_path / "shared.db"
    store, other = open_store(str(path)), open_store(str(path))
    cache = ClustererCache()
    try:
        for start in range(0, len(docs), 9):
            # `newsbrief add` files one article in between (another connection, the one-by-one path) ...
            file_into_story(other, _store(other, docs[start]), docs[start])
            # ... and the batch's filer, holding its clusterer, files the rest of the window after it.
            window = [filing_of(_store(store, doc), doc) for doc in docs[start + 1:start + 9]]
            file_items_into_stories(store, window, cache)
    finally:
        store.close()
        other.close()
    assert _rows(path) == expected


def test_windows_on_postgresql_match_sqlite(docs: list[Document], pg_url: str, tmp_path: Path) -> None:
    reference = _one_by_one(tmp_path / "one.db", docs)
    store = open_store(pg_url)
    try:
        ids = _windows(store, docs, 8)
        assert _final(store, ids) == _final(store, reference)
        state = store.conn.execute("SELECT state FROM cluster_state").fetchone()[0]  # type: ignore[attr-defined]
    finally:
        store.close()
    assert _state(state) == _rows(tmp_path / "one.db")[1]


def test_a_window_that_fails_files_nothing_and_filing_it_again_files_it_once(
        docs: list[Document], tmp_path: Path) -> None:
    good = docs[:20]
    _one_by_one(tmp_path / "one.db", good)
    expected = _rows(tmp_path / "one.db")
    path = tmp_path / "crash.db"
    store = open_store(str(path))
    cache = ClustererCache()  # kept across the failure: it must not keep what the failed window added
    try:
        filings = [filing_of(_store(store, doc), doc) for doc in good]
        file_items_into_stories(store, filings[:8], cache)
        before = _rows(path)
        # An article deleted between its storing and its filing (its id names no row): the window fails whole.
        gone = StoryFiling(10**9, filings[8].item, "gone", "2025-03-09")
        with pytest.raises(StoreError):
            file_items_into_stories(store, [*filings[8:12], gone, *filings[12:16]], cache)
        assert _rows(path) == before
        assert all(store.story_of(f.article_id) is None for f in filings[8:16])
        # The run again: the window, then the window again (a re-run after a kill past its commit), then the rest.
        again = file_items_into_stories(store, filings[8:16], cache)
        assert file_items_into_stories(store, filings[8:16], cache) == again
        file_items_into_stories(store, filings[16:], cache)
    finally:
        store.close()
    assert _rows(path) == expected


def test_an_article_given_twice_in_a_window_is_filed_once(docs: list[Document], tmp_path: Path) -> None:
    """Two input items can store one article (texts that extract alike): filed once, as one by one would."""
    order = [docs[0], docs[6], docs[0], docs[12], docs[6]]
    reference = _one_by_one(tmp_path / "one.db", order)
    store = open_store(str(tmp_path / "twice.db"))
    try:
        ids = _windows(store, order, len(order), ClustererCache())
        assert ids[0] == ids[2] and ids[1] == ids[4] and _final(store, ids) == _final(store, reference)
    finally:
        store.close()
    assert _rows(tmp_path / "twice.db") == _rows(tmp_path / "one.db")
