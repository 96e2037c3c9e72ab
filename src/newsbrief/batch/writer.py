"""Where batch results go, and in what order: filing windows, the store sink and the JSONL sink.

Workers finish items in any order; the driver alone writes. Results wait in
a :class:`FilingWindows` until every item of their window (``size``
consecutive input items) is resolved, and a window is written in
publication order (then input order): each item's idempotent upsert, then
the whole window filed into stories in one transaction (one read and one
write of the clusterer state, :func:`~newsbrief.stories.library.file_items_into_stories`),
then the ledger's ``done`` of each item. The stories depend only on the
input, never on the number of workers or on which worker was faster, and a
run killed anywhere and run again writes the same rows: items already
``done`` are skipped, a window whose filing did not commit is filed again
whole (the upserts find the stored articles), and one that committed keeps
its stories (filing an article again changes nothing).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from newsbrief.batch.items import Briefed, Task
from newsbrief.errors import InputError, NewsbriefError
from newsbrief.serialize import brief_dict
from newsbrief.store.base import Store
from newsbrief.store.ledger import LedgerEntry
from newsbrief.stories.library import ClustererCache, StoryFiling, file_items_into_stories, filing_of

log = logging.getLogger(__name__)
Entry = tuple[Task, Briefed]


@dataclass(frozen=True, slots=True)
class Written:
    """What became of one item of a written window: its story, or the store error that failed it."""

    task: Task
    story: str | None = None
    error: str | None = None


def filing_order(entry: Entry) -> tuple[bool, str, int]:
    """Dated articles first, oldest first; then input order (undated ones keep it)."""
    date = entry[1].brief.source.date
    return (date is None, (date or "")[:10], entry[0].seq)


class FilingWindows:
    """Results held until their window of ``size`` input items is complete, then released in filing order."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.pending: dict[int, Entry | None] = {}
        self.next = 0  # the first input position not yet released
        self.total: int | None = None

    def resolve(self, seq: int, entry: Entry | None) -> None:
        """Item ``seq`` is finished: a result to write, or ``None`` (skipped or failed)."""
        self.pending[seq] = entry

    def end(self, total: int) -> None:
        """The input ended after ``total`` items: the last window may be short."""
        self.total = total

    def held(self) -> int:
        """How many input positions are read but not yet released."""
        return len(self.pending)

    def done(self) -> bool:
        """Every window is released."""
        return self.total is not None and self.next >= self.total

    def ready(self) -> Iterator[list[Entry]]:
        """Each complete window's results, in filing order, oldest window first."""
        while True:
            stop = self.next + self.size
            if self.total is not None:
                stop = min(stop, self.total)
            if stop <= self.next or any(seq not in self.pending for seq in range(self.next, stop)):
                return
            entries = [self.pending.pop(seq) for seq in range(self.next, stop)]
            self.next = stop
            yield sorted((e for e in entries if e is not None), key=filing_order)


class Sink(Protocol):
    """Where the driver writes: the ledger lookups, a window of briefed items, a failed one.

    ``lookup`` is called from the driver's loop while ``write_window`` and ``fail`` run on its
    writer thread; a sink makes that safe.
    """

    def lookup(self, key: str) -> LedgerEntry | None: ...
    def write_window(self, window: list[Entry]) -> list[Written]: ...
    def fail(self, key: str, stage: str, error: str, *, tries: int, final: bool, label: str) -> None: ...
    def close(self) -> None: ...


