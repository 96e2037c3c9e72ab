"""A story that grew adopts a one-article story, in the store too, on SQLite and PostgreSQL, by both filers.

In an adoption the grown story keeps its id (a story keeps its id as it grows), so the
id that disappears is the one-article story's, whether it is the older (an early flash
before the full reports) or the newer (it came after the story's first report). The
store must move the absorbed story's articles and leave a pointer from its id to the
kept one.
The articles are the early flash and the four fire reports of
tests/stories/test_cluster_revise.py, filed with the settings that test adopts
with (words only, ``adopt_threshold`` 0.15), seeded as the stored state.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from newsbrief.models import Source
from newsbrief.store import Store, open_store
from newsbrief.store.stories import StoredState, StoryTables
from newsbrief.stories.cluster import StoryClusterer
from newsbrief.stories.items import ClusterItem
from newsbrief.stories.library import ClustererCache, StoryFiling, file_item_into_story, file_items_into_stories
from tests.store.conftest import make_brief
from tests.stories.test_cluster_revise import EARLY, FULL, WORDS_ONLY

SETTINGS = replace(WORDS_ONLY, adopt_threshold=0.15)
DAYS = {"early": "2026-06-01", **{item.id: f"2026-06-0{2 + n}" for n, item in enumerate(FULL)}}
EARLY_FIRST = [EARLY, *FULL]  # the flash opens the older story; its id is absorbed into the grown one's
EARLY_SECOND = [FULL[0], EARLY, *FULL[1:]]  # the flash opens a story after the first report; its id is absorbed


def _item(item: ClusterItem) -> ClusterItem:
    return replace(item, date=DAYS[item.id])


def _save(store: Store, item: ClusterItem) -> int:
    url = f"https://gazette.example/{item.id}"
    brief = replace(make_brief(item.title or item.id, url, item.text),
                    source=Source(title=item.title, outlet="Tarnwick Gazette", date=DAYS[item.id], url=url))
    saved = store.get_brief(store.save(brief, item.text))
    assert saved is not None
    return saved.article_id


def _seed(store: Store) -> StoryTables:
    """An empty store whose clusterer state carries the test's settings (a state keeps its settings)."""
    assert isinstance(store, StoryTables)
    store.q("INSERT INTO cluster_state (name, state, updated_at) VALUES ('default', ?, 'x')",
            (json.dumps(StoryClusterer(SETTINGS).state()),))
    return store


def _expected(order: list[ClusterItem]) -> tuple[str, str]:
    """(kept id, absorbed id) of the adoption the clusterer makes on ``order``, checked to be one."""
    clusterer = StoryClusterer(SETTINGS)
    clusterer.add_many([_item(i) for i in order])
    merges = clusterer.drain_merges()
    assert len(merges) == 1 and [s.articles for s in clusterer.stories()] == [tuple(i.id for i in order)]
    return merges[0]


def _check(tables: StoryTables, order: list[ClusterItem], kept: str, absorbed: str, ids: dict[str, int]) -> None:
    members = {str(i): str(s) for i, s in tables.q("SELECT item_id, story_id FROM story_articles").fetchall()}
    assert members == {item.id: kept for item in order}
    # The stored state agrees with the rows: its one story holds every article under the kept id.
    state = StoredState(tables.q).load()
    assert state is not None
    assert [(s.story_id, set(s.articles)) for s in StoryClusterer.from_state(state).stories()] == [
        (kept, set(members))]
    story = tables.get_story(absorbed)  # the absorbed id leads to the kept story
    assert story is not None and story.id == kept
    assert sorted(story.article_ids) == sorted(ids.values())
    assert (story.first_seen, story.last_seen) == ("2026-06-01", "2026-06-05")
    assert [s.id for s in tables.list_stories()] == [kept]
    row = tables.q("SELECT merged_into FROM stories WHERE id = ?", (absorbed,)).fetchone()
    assert row is not None and row[0] == kept


@pytest.mark.parametrize("order", [EARLY_FIRST, EARLY_SECOND], ids=["flash-first", "flash-second"])
def test_an_adoption_is_filed_one_article_at_a_time(store_url: str, order: list[ClusterItem]) -> None:
    kept, absorbed = _expected(order)
    store = open_store(store_url)
    try:
        tables = _seed(store)
        ids = {item.id: _save(store, item) for item in order}
        filed = [file_item_into_story(store, ids[i.id], _item(i), title=i.title, date=DAYS[i.id]) for i in order]
        # The first two articles opened the two stories; the full reports' story adopted the flash when
        # the third joined it, and kept its own id, whichever story was older.
        assert set(filed[:2]) == {kept, absorbed} and filed[-1] == kept
        assert filed.count(absorbed) == 1 and filed[order.index(EARLY)] == absorbed
        _check(tables, order, kept, absorbed, ids)
    finally:
        store.close()


@pytest.mark.parametrize("order", [EARLY_FIRST, EARLY_SECOND], ids=["flash-first", "flash-second"])
@pytest.mark.parametrize("cut", [0, 2], ids=["one-window", "two-windows"])
def test_an_adoption_inside_a_window_gives_every_article_the_kept_story(store_url: str, order: list[ClusterItem],
                                                                       cut: int) -> None:
    kept, absorbed = _expected(order)
    store = open_store(store_url)
    try:
        tables = _seed(store)
        ids = {item.id: _save(store, item) for item in order}
        filings = [StoryFiling(ids[i.id], _item(i), i.title, DAYS[i.id]) for i in order]
        # Two windows share the clusterer kept in memory (it re-encodes only the stories that changed).
        cache = ClustererCache()
        first = [absorbed if i is EARLY else kept for i in order[:cut]]
        assert file_items_into_stories(store, filings[:cut], cache) == first
        # Articles filed into the absorbed story earlier in the window report the kept one.
        assert file_items_into_stories(store, filings[cut:], cache) == [kept] * (len(order) - cut)
        _check(tables, order, kept, absorbed, ids)
    finally:
        store.close()
