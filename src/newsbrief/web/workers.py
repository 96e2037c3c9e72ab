"""Briefing off the request threads: a small bounded pool, a short queue, and work dropped when the client leaves.

FastAPI runs plain ``def`` routes in one shared thread pool (40 threads).
Briefing used to run there, so 45 slow briefs (a server trickling its page, a
huge article) took every thread and the list endpoint answered in 36 s instead
of 0.02 s (issue 16). Briefs now run in their own pool of
``Settings.web_brief_workers`` threads with at most ``web_brief_queue`` waiting;
past that the server answers 503 at once. The reading routes keep the shared
pool to themselves.

While a brief runs the route polls for the client's disconnect. A brief still
queued is cancelled; one already running is told to stop (a
:class:`threading.Event`) and checks it between its stages (after fetching,
before storing), since a thread cannot be killed in the middle of spaCy. The
input limits (``newsbrief.budget``) bound how long any one stage can take.
A worker process per brief, killed on overrun, would bound a stage too; it is
not built yet.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from fastapi import Request
from starlette.exceptions import HTTPException

T = TypeVar("T")
# How often a waiting route asks whether its client is still there.
POLL_SECONDS = 0.25
# The status nginx logs for "client closed request"; nobody is there to read it.
CLIENT_GONE = 499


class ClientGoneError(Exception):
    """The client disconnected; the brief was cancelled or told to stop."""


class BriefWorkers:
    """A bounded pool for briefing; :meth:`run` is awaited by the routes that brief."""

    def __init__(self, workers: int, queue: int) -> None:
        self._pool = ThreadPoolExecutor(max(1, workers), thread_name_prefix="newsbrief-brief")
        self._slots = threading.BoundedSemaphore(max(1, workers) + max(0, queue))

    def shutdown(self) -> None:
        """Stop taking work; queued briefs are cancelled."""
        self._pool.shutdown(wait=False, cancel_futures=True)

    async def run(self, request: Request, work: Callable[[threading.Event], T]) -> T:
        """Run ``work(stop)`` in the pool and return its result; 503 when the pool and queue are full.

        ``stop`` is set when the client disconnects; ``work`` should check it between stages
        and raise :class:`ClientGoneError` (or return) when it is set.
        """
        if not self._slots.acquire(blocking=False):
            raise HTTPException(503, "the server is busy briefing other articles; try again in a minute",
                                headers={"Retry-After": "30"})
        stop = threading.Event()
        try:
            future: Future[T] = self._pool.submit(work, stop)
        except RuntimeError:  # shut down
            self._slots.release()
            raise HTTPException(503, "the server is shutting down; try again later") from None
        future.add_done_callback(lambda _: self._slots.release())
        waiting = asyncio.wrap_future(future)
        while True:
            done, _ = await asyncio.wait({waiting}, timeout=POLL_SECONDS)
            if done:
                return waiting.result()
            if await request.is_disconnected():
                stop.set()
                future.cancel()
                raise ClientGoneError("the client disconnected before its brief was ready")


def check_stop(stop: threading.Event) -> None:
    """Raise :class:`ClientGoneError` when ``stop`` is set (called by briefs between stages)."""
    if stop.is_set():
        raise ClientGoneError("the client disconnected; the brief was not finished")
