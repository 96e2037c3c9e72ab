"""Background briefing jobs: a brief asked for from the web form or ``POST /api/v1/jobs`` runs in the
briefing pool while the reader watches its status: queued, fetching, briefing, then done or failed.

Jobs are kept in memory, in a :class:`JobRegistry` bounded in number (``MAX_JOBS``) and in time (a
finished job is forgotten ``KEEP_SECONDS`` after it ended). Not in the database, because a job is
the state of work inside this server process: when the process stops its running jobs stop with
it, so a stored job could only go on saying "briefing" for ever. What must last, the brief, is
stored by the job itself, and a finished job points at it (its id and link). ``newsbrief serve``
runs one process, so every request sees the same registry.

Idempotency: the form carries a random key made for each render (a hidden field), the API takes an
``Idempotency-Key`` header. A key maps to one job per owner (the form's session cookie, or the API
client's address), so a double click or a retried request gets the same job and the article is
fetched once. The API refuses the same key with a different request (409); the form's key is
paired with what was sent, so a reader who goes back and edits the text starts a new job.

Work runs in the app's :class:`~newsbrief.web.deps.BriefWorkers` pool, so the per-brief limits of
issue 16 hold (at most ``web_brief_workers`` briefs at once, ``web_brief_queue`` waiting, 503 past
that), and each brief runs in a worker process killed past ``brief_timeout`` seconds or
``brief_memory_mb`` (``newsbrief.worker``; the job then fails with the reader's message for it).
Each job also has a wall-clock budget, fetch and brief together (``Settings.web_job_timeout``),
from when it starts: a timer fails it past that with a clear message and sets its stop event,
which kills its worker process, or stops the work at its next check while it fetches.
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, Literal

from starlette.exceptions import HTTPException

from newsbrief.errors import NewsbriefError
from newsbrief.ingest.fetch import Fetcher, Resolver
from newsbrief.models import RawDocument
from newsbrief.settings import Settings
from newsbrief.store import Store
from newsbrief.stories.library import file_into_story
from newsbrief.web.deps import BriefRequest, BriefStop, BriefWorkers, ClientGoneError, check_stop
from newsbrief.web.errors import UNEXPECTED, reader_message

log = logging.getLogger(__name__)

JobState = Literal["queued", "fetching", "briefing", "done", "failed"]
STATES: tuple[JobState, ...] = ("queued", "fetching", "briefing", "done", "failed")
FINISHED: tuple[JobState, ...] = ("done", "failed")
# Jobs remembered at once, and how long a finished one stays readable: an hour is long enough for a
# reader to come back to a job page, and 1,000 jobs of at most KEEP_TEXT characters stay well
# under 100 MB. Running jobs are never forgotten; the pool bounds how many there are.
MAX_JOBS = 1000
KEEP_SECONDS = 3600.0
# A failed job keeps its pasted text (to show the form again with it) up to this many characters.
KEEP_TEXT = 100_000


class IdempotencyConflictError(HTTPException):
    """The idempotency key was used before for a different request (409)."""

    def __init__(self) -> None:
        super().__init__(409, "this Idempotency-Key was already used for a different request; "
                              "use a new key for a new request")


@dataclass(frozen=True)
class Job:
    """One background brief: what was asked, where it is, and what came of it."""

    id: str
    owner: str
    key: str | None
    fingerprint: str
    url: str | None
    text: str | None
    state: JobState = "queued"
    created_at: float = 0.0
    history: tuple[tuple[JobState, float], ...] = ()
    brief_id: int | None = None
    story_id: str | None = None
    error: str | None = None
    error_type: str | None = None
    error_field: str | None = None

    @property
    def finished(self) -> bool:
        """Whether the job is done or failed."""
        return self.state in FINISHED

    def status(self) -> dict[str, Any]:
        """The job's status as ``GET /api/v1/jobs/{id}`` answers it."""
        done = self.state == "done" and self.brief_id is not None
        return {
            "id": self.id, "status": self.state,
            "created_at": _iso(self.created_at), "updated_at": _iso(self.history[-1][1]),
            "history": [{"status": state, "at": _iso(at)} for state, at in self.history],
            "status_url": f"/api/v1/jobs/{self.id}", "page_url": f"/jobs/{self.id}",
            "brief_id": self.brief_id if done else None,
            "brief_url": f"/briefs/{self.brief_id}" if done else None,
            "brief_api_url": f"/api/v1/briefs/{self.brief_id}" if done else None,
            "story_id": self.story_id,
            "error": ({"message": self.error, "type": self.error_type, "field": self.error_field}
                      if self.state == "failed" else None),
        }


