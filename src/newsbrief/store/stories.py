"""Stories in the store: which story each article belongs to, and the clusterer's state.

The store does not cluster: :meth:`StoryTables.assign_story` runs the caller's
``assign`` function inside one write transaction, under a lock, with the
clusterer state read from the database, and writes back the new state, the
article's membership and any merges in the same transaction. Two processes
adding articles at once therefore see each other's stories, and a crash
leaves either the whole assignment or none of it. An article already in a
story keeps it (adding it again changes nothing), so re-running an import is
harmless.

:meth:`StoryTables.assign_stories` does the same for a window of articles
(the batch runner's): one state read, one state write and one transaction
for the whole window, because reading, decoding, encoding and writing the
state once per article cost ~0.43 s an article at 300 active stories and
made the single filing consumer the bottleneck of ``newsbrief batch``. A
crash leaves the whole window filed or none of it.

The clusterer may split a young story in two (:class:`Split`): the articles
that left are moved to the new story in the same transaction, found by the
cluster item id each membership row keeps (``story_articles.item_id``: the
clusterer knows its members by those ids, not by store ids), and both story
rows' titles and dates are worked out again from their articles. A move only
updates membership rows, so every article stays in exactly one story.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from newsbrief.errors import StoreError


def story_tables(ref: str) -> list[str]:
    """The stories migration, in either dialect (``ref`` is the type of an articles.id reference)."""
    return [
        """CREATE TABLE stories (
            id TEXT PRIMARY KEY, title TEXT, first_seen TEXT, last_seen TEXT, merged_into TEXT,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
        f"""CREATE TABLE story_articles (
            article_id {ref} PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            story_id TEXT NOT NULL REFERENCES stories(id), added_at TEXT NOT NULL)""",
        "CREATE INDEX story_articles_story ON story_articles (story_id)",
        "CREATE INDEX stories_last_seen ON stories (last_seen)",
        "CREATE TABLE cluster_state (name TEXT PRIMARY KEY, state TEXT NOT NULL, updated_at TEXT NOT NULL)",
    ]


def story_item_column() -> list[str]:
    """The migration that keeps each membership's cluster item id (the same in both dialects).

    Rows filed before it have none: their stories were saved without their members' vectors
    (clusterer state version 3 or older), and such stories are never split.
    """
    return ["ALTER TABLE story_articles ADD COLUMN item_id TEXT"]


@dataclass(frozen=True)
class Split:
    """A story split in two: ``kept`` keeps its id, the articles ``moved`` (cluster item ids) go to ``new``."""

    kept: str
    new: str
    moved: tuple[str, ...]


@dataclass(frozen=True)
class StoryUpdate:
    """What an assignment decided: the clusterer's new state, the article's story, merges and splits.

    ``merged`` pairs (absorbed story id, the id it was merged into); ``splits`` come before the
    merges (the clusterer splits the story an article joined, then merges it).
    """

    state: dict[str, Any]
    story_id: str
    merged: tuple[tuple[str, str], ...] = ()
    splits: tuple[Split, ...] = ()


@dataclass(frozen=True)
class StoredStory:
    """A story as kept in the store: its articles (store ids, oldest first) and outlets."""

    id: str
    title: str | None
    first_seen: str | None
    last_seen: str | None
    updated_at: str
    article_ids: tuple[int, ...] = ()
    outlets: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Filing:
    """One stored article to file: its id, the title and day (YYYY-MM-DD) its story takes on, and
    its cluster item id (what the clusterer calls it: a split names the articles it moves so)."""

    article_id: int
    title: str | None
    date: str | None
    item_id: str | None = None


@dataclass(frozen=True)
class Assignment:
    """Where one article of a window went: its story, the merges it caused ((absorbed, kept) pairs)
    and the splits (applied before the merges, as in :class:`StoryUpdate`)."""

    story_id: str
    merged: tuple[tuple[str, str], ...] = ()
    splits: tuple[Split, ...] = ()


@dataclass(frozen=True)
class WindowUpdate:
    """What a window's assignment decided: the clusterer's new state (data, or JSON text already
    encoded), and one assignment per article filed."""

    state: dict[str, Any] | str
    assignments: tuple[Assignment, ...]