class StoreSink:
    """Writes to the library database: the articles and briefs, their stories, then the ledger's ``done``.

    ``reader``, a second connection to the same database, serves the driver's ledger lookups
    while a window is being written (a window takes a second or more; sharing one connection
    would make the loop wait for it and leave the workers idle). Without one, the lookups
    share the writer's connection under a lock.
    """

    def __init__(self, store: Store, *, stories: bool = True, reader: Store | None = None) -> None:
        self.store = store
        self.stories = stories
        self.reader = reader or store
        self.lock = threading.Lock()
        self.cache = ClustererCache()  # the clusterer kept between windows: this sink is the one filer
        self.read_lock: contextlib.AbstractContextManager[object] = (
            self.lock if reader is None else contextlib.nullcontext())

    def lookup(self, key: str) -> LedgerEntry | None:
        """The ledger row of ``key``, if any."""
        with self.read_lock:
            return self.reader.ledger_entries([key]).get(key)

    def _save(self, result: Briefed) -> int:
        """Store one brief (an upsert); the stored article's id."""
        brief_id = self.store.save(result.brief, result.brief.text)
        stored = self.store.get_brief(brief_id)
        if stored is None:  # deleted by someone else between the two statements: write it again next run
            raise InputError(f"brief {brief_id} vanished while it was being filed; run the batch again")
        return stored.article_id

    def write_window(self, window: list[Entry]) -> list[Written]:
        """Store each brief, file the window into stories at once, mark each item done; in window order.

        An item the store refuses for good (not a transient error, which is raised for the
        driver to retry the whole window) is returned with its error and left out of the filing.
        """
        with self.lock:
            written: dict[int, Written] = {}
            saved: list[tuple[Task, StoryFiling]] = []
            for task, result in window:
                try:
                    saved.append((task, filing_of(self._save(result), result.doc)))
                except NewsbriefError as exc:
                    if exc.retryable:
                        raise
                    written[task.seq] = Written(task, error=str(exc))
            for (task, filing), story, error in self._file([f for _, f in saved], [t for t, _ in saved]):
                if error is None:
                    self.store.record_done(task.key, filing.article_id, tries=task.tries + 1, source=task.label)
                written[task.seq] = Written(task, story, error)
            return [written[task.seq] for task, _ in window]

    def _file(self, filings: list[StoryFiling],
              tasks: list[Task]) -> list[tuple[tuple[Task, StoryFiling], str | None, str | None]]:
        """File the window; if the store refuses it for good, each article alone, so one bad item fails alone."""
        pairs = list(zip(tasks, filings, strict=True))
        if not self.stories:
            return [(pair, None, None) for pair in pairs]
        try:
            stories = file_items_into_stories(self.store, filings, self.cache)
            return [(pair, story, None) for pair, story in zip(pairs, stories, strict=True)]
        except NewsbriefError as exc:
            if exc.retryable:
                raise
            log.warning("filing a window of %d articles failed (%s); filing them one by one", len(filings), exc)
        out: list[tuple[tuple[Task, StoryFiling], str | None, str | None]] = []
        for pair in pairs:
            try:
                out.append((pair, file_items_into_stories(self.store, [pair[1]], self.cache)[0], None))
            except NewsbriefError as exc:
                if exc.retryable:
                    raise
                out.append((pair, None, str(exc)))
        return out

    def fail(self, key: str, stage: str, error: str, *, tries: int, final: bool, label: str) -> None:
        """Record a failed try (``final``: the item is given up until ``--retry-failed``)."""
        with self.lock:
            self.store.record_failure(key, stage, error, tries=tries, final=final, source=label)

    def close(self) -> None:
        """Close the store (and the lookup connection)."""
        self.store.close()
        if self.reader is not self.store:
            self.reader.close()


class JsonlSink:
    """Writes one JSON line per item to a file; the file itself is the ledger (the last line of a key wins).

    Lines are ``{"key", "status": "done", "source", "brief"}`` or ``{"key", "status": "failed",
    "source", "stage", "error", "tries"}``. A line cut short by a kill is dropped when the
    file is opened again, so a re-run appends only what is missing.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.known: dict[str, LedgerEntry] = {}
        if path.exists():
            self._recover()
        self.stream = path.open("a", encoding="utf-8")

    def _recover(self) -> None:
        data = self.path.read_bytes()
        keep = data.rfind(b"\n") + 1
        if keep < len(data):  # a half-written last line from a killed run
            with self.path.open("r+b") as stream:
                stream.truncate(keep)
        for number, line in enumerate(data[:keep].decode("utf-8").splitlines(), start=1):
            try:
                row = json.loads(line)
                self.known[row["key"]] = LedgerEntry(row["key"], row["status"], row.get("stage"),
                                                     row.get("error"), int(row.get("tries", 1)), None,
                                                     row.get("source"), "")
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(f"{self.path} line {number} is not a batch output line ({exc}); "
                                 "pass a new --out file") from None

    def lookup(self, key: str) -> LedgerEntry | None:
        """What an earlier run wrote for ``key``, if anything."""
        return self.known.get(key)

    def _line(self, row: dict[str, object]) -> None:
        self.stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        self.stream.flush()

    def write_window(self, window: list[Entry]) -> list[Written]:
        """Append each item's brief (no stories without a database)."""
        for task, result in window:
            self._line({"key": task.key, "status": "done", "source": task.label,
                        "brief": brief_dict(result.brief)})
        return [Written(task) for task, _ in window]

    def fail(self, key: str, stage: str, error: str, *, tries: int, final: bool, label: str) -> None:
        """Append a failed item (a try that will be retried is not written)."""
        if final:
            self._line({"key": key, "status": "failed", "source": label, "stage": stage, "error": error,
                        "tries": tries})

    def close(self) -> None:
        """Flush the file to disk and close it."""
        self.stream.flush()
        os.fsync(self.stream.fileno())
        self.stream.close()
