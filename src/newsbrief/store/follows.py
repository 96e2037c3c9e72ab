"""Followed feeds: the feeds a server polls, what each poll found, and which items it has seen.

The web app's Sources page adds and removes feeds; its poller (``newsbrief.web.feeds``) asks for the
feeds that are due, sends the validators kept here (ETag, Last-Modified) so an unchanged feed costs
one 304, backs off after failures (``failures`` and ``next_poll``), and records every item it has
dealt with in ``feed_items`` so the next poll fetches only new ones. Tables in the library database
(not the feed cache file `newsbrief add` uses) because what a server follows must outlive it and be
seen by every process that serves the same library.

Times are ISO 8601 text in UTC with seconds (``2026-11-28T21:23:29+00:00``): they sort as text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

# Item keys are looked up this many at a time (well under SQLite's 999 bound parameters).
LOOKUP_CHUNK = 500


def follow_tables(key: str, ref: str) -> list[str]:
    """The followed-feeds migration, in either dialect (``key`` and ``ref`` as in ``core_tables``)."""
    return [
        f"""CREATE TABLE followed_feeds (
            id {key},
            url TEXT NOT NULL UNIQUE, title TEXT, added_at TEXT NOT NULL,
            etag TEXT, last_modified TEXT, last_polled TEXT, next_poll TEXT NOT NULL,
            failures INTEGER NOT NULL DEFAULT 0, last_error TEXT,
            items_new INTEGER NOT NULL DEFAULT 0, items_failed INTEGER NOT NULL DEFAULT 0,
            articles INTEGER NOT NULL DEFAULT 0)""",
        "CREATE INDEX followed_feeds_next_poll ON followed_feeds (next_poll)",
        f"""CREATE TABLE feed_items (
            feed_id {ref} NOT NULL REFERENCES followed_feeds(id) ON DELETE CASCADE,
            item_key TEXT NOT NULL, status TEXT NOT NULL, brief_id {ref}, error TEXT, seen_at TEXT NOT NULL,
            PRIMARY KEY (feed_id, item_key))""",
    ]


@dataclass(frozen=True)
class StoredFeed:
    """A followed feed and how its polling goes (``items_new``/``items_failed``: of the last poll;
    ``articles``: briefed from it in all)."""

    id: int
    url: str
    title: str | None
    added_at: str
    etag: str | None
    last_modified: str | None
    last_polled: str | None
    next_poll: str
    failures: int
    last_error: str | None
    items_new: int
    items_failed: int
    articles: int


@dataclass(frozen=True)
class FeedPoll:
    """What one poll of a feed came to, as recorded by :meth:`FollowTables.record_poll`.

    ``etag``/``last_modified`` of None keep the stored validators; ``title`` None keeps the title.
    """

    polled_at: str
    next_poll: str
    failures: int = 0
    error: str | None = None
    items_new: int = 0
    items_failed: int = 0
    etag: str | None = None
    last_modified: str | None = None
    title: str | None = None


_COLUMNS = ("SELECT id, url, title, added_at, etag, last_modified, last_polled, next_poll, failures, "
            "last_error, items_new, items_failed, articles FROM followed_feeds")


def _feed(row: Any) -> StoredFeed:
    return StoredFeed(int(row[0]), row[1], row[2], row[3], row[4], row[5], row[6], row[7], int(row[8]), row[9],
                      int(row[10]), int(row[11]), int(row[12]))


class FollowTables:
    """Followed-feed operations of :class:`~newsbrief.store.sql.SQLStore` (mixed in; uses its helpers)."""

    conn: Any

    if TYPE_CHECKING:  # provided by SQLStore
        def q(self, text: str, params: tuple[Any, ...] = ()) -> Any: ...
        def begin_write(self) -> None: ...

    def _write(self, text: str, params: tuple[Any, ...]) -> Any:
        self.begin_write()
        try:
            cursor = self.q(text, params)
            row = cursor.fetchone() if "RETURNING" in text else None
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return row

    def follow_feed(self, url: str, title: str | None, added_at: str) -> tuple[StoredFeed, bool]:
        """Follow the feed at ``url`` (due at once); the feed and whether it is new (False: already followed)."""
        known = self.q(f"{_COLUMNS} WHERE url = ?", (url,)).fetchone()
        if known:
            return _feed(known), False
        row = self._write("INSERT INTO followed_feeds (url, title, added_at, next_poll) VALUES (?, ?, ?, ?) "
                          "ON CONFLICT (url) DO NOTHING RETURNING id", (url, title, added_at, added_at))
        feed = self.q(f"{_COLUMNS} WHERE url = ?", (url,)).fetchone()
        return _feed(feed), row is not None

    def get_feed(self, feed_id: int) -> StoredFeed | None:
        """One followed feed by id."""
        row = self.q(f"{_COLUMNS} WHERE id = ?", (feed_id,)).fetchone()
        return _feed(row) if row else None

    def list_feeds(self) -> list[StoredFeed]:
        """Every followed feed, in the order they were added."""
        return [_feed(r) for r in self.q(f"{_COLUMNS} ORDER BY id").fetchall()]

    def due_feeds(self, now: str) -> list[StoredFeed]:
        """The feeds whose next poll is at or before ``now``, most overdue first."""
        return [_feed(r) for r in self.q(f"{_COLUMNS} WHERE next_poll <= ? ORDER BY next_poll, id",
                                         (now,)).fetchall()]

    def unfollow_feed(self, feed_id: int) -> bool:
        """Stop following a feed (its articles and briefs stay); True when it was followed."""
        self.begin_write()
        try:
            self.q("DELETE FROM feed_items WHERE feed_id = ?", (feed_id,))
            gone = self.q("DELETE FROM followed_feeds WHERE id = ? RETURNING id", (feed_id,)).fetchone()
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return gone is not None

    def record_poll(self, feed_id: int, poll: FeedPoll) -> None:
        """Record what a poll of the feed came to (its articles count grows by ``items_new``)."""
        self._write(
            "UPDATE followed_feeds SET last_polled = ?, next_poll = ?, failures = ?, last_error = ?, "
            "items_new = ?, items_failed = ?, articles = articles + ?, etag = COALESCE(?, etag), "
            "last_modified = COALESCE(?, last_modified), title = COALESCE(?, title) WHERE id = ?",
            (poll.polled_at, poll.next_poll, poll.failures, poll.error, poll.items_new, poll.items_failed,
             poll.items_new, poll.etag, poll.last_modified, poll.title, feed_id))

    def seen_items(self, feed_id: int, keys: Iterable[str]) -> set[str]:
        """Which of ``keys`` the feed's polls have already dealt with."""
        wanted = list(dict.fromkeys(keys))
        found: set[str] = set()
        for start in range(0, len(wanted), LOOKUP_CHUNK):
            chunk = wanted[start:start + LOOKUP_CHUNK]
            marks = ", ".join("?" for _ in chunk)
            rows = self.q(f"SELECT item_key FROM feed_items WHERE feed_id = ? AND item_key IN ({marks})",
                          (feed_id, *chunk)).fetchall()
            found.update(str(r[0]) for r in rows)
        return found

    def mark_item(self, feed_id: int, key: str, status: str, seen_at: str, *, brief_id: int | None = None,
                  error: str | None = None) -> None:
        """Record what became of one item of a feed: briefed, a duplicate, or failed."""
        self._write("INSERT INTO feed_items (feed_id, item_key, status, brief_id, error, seen_at) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (feed_id, item_key) DO UPDATE SET "
                    "status = excluded.status, brief_id = excluded.brief_id, error = excluded.error, "
                    "seen_at = excluded.seen_at", (feed_id, key, status, brief_id, error, seen_at))

    def feed_article_ids(self, feed_id: int) -> set[int]:
        """The stored articles a followed feed brought (briefed from it, or already stored when it came)."""
        rows = self.q("SELECT b.article_id FROM feed_items fi JOIN briefs b ON b.id = fi.brief_id "
                      "WHERE fi.feed_id = ?", (feed_id,)).fetchall()
        return {int(r[0]) for r in rows}

    def article_for_url(self, url: str) -> int | None:
        """The stored article with canonical URL ``url``, if any (an item another feed brought already)."""
        row = self.q("SELECT id FROM articles WHERE canonical_url = ?", (url,)).fetchone()
        return int(row[0]) if row else None
