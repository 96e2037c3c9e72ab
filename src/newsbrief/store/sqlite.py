"""SQLite backend (the default): one file, WAL mode, busy_timeout, FTS5 search."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from newsbrief.errors import StoreBusyError, StoreError
from newsbrief.store.base import MARK_END, MARK_START, SearchHit
from newsbrief.store.follows import follow_tables
from newsbrief.store.ledger import ledger_tables
from newsbrief.store.sql import SQLStore, core_tables, flag_tables
from newsbrief.store.stories import story_item_column, story_tables

# Writers wait this long for the write lock instead of failing with "database is locked";
# 8 processes x 200 writes on 2 cores needed under 1 s each in tests/store.
BUSY_TIMEOUT_MS = 30_000

MIGRATIONS = [
    [
        *core_tables("INTEGER PRIMARY KEY AUTOINCREMENT", "INTEGER"),
        """CREATE VIRTUAL TABLE search USING fts5(
            title, body, statements, brief_id UNINDEXED, tokenize = 'porter unicode61')""",
    ],
    story_tables("INTEGER"),
    ledger_tables("INTEGER"),
    flag_tables("INTEGER PRIMARY KEY AUTOINCREMENT", "INTEGER"),
    follow_tables("INTEGER PRIMARY KEY AUTOINCREMENT", "INTEGER"),
    story_item_column(),
]


def fts_query(query: str) -> str:
    """User words as an FTS5 query: every word must match (prefix for the last)."""
    words = re.findall(r"\w+", query)
    if not words:
        return '""'
    return " ".join(f'"{w}"' for w in words[:-1]) + f' "{words[-1]}"*'


class SQLiteStore(SQLStore):
    """Store in one SQLite file."""

    migrations = MIGRATIONS

    def __init__(self, path: Path) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                   check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = NORMAL")
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the database {path}: {exc}; check the path and "
                                 "its permissions, or pass --db") from exc
        self.path = path
        super().__init__(conn)

    db_errors = (sqlite3.Error,)

    def begin_write(self) -> None:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreBusyError(f"the database {self.path} stayed locked by another writer for "
                                     f"{BUSY_TIMEOUT_MS / 1000:g} s; try again") from exc
            raise

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Ranked full-text search over titles, article text and brief statements."""
        rows = self.conn.execute(
            "SELECT brief_id, title, snippet(search, -1, ?, ?, '…', 16), "
            "bm25(search, 5.0, 1.0, 2.0) AS rank FROM search WHERE search MATCH ? "
            "ORDER BY rank LIMIT ? OFFSET ?",
            (MARK_START, MARK_END, fts_query(query), limit, offset),
        ).fetchall()
        return [SearchHit(int(r[0]), r[1] or None, r[2], -float(r[3])) for r in rows]

    def integrity_ok(self) -> bool:
        """``PRAGMA integrity_check`` answers ok."""
        return bool(self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