def _iso(stamp: float) -> str:
    return datetime.fromtimestamp(stamp, UTC).isoformat(timespec="milliseconds")


def fingerprint(body: BriefRequest) -> str:
    """A digest of what a request asks for (its url, html and text)."""
    data = json.dumps([body.url, body.html, body.text], ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


class JobRegistry:
    """The jobs of one app, by id and by (owner, idempotency key); safe across threads."""

    def __init__(self, max_jobs: int = MAX_JOBS, keep_seconds: float = KEEP_SECONDS,
                 clock: Callable[[], float] = time.time) -> None:
        self.max_jobs = max_jobs
        self.keep_seconds = keep_seconds
        self.clock = clock
        self._jobs: dict[str, Job] = {}
        self._keys: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._jobs)

    def find(self, owner: str, key: str | None, print_: str) -> Job | None:
        """The job ``owner`` started with ``key`` (409 when it asked for something else)."""
        if not key:
            return None
        with self._lock:
            job = self._jobs.get(self._keys.get((owner, key), ""))
        if job is not None and job.fingerprint != print_:
            raise IdempotencyConflictError()
        return job

    def create(self, owner: str, key: str | None, body: BriefRequest) -> tuple[Job, bool]:
        """A new queued job for ``body``, or the one ``key`` already names; True when new."""
        print_ = fingerprint(body)
        with self._lock:
            self._prune()
            known = self._jobs.get(self._keys.get((owner, key), "")) if key else None
            if known is not None:
                if known.fingerprint != print_:
                    raise IdempotencyConflictError()
                return known, False
            if len(self._jobs) >= self.max_jobs:
                raise HTTPException(503, "the server is busy with other briefs; try again in a minute",
                                    headers={"Retry-After": "30"})
            now = self.clock()
            job = Job(secrets.token_urlsafe(16), owner, key, print_, body.url, body.text, "queued", now,
                      (("queued", now),))
            self._jobs[job.id] = job
            if key:
                self._keys[(owner, key)] = job.id
            return job, True

    def get(self, job_id: str) -> Job | None:
        """The job ``job_id`` as it is now, or None (never known, or forgotten)."""
        with self._lock:
            return self._jobs.get(job_id)

    def forget(self, job_id: str) -> None:
        """Drop a job that could not be started."""
        with self._lock:
            job = self._jobs.pop(job_id, None)
            if job is not None and job.key:
                self._keys.pop((job.owner, job.key), None)

    def advance(self, job_id: str, state: JobState, **changes: Any) -> Job | None:
        """Move an unfinished job to ``state`` (a finished job stays as it ended)."""
        with self._lock:
            job = self._jobs.get(job_id)
            if job is None or job.finished:
                return None
            # A done job's text is not needed again; a failed one's is shown in the form, if not huge.
            if state == "done" or (state == "failed" and len(job.text or "") > KEEP_TEXT):
                changes["text"] = None
            job = replace(job, state=state, history=(*job.history, (state, self.clock())), **changes)
            self._jobs[job_id] = job
            return job

    def fail(self, job_id: str, message: str, kind: str, field: str) -> Job | None:
        """Fail an unfinished job with the reader's ``message`` about ``field``."""
        return self.advance(job_id, "failed", error=message, error_type=kind, error_field=field or None)

    def _prune(self) -> None:
        """Forget finished jobs past their keeping time, then the oldest finished ones over the bound."""
        cutoff = self.clock() - self.keep_seconds
        finished = sorted((job.history[-1][1], job.id) for job in self._jobs.values() if job.finished)
        excess = len(self._jobs) - self.max_jobs + 1
        for ended, job_id in finished:
            if ended >= cutoff and excess <= 0:
                break
            gone = self._jobs.pop(job_id)
            if gone.key:
                self._keys.pop((gone.owner, gone.key), None)
            excess -= 1


