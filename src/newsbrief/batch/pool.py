"""The local backend of ``newsbrief batch``: worker processes, one task each, replaced when they die.

Why not ``concurrent.futures.ProcessPoolExecutor``: when one of its workers
dies (a poison item that crashes the parser, the OOM killer, ``kill -9``)
the whole pool breaks and every pending future fails, so the item that did
it cannot be told from its innocent neighbours, and a per-item timeout cannot
stop a stuck worker. Here each worker process has its own pipe and holds one
task at a time, so the driver knows which item a dead or stalled worker held:
that item alone is charged a try (and recorded as failed after N), the
process is replaced, and the run goes on.

Workers start with the ``spawn`` method (a fresh interpreter: no inherited
locks or threads of the driver; the spaCy model is loaded once per worker, in
:class:`~newsbrief.batch.items.ItemWorker`). A worker exits when its pipe
closes, so killing the driver leaves no orphans working on.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import signal
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from newsbrief.batch.items import ItemWorker, Outcome, Task
from newsbrief.errors import NewsbriefError
from newsbrief.settings import Settings

log = logging.getLogger(__name__)
# A worker that cannot even start (the model is missing, say) is not replaced forever.
MAX_START_FAILURES = 3


@dataclass(frozen=True, slots=True)
class Finished:
    """A worker answered for ``task``."""

    task: Task
    outcome: Outcome


@dataclass(frozen=True, slots=True)
class Lost:
    """``task`` got no answer: its worker died (``stage`` ``worker``) or overran the timeout (``timeout``)."""

    task: Task
    stage: str
    error: str


Event = Finished | Lost


def worker_main(conn: Connection, settings: Settings) -> None:
    """A worker process: load the model once, then brief tasks from ``conn`` until it closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the driver's to handle
    try:
        worker = ItemWorker(settings)
    except NewsbriefError as exc:
        conn.send(("error", str(exc)))
        return
    conn.send(("ready", worker.pid))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):  # the driver is gone
            return
        if task is None:
            return
        try:
            conn.send(worker.process(task))
        except (BrokenPipeError, OSError):
            return


@dataclass(slots=True)
class _Slot:
    process: Any
    conn: Connection
    ready: bool = False
    task: Task | None = None
    started: float = 0.0
    pid: int | None = field(default=None)


class LocalPool:
    """``workers`` processes briefing one task each; dead or stalled ones are replaced."""

    def __init__(self, settings: Settings, workers: int, item_timeout: float) -> None:
        self.settings = settings
        self.workers = workers
        self.item_timeout = item_timeout
        self.context = multiprocessing.get_context("spawn")
        self.slots: list[_Slot] = []
        self.start_failures = 0

    def start(self) -> None:
        """Start the worker processes (they report ready once their model is loaded)."""
        self.slots = [self._spawn() for _ in range(self.workers)]

    def _spawn(self) -> _Slot:
        parent, child = self.context.Pipe()
        process = self.context.Process(target=worker_main, args=(child, self.settings), daemon=True,
                                       name="newsbrief-batch-worker")
        process.start()
        child.close()
        return _Slot(process, parent)

    def worker_pids(self) -> list[int]:
        """The process ids of the live workers (tests kill one)."""
        return [s.process.pid for s in self.slots if s.process.pid is not None]

    def idle(self) -> int:
        """How many workers are ready and hold no task."""
        return sum(1 for s in self.slots if s.ready and s.task is None)

    def busy(self) -> int:
        """How many tasks are out with workers."""
        return sum(1 for s in self.slots if s.task is not None)

    def submit(self, task: Task) -> None:
        """Give ``task`` to an idle worker (call only when :meth:`idle` is positive)."""
        slot = next(s for s in self.slots if s.ready and s.task is None)
        slot.task, slot.started = task, time.monotonic()
        # A worker that died just now cannot take it: poll() sees its sentinel and reports the task lost.
        with contextlib.suppress(BrokenPipeError, OSError):
            slot.conn.send(task)

    def poll(self, timeout: float) -> list[Event]:
        """Wait up to ``timeout`` seconds for answers, deaths and overruns; return what happened."""
        deadline = min((s.started + self.item_timeout for s in self.slots if s.task is not None),
                       default=time.monotonic() + timeout)
        wait_for = max(0.0, min(timeout, deadline - time.monotonic()))
        handles: list[Any] = [s.conn for s in self.slots] + [s.process.sentinel for s in self.slots]
        wait(handles, wait_for)
        events: list[Event] = []
        for index, slot in enumerate(self.slots):
            event = self._check(slot)
            if event is not None:
                events.append(event)
            # A worker that holds a task is replaced only once that task is reported lost: a worker
            # can die between _check's look and this one, and replacing it here would drop its task
            # unreported (the run then waited for it forever). The next poll reports it.
            if isinstance(event, Lost) or (slot.task is None and not slot.process.is_alive()):
                self.slots[index] = self._replace(slot)
        return events

    def _check(self, slot: _Slot) -> Event | None:
        """What ``slot`` has to say: an answer, a death, or an overrun."""
        try:
            while slot.conn.poll():
                message = slot.conn.recv()
                if isinstance(message, tuple):
                    self._hello(slot, message)
                elif slot.task is not None:
                    task, slot.task = slot.task, None
                    return Finished(task, message)
        except (EOFError, OSError):
            pass  # the pipe closed: the process is dead or dying; its sentinel tells
        if slot.task is not None and not slot.process.is_alive():
            slot.process.join(1)
            return Lost(slot.task, "worker", f"the worker process died (exit code {slot.process.exitcode}) "
                                             "while briefing this item")
        if slot.task is not None and time.monotonic() - slot.started > self.item_timeout:
            slot.process.kill()
            slot.process.join(5)
            return Lost(slot.task, "timeout", f"briefing took longer than {self.item_timeout:g} s "
                                              "(--item-timeout); the worker was stopped")
        return None

    def _hello(self, slot: _Slot, message: tuple[str, Any]) -> None:
        if message[0] == "error":
            raise NewsbriefError(f"a batch worker could not start: {message[1]}")
        slot.ready, slot.pid = True, int(message[1])

    def _replace(self, slot: _Slot) -> _Slot:
        """A new worker in place of ``slot``'s dead or stopped one."""
        if slot.process.is_alive():
            slot.process.kill()
        slot.process.join(5)
        slot.conn.close()
        if not slot.ready:
            self.start_failures += 1
            if self.start_failures >= MAX_START_FAILURES:
                raise NewsbriefError(f"batch workers died {self.start_failures} times before they were ready "
                                     f"(last exit code {slot.process.exitcode}); run `newsbrief brief` on one "
                                     "article to see why (is the spaCy model installed?)")
        log.warning("replacing batch worker %s (exit code %s)", slot.pid, slot.process.exitcode)
        return self._spawn()

    def close(self) -> None:
        """Stop every worker (each finishes nothing more: the run is over or aborted)."""
        for slot in self.slots:
            with contextlib.suppress(BrokenPipeError, OSError):
                slot.conn.send(None)
        for slot in self.slots:
            slot.process.join(2)
            if slot.process.is_alive():
                slot.process.kill()
                slot.process.join(2)
            slot.conn.close()
        self.slots = []