class StoredState:
    """The clusterer state row, read inside the assignment's transaction only as far as the caller needs.

    A caller that kept the clusterer in memory since it last wrote the state checks the
    state's first characters (:meth:`head`: a token it wrote there) instead of reading and
    decoding the whole state, which grows with the active stories (2 MB at 300).
    """

    def __init__(self, q: Callable[..., Any]) -> None:
        self._q = q

    def head(self, chars: int = 96) -> str | None:
        """The first ``chars`` characters of the stored state's JSON, or None when there is none."""
        row = self._q(f"SELECT substr(state, 1, {int(chars)}) FROM cluster_state WHERE name = ?",
                      (STATE_NAME,)).fetchone()
        return str(row[0]) if row else None

    def load(self) -> dict[str, Any] | None:
        """The stored state, decoded, or None when there is none."""
        row = self._q("SELECT state FROM cluster_state WHERE name = ?", (STATE_NAME,)).fetchone()
        return json.loads(row[0]) if row else None


Assign = Callable[[dict[str, Any] | None], StoryUpdate]
# Called with the stored state and the positions (in the window) of the articles not yet in a story,
# in order; returns one assignment per position.
AssignWindow = Callable[[StoredState, Sequence[int]], WindowUpdate]
STATE_NAME = "default"


class StoryTables:
    """Story operations of :class:`~newsbrief.store.sql.SQLStore` (mixed in; uses its helpers)."""

    conn: Any
    db_errors: ClassVar[tuple[type[Exception], ...]]

    if TYPE_CHECKING:  # provided by SQLStore
        def q(self, text: str, params: tuple[Any, ...] = ()) -> Any: ...
        def begin_write(self) -> None: ...
        def lock(self, key: str) -> None: ...

    def story_of(self, article_id: int) -> str | None:
        """The story an article belongs to (after merges), if any."""
        row = self.q("SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)).fetchone()
        return str(row[0]) if row else None

    def assign_story(self, article_id: int, assign: Assign, *, title: str | None, date: str | None,
                     stamp: str, item_id: str | None = None) -> str:
        """Put the stored article ``article_id`` into the story ``assign(state)`` chooses; return its id.

        ``date`` (YYYY-MM-DD) updates the story's first and last seen; ``stamp`` is the write time;
        ``item_id`` is the article's cluster item id (kept so that a later split can move it).
        """
        self.begin_write()
        try:
            self.lock("newsbrief-stories")
            known = self.story_of(article_id)
            if known is not None:
                self.conn.execute("COMMIT")
                return known
            row = self.q("SELECT state FROM cluster_state WHERE name = ?", (STATE_NAME,)).fetchone()
            update = assign(json.loads(row[0]) if row else None)
            self._write_state(update.state, stamp)
            self._apply(Filing(article_id, title, date, item_id), Assignment(update.story_id, update.merged,
                                                                               update.splits), stamp)
            self.conn.execute("COMMIT")
        except BaseException as exc:
            self.conn.execute("ROLLBACK")
            if isinstance(exc, self.db_errors):
                raise StoreError(f"the article's story could not be stored: {exc}; nothing was written, "
                                 "try again", retryable=True) from exc
            raise
        return update.story_id

    def stories_of(self, article_ids: Sequence[int]) -> dict[int, str]:
        """The stories of those of ``article_ids`` that are in one, by article id."""
        found: dict[int, str] = {}
        wanted = list(dict.fromkeys(article_ids))
        for start in range(0, len(wanted), 500):  # well under SQLite's 999 bound parameters
            chunk = wanted[start:start + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in self.q(f"SELECT article_id, story_id FROM story_articles WHERE article_id IN ({marks})",
                              tuple(chunk)).fetchall():
                found[int(row[0])] = str(row[1])
        return found

    def assign_stories(self, filings: Sequence[Filing], assign: AssignWindow, *, stamp: str) -> list[str]:
        """File a window of stored articles in one transaction; the story id of each, in order.

        Articles already in a story keep it and are not passed to ``assign``; the others are, by
        position (an article given twice, only the first time), with the state read once. The new
        state is written once, then each article's membership, story dates and merges in window
        order (what filing them one by one writes): splits, then membership, then merges.
        """
        self.begin_write()
        try:
            self.lock("newsbrief-stories")
            known = self.stories_of([f.article_id for f in filings])
            todo: list[int] = []
            seen = set(known)
            for index, filing in enumerate(filings):
                if filing.article_id not in seen:  # once each: two input items may store one article
                    seen.add(filing.article_id)
                    todo.append(index)
            if todo:
                update = assign(StoredState(self.q), todo)
                if len(update.assignments) != len(todo):
                    raise StoreError(f"the story assignment returned {len(update.assignments)} stories for "
                                     f"{len(todo)} articles; nothing was written")
                self._write_state(update.state, stamp)
                for index, assignment in zip(todo, update.assignments, strict=True):
                    moved = self._apply(filings[index], assignment, stamp)
                    # A later article of the window may have moved this one's story (or it) away.
                    known.update(moved)
                    known[filings[index].article_id] = assignment.story_id
                    for absorbed, kept in assignment.merged:
                        known = {a: (kept if s == absorbed else s) for a, s in known.items()}
            self.conn.execute("COMMIT")
        except BaseException as exc:
            self.conn.execute("ROLLBACK")
            if isinstance(exc, self.db_errors):
                raise StoreError(f"the stories of {len(filings)} articles could not be stored: {exc}; nothing "
                                 "was written, try again", retryable=True) from exc
            raise
        return [known[f.article_id] for f in filings]

    def _write_state(self, state: dict[str, Any] | str, stamp: str) -> None:
        text = state if isinstance(state, str) else json.dumps(state, separators=(",", ":"))
        self.q("INSERT INTO cluster_state (name, state, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) "
               "DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
               (STATE_NAME, text, stamp))

    def _apply(self, filing: Filing, assignment: Assignment, stamp: str) -> dict[int, str]:
        """Write one article's assignment: its story's splits, its membership, then the merges.

        Returns the stored articles the splits moved, by their new story (the article itself is
        filed after the splits, straight into the story it ended in).
        """
        moved: dict[int, str] = {}
        for split in assignment.splits:
            moved.update(dict.fromkeys(self._split(split, stamp), split.new))
        self._file(filing.article_id, assignment.story_id, filing.title, filing.date, stamp, filing.item_id)
        for absorbed, kept in assignment.merged:
            self._merge(absorbed, kept, stamp)
        return moved

    def _file(self, article_id: int, story_id: str, title: str | None, date: str | None, stamp: str,
              item_id: str | None = None) -> None:
        self._touch(story_id, title, date, stamp)
        self.q("INSERT INTO story_articles (article_id, story_id, added_at, item_id) VALUES (?, ?, ?, ?)",
               (article_id, story_id, stamp, item_id))

    def _touch(self, story_id: str, title: str | None, date: str | None, stamp: str) -> None:
        """Create the story row or widen its first/last seen to ``date``."""
        row = self.q("SELECT title, first_seen, last_seen FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None:
            self.q("INSERT INTO stories (id, title, first_seen, last_seen, created_at, updated_at) "
                   "VALUES (?, ?, ?, ?, ?, ?)", (story_id, title, date, date, stamp, stamp))
            return
        dates = [d for d in (row[1], row[2], date) if d]
        self.q("UPDATE stories SET title = ?, first_seen = ?, last_seen = ?, merged_into = NULL, updated_at = ? "
               "WHERE id = ?", (row[0] or title, min(dates, default=None), max(dates, default=None), stamp,
                                story_id))

    def _merge(self, absorbed: str, kept: str, stamp: str) -> None:
        """Move the absorbed story's articles to ``kept`` and leave a pointer behind."""
        if absorbed == kept:
            return
        row = self.q("SELECT title, first_seen, last_seen FROM stories WHERE id = ?", (absorbed,)).fetchone()
        if row is None:
            return
        self._touch(kept, row[0], row[1], stamp)
        if row[2]:
            self._touch(kept, row[0], row[2], stamp)
        self.q("UPDATE story_articles SET story_id = ? WHERE story_id = ?", (kept, absorbed))
        self.q("UPDATE stories SET merged_into = ?, updated_at = ? WHERE id = ?", (kept, stamp, absorbed))

    def _split(self, split: Split, stamp: str) -> list[int]:
        """Move the kept story's articles named in ``split.moved`` to the new story; the stored ids moved.

        Only membership rows change (an article is never in two stories or none). A moved id
        that names none of the kept story's rows (the article that caused the split, not filed
        yet) moves nothing. The new id may be one an earlier merge absorbed (the clusterer names
        a story after its first article): that row is taken up again, no longer merged.
        """
        if self.q("SELECT 1 FROM stories WHERE id = ?", (split.new,)).fetchone() is None:  # before its members
            self.q("INSERT INTO stories (id, created_at, updated_at) VALUES (?, ?, ?)", (split.new, stamp, stamp))
        moved: list[int] = []
        wanted = list(dict.fromkeys(split.moved))
        for start in range(0, len(wanted), 500):  # well under SQLite's 999 bound parameters
            chunk = wanted[start:start + 500]
            marks = ", ".join("?" for _ in chunk)
            moved += [int(r[0]) for r in self.q(
                f"UPDATE story_articles SET story_id = ? WHERE story_id = ? AND item_id IN ({marks}) "
                "RETURNING article_id", (split.new, split.kept, *chunk)).fetchall()]
        self._refresh(split.kept, stamp, keep_title=True)
        self._refresh(split.new, stamp, keep_title=False)
        return moved

    def _refresh(self, story_id: str, stamp: str, *, keep_title: bool) -> None:
        """Work a story row's title and first/last seen out again from the articles it holds now.

        The title is its earliest article's (a kept story keeps its own while an article of that
        title is still in it); each article's day is its publication day, else the day it was filed.
        """
        rows = self.q("SELECT a.title, a.published, m.added_at FROM story_articles m JOIN articles a "
                      "ON a.id = m.article_id WHERE m.story_id = ? ORDER BY COALESCE(a.published, m.added_at), "
                      "a.id", (story_id,)).fetchall()
        titles = [str(r[0]) for r in rows if r[0]]
        days = [d for d in (_day(r[1]) or _day(r[2]) for r in rows) if d]
        title = titles[0] if titles else None
        if keep_title:
            row = self.q("SELECT title FROM stories WHERE id = ?", (story_id,)).fetchone()
            title = row[0] if row and row[0] in titles else title
        self.q("UPDATE stories SET title = ?, first_seen = ?, last_seen = ?, merged_into = NULL, updated_at = ? "
               "WHERE id = ?", (title, min(days, default=None), max(days, default=None), stamp, story_id))

    def get_story(self, story_id: str) -> StoredStory | None:
        """One story by id; the id of a story merged into another leads to that one."""
        for _ in range(16):  # merge chains are short; a cycle cannot loop forever
            row = self.q("SELECT id, title, first_seen, last_seen, updated_at, merged_into FROM stories "
                         "WHERE id = ?", (story_id,)).fetchone()
            if row is None:
                return None
            if not row[5]:
                break
            story_id = row[5]
        members = self.q(
            "SELECT a.id, a.outlet FROM story_articles m JOIN articles a ON a.id = m.article_id "
            "WHERE m.story_id = ? ORDER BY COALESCE(a.published, m.added_at), a.id", (row[0],)).fetchall()
        outlets = tuple(dict.fromkeys(str(m[1]) for m in members if m[1]))
        return StoredStory(str(row[0]), row[1], row[2], row[3], str(row[4]),
                           tuple(int(m[0]) for m in members), outlets)

    def list_stories(self, since: str | None = None, limit: int = 20, offset: int = 0) -> list[StoredStory]:
        """Stories with at least one article, most recently seen first; ``since`` (YYYY-MM-DD) filters by last seen."""
        rows = self.q(
            "SELECT s.id FROM stories s WHERE s.merged_into IS NULL AND (CAST(? AS TEXT) IS NULL OR s.last_seen >= ?) "
            "AND EXISTS (SELECT 1 FROM story_articles m WHERE m.story_id = s.id) "
            "ORDER BY s.last_seen DESC, s.updated_at DESC, s.id LIMIT ? OFFSET ?",
            (since, since, limit, offset)).fetchall()
        stories = [self.get_story(str(r[0])) for r in rows]
        return [s for s in stories if s is not None]


def _day(value: Any) -> str | None:
    """The YYYY-MM-DD start of a stored date or timestamp, or None (as the filer reads an article's date)."""
    text = str(value) if value else ""
    return text[:10] if len(text) >= 10 and text[4] == "-" and text[7] == "-" else None
