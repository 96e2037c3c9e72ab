"""A young story the clusterer splits is split in the store too, on SQLite and PostgreSQL, by every filer.

The stream (tests/stories/bridge_reports.py) is three bridge closures of one
fortnight: the second closure's first report joins the first closure's story,
which splits when the second closure has two reports; the third closure then
joins the second's story, which splits in turn. Each article is stored with its
title, outlet and date, and filed from a cluster item written by hand, so these
tests need no language model; the last test runs `newsbrief add` and
`newsbrief batch` on the same reports with the real model.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from newsbrief.cli import main
from newsbrief.errors import ConfigError
from newsbrief.models import Source
from newsbrief.store import Store, open_store
from newsbrief.store.stories import StoredState, StoryTables
from newsbrief.stories.cluster import STATE_VERSION, StoryClusterer
from newsbrief.stories.library import ClustererCache, StoryFiling, file_item_into_story, file_items_into_stories
from tests.store.conftest import make_brief
from tests.stories.bridge_reports import STREAM, Report, write_jsonl


def _save(store: Store, report: Report) -> int:
    brief = make_brief(report.title, report.url, report.text)
    brief = replace(brief, source=Source(title=report.title, outlet=report.outlet, date=report.date, url=report.url))
    saved = store.get_brief(store.save(brief, report.text))
    assert saved is not None
    return saved.article_id


def _file(store: Store, report: Report) -> str:
    return file_item_into_story(store, _save(store, report), report.item(), title=report.title, date=report.date)


def _tables(store: Store) -> StoryTables:
    assert isinstance(store, StoryTables)
    return store


def _rows(store: Store) -> tuple[dict[str, str], list[tuple[Any, ...]]]:
    """Each article's story (by its cluster item id) and the story rows, without write times."""
    q = _tables(store).q
    members = {str(item): str(story) for item, story in q("SELECT item_id, story_id FROM story_articles").fetchall()}
    stories = [tuple(row) for row in q("SELECT id, title, first_seen, last_seen, merged_into FROM stories "
                                       "ORDER BY id").fetchall()]
    return members, stories


def _by_closure(store: Store) -> dict[str, str]:
    """The story of each closure, checking that each holds all of that closure's reports and nothing else."""
    members, _ = _rows(store)
    found: dict[str, str] = {}
    for report in STREAM:
        found.setdefault(report.closure, members[report.item().id])
        assert members[report.item().id] == found[report.closure], report.title
    assert len(set(found.values())) == 3
    return found


def _clusterer_agrees(store: Store) -> None:
    """The stored memberships are the clusterer's stories (its state, read back from the store)."""
    state = StoredState(_tables(store).q).load()
    assert state is not None
    clusterer = StoryClusterer.from_state(state)
    members, _ = _rows(store)
    assert {item: story.story_id for story in clusterer.stories() for item in story.articles} == members


