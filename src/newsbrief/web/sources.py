"""Feeds to follow: the Sources page (add, remove, see how polling goes) and ``/api/v1/feeds``.

A feed is checked before it is followed (:func:`newsbrief.web.feeds.check_feed`: the guarded fetcher
and feed reader; a hostile or unreadable feed is refused with its reason, beside the field with the
address kept). Adding a feed counts toward the rate limit, as it fetches; a bad address does not.
The server's :class:`~newsbrief.web.feeds.FeedPoller` polls followed feeds; this page shows each
one's last poll, its new and failed items, the next poll and the last error.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException

from newsbrief.errors import NewsbriefError
from newsbrief.store import Store
from newsbrief.store.follows import StoredFeed
from newsbrief.web.deps import Id, StoreDep, app_templates, needs_token, precheck_url, rate_limit, require_write
from newsbrief.web.errors import error_responses, status_for
from newsbrief.web.feeds import check_feed, feed_problem, stamp, utc_now
from newsbrief.web.jobs import JobContext
from newsbrief.web.security import FIELD, check_form, form_token, set_form_cookie
from newsbrief.web.submit import form_auth_problem, form_problem

page_router = APIRouter(include_in_schema=False)
api_router = APIRouter(prefix="/api/v1")


def human_time(value: str | None) -> str:
    """An ISO time as a reader writes it ("28 November 2026, 21:23 UTC"); "never" for none."""
    if not value:
        return "never"
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return value
    return f"{when.day} {when:%B %Y, %H:%M} UTC"


def install_source_globals(templates: Jinja2Templates) -> None:
    """Give the templates the ``human_time`` filter the Sources page uses."""
    templates.env.filters["human_time"] = human_time


def follow(request: Request, store: Store, url: str) -> tuple[StoredFeed, bool]:
    """Check the feed at ``url`` and follow it (counting toward the rate limit once the address is usable)."""
    ctx = JobContext.of(request.app.state)
    precheck_url(url, ctx.settings)
    rate_limit(request)
    feed = check_feed(ctx, url)
    return store.follow_feed(url, feed.title, stamp(utc_now()))


def sources_page(request: Request, store: Store, status: int = 200, *, url: str = "", error: str = "",
                 field: str = "") -> Response:
    """The Sources page, with the add form's message beside its field and the address kept."""
    token = form_token(request)
    added = request.query_params.get("added", "")
    response = app_templates(request).TemplateResponse(request, "sources.html", {
        "feeds": store.list_feeds(), "form": {"url": url, "error": error, "field": field},
        "added": int(added) if added.isdigit() and len(added) < 19 else None,
        "needs_token": needs_token(request), "form_token": token,
        "poll_minutes": request.app.state.settings.feed_poll_minutes}, status_code=status)
    set_form_cookie(response, token)
    return response


@page_router.get("/sources")
def sources(request: Request, store: StoreDep) -> Response:
    """The followed feeds and how their polling goes, with the form to follow another."""
    return sources_page(request, store)


@page_router.post("/sources")
def add_source(request: Request, store: StoreDep, url: Annotated[str, Form(max_length=2048)] = "",
               token_field: Annotated[str, Form(alias="token")] = "",
               form_field: Annotated[str, Form(alias=FIELD)] = "") -> Response:
    """Follow the feed at the form's address, or show the form again with the reason beside it."""
    url = url.strip()
    problem = form_problem(request, form_field, token_field)
    if problem:
        status, message, field = problem
        return sources_page(request, store, status, url=url, error=message, field=field)
    if not url:
        return sources_page(request, store, 400, error="Give the address of the feed to follow.", field="url")
    try:
        feed, _ = follow(request, store, url)
    except NewsbriefError as exc:
        ctx = JobContext.of(request.app.state)
        return sources_page(request, store, status_for(exc), url=url, error=feed_problem(exc, ctx), field="url")
    except HTTPException as exc:
        if exc.status_code != 429:
            raise
        wait = (exc.headers or {}).get("Retry-After", "60")
        return sources_page(request, store, 429, url=url, field="url",
                            error=f"Too many requests from here in the last minute. Wait {wait} seconds.")
    return RedirectResponse(f"/sources?added={feed.id}", status_code=303)


@page_router.post("/sources/{feed_id}/remove")
def remove_source(request: Request, feed_id: Id, store: StoreDep,
                  token_field: Annotated[str, Form(alias="token")] = "",
                  form_field: Annotated[str, Form(alias=FIELD)] = "") -> Response:
    """Stop following a feed (its briefs stay)."""
    check_form(request, form_field)
    auth = form_auth_problem(request, token_field)
    if auth:
        return sources_page(request, store, auth[0], error=auth[1], field="token")
    if not store.unfollow_feed(feed_id):
        raise HTTPException(404, "That feed is not followed (it may have been removed already).")
    return RedirectResponse("/sources", status_code=303)


# The models below have no docstrings on purpose: a docstring would become the
# schema's description in the OpenAPI document.
class FeedIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    url: Annotated[str, Field(min_length=1, max_length=2048, description="http(s) URL of an RSS, Atom or JSON feed")]


class FeedOut(BaseModel):
    id: int
    url: str
    title: str | None
    added_at: str
    last_polled: str | None
    next_poll: str
    failures: int
    last_error: str | None
    items_new: int
    items_failed: int
    articles: int


class FeedList(BaseModel):
    items: list[FeedOut]


def feed_out(feed: StoredFeed) -> FeedOut:
    """The API's view of a followed feed."""
    return FeedOut(id=feed.id, url=feed.url, title=feed.title, added_at=feed.added_at,
                   last_polled=feed.last_polled, next_poll=feed.next_poll, failures=feed.failures,
                   last_error=feed.last_error, items_new=feed.items_new, items_failed=feed.items_failed,
                   articles=feed.articles)


@api_router.get("/feeds", tags=["feeds"])
def list_feeds(store: StoreDep) -> FeedList:
    """The followed feeds with how their polling goes."""
    return FeedList(items=[feed_out(f) for f in store.list_feeds()])


@api_router.get("/feeds/{feed_id}", tags=["feeds"], responses=error_responses(404, 422))
def read_feed(feed_id: Id, store: StoreDep) -> FeedOut:
    """One followed feed."""
    feed = store.get_feed(feed_id)
    if feed is None:
        raise HTTPException(404, f"no followed feed {feed_id}; list them at /api/v1/feeds")
    return feed_out(feed)


@api_router.post("/feeds", status_code=201, tags=["feeds"],
                 responses=error_responses(400, 401, 413, 422, 429, 502), dependencies=[Depends(require_write)])
def add_feed(request: Request, response: Response, body: FeedIn, store: StoreDep) -> FeedOut:
    """Follow a feed: it is fetched and read first (a hostile or unreadable feed is refused with the
    reason); the server polls it every ``feed_poll_minutes``. Following a followed feed answers 200."""
    feed, created = follow(request, store, body.url.strip())
    response.status_code = 201 if created else 200
    response.headers["Location"] = f"/api/v1/feeds/{feed.id}"
    return feed_out(feed)


@api_router.delete("/feeds/{feed_id}", status_code=204, tags=["feeds"],
                   responses=error_responses(401, 404, 422), dependencies=[Depends(require_write)])
def remove_feed(feed_id: Id, store: StoreDep) -> Response:
    """Stop following a feed (the briefs made from it stay)."""
    if not store.unfollow_feed(feed_id):
        raise HTTPException(404, f"no followed feed {feed_id}")
    return Response(status_code=204)
