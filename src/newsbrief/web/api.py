"""The REST API under /api/v1: brief an article, read, list, search and delete briefs, read articles, list
stories and read a story's brief, and flag a brief's items (and list the flags).

Every route and response model here is in the OpenAPI schema; errors are
documented with ``error_responses`` and translated in ``newsbrief.web.errors``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from newsbrief.store import Store
from newsbrief.store.base import MARK_END, MARK_START
from newsbrief.web.deps import BriefRequest, BriefWorkers, Id, StoreDep, brief_work, rate_limit, require_write
from newsbrief.web.errors import error_responses
from newsbrief.web.flags import FlagIn, FlagList, FlagOut, add_flag, flag_limit, flag_out, recent_flags
from newsbrief.web.story_views import story_brief

router = APIRouter(prefix="/api/v1")


# The models below have no docstrings on purpose: a docstring would become the
# schema's description in the OpenAPI document.
class BriefSummary(BaseModel):
    id: int
    title: str | None
    url: str | None
    engine: str
    created_at: str
    snippet: str | None = None


class BriefList(BaseModel):
    items: list[BriefSummary]
    limit: int
    offset: int


class ArticleOut(BaseModel):
    id: int
    canonical_url: str | None
    title: str | None
    outlet: str | None
    author: str | None
    published: str | None
    text: str
    created_at: str
    brief_ids: list[int]


class StorySummary(BaseModel):
    id: str
    title: str | None
    first_seen: str | None
    last_seen: str | None
    article_count: int
    outlets: list[str]


class StoryList(BaseModel):
    items: list[StorySummary]
    limit: int
    offset: int


def recent_briefs(store: Store, limit: int, offset: int) -> list[BriefSummary]:
    """The most recent briefs, newest first."""
    return [BriefSummary(id=b.id, title=b.title, url=b.url, engine=b.engine, created_at=b.created_at)
            for b in store.list_briefs(limit, offset)]


def matching_briefs(store: Store, query: str, limit: int, offset: int) -> list[BriefSummary]:
    """The briefs matching ``query``, best first, each with its snippet (match markers removed)."""
    items = []
    for hit in store.search(query, limit, offset):
        stored = store.get_brief(hit.brief_id)
        if stored:
            items.append(BriefSummary(id=stored.id, title=stored.title, url=stored.url,
                                      engine=stored.engine, created_at=stored.created_at,
                                      snippet=hit.snippet.replace(MARK_START, "").replace(MARK_END, "")))
    return items


@router.post("/briefs", status_code=201, tags=["briefs"],
             responses=error_responses(400, 401, 413, 422, 429, 502, 503),
             dependencies=[Depends(require_write), Depends(rate_limit)])
async def create_brief(request: Request, body: BriefRequest) -> dict[str, Any]:
    """Brief an article given by URL, HTML or text, store it, and return the brief with its id.

    The brief runs in the server's briefing pool (503 when it is full), not on the request threads.
    """
    workers: BriefWorkers = request.app.state.workers
    brief_id, stored = await workers.run(request, brief_work(request, body))
    return {"id": brief_id, **stored}


@router.get("/briefs/{brief_id}", tags=["briefs"], responses=error_responses(404, 422))
def read_brief(brief_id: Id, store: StoreDep) -> dict[str, Any]:
    """One stored brief."""
    stored = store.get_brief(brief_id)
    if stored is None:
        raise HTTPException(404, f"no brief {brief_id}; list briefs at /api/v1/briefs")
    return {"id": brief_id, **stored.brief}


@router.get("/briefs", tags=["briefs"], responses=error_responses(422))
def list_briefs(store: StoreDep, query: Annotated[str | None, Query(max_length=500)] = None,
                limit: Annotated[int, Query(ge=1, le=100)] = 20,
                offset: Annotated[int, Query(ge=0, le=100_000)] = 0) -> BriefList:
    """Recent briefs, or the briefs matching ``query`` (full-text, ranked)."""
    if query and query.strip():
        items = matching_briefs(store, query, limit, offset)
    else:
        items = recent_briefs(store, limit, offset)
    return BriefList(items=items, limit=limit, offset=offset)


@router.get("/articles/{article_id}", tags=["articles"], responses=error_responses(404, 422))
def read_article(article_id: Id, store: StoreDep) -> ArticleOut:
    """One stored article with the ids of its briefs."""
    article = store.get_article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id}")
    return ArticleOut(id=article.id, canonical_url=article.canonical_url, title=article.title,
                      outlet=article.outlet, author=article.author, published=article.published,
                      text=article.text, created_at=article.created_at, brief_ids=list(article.brief_ids))


@router.delete("/briefs/{brief_id}", status_code=204, tags=["briefs"],
               responses=error_responses(401, 404, 422), dependencies=[Depends(require_write)])
def delete_brief(brief_id: Id, store: StoreDep) -> Response:
    """Delete one brief (its article is kept)."""
    if not store.delete_brief(brief_id):
        raise HTTPException(404, f"no brief {brief_id}")
    return Response(status_code=204)


@router.get("/stories", tags=["stories"], responses=error_responses(422))
def list_stories(store: StoreDep, limit: Annotated[int, Query(ge=1, le=100)] = 20,
                 offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
                 since: Annotated[str | None, Query(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")] = None) -> StoryList:
    """Stories, most recently seen first (only those seen on or after ``since``, YYYY-MM-DD, when given)."""
    items = [StorySummary(id=s.id, title=s.title, first_seen=s.first_seen, last_seen=s.last_seen,
                          article_count=len(s.article_ids), outlets=list(s.outlets))
             for s in store.list_stories(since, limit, offset)]
    return StoryList(items=items, limit=limit, offset=offset)


@router.get("/stories/{story_id}", tags=["stories"], responses=error_responses(404, 422))
def read_story(request: Request, store: StoreDep,
               story_id: Annotated[str, PathParam(pattern=r"^[0-9a-z-]{1,64}$", max_length=64)]) -> dict[str, Any]:
    """The story's brief across its articles (an id merged into another story gives that story's brief).

    Made on first request (seconds for a large story) and kept until the story changes.
    """
    story = store.get_story(story_id)
    if story is None:
        raise HTTPException(404, f"no story {story_id}; list stories at /api/v1/stories")
    return {"id": story.id, **story_brief(request, store, story)}


@router.post("/briefs/{brief_id}/flags", status_code=201, tags=["flags"],
             responses=error_responses(400, 401, 404, 413, 422, 429),
             dependencies=[Depends(require_write), Depends(flag_limit)])
def create_flag(brief_id: Id, body: FlagIn, store: StoreDep) -> FlagOut:
    """Flag one item of a brief as wrong (its section, its index in the section, an optional note)."""
    return flag_out(add_flag(store, brief_id, body))


@router.get("/flags", tags=["flags"], responses=error_responses(422))
def list_flags(store: StoreDep, limit: Annotated[int, Query(ge=1, le=500)] = 100,
               offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
               brief_id: Annotated[int | None, Query(ge=1, le=2**63 - 1)] = None) -> FlagList:
    """Readers' flags, newest first (only one brief's with ``brief_id``), for whoever improves the rules."""
    return recent_flags(store, limit, offset, brief_id)
