"""The batch driver: stream the sources, keep the workers busy, retry, write in order, count.

One loop, one process: read items lazily (at most ``2 x window`` read but
not yet written, so any number of articles runs in bounded memory), skip the
ones the ledger has finished, hand the rest to a backend (the local process
pool or Ray actors), charge a try to every failure that may pass
(``NewsbriefError.retryable``, a dead or stalled worker) and retry it after a
backoff, record the rest as failed, and write each complete filing window in
publication order (:mod:`newsbrief.batch.writer`). Writes that meet a busy
database are retried too; a database that stays down stops the run, which
the next run finishes.

The writes run on one writer thread, a window at a time, in the order the
loop hands them over, so the loop keeps the workers fed while a window is
being stored and filed into stories (one transaction and one read and write
of the clusterer's state per window). The loop's ledger lookups use the
sink's own reading connection, so they never wait for a window being
written; reading ahead stops when the writer falls more than a few windows
behind, which bounds memory.
"""

from __future__ import annotations

import heapq
import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Protocol, TypeVar

from newsbrief.batch.items import Briefed, ReadFailure, Task, item_key, item_label, stream_items
from newsbrief.batch.pool import Event, Finished, Lost
from newsbrief.batch.writer import Entry, FilingWindows, Sink, Written
from newsbrief.errors import ConfigError, NewsbriefError
from newsbrief.models import RawDocument
from newsbrief.settings import Settings

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """How a batch runs.

    ``item_timeout`` bounds one item's briefing (an 80,000-word article took 68 s
    on this 2-core machine, so 600 s stops only a stuck worker); ``max_tries``
    is how often an item is tried before it is recorded as failed; a retry waits
    ``backoff x 2^(tries-1)`` seconds, at most ``max_backoff``. ``window`` is how
    many input items are filed into stories together, in publication order.
    """

    workers: int = 2
    item_timeout: float = 600.0
    max_tries: int = 3
    backoff: float = 1.0
    max_backoff: float = 60.0
    window: int = 32
    retry_failed: bool = False
    stories: bool = True

    def __post_init__(self) -> None:
        if self.workers < 1 or self.max_tries < 1 or self.window < 1:
            raise ConfigError("--workers, --max-tries and the filing window must be at least 1")
        if self.item_timeout <= 0 or self.backoff < 0:
            raise ConfigError("--item-timeout must be positive and the backoff not negative")


@dataclass(slots=True)
class BatchSummary:
    """What a run did (counts are of this run; ``skipped`` were finished by earlier runs)."""

    done: int = 0
    failed: int = 0
    skipped: int = 0
    skipped_failed: int = 0
    duplicates: int = 0
    retries: int = 0
    read: int = 0
    stories: set[str] = field(default_factory=set)
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # (item, stage, error)
    started: float = field(default_factory=time.monotonic)

    @property
    def finished(self) -> int:
        """Items resolved in any way (the progress bar's position)."""
        return self.done + self.failed + self.skipped + self.skipped_failed + self.duplicates

    def rate(self) -> float:
        """Items briefed and written per second since the start."""
        elapsed = time.monotonic() - self.started
        return self.done / elapsed if elapsed > 0 else 0.0


class Backend(Protocol):
    """Workers that brief tasks: the local process pool or Ray actors."""

    def start(self) -> None: ...
    def idle(self) -> int: ...
    def busy(self) -> int: ...
    def submit(self, task: Task) -> None: ...
    def poll(self, timeout: float) -> list[Event]: ...
    def close(self) -> None: ...


# Writes meeting a busy or briefly unreachable database are tried this often before the run stops.
WRITE_TRIES = 5
# Reading ahead stops when this many windows are released but not yet written (bounds memory).
WRITE_BACKLOG = 3
Op = Callable[[], object]


