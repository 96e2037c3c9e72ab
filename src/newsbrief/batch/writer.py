"""Where batch results go, and in what order: filing windows, the store sink and the JSONL sink.

Workers finish items in any order; the driver alone writes. Results wait in
a :class:`FilingWindows` until every item of their window (``size``
consecutive input items) is resolved, and a window is written in
publication order (then input order). Each write is an idempotent upsert
followed by the story filing and the ledger's ``done``, so the stories
depend only on the input, never on the number of workers or on which worker
was faster, and a run killed anywhere and run again writes the same rows:
items already ``done`` are skipped and every item after them is written in
the same order as an uninterrupted run would have.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from newsbrief.batch.items import Briefed, Task
from newsbrief.errors import InputError
from newsbrief.serialize import brief_dict
from newsbrief.store.base import Store
from newsbrief.store.ledger import LedgerEntry
from newsbrief.stories.library import file_into_story

Entry = tuple[Task, Briefed]


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
    """Where the driver writes: the ledger lookups, a briefed item, a failed one."""

    def lookup(self, key: str) -> LedgerEntry | None: ...
    def write(self, task: Task, result: Briefed) -> str | None: ...
    def fail(self, key: str, stage: str, error: str, *, tries: int, final: bool, label: str) -> None: ...
    def close(self) -> None: ...


class StoreSink:
    """Writes to the library database: the article and brief, its story, then the ledger's ``done``."""

    def __init__(self, store: Store, *, stories: bool = True) -> None:
        self.store = store
        self.stories = stories

    def lookup(self, key: str) -> LedgerEntry | None:
        """The ledger row of ``key``, if any."""
        return self.store.ledger_entries([key]).get(key)

    def write(self, task: Task, result: Briefed) -> str | None:
        """Store the brief (an upsert), file the article into its story, mark the item done; the story id."""
        brief_id = self.store.save(result.brief, result.brief.text)
        stored = self.store.get_brief(brief_id)
        if stored is None:  # deleted by someone else between the two statements: write it again next run
            raise InputError(f"brief {brief_id} vanished while it was being filed; run the batch again")
        story_id = file_into_story(self.store, stored.article_id, result.doc) if self.stories else None
        self.store.record_done(task.key, stored.article_id, tries=task.tries + 1, source=task.label)
        return story_id

    def fail(self, key: str, stage: str, error: str, *, tries: int, final: bool, label: str) -> None:
        """Record a failed try (``final``: the item is given up until ``--retry-failed``)."""
        self.store.record_failure(key, stage, error, tries=tries, final=final, source=label)

    def close(self) -> None:
        """Close the store."""
        self.store.close()


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

    def write(self, task: Task, result: Briefed) -> str | None:
        """Append the item's brief (no stories without a database)."""
        self._line({"key": task.key, "status": "done", "source": task.label, "brief": brief_dict(result.brief)})
        return None

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
