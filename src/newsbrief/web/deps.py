"""What the API and the HTML pages share: the brief request, per-request dependencies, the app's state, and the
bounded pool briefs run in (``BriefWorkers``, below: briefs never take the threads that answer reads).

Nothing here closes over ``create_app``'s arguments. ``create_app`` puts them on
``app.state`` and these functions read them from ``request.app.state``:

- ``settings``: the :class:`~newsbrief.settings.Settings` of this app
- ``token``: the access token that protects writes, or None when writes are open
- ``resolver``: the fetcher's DNS resolver (tests inject one)
- ``limiter``: the :class:`~newsbrief.web.security.RateLimiter` for briefing
- ``auth_failures``: the :class:`~newsbrief.web.security.RateLimiter` of failed authentications
- ``workers``: the :class:`BriefWorkers` that brief off the request threads, in worker processes (below)
- ``jobs``: the :class:`~newsbrief.web.jobs.JobRegistry` of background briefs
- ``templates``: the Jinja2 templates of the pages and the HTML error page
- ``make_store``: a zero-argument callable that opens a store connection
- ``routers``: the routers the app is built from (the 405 handler lists their methods)
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import secrets
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Request
from fastapi import Path as PathParam
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator
from pydantic.json_schema import SkipJsonSchema
from starlette.exceptions import HTTPException

from newsbrief.budget import check_text_budget
from newsbrief.errors import EmptyInputError
from newsbrief.ingest.fetch import Fetcher, Resolver, check_url
from newsbrief.models import Brief, Document, RawDocument
from newsbrief.settings import Settings
from newsbrief.store import Store
from newsbrief.web.security import RateLimiter
from newsbrief.worker import WorkerPool, WorkStopped, shared_pool


class BriefRequest(BaseModel):
    """Exactly one of url, html or text (the schema says so with oneOf)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"oneOf": [{"required": ["url"]}, {"required": ["html"]}, {"required": ["text"]}]},
    )

    url: Annotated[str, Field(min_length=1, max_length=2048, description="http(s) URL of the article")] | \
        SkipJsonSchema[None] = None
    html: Annotated[str, Field(min_length=1, description="the article page as HTML")] | SkipJsonSchema[None] = None
    text: Annotated[str, Field(min_length=1, description="the article as plain text")] | SkipJsonSchema[None] = None

    @model_validator(mode="after")
    def one_source(self) -> BriefRequest:
        """Refuse a request naming none, or several, of url, html and text (or giving one as null)."""
        given = [name for name in ("url", "html", "text") if name in self.model_fields_set]
        if len(given) != 1 or getattr(self, given[0]) is None:
            raise ValueError("give exactly one of url, html or text, as a string")
        return self


def app_settings(request: Request) -> Settings:
    """The settings of the app serving ``request``."""
    settings: Settings = request.app.state.settings
    return settings


def app_templates(request: Request) -> Jinja2Templates:
    """The Jinja2 templates of the app serving ``request``."""
    templates: Jinja2Templates = request.app.state.templates
    return templates


def needs_token(request: Request) -> bool:
    """Whether the app serving ``request`` protects writes with a token."""
    return bool(request.app.state.token)


def get_store(request: Request) -> Iterator[Store]:
    """A store connection for one request (SQLite connections are per thread)."""
    store: Store = request.app.state.make_store()
    try:
        yield store
    finally:
        store.close()


StoreDep = Annotated[Store, Depends(get_store)]
_DIGITS = re.compile(r"[1-9][0-9]{0,18}")


def digits_only(value: object) -> object:
    """Accept an id only as plain digits: "1.0", "+1", "1_0", " 1" and "01" are not ids (422)."""
    if isinstance(value, str) and not _DIGITS.fullmatch(value):
        raise ValueError("an id is a positive whole number written in digits only")
    return value


# Ids are 64-bit database keys; larger numbers are refused before reaching the database.
Id = Annotated[int, BeforeValidator(digits_only), PathParam(ge=1, le=2**63 - 1)]


def client_address(request: Request) -> str:
    """The address limits are counted by (the peer; a forwarded one only from a trusted proxy)."""
    return request.client.host if request.client else "unknown"


def token_problem(request: Request, form_token: str | None = None) -> str | None:
    """Why the request may not write: ``"missing"`` (no token given), ``"wrong"``, or None (it may).

    The token comes from the bearer header, else the form field. A client that has given a wrong
    token ``auth_failures_per_minute`` times gets 429 until its bucket refills, even with the right
    token, so the token cannot be guessed at speed. A missing token is not a failed guess.
    """
    token: str | None = request.app.state.token
    if not token:
        return None
    failures: RateLimiter = request.app.state.auth_failures
    client = client_address(request)
    wait = failures.waiting(client)
    if wait:
        raise HTTPException(429, f"too many attempts with a wrong token; try again in {wait:.0f} s",
                            headers={"Retry-After": str(int(wait))})
    header = request.headers.get("authorization", "")
    given = header[7:] if header.lower().startswith("bearer ") else (form_token or "")
    if not given.strip():
        return "missing"
    if secrets.compare_digest(given.encode(), token.encode()):
        return None
    failures.check(client)
    return "wrong"


