"""The store logic shared by SQLite and PostgreSQL, over a DB-API connection.

Writes run in one explicit transaction each (``BEGIN IMMEDIATE`` on SQLite,
so concurrent writers queue on ``busy_timeout`` instead of failing; advisory
locks on PostgreSQL, so two writers of the same article cannot race). An
article is identified by its canonical URL, else by its content hash;
briefing it again replaces its brief for the same engine version in place.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any, ClassVar

from newsbrief.errors import StoreError
from newsbrief.models import Brief
from newsbrief.store.base import (
    SearchHit,
    StoredArticle,
    StoredBrief,
    StoredFlag,
    brief_json,
    canonical_url,
    content_hash,
    statements_text,
)
from newsbrief.store.ledger import LedgerTables
from newsbrief.store.stories import StoryTables


def core_tables(key: str, ref: str) -> list[str]:
    """The first migration's tables both backends share, in one dialect.

    ``key`` is the auto-increment primary key declaration, ``ref`` the type of a
    column that references one; only the search table differs between backends.
    """
    return [
        f"""CREATE TABLE articles (
            id {key},
            canonical_url TEXT UNIQUE,
            content_hash TEXT NOT NULL UNIQUE,
            title TEXT, outlet TEXT, author TEXT, published TEXT, url TEXT,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
        f"""CREATE TABLE sentences (
            article_id {ref} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            sid TEXT NOT NULL, idx INTEGER NOT NULL, text TEXT NOT NULL,
            start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
            PRIMARY KEY (article_id, sid))""",
        f"""CREATE TABLE briefs (
            id {key},
            article_id {ref} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            engine_name TEXT NOT NULL, engine_version TEXT NOT NULL,
            brief_json TEXT NOT NULL, created_at TEXT NOT NULL,
            UNIQUE (article_id, engine_name, engine_version))""",
        "CREATE INDEX briefs_created ON briefs (created_at)",
    ]


def flag_tables(key: str, ref: str) -> list[str]:
    """The flags migration, in either dialect (``key`` and ``ref`` as in :func:`core_tables`).

    A flag goes with its brief (deleted with it); the item's text is kept beside its index because
    briefing the article again replaces the brief in place and may reorder the items.
    """
    return [
        f"""CREATE TABLE flags (
            id {key},
            brief_id {ref} NOT NULL REFERENCES briefs(id) ON DELETE CASCADE,
            section TEXT NOT NULL, item INTEGER NOT NULL, text TEXT NOT NULL, note TEXT NOT NULL,
            created_at TEXT NOT NULL)""",
        "CREATE INDEX flags_brief ON flags (brief_id)",
    ]


