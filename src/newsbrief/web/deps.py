"""What the API and the HTML pages share: the brief request, per-request dependencies, and the app's state.

Nothing here closes over ``create_app``'s arguments. ``create_app`` puts them on
``app.state`` and these functions read them from ``request.app.state``:

- ``settings``: the :class:`~newsbrief.settings.Settings` of this app
- ``token``: the access token that protects writes, or None when writes are open
- ``resolver``: the fetcher's DNS resolver (tests inject one)
- ``limiter``: the :class:`~newsbrief.web.security.RateLimiter` for briefing
- ``templates``: the Jinja2 templates of the pages and the HTML error page
- ``make_store``: a zero-argument callable that opens a store connection
- ``routers``: the routers the app is built from (the 405 handler lists their methods)
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi import Path as PathParam
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic.json_schema import SkipJsonSchema
from starlette.exceptions import HTTPException

from newsbrief.ingest.fetch import Fetcher, Resolver
from newsbrief.models import RawDocument
from newsbrief.settings import Settings
from newsbrief.store import Store
from newsbrief.web.security import RateLimiter


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
# Ids are 64-bit database keys; larger numbers are refused before reaching the database.
Id = Annotated[int, PathParam(ge=1, le=2**63 - 1)]


def authorised(request: Request, form_token: str | None = None) -> bool:
    """Whether the request may write: no token is set, or it gives the token (bearer header or form field)."""
    token: str | None = request.app.state.token
    if not token:
        return True
    header = request.headers.get("authorization", "")
    given = header[7:] if header.lower().startswith("bearer ") else (form_token or "")
    return secrets.compare_digest(given.encode(), token.encode())


def require_write(request: Request) -> None:
    """Dependency of the API's writes: 401 unless the request is authorised."""
    if not authorised(request):
        raise HTTPException(401, "this server needs `Authorization: Bearer <token>` for writes; "
                                 "use the token set in NEWSBRIEF_API_TOKEN")


def rate_limit(request: Request) -> None:
    """Dependency of briefing: 429 with Retry-After once the client has used its briefs for the minute."""
    limiter: RateLimiter = request.app.state.limiter
    client = request.client.host if request.client else "unknown"
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