def authorised(request: Request, form_token: str | None = None) -> bool:
    """Whether the request may write: no token is set, or it gives the token (bearer header or form field)."""
    return token_problem(request, form_token) is None


# What the API answers for a missing and for a wrong token (a client needs to know which to fix).
MISSING_TOKEN = ("this server needs an access token for writes: send `Authorization: Bearer <token>` "
                 "with the token set in NEWSBRIEF_API_TOKEN")
WRONG_TOKEN = ("the access token sent is not this server's token; check the value of NEWSBRIEF_API_TOKEN "
               "the server was started with")


def require_write(request: Request) -> None:
    """Dependency of the API's writes: 401 unless the request is authorised (saying whether the token
    was missing or wrong)."""
    problem = token_problem(request)
    if problem:
        raise HTTPException(401, MISSING_TOKEN if problem == "missing" else WRONG_TOKEN,
                            headers={"WWW-Authenticate": "Bearer"})


def rate_limit(request: Request) -> None:
    """429 with Retry-After once the client has used its briefs for the minute (uses one brief).

    Called only after a submission passed :func:`precheck`: an empty or invalid submission, or one
    over the size limits, is refused without using the client's briefs.
    """
    limiter: RateLimiter = request.app.state.limiter
    client = client_address(request)
    wait = limiter.check(client)
    if wait:
        raise HTTPException(429, f"too many briefs requested; try again in {wait:.0f} s",
                            headers={"Retry-After": str(int(wait))})


class _Deferred(Exception):
    """A host name reached the resolver: its addresses are checked when it is fetched."""


def _defer(host: str, port: int) -> list[str]:
    raise _Deferred(host)


def precheck_url(url: str, settings: Settings) -> None:
    """The checks of a URL that need no network: http(s), a host, and no refused address literal
    (``http://10.0.0.1/``, ``http://2130706433/``). A host name is resolved and checked when fetched."""
    with contextlib.suppress(_Deferred):
        check_url(url, settings, _defer)


def precheck(body: BriefRequest, settings: Settings) -> None:
    """Refuse, before any work, a submission that cannot be briefed: blank text, an unusable URL,
    a text over the work budget (``newsbrief.budget``). Cheap and without network."""
    if body.url is not None:
        precheck_url(body.url.strip(), settings)
    elif not (body.text or body.html or "").strip():
        raise EmptyInputError("the article is empty; paste its text or give its URL")
    elif body.text is not None:
        check_text_budget(body.text, settings.max_words, settings.max_paragraph_chars)


def checked_brief(request: Request, body: BriefRequest) -> BriefRequest:
    """Dependency of the API's briefing routes: the request body once it passed :func:`precheck`,
    counted by the rate limiter only then (a bad submission does not use the client's briefs)."""
    precheck(body, app_settings(request))
    rate_limit(request)
    return body


CheckedBrief = Annotated[BriefRequest, Depends(checked_brief)]


def raw_document(request: Request, body: BriefRequest) -> RawDocument:
    """The article a brief request gives: fetched from its URL, or its HTML or text as a document."""
    if body.url:
        resolver: Resolver = request.app.state.resolver
        with Fetcher(app_settings(request), resolver) as fetcher:
            return fetcher.fetch(body.url)
    if body.html:
        return RawDocument(body.html.encode("utf-8"), content_type="text/html")
    return RawDocument((body.text or "").encode("utf-8"), content_type="text/plain")


# ---------------------------------------------------------------- briefing off the request threads
# Briefing off the request threads: a small bounded pool, a short queue, each brief in a worker process
# that is killed when it overruns, and work dropped when the client leaves.
#
# FastAPI runs plain ``def`` routes in one shared thread pool (40 threads).
# Briefing used to run there, so 45 slow briefs (a server trickling its page, a
# huge article) took every thread and the list endpoint answered in 36 s instead
# of 0.02 s (issue 16). Briefs now run in their own pool of
# ``Settings.web_brief_workers`` threads with at most ``web_brief_queue`` waiting;
# past that the server answers 503 at once. The reading routes keep the shared
# pool to themselves.
#
# A thread fetches the article (the fetcher's deadline bounds it) and stores the
# brief; the brief itself runs in a worker process (``newsbrief.worker``, one
# warm process per briefing thread, shared by the server process), which is
# killed past ``brief_timeout`` seconds or ``brief_memory_mb``: hostile work
# stops burning CPU and memory at its limit, and the reader gets a clear error.
# While a brief runs the route polls for the client's disconnect. A brief still
# queued is cancelled; one already running is told to stop (its
# :class:`BriefStop`), which kills its worker process, or stops it at its next
# check while it fetches. Background jobs (``newsbrief.web.jobs``) and the feed
# poller submit to the same pool with :meth:`BriefWorkers.submit`; a job past
# ``web_job_timeout`` is failed and told to stop the same way.

