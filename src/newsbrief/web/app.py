"""The FastAPI app factory: HTML pages and the REST API under /api/v1.

Shared dependencies are in ``newsbrief.web.deps`` (they read the app's state);
errors are translated in ``newsbrief.web.errors`` only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from newsbrief import __version__
from newsbrief.errors import InputError
from newsbrief.ingest.fetch import Resolver, system_resolver
from newsbrief.library import brief_and_store
from newsbrief.render import SECTION_TITLES
from newsbrief.settings import Settings
from newsbrief.store import Store, open_store
from newsbrief.store.base import MARK_END, MARK_START
from newsbrief.web.deps import (
    BriefRequest,
    Id,
    StoreDep,
    app_settings,
    app_templates,
    authorised,
    needs_token,
    rate_limit,
    raw_document,
    require_write,
)
from newsbrief.web.errors import error_responses, install_error_handlers
from newsbrief.web.security import BodyLimit, RateLimiter, SecurityHeaders

HERE = Path(__file__).resolve().parent


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


def safe_url(value: object) -> str | None:
    """The URL if it is http(s), else None (never a javascript: link)."""
    text = str(value or "")
    return text if re.match(r"^https?://", text, re.I) else None


def highlight(snippet: str) -> Markup:
    """Escape a search snippet, then turn its match markers into <mark>."""
    escaped = str(escape(snippet))
    return Markup(escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


def create_app(
    settings: Settings,
    token: str | None = None,
    resolver: Resolver = system_resolver,
    store_factory: Callable[[], Store] | None = None,
) -> FastAPI:
    """Build the app. ``token`` protects writes; ``resolver`` is the fetcher's DNS (tests inject one)."""
    app = FastAPI(title="newsbrief", version=__version__, docs_url=None, redoc_url=None,
                  description="Grounded analytical briefs of news articles.")
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.filters["safe_url"] = safe_url
    templates.env.filters["highlight"] = highlight
    templates.env.globals["section_titles"] = SECTION_TITLES
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    # What newsbrief.web.deps and newsbrief.web.errors read, per app (tests build several).
    app.state.settings = settings
    app.state.token = token
    app.state.resolver = resolver
    app.state.limiter = RateLimiter(settings.rate_limit_per_minute)
    app.state.templates = templates
    app.state.make_store = store_factory or (lambda: open_store(settings.db or None))
    install_error_handlers(app)

    # ---------------- REST API ----------------
    @app.post("/api/v1/briefs", status_code=201, tags=["briefs"],
              responses=error_responses(400, 401, 413, 422, 429, 502),
              dependencies=[Depends(require_write), Depends(rate_limit)])
    def create_brief(request: Request, body: BriefRequest, store: StoreDep) -> dict[str, Any]:
        """Brief an article given by URL, HTML or text, store it, and return the brief with its id."""
        brief_id, _ = brief_and_store(raw_document(request, body), app_settings(request), store)
        stored = store.get_brief(brief_id)
        assert stored is not None
        return {"id": brief_id, **stored.brief}

    @app.get("/api/v1/briefs/{brief_id}", tags=["briefs"], responses=error_responses(404, 422))
    def read_brief(brief_id: Id, store: StoreDep) -> dict[str, Any]:
        """One stored brief."""
        stored = store.get_brief(brief_id)
        if stored is None:
            raise HTTPException(404, f"no brief {brief_id}; list briefs at /api/v1/briefs")
        return {"id": brief_id, **stored.brief}

    @app.get("/api/v1/briefs", tags=["briefs"], responses=error_responses(422))
    def list_briefs(store: StoreDep, query: Annotated[str | None, Query(max_length=500)] = None,
                    limit: Annotated[int, Query(ge=1, le=100)] = 20,
                    offset: Annotated[int, Query(ge=0, le=100_000)] = 0) -> BriefList:
        """Recent briefs, or the briefs matching ``query`` (full-text, ranked)."""
        if query and query.strip():
            hits = store.search(query, limit, offset)
            items = []
            for hit in hits:
                stored = store.get_brief(hit.brief_id)
                if stored:
                    items.append(BriefSummary(id=stored.id, title=stored.title, url=stored.url,
                                              engine=stored.engine, created_at=stored.created_at,
                                              snippet=hit.snippet.replace(MARK_START, "").replace(MARK_END, "")))
        else:
            items = [BriefSummary(id=b.id, title=b.title, url=b.url, engine=b.engine, created_at=b.created_at)
                     for b in store.list_briefs(limit, offset)]
        return BriefList(items=items, limit=limit, offset=offset)

    @app.get("/api/v1/articles/{article_id}", tags=["articles"], responses=error_responses(404, 422))
    def read_article(article_id: Id, store: StoreDep) -> ArticleOut:
        """One stored article with the ids of its briefs."""
        article = store.get_article(article_id)
        if article is None:
            raise HTTPException(404, f"no article {article_id}")
        return ArticleOut(id=article.id, canonical_url=article.canonical_url, title=article.title,
                          outlet=article.outlet, author=article.author, published=article.published,
                          text=article.text, created_at=article.created_at, brief_ids=list(article.brief_ids))

    @app.delete("/api/v1/briefs/{brief_id}", status_code=204, tags=["briefs"],
                responses=error_responses(401, 404, 422), dependencies=[Depends(require_write)])
    def delete_brief(brief_id: Id, store: StoreDep) -> Response:
        """Delete one brief (its article is kept)."""
        if not store.delete_brief(brief_id):
            raise HTTPException(404, f"no brief {brief_id}")
        return Response(status_code=204)

    # ---------------- HTML pages ----------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request, store: StoreDep) -> Response:
        return app_templates(request).TemplateResponse(request, "home.html", {
            "briefs": store.list_briefs(20), "needs_token": needs_token(request)})

    @app.post("/brief", include_in_schema=False, dependencies=[Depends(rate_limit)])
    def brief_form(request: Request, store: StoreDep, url: Annotated[str, Form()] = "",
                   text: Annotated[str, Form()] = "",
                   token_field: Annotated[str, Form(alias="token")] = "") -> Response:
        if not authorised(request, token_field):
            raise HTTPException(401, "this server needs its access token to brief articles")
        if bool(url.strip()) == bool(text.strip()):
            raise InputError("give either a URL or the article text, not both or neither")
        body = BriefRequest(url=url.strip()) if url.strip() else BriefRequest(text=text)
        brief_id, _ = brief_and_store(raw_document(request, body), app_settings(request), store)
        return RedirectResponse(f"/briefs/{brief_id}", status_code=303)

    @app.get("/briefs/{brief_id}", response_class=HTMLResponse, include_in_schema=False)
    def brief_page(request: Request, brief_id: Id, store: StoreDep) -> Response:
        stored = store.get_brief(brief_id)
        if stored is None:
            raise HTTPException(404, f"there is no brief {brief_id}")
        paragraphs: dict[int, list[dict[str, Any]]] = {}
        for sentence in stored.brief["sentences"]:
            paragraphs.setdefault(sentence.get("paragraph", 0), []).append(sentence)
        return app_templates(request).TemplateResponse(request, "brief.html", {
            "stored": stored, "brief": stored.brief, "paragraphs": list(paragraphs.values())})

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: Id, store: StoreDep) -> Response:
        article = store.get_article(article_id)
        if article is None:
            raise HTTPException(404, f"there is no article {article_id}")
        return app_templates(request).TemplateResponse(request, "article.html", {
            "article": article, "paragraphs": [p for p in article.text.split("\n\n") if p.strip()]})

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, store: StoreDep, q: str = "") -> Response:
        hits = store.search(q, 50) if q.strip() else []
        return app_templates(request).TemplateResponse(request, "search.html", {"q": q, "hits": hits})

    app.add_middleware(BodyLimit, limit=settings.max_request_bytes)
    app.add_middleware(SecurityHeaders)
    return app
