"""Storage of articles and briefs: SQLite by default, PostgreSQL for a postgresql:// URL."""

from __future__ import annotations

from pathlib import Path

from newsbrief.store.base import SearchHit, Store, StoredArticle, StoredBrief, canonical_url, content_hash


def default_db_path() -> Path:
    """The SQLite file in the user data directory."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("newsbrief", appauthor=False)) / "newsbrief.db"


def open_store(db: str | None) -> Store:
    """Open the store named by ``db``: a postgresql:// URL, a file path, or empty for the default."""
    if db and db.startswith(("postgresql://", "postgres://")):
        from newsbrief.store.postgres import PostgresStore

        return PostgresStore(db)
    from newsbrief.store.sqlite import SQLiteStore

    path = Path(db.removeprefix("sqlite:///")) if db else default_db_path()
    return SQLiteStore(path)


__all__ = ["SearchHit", "Store", "StoredArticle", "StoredBrief", "canonical_url", "content_hash",
           "default_db_path", "open_store"]
