"""PostgreSQL backend (psycopg 3): the only module that imports psycopg; tsvector search."""

from __future__ import annotations

from typing import Any

import psycopg

from newsbrief.errors import StoreError
from newsbrief.store.base import MARK_END, MARK_START, SearchHit
from newsbrief.store.follows import follow_tables
from newsbrief.store.ledger import ledger_tables
from newsbrief.store.sql import SQLStore, core_tables, flag_tables
from newsbrief.store.stories import story_item_column, story_tables

MIGRATIONS = [
    [
        *core_tables("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "BIGINT"),
        """CREATE TABLE search (
            brief_id BIGINT PRIMARY KEY REFERENCES briefs(id) ON DELETE CASCADE,
            title TEXT NOT NULL, body TEXT NOT NULL, statements TEXT NOT NULL,
            document tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('english', title), 'A') ||
                setweight(to_tsvector('english', statements), 'B') ||
                setweight(to_tsvector('english', body), 'C')) STORED)""",
        "CREATE INDEX search_document ON search USING GIN (document)",
    ],
    story_tables("BIGINT"),
    ledger_tables("BIGINT"),
    flag_tables("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "BIGINT"),
    follow_tables("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "BIGINT"),
    story_item_column(),
]


class PostgresStore(SQLStore):
    """Store in a PostgreSQL database given by a postgresql:// URL."""

    placeholder = "%s"
    db_errors = (psycopg.Error,)
    migrations = MIGRATIONS

    def __init__(self, url: str) -> None:
        try:
            conn: Any = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            # The server may be starting or restarting: worth another try.
            raise StoreError(f"cannot connect to PostgreSQL: {exc}; check the --db URL "
                             "(postgresql://user:password@host:port/dbname)", retryable=True) from exc
        self.url = url
        # The migration itself must not race another process creating the same tables.
        conn.execute("SELECT pg_advisory_lock(7461)")
        try:
            super().__init__(conn)
        finally:
            conn.execute("SELECT pg_advisory_unlock(7461)")

    def lock(self, key: str) -> None:
        self.conn.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (key,))

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Ranked full-text search over titles, article text and brief statements."""
        options = f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=30, MinWords=10, MaxFragments=2"
        rows = self.conn.execute(
            "SELECT s.brief_id, s.title, ts_headline('english', s.statements || ' ' || s.body, q, %s), "
            "ts_rank(s.document, q) AS rank FROM search s, websearch_to_tsquery('english', %s) q "
            "WHERE s.document @@ q ORDER BY rank DESC, s.brief_id DESC LIMIT %s OFFSET %s",
            (options, query, limit, offset),
        ).fetchall()
        return [SearchHit(int(r[0]), r[1] or None, r[2], float(r[3])) for r in rows]