T = TypeVar("T")
# How often a waiting route asks whether its client is still there.
POLL_SECONDS = 0.25
# The status nginx logs for "client closed request"; nobody is there to read it.
CLIENT_GONE = 499


class ClientGoneError(Exception):
    """The client disconnected; the brief was cancelled or told to stop."""


class BriefStop(threading.Event):
    """One brief's stop event, and the worker processes it briefs in.

    Whoever sets it (a client gone, a job past its deadline) stops the work: a worker process
    briefing for it is killed, and :func:`check_stop` raises between the thread's own steps.
    """

    def __init__(self, processes: WorkerPool) -> None:
        super().__init__()
        self.processes = processes

    def brief(self, raw: RawDocument, settings: Settings) -> tuple[Document, Brief]:
        """Brief ``raw`` in a worker process within ``settings``' limits (ClientGoneError once stopped)."""
        try:
            return self.processes.brief(raw, settings, stop=self)
        except WorkStopped:
            raise ClientGoneError("the brief was stopped before it was ready") from None


class BriefWorkers:
    """A bounded pool of briefing threads, each briefing in a worker process; :meth:`run` is awaited by
    the routes that brief."""

    def __init__(self, workers: int, queue: int) -> None:
        self._pool = ThreadPoolExecutor(max(1, workers), thread_name_prefix="newsbrief-brief")
        self._slots = threading.BoundedSemaphore(max(1, workers) + max(0, queue))
        # One warm process per thread; the server process's apps share them (tests build many apps).
        self.processes = shared_pool()
        self.processes.reserve(max(1, workers))

    def shutdown(self) -> None:
        """Stop taking work; queued briefs are cancelled."""
        self._pool.shutdown(wait=False, cancel_futures=True)

    def submit(self, work: Callable[[BriefStop], T]) -> tuple[Future[T], BriefStop]:
        """Start ``work(stop)`` in the pool without waiting; 503 when the pool and queue are full.

        Returns its future and its ``stop`` event: whoever sets it (a client gone, a job past its
        deadline) stops ``work``: the worker process briefing for it is killed.
        """
        if not self._slots.acquire(blocking=False):
            raise HTTPException(503, "the server is busy briefing other articles; try again in a minute",
                                headers={"Retry-After": "30"})
        self.processes.warm()  # from the first brief on, every thread's worker process loads its model
        stop = BriefStop(self.processes)
        try:
            future: Future[T] = self._pool.submit(work, stop)
        except RuntimeError:  # shut down
            self._slots.release()
            raise HTTPException(503, "the server is shutting down; try again later") from None
        future.add_done_callback(lambda _: self._slots.release())
        return future, stop

    async def run(self, request: Request, work: Callable[[BriefStop], T]) -> T:
        """Run ``work(stop)`` in the pool and return its result; 503 when the pool and queue are full.

        ``stop`` is set when the client disconnects: a brief in a worker process is killed, and
        ``work`` should check it between its own steps (:func:`check_stop`).
        """
        future, stop = self.submit(work)
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
    """Raise :class:`ClientGoneError` when ``stop`` is set (called by briefs between their steps)."""
    if stop.is_set():
        raise ClientGoneError("the client disconnected; the brief was not finished")


def brief_work(request: Request, body: BriefRequest) -> Callable[[BriefStop], tuple[int, dict[str, Any]]]:
    """The work of one brief request, for :class:`BriefWorkers`: fetch or read the article, brief it in
    a worker process and store it in a store opened in the thread; the brief's id and its stored JSON form.

    It stops once the client has gone (its worker process killed), so nothing is stored for nobody.
    """
    settings = app_settings(request)
    make_store = request.app.state.make_store

    def work(stop: BriefStop) -> tuple[int, dict[str, Any]]:
        check_stop(stop)
        raw = raw_document(request, body)
        check_stop(stop)
        brief = stop.brief(raw, settings)[1]
        check_stop(stop)
        store: Store = make_store()
        try:
            brief_id = store.save(brief, brief.text)
            stored = store.get_brief(brief_id)
        finally:
            store.close()
        assert stored is not None
        return brief_id, stored.brief

    return work
