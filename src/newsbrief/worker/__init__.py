"""Briefs in worker processes that are stopped when they overrun their time or memory (issue 16).

The input limits (``newsbrief.budget``) refuse what is plainly too large before any work, but a text
inside them can still take minutes, and nothing stops a thread in the middle of spaCy's parser or
an analysis loop: a web server briefing in threads kept burning CPU and memory for a client long
gone. A process can be stopped at any point and the kernel caps its memory, so every surface
(``newsbrief brief`` and ``add``, the web form, the API, followed feeds) briefs in a worker process:

- a wall clock: past ``brief_timeout`` seconds the worker gets SIGTERM, then SIGKILL after
  ``GRACE_SECONDS``, and the caller gets :class:`~newsbrief.budget.BriefTimeoutError` saying the
  limit, how long it ran and the article's size in words (the worker reports it after extraction);
  a wait for a fresh worker's model to load is not counted;
- a memory cap: the worker sets its address-space limit (``RLIMIT_AS``) to ``brief_memory_mb``
  for each brief, once its model is in, so an allocation past it raises ``MemoryError``, which the
  worker reports as :class:`~newsbrief.budget.BriefMemoryError` and then exits;
- the caller's stop event (the client disconnected, the job passed its deadline) kills the worker
  too, and :class:`WorkStopped` is raised.

A library error raised in the worker (not English, too short, ...) is sent back as its class, its
message and its attributes, and raised again in the caller as the same error, so the CLI and the web
app translate it in their one place as before. Any other exception (a bug) comes back as
:class:`WorkerCrashError` with the worker's traceback; a worker that dies of itself (the kernel's
OOM killer, a crash in native code) gives :class:`~newsbrief.errors.WorkerDiedError`.

Why ``multiprocessing`` with the ``spawn`` start method (the standard library, as in
``batch/pool.py``): a fresh interpreter inherits none of the parent's threads or held locks
(uvicorn and the briefing pool run threads, and ``fork`` would copy a lock another thread holds);
a pipe per worker tells the caller which brief a dead worker held. Why warm workers: loading the
spaCy model takes 1.5-7 s on 2 cores, so a worker loads it once and briefs task after task (it
loads in the background from the worker's start: an input the limits refuse needs no model).
:class:`WorkerPool` keeps ``keep`` of them idle, hands one to each brief, and starts a replacement
at once when one is stopped (it loads while the others brief). One pool serves a whole process
(:func:`shared_pool`), as one model did before: the web app's briefing threads, or a CLI command,
whose worker starts loading while the article is read or fetched. The worker's side is
``newsbrief.worker.child``.

Fetching stays in the caller (its own deadline covers it, and the SSRF guard's resolver need not
cross a process boundary), as does storing (the store's connection is the caller's).
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Any

from newsbrief.budget import memory_error, timeout_error
from newsbrief.errors import WorkerDiedError
from newsbrief.ingest.fetch import Resolver, system_resolver
from newsbrief.ingest.read import read_source
from newsbrief.models import Brief, Document, RawDocument
from newsbrief.settings import Settings
from newsbrief.worker.child import brief_task, unpacked, worker_main

log = logging.getLogger(__name__)

# How often a waiting caller looks at its stop event and the clock.
POLL_SECONDS = 0.1
# Between SIGTERM and SIGKILL: a worker deep in native code dies at SIGTERM already (Python installs
# no handler for it); the grace is for one that ignores it.
GRACE_SECONDS = 1.0
# How long a new worker may take to start, and to load the model (7 s seen on a busy machine).
START_TIMEOUT = 300.0


@dataclass(frozen=True, slots=True)
class Limits:
    """What one brief may use: seconds of wall clock and MB of address space (0: no limit)."""

    seconds: float
    memory_mb: int

    @classmethod
    def of(cls, settings: Settings) -> Limits:
        """The limits ``settings`` give; an engine that waits on an LLM endpoint gets its timeouts too."""
        seconds = settings.brief_timeout
        if seconds and settings.engine != "extractive":
            seconds += settings.llm_timeout * (settings.llm_retries + 1)
        return cls(seconds, settings.brief_memory_mb)


class WorkStopped(Exception):  # not an error: the caller asked for it
    """The caller's stop event was set: the worker was stopped and the work dropped."""


class WorkerCrashError(RuntimeError):
    """An unexpected exception (a bug) in the worker; the message holds the worker's traceback."""


