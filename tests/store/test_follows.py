"""Followed feeds in both stores: follow once, due feeds by time, polls recorded, items seen, unfollow."""

from __future__ import annotations

from newsbrief.store import open_store
from newsbrief.store.follows import FeedPoll
from tests.store.conftest import make_brief

T0, T1, T2 = "2026-03-02T09:00:00+00:00", "2026-03-02T09:30:00+00:00", "2026-03-02T10:00:00+00:00"


def test_followed_feeds_round_trip(store_url: str) -> None:
    store = open_store(store_url)
    try:
        feed, created = store.follow_feed("https://news.example/feed.xml", "News", T0)
        again, created_again = store.follow_feed("https://news.example/feed.xml", "Other title", T1)
        assert created and not created_again and again.id == feed.id and again.title == "News"
        other, _ = store.follow_feed("https://coast.example/rss", None, T1)
        assert [f.id for f in store.due_feeds(T0)] == [feed.id]
        assert [f.id for f in store.due_feeds(T1)] == [feed.id, other.id]
        store.record_poll(feed.id, FeedPoll(T0, T2, 0, None, 3, 1, '"v1"', "Mon, 02 Mar 2026 09:00:00 GMT", "News!"))
        store.record_poll(feed.id, FeedPoll(T1, T2, 1, "The site could not be reached.", 0, 0))
        polled = store.get_feed(feed.id)
        assert polled is not None
        assert (polled.articles, polled.items_new, polled.failures, polled.etag, polled.title) == (
            3, 0, 1, '"v1"', "News!")  # validators and title kept when a poll sends none
        assert polled.last_error == "The site could not be reached." and polled.next_poll == T2
        assert [f.id for f in store.due_feeds(T1)] == [other.id]
        store.mark_item(feed.id, "https://news.example/a", "briefed", T0, brief_id=None)
        store.mark_item(feed.id, "id:7", "failed", T0, error="too short")
        store.mark_item(feed.id, "id:7", "failed", T1, error="too short again")
        assert store.seen_items(feed.id, ["https://news.example/a", "id:7", "id:8"]) == {
            "https://news.example/a", "id:7"}
        assert store.seen_items(other.id, ["id:7"]) == set()
        assert store.article_for_url("https://news.example/a") is None
        store.save(make_brief("A", "https://news.example/a", "Some article text about the harbour."),
                   "Some article text about the harbour.")
        assert store.article_for_url("https://news.example/a") is not None
        assert store.unfollow_feed(feed.id) and not store.unfollow_feed(feed.id)
        assert [f.id for f in store.list_feeds()] == [other.id]
        assert store.seen_items(feed.id, ["id:7"]) == set()
    finally:
        store.close()