def test_a_split_story_is_split_in_the_store(store_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    store = open_store(store_url)
    try:
        ids = [_file(store, report) for report in STREAM[:3]]
    finally:
        store.close()
    assert ids == [ids[0]] * 3  # the second closure's first report joined the first closure's story
    store = open_store(store_url)  # a later run: the clusterer continues from its stored state
    try:
        ids += [_file(store, report) for report in STREAM[3:]]
        stories = _by_closure(store)
        # The first article's closure keeps the story id; the ones that split off got new ids.
        assert stories["hollin"] == ids[0] and stories["caskey"] == ids[3] and stories["orrin"] == ids[6]
        assert len(set(ids)) == 3
        _clusterer_agrees(store)
        assert store.counts()["story_articles"] == len(STREAM)
        listed = {s.id: s for s in store.list_stories()}
        assert set(listed) == set(stories.values())
        hollin, caskey, orrin = (listed[stories[name]] for name in ("hollin", "caskey", "orrin"))
        # Titles and dates are each story's own articles' (the first story no longer runs to the 9th).
        assert (hollin.title, hollin.first_seen, hollin.last_seen) == (
            "Cracks close Hollin Street bridge in Marrowby", "2026-04-06", "2026-04-11")
        assert (caskey.title, caskey.first_seen, caskey.last_seen) == (
            "Cracks close Caskey Lane bridge in Pellworth", "2026-04-07", "2026-04-13")
        assert (orrin.title, orrin.first_seen, orrin.last_seen) == (
            "Cracks close Orrin Mill bridge in Fenhallow", "2026-04-10", "2026-04-14")
        assert all(len(s.article_ids) == 3 for s in listed.values())
        # Filing an article again changes nothing.
        assert _file(store, STREAM[1]) == stories["caskey"]
        before = _rows(store)
    finally:
        store.close()
    assert main(["stories", "--db", store_url]) == 0
    lines = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert sorted((row[0], row[3]) for row in lines) == sorted((sid, "3") for sid in stories.values())
    store = open_store(store_url)
    try:
        assert _rows(store) == before
    finally:
        store.close()


@pytest.mark.parametrize("size", [2, 4, len(STREAM)])
def test_windows_split_as_one_by_one_filing_does(store_url: str, size: int) -> None:
    """The batch runner's window filing (with its kept clusterer) writes the rows of filing one by one."""
    store = open_store(store_url)
    try:
        for report in STREAM:
            _file(store, report)
        expected = _rows(store)
        _tables(store).q("DELETE FROM story_articles")
        _tables(store).q("DELETE FROM stories")
        _tables(store).q("DELETE FROM cluster_state")
        filings = [StoryFiling(_save(store, r), r.item(), r.title, r.date) for r in STREAM]
        cache = ClustererCache() if size < len(STREAM) else None
        ids = []
        for start in range(0, len(filings), size):
            window = filings[start:start + size]
            ids += file_items_into_stories(store, window, cache)
            # Each article's id is its story after the whole window (a later article may have moved it).
            assert ids[start:] == [store.story_of(f.article_id) for f in window]
        assert _rows(store) == expected
        _by_closure(store)
    finally:
        store.close()


def _old_state(state: dict[str, Any]) -> dict[str, Any]:
    """``state`` as newsbrief wrote it before splits (version 3: no member vectors, no split settings)."""
    old = json.loads(json.dumps(state))
    old["version"] = 3
    old["settings"] = {k: v for k, v in old["settings"].items()
                       if not k.startswith(("split_", "adopt_")) and k != "date_grace_days"}
    for story in old["active"] + old["dormant"]:
        del story["young"], story["apart"]
    return dict(old)


def test_a_store_saved_before_splits_keeps_filing(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "old.db"))
    try:
        first = [_file(store, report) for report in STREAM[:3]]
        tables = _tables(store)
        state = StoredState(tables.q).load()
        assert state is not None and state["version"] == STATE_VERSION
        tables.q("UPDATE cluster_state SET state = ?", (json.dumps(_old_state(state)),))
        rest = [_file(store, report) for report in STREAM[3:]]
        # The old story does not know its members' vectors, so it is never split: nothing moves.
        assert rest[0] == first[0] and store.get_story(first[0]) is not None
        assert _rows(store)[0][STREAM[1].item().id] == first[0]
        assert store.counts()["story_articles"] == len(STREAM)
        assert all(store.story_of(_save(store, r)) for r in STREAM)
        _clusterer_agrees(store)
    finally:
        store.close()


def test_a_state_from_a_newer_newsbrief_is_refused_and_nothing_is_filed(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "new.db"))
    try:
        _file(store, STREAM[0])
        tables = _tables(store)
        tables.q("UPDATE cluster_state SET state = ?", (json.dumps({"version": 99}),))
        with pytest.raises(ConfigError, match="upgrade newsbrief"):
            _file(store, STREAM[1])
        assert store.counts()["story_articles"] == 1
    finally:
        store.close()


@pytest.mark.slow
def test_add_and_batch_split_the_real_models_stories_alike(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    feed = write_jsonl(tmp_path / "bridges.jsonl")
    listings = []
    for command in (["add", str(feed)], ["batch", str(feed), "--workers", "1", "--quiet"]):
        db = str(tmp_path / f"{command[0]}.db")
        assert main([*command, "--db", db]) == 0
        capsys.readouterr()
        assert main(["stories", "--db", db]) == 0
        listings.append(sorted(tuple(line.split("\t")) for line in capsys.readouterr().out.splitlines()))
    assert listings[0] == listings[1]
    assert sorted((row[1], row[2], row[3], row[5]) for row in listings[0]) == sorted([
        ("2026-04-06", "2026-04-11", "3", "Cracks close Hollin Street bridge in Marrowby"),
        ("2026-04-07", "2026-04-13", "3", "Cracks close Caskey Lane bridge in Pellworth"),
        ("2026-04-10", "2026-04-14", "3", "Cracks close Orrin Mill bridge in Fenhallow"),
    ])