class Driver:
    """One batch run over ``sources``: see the module docstring."""

    def __init__(self, sources: list[str], settings: Settings, options: BatchOptions, sink: Sink,
                 backend: Backend, on_progress: Callable[[BatchSummary], None] | None = None) -> None:
        self.stream = stream_items(sources, settings, tries=options.max_tries, backoff=options.backoff)
        self.options = options
        self.sink = sink
        self.backend = backend
        self.on_progress = on_progress or (lambda summary: None)
        self.windows = FilingWindows(options.window)
        self.summary = BatchSummary()
        self.queue: deque[Task] = deque()
        self.retries: list[tuple[float, int, Task]] = []  # (due time, seq, task): a heap
        self.keys: set[str] = set()
        self.seq = 0
        self.written = 0  # input positions before this one are written (set by the writer thread)
        self.exhausted = False
        self.writes: queue.Queue[Op | None] = queue.Queue(maxsize=2 * options.window)
        self.write_error: BaseException | None = None
        self.writer = threading.Thread(target=self._writer, name="newsbrief-batch-writer", daemon=True)

    def run(self) -> BatchSummary:
        """Run to the end and return the counts."""
        self.writer.start()
        try:
            self.backend.start()
            self._loop()
            self.writes.put(None)
            self.writer.join()
            if self.write_error is not None:
                raise self.write_error
        finally:
            self.backend.close()
            if self.writer.is_alive():  # stopped by an error: let the writer finish what it holds, then go
                self.write_error = self.write_error or RuntimeError("stopped")
                self.writes.put(None)
                self.writer.join()
        self.on_progress(self.summary)
        return self.summary

    def _loop(self) -> None:
        while not self.windows.done():
            if self.write_error is not None:
                raise self.write_error
            self._fill()
            self._submit()
            if self.exhausted and not self.queue and not self.retries and not self.backend.busy():
                self.windows.end(self.seq)
            else:
                wait = 0.5 if not self.retries else max(0.0, min(0.5, self.retries[0][0] - time.monotonic()))
                for event in self.backend.poll(wait):
                    self._handle(event)
            self._flush()
            self.on_progress(self.summary)

    # -- the writer thread ---------------------------------------------------------
    def _writer(self) -> None:
        """Run the queued writes in order; after a failure, only drain the queue (the loop re-raises it)."""
        while (op := self.writes.get()) is not None:
            if self.write_error is not None:
                continue
            try:
                op()
            except BaseException as exc:
                self.write_error = exc

    def _enqueue(self, op: Op) -> None:
        """Hand a write to the writer thread (waits while its queue is full)."""
        while True:
            if self.write_error is not None:
                raise self.write_error
            try:
                self.writes.put(op, timeout=0.5)
                return
            except queue.Full:
                continue

    # -- reading --------------------------------------------------------------
    def _fill(self) -> None:
        """Read items while the bounded window has room and the workers would want more."""
        limit = 2 * self.options.window
        backlog = (WRITE_BACKLOG + 2) * self.options.window
        while not self.exhausted and self.seq - self.windows.next < limit and self.seq - self.written < backlog \
                and len(self.queue) <= self.backend.idle():
            item = next(self.stream, None)
            if item is None:
                self.exhausted = True
            elif isinstance(item, ReadFailure):
                self._read_failed(item)
            else:
                self._admit(*item)

    def _admit(self, source: str, raw: RawDocument) -> None:
        seq, self.seq = self.seq, self.seq + 1
        self.summary.read += 1
        key = item_key(raw)
        if key in self.keys:  # the same article twice in this run: it is written once
            self.summary.duplicates += 1
            self.windows.resolve(seq, None)
            return
        self.keys.add(key)
        entry = self.sink.lookup(key)
        if entry is not None and entry.status == "done":
            self.summary.skipped += 1
            self.windows.resolve(seq, None)
            return
        if entry is not None and entry.status == "failed" and not self.options.retry_failed:
            self.summary.skipped_failed += 1
            self.windows.resolve(seq, None)
            return
        tries = entry.tries if entry is not None and entry.status == "retrying" else 0
        self.queue.append(Task(seq, key, raw, item_label(raw, source), tries))

    def _read_failed(self, failure: ReadFailure) -> None:
        self.summary.failed += 1
        self.summary.failures.append((failure.source, "read", failure.error))
        self._enqueue(lambda: self._write(lambda: self.sink.fail(failure.key, "read", failure.error, tries=1,
                                                                 final=True, label=failure.source)))

    # -- working ---------------------------------------------------------------
    def _submit(self) -> None:
        now = time.monotonic()
        while self.retries and self.retries[0][0] <= now:
            self.queue.appendleft(heapq.heappop(self.retries)[2])
        while self.queue and self.backend.idle() > 0:
            self.backend.submit(self.queue.popleft())

    def _handle(self, event: Event) -> None:
        task = event.task
        if isinstance(event, Finished) and isinstance(event.outcome, Briefed):
            entry: Entry = (task, event.outcome)
            self.windows.resolve(task.seq, entry)
            return
        if isinstance(event, Lost):
            stage, error, retryable = event.stage, event.error, True
        else:
            outcome = event.outcome
            assert not isinstance(outcome, Briefed)
            stage, error, retryable = outcome.stage, outcome.error, outcome.retryable
        tries = task.tries + 1
        final = not retryable or tries >= self.options.max_tries
        log.info("item %s failed at %s (try %d, %s): %s", task.label, stage, tries,
                 "final" if final else "will retry", error)
        self._enqueue(lambda: self._write(lambda: self.sink.fail(task.key, stage, error, tries=tries, final=final,
                                                                 label=task.label)))
        if final:
            self.summary.failed += 1
            self.summary.failures.append((task.label, stage, error))
            self.windows.resolve(task.seq, None)
            return
        self.summary.retries += 1
        delay = min(self.options.max_backoff, self.options.backoff * 2 ** (tries - 1))
        retry = Task(task.seq, task.key, task.raw, task.label, tries)
        heapq.heappush(self.retries, (time.monotonic() + delay, task.seq, retry))

    # -- writing ---------------------------------------------------------------
    def _flush(self) -> None:
        for window in self.windows.ready():
            self._enqueue(partial(self._write_window, window, self.windows.next))

    def _write_window(self, window: list[Entry], upto: int) -> None:
        """Write one window (retried whole on a transient error: every write in it is idempotent)."""
        if window:
            for written in self._write(lambda: self.sink.write_window(window)):
                self._count(written)
        self.written = upto

    def _count(self, written: Written) -> None:
        task = written.task
        if written.error is None:
            self.summary.done += 1
            if written.story:
                self.summary.stories.add(written.story)
            return
        message = written.error
        self.summary.failed += 1
        self.summary.failures.append((task.label, "store", message))
        self._write(lambda: self.sink.fail(task.key, "store", message, tries=task.tries + 1, final=True,
                                           label=task.label))

    def _write(self, action: Callable[[], T]) -> T:
        """Run a write, retrying a transient database error with backoff; re-raise the last one."""
        for attempt in range(1, WRITE_TRIES + 1):
            try:
                return action()
            except NewsbriefError as exc:
                if not exc.retryable or attempt == WRITE_TRIES:
                    raise
                delay = min(self.options.max_backoff, self.options.backoff * 2 ** (attempt - 1))
                log.warning("write failed (%s); trying again in %.1f s", exc, delay)
                time.sleep(delay)
        raise AssertionError("unreachable")