def now() -> str:
    """The current UTC time as ISO text."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class SQLStore(StoryTables, LedgerTables):
    """Backend-neutral store; subclasses supply the connection and dialect details."""

    placeholder = "?"
    migrations: ClassVar[list[list[str]]] = []
    # The driver's error classes, reported as StoreError (no partial write: the transaction rolls back).
    db_errors: ClassVar[tuple[type[Exception], ...]] = ()

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.migrate()

    # -- dialect hooks -------------------------------------------------
    def begin_write(self) -> None:
        self.conn.execute("BEGIN")

    def lock(self, key: str) -> None:
        """Serialise writers of the same article (no-op where the whole DB is locked)."""

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        raise NotImplementedError

    # -- helpers ----------------------------------------------------------
    def sql(self, text: str) -> str:
        return text if self.placeholder == "?" else text.replace("?", self.placeholder)

    def q(self, text: str, params: tuple[Any, ...] = ()) -> Any:
        return self.conn.execute(self.sql(text), params)

    def migrate(self) -> None:
        """Apply pending migrations, each in its own transaction."""
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT)"
        )
        row = self.conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
        current = row[0] or 0
        for version, statements in enumerate(self.migrations, start=1):
            if version <= current:
                continue
            self.begin_write()
            try:
                done = self.q("SELECT 1 FROM schema_migrations WHERE version = ?", (version,)).fetchone()
                if not done:  # another process may have migrated while we waited
                    for statement in statements:
                        self.conn.execute(statement)
                    self.q("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)",
                           (version, now()))
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    # -- writes ---------------------------------------------------------
    def save(self, brief: Brief, article_text: str) -> int:
        """Store an article and its brief; return the brief id (stable across re-briefing)."""
        source = brief.source
        url = canonical_url(source.url)
        digest = content_hash(article_text)
        stamp = now()
        self.begin_write()
        try:
            self.lock(url or digest)
            if url:
                self.lock(digest)
            row = None
            if url:
                row = self.q("SELECT id FROM articles WHERE canonical_url = ?", (url,)).fetchone()
            if row is None:
                row = self.q("SELECT id FROM articles WHERE content_hash = ?", (digest,)).fetchone()
            values = (url, digest, source.title, source.outlet, source.author, source.date,
                      source.url, article_text)
            if row is None:
                article_id = self.q(
                    "INSERT INTO articles (canonical_url, content_hash, title, outlet, author, published, "
                    "url, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    (*values, stamp, stamp),
                ).fetchone()[0]
            else:
                article_id = row[0]
                clash = self.q("SELECT id FROM articles WHERE content_hash = ? AND id <> ?",
                               (digest, article_id)).fetchone()
                if clash:  # same text already stored under another URL: keep that hash there
                    digest = f"{digest}:{article_id}"
                self.q(
                    "UPDATE articles SET canonical_url = COALESCE(?, canonical_url), content_hash = ?, "
                    "title = ?, outlet = ?, author = ?, published = ?, url = COALESCE(?, url), text = ?, "
                    "updated_at = ? WHERE id = ?",
                    (url, digest, *values[2:6], source.url, article_text, stamp, article_id),
                )
            self.q("DELETE FROM sentences WHERE article_id = ?", (article_id,))
            for s in brief.sentences:
                self.q("INSERT INTO sentences (article_id, sid, idx, text, start_offset, end_offset) "
                       "VALUES (?, ?, ?, ?, ?, ?)", (article_id, s.id, s.index, s.text, s.start, s.end))
            brief_id = self.q(
                "INSERT INTO briefs (article_id, engine_name, engine_version, brief_json, created_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id, engine_name, engine_version) "
                "DO UPDATE SET brief_json = excluded.brief_json, created_at = excluded.created_at "
                "RETURNING id",
                (article_id, brief.engine.name, brief.engine.version, brief_json(brief), stamp),
            ).fetchone()[0]
            self.q("DELETE FROM search WHERE brief_id = ?", (brief_id,))
            self.q("INSERT INTO search (brief_id, title, body, statements) VALUES (?, ?, ?, ?)",
                   (brief_id, source.title or "", article_text, statements_text(brief)))
            self.conn.execute("COMMIT")
        except BaseException as exc:
            self.conn.execute("ROLLBACK")
            if isinstance(exc, self.db_errors):
                raise StoreError(f"the brief could not be stored: {exc}; nothing was written, "
                                 "try again", retryable=True) from exc
            raise
        return int(brief_id)

    def delete_brief(self, brief_id: int) -> bool:
        """Delete one brief (its article stays); True when it existed."""
        self.begin_write()
        try:
            self.q("DELETE FROM search WHERE brief_id = ?", (brief_id,))
            gone = self.q("DELETE FROM briefs WHERE id = ? RETURNING id", (brief_id,)).fetchone()
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return gone is not None

    # -- reads ------------------------------------------------------------
    _BRIEF_COLUMNS = ("SELECT b.id, b.article_id, a.title, a.url, b.engine_name || ' ' || b.engine_version, "
                      "b.created_at, b.brief_json, a.content_hash FROM briefs b JOIN articles a ON a.id = b.article_id")

    def _brief(self, row: Any) -> StoredBrief:
        data = json.loads(row[6])
        if not data.get("article_id"):
            # Briefs stored before article ids: the id is the start of the content hash.
            data["article_id"] = str(row[7])[:16]
        return StoredBrief(int(row[0]), int(row[1]), row[2], row[3], row[4], row[5], data)

    def get_brief(self, brief_id: int) -> StoredBrief | None:
        """One brief by id."""
        row = self.q(self._BRIEF_COLUMNS + " WHERE b.id = ?", (brief_id,)).fetchone()
        return self._brief(row) if row else None

    def list_briefs(self, limit: int = 20, offset: int = 0) -> list[StoredBrief]:
        """Briefs, newest first."""
        rows = self.q(self._BRIEF_COLUMNS + " ORDER BY b.created_at DESC, b.id DESC LIMIT ? OFFSET ?",
                      (limit, offset)).fetchall()
        return [self._brief(r) for r in rows]

    def get_article(self, article_id: int) -> StoredArticle | None:
        """One article by id, with the ids of its briefs."""
        row = self.q("SELECT id, canonical_url, content_hash, title, outlet, author, published, text, "
                     "created_at FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        briefs = self.q("SELECT id FROM briefs WHERE article_id = ? ORDER BY id", (article_id,)).fetchall()
        return StoredArticle(int(row[0]), row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8],
                             tuple(int(b[0]) for b in briefs))

    # -- flags ------------------------------------------------------------
    def add_flag(self, brief_id: int, section: str, item: int, text: str, note: str = "") -> int:
        """Store a reader's flag on item ``item`` of ``section`` of the brief; return the flag's id."""
        self.begin_write()
        try:
            row = self.q("INSERT INTO flags (brief_id, section, item, text, note, created_at) "
                         "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                         (brief_id, section, item, text, note, now())).fetchone()
            self.conn.execute("COMMIT")
        except BaseException as exc:
            self.conn.execute("ROLLBACK")
            if isinstance(exc, self.db_errors):
                raise StoreError(f"the flag could not be stored: {exc}; nothing was written, try again",
                                 retryable=True) from exc
            raise
        return int(row[0])

    def list_flags(self, limit: int = 100, offset: int = 0, brief_id: int | None = None) -> list[StoredFlag]:
        """Flags, newest first (only those of ``brief_id`` when given)."""
        rows = self.q("SELECT id, brief_id, section, item, text, note, created_at FROM flags "
                      "WHERE (CAST(? AS BIGINT) IS NULL OR brief_id = ?) ORDER BY id DESC LIMIT ? OFFSET ?",
                      (brief_id, brief_id, limit, offset)).fetchall()
        return [StoredFlag(int(r[0]), int(r[1]), r[2], int(r[3]), r[4], r[5], r[6]) for r in rows]

    def counts(self) -> dict[str, int]:
        """Row counts per table (for tests and `newsbrief list`)."""
        return {t: int(self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0])
                for t in ("articles", "sentences", "briefs", "search", "stories", "story_articles")}

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()