@dataclass(frozen=True)
class JobContext:
    """What a job's work needs from its app: settings, DNS, store, pool and registry."""

    settings: Settings
    resolver: Resolver
    make_store: Callable[[], Store]
    workers: BriefWorkers
    registry: JobRegistry

    @classmethod
    def of(cls, state: Any) -> JobContext:
        """The context of the app whose ``app.state`` is ``state``."""
        return cls(state.settings, state.resolver, state.make_store, state.workers, state.jobs)


def brief_and_file(raw: RawDocument, settings: Settings, make_store: Callable[[], Store],
                   stop: BriefStop) -> tuple[int, str | None]:
    """Brief ``raw`` in a worker process, store it and file it into its story; the brief id and story id.

    Stops (its worker process killed) when ``stop`` is set, so nothing is stored. A story that cannot
    be filed is logged, not fatal: the brief is stored and readable on its own.
    """
    doc, brief = stop.brief(raw, settings)
    check_stop(stop)
    store = make_store()
    try:
        brief_id = store.save(brief, brief.text)
        stored = store.get_brief(brief_id)
        story_id = None
        if stored is not None:
            try:
                story_id = file_into_story(store, stored.article_id, doc)
            except NewsbriefError as exc:
                log.warning("brief %s was stored but not filed into a story: %s", brief_id, exc)
    finally:
        store.close()
    return brief_id, story_id


def _expire(ctx: JobContext, job_id: str, stop: threading.Event) -> None:
    job = ctx.registry.fail(job_id, f"This article took longer than {ctx.settings.web_job_timeout:g} seconds "
                            "to brief, so it was stopped. Try a shorter part of it, or try again later.",
                            "JobTimeout", "")
    if job is not None:
        log.warning("job %s passed its %g s budget; stopped", job_id, ctx.settings.web_job_timeout)
    stop.set()


def job_work(ctx: JobContext, job_id: str, body: BriefRequest) -> Callable[[BriefStop], None]:
    """The work of one job for the pool: fetch (for a URL), brief, store, file; its state kept current."""
    registry = ctx.registry

    def work(stop: BriefStop) -> None:
        timer = threading.Timer(ctx.settings.web_job_timeout, _expire, (ctx, job_id, stop))
        timer.daemon = True
        timer.start()
        try:
            if body.url:
                registry.advance(job_id, "fetching")
                with Fetcher(ctx.settings, ctx.resolver) as fetcher:
                    raw = fetcher.fetch(body.url.strip())
            elif body.html:
                raw = RawDocument(body.html.encode("utf-8"), content_type="text/html")
            else:
                raw = RawDocument((body.text or "").encode("utf-8"), content_type="text/plain")
            check_stop(stop)
            registry.advance(job_id, "briefing")
            brief_id, story_id = brief_and_file(raw, ctx.settings, ctx.make_store, stop)
            registry.advance(job_id, "done", brief_id=brief_id, story_id=story_id)
        except ClientGoneError:
            pass  # stopped by its deadline, which already failed the job
        except NewsbriefError as exc:
            log.info("job %s failed: %s", job_id, exc)
            message, field = reader_message(exc, ctx.settings, url=bool(body.url))
            registry.fail(job_id, message, type(exc).__name__, field)
        except Exception:
            log.exception("job %s failed unexpectedly", job_id)
            registry.fail(job_id, UNEXPECTED, "InternalError", "")
        finally:
            timer.cancel()

    return work


def start_job(ctx: JobContext, job: Job, body: BriefRequest) -> None:
    """Queue ``job`` in the pool (503, and the job forgotten, when the pool is full)."""
    try:
        ctx.workers.submit(job_work(ctx, job.id, body))
    except HTTPException:
        ctx.registry.forget(job.id)
        raise
