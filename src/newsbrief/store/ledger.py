"""The batch ledger: which input items a batch run has done, failed or is retrying.

``newsbrief batch`` keys every input item (its canonical URL, else the SHA-256
of its raw bytes) and records here what became of it, so a run killed at any
point (the driver or a worker, ``kill -9``) is finished by running the same
command again: items the ledger marks ``done`` are skipped, the rest are briefed
again and written with the store's idempotent upserts. ``failed`` items (an
input error, or a poison item that crashed or stalled its worker too often)
are skipped too until ``newsbrief batch --retry-failed``. ``retrying`` rows
keep the tries and last error of an item that failed transiently and is not
finished yet.

A table in the library database (not a side file) because the ledger must be
as durable as the briefs it describes and visible to every machine that
writes them (PostgreSQL for a Ray cluster).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

LedgerStatus = Literal["done", "failed", "retrying"]
STATUSES: tuple[LedgerStatus, ...] = ("done", "failed", "retrying")
# Keys are looked up this many at a time (well under SQLite's 999 bound parameters).
LOOKUP_CHUNK = 500


def ledger_tables(ref: str) -> list[str]:
    """The ledger migration, in either dialect (``ref`` is the type of an articles.id reference)."""
    return [
        f"""CREATE TABLE batch_ledger (
            key TEXT PRIMARY KEY, status TEXT NOT NULL, stage TEXT, error TEXT,
            tries INTEGER NOT NULL DEFAULT 0,
            article_id {ref} REFERENCES articles(id) ON DELETE SET NULL,
            source TEXT, updated_at TEXT NOT NULL)""",
        "CREATE INDEX batch_ledger_status ON batch_ledger (status)",
    ]


@dataclass(frozen=True)
class LedgerEntry:
    """One ledger row: an item's key, what became of it, and where it failed last."""

    key: str
    status: LedgerStatus
    stage: str | None
    error: str | None
    tries: int
    article_id: int | None
    source: str | None
    updated_at: str


def _stamp() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _entry(row: Any) -> LedgerEntry:
    return LedgerEntry(str(row[0]), row[1], row[2], row[3], int(row[4]),
                       None if row[5] is None else int(row[5]), row[6], str(row[7]))


_COLUMNS = "SELECT key, status, stage, error, tries, article_id, source, updated_at FROM batch_ledger"


class LedgerTables:
    """Ledger operations of :class:`~newsbrief.store.sql.SQLStore` (mixed in; uses its helpers).

    Each write is one small upsert in its own transaction: recording an item
    twice leaves one row, so a re-run that redoes an item cannot duplicate it.
    """

    conn: Any

    if TYPE_CHECKING:  # provided by SQLStore
        def q(self, text: str, params: tuple[Any, ...] = ()) -> Any: ...
        def begin_write(self) -> None: ...

    def _upsert(self, key: str, status: LedgerStatus, stage: str | None, error: str | None, tries: int,
                article_id: int | None, source: str | None) -> None:
        self.begin_write()
        try:
            self.q("INSERT INTO batch_ledger (key, status, stage, error, tries, article_id, source, updated_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET status = excluded.status, "
                   "stage = excluded.stage, error = excluded.error, tries = excluded.tries, "
                   "article_id = excluded.article_id, source = excluded.source, updated_at = excluded.updated_at",
                   (key, status, stage, error, tries, article_id, source, _stamp()))
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def record_done(self, key: str, article_id: int | None, *, tries: int = 1, source: str | None = None) -> None:
        """Mark ``key`` done: its brief (stored article ``article_id``) and story are written."""
        self._upsert(key, "done", None, None, tries, article_id, source)

    def record_failure(self, key: str, stage: str, error: str, *, tries: int, final: bool,
                       source: str | None = None) -> None:
        """Record that ``key`` failed at ``stage``: ``failed`` when ``final``, else ``retrying``."""
        self._upsert(key, "failed" if final else "retrying", stage, error, tries, None, source)

    def ledger_entries(self, keys: Iterable[str]) -> dict[str, LedgerEntry]:
        """The ledger rows of ``keys`` that exist, by key."""
        wanted = list(dict.fromkeys(keys))
        found: dict[str, LedgerEntry] = {}
        for start in range(0, len(wanted), LOOKUP_CHUNK):
            chunk = wanted[start:start + LOOKUP_CHUNK]
            marks = ", ".join("?" for _ in chunk)
            for row in self.q(f"{_COLUMNS} WHERE key IN ({marks})", tuple(chunk)).fetchall():
                entry = _entry(row)
                found[entry.key] = entry
        return found

    def ledger_list(self, status: LedgerStatus | None = None, limit: int = 100) -> list[LedgerEntry]:
        """Ledger rows (of one ``status``, if given), most recently updated first."""
        rows = self.q(f"{_COLUMNS} WHERE (CAST(? AS TEXT) IS NULL OR status = ?) "
                      "ORDER BY updated_at DESC, key LIMIT ?", (status, status, limit)).fetchall()
        return [_entry(r) for r in rows]

    def ledger_counts(self) -> dict[str, int]:
        """How many items the ledger holds per status (every status present, zero when none)."""
        counts: dict[str, int] = dict.fromkeys(STATUSES, 0)
        for status, count in self.q("SELECT status, COUNT(*) FROM batch_ledger GROUP BY status").fetchall():
            counts[str(status)] = int(count)
        return counts