class _Worker:
    """One worker process and the caller's end of its pipe."""

    def __init__(self, context: Any) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=worker_main, args=(child, os.getpid()), daemon=True,
                                       name="newsbrief-brief-worker")
        self.process.start()
        child.close()
        self.ready = False

    def wait_ready(self, timeout: float, stop: threading.Event | None) -> None:
        """Wait for the worker to start (WorkerDiedError if it cannot)."""
        deadline = time.monotonic() + timeout
        while not self.ready:
            if stop is not None and stop.is_set():
                raise WorkStopped("stopped while the worker was starting")
            left = deadline - time.monotonic()
            if left <= 0:
                raise WorkerDiedError(f"a brief worker did not start within {timeout:g} s; "
                                      "the machine may be overloaded, try again later")
            if self.conn.poll(min(POLL_SECONDS, left)):
                self.ready = self._receive()[0] == "ready"
            if not self.ready and not self.process.is_alive():
                raise WorkerDiedError(f"a brief worker died while starting (exit code {self.process.exitcode}); "
                                      "run `newsbrief brief` on a short article to see why")

    def _receive(self) -> Any:
        try:
            return self.conn.recv()
        except (EOFError, OSError):
            self.process.join(GRACE_SECONDS)
            return ("died",)

    def stop(self) -> None:
        """SIGTERM, then SIGKILL after the grace; the process is reaped."""
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(GRACE_SECONDS)
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()

    def close(self) -> None:
        """Ask an idle worker to exit (stopped if it does not within the grace)."""
        with contextlib.suppress(BrokenPipeError, OSError):
            self.conn.send(None)
        self.process.join(GRACE_SECONDS if self.ready else 0)
        self.stop()


class _Clock:
    """The wall clock of one task: paused while the worker waits for its model to load."""

    def __init__(self, seconds: float, model_timeout: float) -> None:
        self.seconds = seconds
        self.model_timeout = model_timeout
        self.started = time.monotonic()
        self.paused: float | None = None
        self.words: int | None = None

    def ran(self) -> float:
        """Seconds the task has run, not counting the wait for the model."""
        return (self.paused if self.paused is not None else time.monotonic()) - self.started

    def problem(self) -> str | None:
        """"timeout" past the limit, "model" when the model takes too long to load, else None."""
        if self.paused is not None:
            return "model" if time.monotonic() - self.paused > self.model_timeout else None
        return "timeout" if self.seconds and self.ran() > self.seconds else None

    def wait_for(self) -> float:
        """How long to wait for the worker before looking at the clock and the stop event again."""
        if self.paused is not None or not self.seconds:
            return POLL_SECONDS
        return max(0.0, min(POLL_SECONDS, self.seconds - self.ran()))

    def note(self, message: tuple[Any, ...]) -> bool:
        """Take a progress message (True), or say it is the task's outcome (False)."""
        if message[0] == "words":
            self.words = message[1]
        elif message[0] == "loading":
            self.paused = time.monotonic()
        elif message[0] == "waited" and self.paused is not None:
            self.started += time.monotonic() - self.paused
            self.paused = None
        else:
            return False
        return True


