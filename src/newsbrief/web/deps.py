"""What the API and the HTML pages share: the brief request, per-request dependencies, and the app's state.

Nothing here closes over ``create_app``'s arguments. ``create_app`` puts them on
``app.state`` and these functions read them from ``request.app.state``:

- ``settings``: the :class:`~newsbrief.settings.Settings` of this app
- ``token``: the access token that protects writes, or None when writes are open
- ``resolver``: the fetcher's DNS resolver (tests inject one)
- ``limiter``: the :class:`~newsbrief.web.security.RateLimiter` for briefing
- ``auth_failures``: the :class:`~newsbrief.web.security.RateLimiter` of failed authentications
- ``workers``: the :class:`~newsbrief.web.workers.BriefWorkers` that brief off the request threads
- ``templates``: the Jinja2 templates of the pages and the HTML error page
- ``make_store``: a zero-argument callable that opens a store connection
- ``routers``: the routers the app is built from (the 405 handler lists their methods)
"""

from __future__ import annotations

import re
import secrets
import threading
from collections.abc import Callable, Iterator
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi import Path as PathParam
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator
from pydantic.json_schema import SkipJsonSchema
from starlette.exceptions import HTTPException

from newsbrief.ingest.fetch import Fetcher, Resolver
from newsbrief.library import brief_and_store
from newsbrief.models import RawDocument
from newsbrief.settings import Settings
from newsbrief.store import Store
from newsbrief.web.security import RateLimiter
from newsbrief.web.workers import check_stop


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


def authorised(request: Request, form_token: str | None = None) -> bool:
    """Whether the request may write: no token is set, or it gives the token (bearer header or form field).

    A client that has given a wrong token ``auth_failures_per_minute`` times gets 429 until its
    bucket refills, even with the right token, so the token cannot be guessed at speed.
    """
    token: str | None = request.app.state.token
    if not token:
        return True
    failures: RateLimiter = request.app.state.auth_failures
    client = client_address(request)
    wait = failures.waiting(client)
    if wait:
        raise HTTPException(429, f"too many attempts with a wrong token; try again in {wait:.0f} s",
                            headers={"Retry-After": str(int(wait))})
    header = request.headers.get("authorization", "")
    given = header[7:] if header.lower().startswith("bearer ") else (form_token or "")
    if secrets.compare_digest(given.encode(), token.encode()):
        return True
    failures.check(client)
    return False


def require_write(request: Request) -> None:
    """Dependency of the API's writes: 401 unless the request is authorised."""
    if not authorised(request):
        raise HTTPException(401, "this server needs `Authorization: Bearer <token>` for writes; "
                                 "use the token set in NEWSBRIEF_API_TOKEN")


def rate_limit(request: Request) -> None:
    """Dependency of briefing: 429 with Retry-After once the client has used its briefs for the minute."""
    limiter: RateLimiter = request.app.state.limiter
    client = client_address(request)
    wait = limiter.check(client)
    if wait:
        raise HTTPException(429, f"too many briefs requested; try again in {wait:.0f} s",
                            headers={"Retry-After": str(int(wait))})


def raw_document(request: Request, body: BriefRequest) -> RawDocument:
    """The article a brief request gives: fetched from its URL, or its HTML or text as a document."""
    if body.url:
        resolver: Resolver = request.app.state.resolver
        with Fetcher(app_settings(request), resolver) as fetcher:
            return fetcher.fetch(body.url)
    if body.html:
        return RawDocument(body.html.encode("utf-8"), content_type="text/html")
    return RawDocument((body.text or "").encode("utf-8"), content_type="text/plain")


def brief_work(request: Request, body: BriefRequest) -> Callable[[threading.Event], tuple[int, dict[str, Any]]]:
    """The work of one brief request, for :class:`~newsbrief.web.workers.BriefWorkers`: fetch or read
    the article, brief it and store it in a store opened in the worker's thread; the brief's id and
    its stored JSON form.

    It stops between its stages once the client has gone, so nothing is stored for nobody.
    """
    settings = app_settings(request)
    make_store = request.app.state.make_store

    def work(stop: threading.Event) -> tuple[int, dict[str, Any]]:
        check_stop(stop)
        raw = raw_document(request, body)
        check_stop(stop)
        store: Store = make_store()
        try:
            brief_id = brief_and_store(raw, settings, store)[0]
            stored = store.get_brief(brief_id)
        finally:
            store.close()
        assert stored is not None
        return brief_id, stored.brief

    return work
