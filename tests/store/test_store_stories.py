"""Stories in the store, on SQLite and PostgreSQL: assignment, idempotence, merges, listing."""

from __future__ import annotations

from typing import Any

import pytest

from newsbrief.store import open_store
from newsbrief.store.stories import StoryUpdate
from tests.store.conftest import make_brief

CABLE = "Norway and Denmark signed a deal on an undersea power cable.\nThe cable will carry 1.4 gigawatts."
CABLE2 = "The Nordic cable deal was ratified by both parliaments.\nWork on the cable starts in May."
WALL = "Port Ellery voted for a sea wall.\nThe wall will cost 48 million pounds."


def by_keyword(word: str) -> Any:
    """An assign function: the story named after the first keyword the text has, counted in the state."""
    def assign(state: dict[str, Any] | None) -> StoryUpdate:
        seen = dict(state or {})
        seen[word] = seen.get(word, 0) + 1
        return StoryUpdate(seen, f"story-{word}")
    return assign


def test_articles_join_stories_once_and_merges_redirect(store_url: str) -> None:
    store = open_store(store_url)
    try:
        a = store.get_brief(store.save(make_brief("Cable deal", "https://a.example/cable", CABLE), CABLE))
        b = store.get_brief(store.save(make_brief("Cable ratified", "https://b.example/cable", CABLE2), CABLE2))
        c = store.get_brief(store.save(make_brief("Sea wall", "https://c.example/wall", WALL), WALL))
        assert a and b and c
        assert store.assign_story(a.article_id, by_keyword("cable"), title="Cable deal", date="2026-05-03",
                                  stamp="t1") == "story-cable"
        assert store.assign_story(b.article_id, by_keyword("cable"), title="Cable ratified", date="2026-05-04",
                                  stamp="t2") == "story-cable"
        # Adding an article again changes nothing, not even the clusterer state.
        assert store.assign_story(a.article_id, by_keyword("wall"), title="x", date="2027-01-01",
                                  stamp="t3") == "story-cable"
        assert store.assign_story(c.article_id, by_keyword("wall"), title="Sea wall", date="2026-04-01",
                                  stamp="t4") == "story-wall"
        story = store.get_story("story-cable")
        assert story is not None
        assert story.title == "Cable deal" and (story.first_seen, story.last_seen) == ("2026-05-03", "2026-05-04")
        assert story.article_ids == (a.article_id, b.article_id)
        assert [s.id for s in store.list_stories()] == ["story-cable", "story-wall"]
        assert [s.id for s in store.list_stories(since="2026-05-01")] == ["story-cable"]
        assert store.counts()["story_articles"] == 3

        def merge(state: dict[str, Any] | None) -> StoryUpdate:
            return StoryUpdate(state or {}, "story-cable", merged=(("story-wall", "story-cable"),))

        d = store.get_brief(store.save(make_brief("Both", "https://d.example/x", CABLE + "\n" + WALL),
                                       CABLE + "\n" + WALL))
        assert d is not None
        store.assign_story(d.article_id, merge, title="Both", date="2026-05-05", stamp="t5")
        merged = store.get_story("story-wall")  # the absorbed id leads to the story that kept its articles
        assert merged is not None and merged.id == "story-cable"
        assert set(merged.article_ids) == {a.article_id, b.article_id, c.article_id, d.article_id}
        assert (merged.first_seen, merged.last_seen) == ("2026-04-01", "2026-05-05")
        assert [s.id for s in store.list_stories()] == ["story-cable"]
        assert store.get_story("no-such-story") is None
    finally:
        store.close()


def test_a_failing_assignment_writes_nothing(store_url: str) -> None:
    store = open_store(store_url)
    try:
        a = store.get_brief(store.save(make_brief("Cable deal", "https://a.example/cable", CABLE), CABLE))
        assert a is not None

        def broken(state: dict[str, Any] | None) -> StoryUpdate:
            raise RuntimeError("clusterer crashed")

        with pytest.raises(RuntimeError, match="clusterer crashed"):
            store.assign_story(a.article_id, broken, title="t", date=None, stamp="t1")
        assert store.story_of(a.article_id) is None and store.counts()["stories"] == 0
        assert store.assign_story(a.article_id, by_keyword("cable"), title="t", date=None, stamp="t2") == "story-cable"
    finally:
        store.close()