class WorkerPool:
    """Warm worker processes: each brief borrows one, and one stopped or dead is replaced.

    ``keep`` workers are kept idle between briefs (more start when more briefs run at once, and
    the extra ones exit when they are done); ``replace`` starts a new one as soon as one is
    stopped, so the next brief finds it loaded. Safe to use from many threads.
    """

    def __init__(self, keep: int = 1, *, replace: bool = True, start_timeout: float = START_TIMEOUT) -> None:
        self.context = multiprocessing.get_context("spawn")
        self.replace = replace
        self.start_timeout = start_timeout
        self._keep = max(0, keep)
        self._idle: list[_Worker] = []
        self._busy = 0
        self._lock = threading.Lock()
        self._closed = False

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def reserve(self, keep: int) -> None:
        """Keep at least ``keep`` workers between briefs (the web app asks for its pool's size)."""
        with self._lock:
            self._keep = max(self._keep, keep)

    def warm(self) -> None:
        """Start workers until ``keep`` are idle or busy (they load the model in the background)."""
        with self._lock:
            while not self._closed and len(self._idle) + self._busy < self._keep:
                self._idle.append(_Worker(self.context))

    def worker_pids(self) -> list[int]:
        """The process ids of the idle workers (tests look at them)."""
        with self._lock:
            return [w.process.pid for w in self._idle if w.process.pid is not None]

    def _checkout(self) -> _Worker:
        with self._lock:
            if self._closed:
                raise WorkerDiedError("the brief workers were shut down; try again")
            self._busy += 1
            for gone in [w for w in self._idle if not w.process.is_alive()]:
                self._idle.remove(gone)  # killed from outside while idle
                gone.stop()
            ready = [w for w in self._idle if w.ready or w.conn.poll()]
            if ready or self._idle:
                worker = (ready or self._idle)[0]
                self._idle.remove(worker)
                return worker
        return _Worker(self.context)

    def _checkin(self, worker: _Worker) -> None:
        with self._lock:
            self._busy -= 1
            if not self._closed and len(self._idle) + self._busy < self._keep:
                self._idle.append(worker)
                return
        worker.close()

    def _lost(self, worker: _Worker) -> None:
        """``worker`` was stopped or died: reap it and start its replacement."""
        worker.stop()
        with self._lock:
            self._busy -= 1
        if self.replace:
            self.warm()

    def call(self, fn: Callable[..., Any], args: tuple[Any, ...], limits: Limits, *,
             stop: threading.Event | None = None, content_bytes: int = 0) -> Any:
        """``fn(*args)`` in a worker within ``limits``; its result, or its error raised here.

        ``fn`` and ``args`` must pickle (a module-level function). ``content_bytes`` is the input's
        size, told in an overrun's message when the worker had not yet reported the article's words.
        """
        worker = self._checkout()
        try:
            worker.wait_ready(self.start_timeout, stop)
            worker.conn.send((fn, args, limits.memory_mb, dict(os.environ)))
        except BaseException:
            self._lost(worker)
            raise
        clock = _Clock(limits.seconds, self.start_timeout)
        while True:
            problem = clock.problem()
            if problem is not None or (stop is not None and stop.is_set()):
                self._lost(worker)
                if problem == "timeout":
                    log.warning("brief stopped after %.1f s (limit %g s)", clock.ran(), limits.seconds)
                    raise timeout_error(limits.seconds, clock.ran(), clock.words, content_bytes)
                if problem == "model":
                    raise WorkerDiedError(f"a brief worker did not load the model within {self.start_timeout:g} "
                                          "s; the machine may be overloaded, try again later")
                raise WorkStopped("the brief was stopped before it was ready")
            if not wait([worker.conn, worker.process.sentinel], clock.wait_for()):
                continue
            message: tuple[Any, ...] = worker._receive() if worker.conn.poll() else ("died",)
            if not clock.note(message):
                return self._outcome(worker, message, limits, clock.ran(), (clock.words, content_bytes))

    def _outcome(self, worker: _Worker, message: tuple[Any, ...], limits: Limits, ran: float,
                 size: tuple[int | None, int]) -> Any:
        """The result of a finished task, or its error raised; a worker that must go is replaced."""
        kind = message[0]
        if kind in ("done", "error", "crash"):
            if message[3]:
                self._lost(worker)  # it retires: a thread of its task still runs
            else:
                self._checkin(worker)
            log.debug("brief worker: %.2f s, peak %d MB", ran, message[2] // 1024)
            if kind == "done":
                return message[1]
            if kind == "error":
                raise unpacked(*message[1])
            raise WorkerCrashError(f"the brief worker failed unexpectedly:\n{message[1]}")
        self._lost(worker)
        if kind == "memory":
            raise memory_error(limits.memory_mb, ran, *size)
        code = worker.process.exitcode
        how = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        words = f"it has {size[0]:,} words" if size[0] is not None else f"it has {size[1]:,} bytes"
        raise WorkerDiedError(f"the process briefing the article died ({how}) after {ran:.1f} s; {words}. It may "
                              f"have run out of memory (limit {limits.memory_mb:,} MB, setting brief_memory_mb); "
                              "try again, or brief a part of it")

    def brief(self, raw: RawDocument, settings: Settings, *,
              stop: threading.Event | None = None) -> tuple[Document, Brief]:
        """Brief ``raw`` in a worker within ``settings``' limits: its annotated document and its brief."""
        result: tuple[Document, Brief] = self.call(brief_task, (raw, settings), Limits.of(settings),
                                                   stop=stop, content_bytes=len(raw.content))
        return result

    def close(self) -> None:
        """Stop every idle worker; busy ones are stopped when their brief ends."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.close()


_shared: WorkerPool | None = None
_shared_lock = threading.Lock()


def shared_pool() -> WorkerPool:
    """The worker pool of this process (the web app's apps share it, as they shared one model)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = WorkerPool(0)
            atexit.register(_shared.close)
        return _shared


def brief_in_worker(source: str | RawDocument, settings: Settings, *,
                    resolver: Resolver = system_resolver) -> Brief:
    """Brief one SOURCE (a URL, a file, ``-``, or a raw document) in a worker of :func:`shared_pool` (the CLI).

    The worker starts first, so newsbrief and the model load there while the source is read or
    fetched here; it is stopped when the process exits.
    """
    pool = shared_pool()
    pool.reserve(1)
    pool.warm()
    raw = source if isinstance(source, RawDocument) else read_source(source, settings, resolver)
    return pool.brief(raw, settings)[1]
