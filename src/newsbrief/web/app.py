"""The FastAPI app factory: HTML pages and the REST API under /api/v1.

NewsbriefError and HTTP errors are translated to responses here only: JSON
``{"error": {"message", "type"}}`` for the API, a page with the message for
the HTML routes.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Form, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic.json_schema import SkipJsonSchema
from starlette.exceptions import HTTPException

from newsbrief import __version__
from newsbrief.errors import ExtractionError, FetchError, InputError, LLMError, NewsbriefError, URLRefusedError
from newsbrief.ingest.fetch import Fetcher, Resolver, system_resolver
from newsbrief.library import brief_and_store
from newsbrief.models import RawDocument
from newsbrief.sections import SECTIONS
from newsbrief.settings import Settings
from newsbrief.store import Store, open_store
from newsbrief.store.base import MARK_END, MARK_START
from newsbrief.web.security import BodyLimit, RateLimiter, SecurityHeaders

HERE = Path(__file__).resolve().parent


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
        given = [name for name in ("url", "html", "text") if name in self.model_fields_set]
        if len(given) != 1 or getattr(self, given[0]) is None:
            raise ValueError("give exactly one of url, html or text, as a string")
        return self


class ErrorDetail(BaseModel):
    message: str
    type: str


class ErrorResponse(BaseModel):
    error: ErrorDetail


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


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {code: {"model": ErrorResponse} for code in codes}


def status_for(exc: NewsbriefError) -> int:
    """HTTP status of a library error."""
    if isinstance(exc, InputError | URLRefusedError):
        return 400
    if isinstance(exc, ExtractionError):
        return 422
    if isinstance(exc, FetchError | LLMError):
        return 502
    return 500


def safe_url(value: object) -> str | None:
    """The URL if it is http(s), else None (never a javascript: link)."""
    text = str(value or "")
    return text if re.match(r"^https?://", text, re.I) else None


def highlight(snippet: str) -> Markup:
    """Escape a search snippet, then turn its match markers into <mark>."""
    escaped = str(escape(snippet))
    return Markup(escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


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
    templates.env.globals["section_titles"] = {spec.name: spec.title for spec in SECTIONS}
    templates.env.globals["section_layouts"] = {
        spec.name: getattr(spec.payload, "layout", "plain") for spec in SECTIONS}
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    limiter = RateLimiter(settings.rate_limit_per_minute)
    make_store = store_factory or (lambda: open_store(settings.db or None))

    app.state.make_store = make_store

    def authorised(request: Request, form_token: str | None = None) -> bool:
        if not token:
            return True
        header = request.headers.get("authorization", "")
        given = header[7:] if header.lower().startswith("bearer ") else (form_token or "")
        return secrets.compare_digest(given.encode(), token.encode())

    def require_write(request: Request) -> None:
        if not authorised(request):
            raise HTTPException(401, "this server needs `Authorization: Bearer <token>` for writes; "
                                     "use the token set in NEWSBRIEF_API_TOKEN")

    def rate_limit(request: Request) -> None:
        client = request.client.host if request.client else "unknown"
        wait = limiter.check(client)
        if wait:
            raise HTTPException(429, f"too many briefs requested; try again in {wait:.0f} s",
                                headers={"Retry-After": str(int(wait))})

    def raw_from(body: BriefRequest) -> RawDocument:
        if body.url:
            with Fetcher(settings, resolver) as fetcher:
                return fetcher.fetch(body.url)
        if body.html:
            return RawDocument(body.html.encode("utf-8"), content_type="text/html")
        return RawDocument((body.text or "").encode("utf-8"), content_type="text/plain")

    def is_api(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    def error_response(request: Request, status: int, message: str, kind: str,
                       headers: dict[str, str] | None = None) -> Response:
        if is_api(request):
            return JSONResponse({"error": {"message": message, "type": kind}}, status, headers=headers)
        return templates.TemplateResponse(request, "error.html", {"message": message, "status": status},
                                          status_code=status, headers=headers)

    @app.exception_handler(NewsbriefError)
    async def on_newsbrief_error(request: Request, exc: NewsbriefError) -> Response:
        return error_response(request, status_for(exc), str(exc), type(exc).__name__)

    @app.exception_handler(HTTPException)
    async def on_http_error(request: Request, exc: HTTPException) -> Response:
        kinds = {401: "unauthorized", 404: "not_found", 405: "method_not_allowed", 429: "rate_limited"}
        headers = dict(getattr(exc, "headers", None) or {})
        if exc.status_code == 405:
            # Starlette lists only the first matching route's methods; list every route's.
            methods = {m for route in app.routes if isinstance(route, APIRoute)
                       and route.path_regex.match(request.url.path) for m in (route.methods or ())}
            headers["Allow"] = ", ".join(sorted(methods - {"HEAD"}))
        return error_response(request, exc.status_code, str(exc.detail), kinds.get(exc.status_code, "http_error"),
                              headers=headers or None)

    @app.exception_handler(RequestValidationError)
    async def on_validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors())
        return error_response(request, 422, f"invalid request: {problems}", "validation_error")

    # ---------------- REST API ----------------
    @app.post("/api/v1/briefs", status_code=201, tags=["briefs"],
              responses=_errors(400, 401, 413, 422, 429, 502),
              dependencies=[Depends(require_write), Depends(rate_limit)])
    def create_brief(body: BriefRequest, store: StoreDep) -> dict[str, Any]:
        """Brief an article given by URL, HTML or text, store it, and return the brief with its id."""
        brief_id, _ = brief_and_store(raw_from(body), settings, store)
        stored = store.get_brief(brief_id)
        assert stored is not None
        return {"id": brief_id, **stored.brief}

    @app.get("/api/v1/briefs/{brief_id}", tags=["briefs"], responses=_errors(404, 422))
    def read_brief(brief_id: Id, store: StoreDep) -> dict[str, Any]:
        """One stored brief."""
        stored = store.get_brief(brief_id)
        if stored is None:
            raise HTTPException(404, f"no brief {brief_id}; list briefs at /api/v1/briefs")
        return {"id": brief_id, **stored.brief}

    @app.get("/api/v1/briefs", tags=["briefs"], responses=_errors(422))
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

    @app.get("/api/v1/articles/{article_id}", tags=["articles"], responses=_errors(404, 422))
    def read_article(article_id: Id, store: StoreDep) -> ArticleOut:
        """One stored article with the ids of its briefs."""
        article = store.get_article(article_id)
        if article is None:
            raise HTTPException(404, f"no article {article_id}")
        return ArticleOut(id=article.id, canonical_url=article.canonical_url, title=article.title,
                          outlet=article.outlet, author=article.author, published=article.published,
                          text=article.text, created_at=article.created_at, brief_ids=list(article.brief_ids))

    @app.delete("/api/v1/briefs/{brief_id}", status_code=204, tags=["briefs"],
                responses=_errors(401, 404, 422), dependencies=[Depends(require_write)])
    def delete_brief(brief_id: Id, store: StoreDep) -> Response:
        """Delete one brief (its article is kept)."""
        if not store.delete_brief(brief_id):
            raise HTTPException(404, f"no brief {brief_id}")
        return Response(status_code=204)

    # ---------------- HTML pages ----------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request, store: StoreDep) -> Response:
        return templates.TemplateResponse(request, "home.html", {
            "briefs": store.list_briefs(20), "needs_token": bool(token)})

    @app.post("/brief", include_in_schema=False, dependencies=[Depends(rate_limit)])
    def brief_form(request: Request, store: StoreDep, url: Annotated[str, Form()] = "",
                   text: Annotated[str, Form()] = "",
                   token_field: Annotated[str, Form(alias="token")] = "") -> Response:
        if not authorised(request, token_field):
            raise HTTPException(401, "this server needs its access token to brief articles")
        if bool(url.strip()) == bool(text.strip()):
            raise InputError("give either a URL or the article text, not both or neither")
        body = BriefRequest(url=url.strip()) if url.strip() else BriefRequest(text=text)
        brief_id, _ = brief_and_store(raw_from(body), settings, store)
        return RedirectResponse(f"/briefs/{brief_id}", status_code=303)

    @app.get("/briefs/{brief_id}", response_class=HTMLResponse, include_in_schema=False)
    def brief_page(request: Request, brief_id: Id, store: StoreDep) -> Response:
        stored = store.get_brief(brief_id)
        if stored is None:
            raise HTTPException(404, f"there is no brief {brief_id}")
        paragraphs: dict[int, list[dict[str, Any]]] = {}
        for sentence in stored.brief["sentences"]:
            paragraphs.setdefault(sentence.get("paragraph", 0), []).append(sentence)
        return templates.TemplateResponse(request, "brief.html", {
            "stored": stored, "brief": stored.brief, "paragraphs": list(paragraphs.values())})

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: Id, store: StoreDep) -> Response:
        article = store.get_article(article_id)
        if article is None:
            raise HTTPException(404, f"there is no article {article_id}")
        return templates.TemplateResponse(request, "article.html", {
            "article": article, "paragraphs": [p for p in article.text.split("\n\n") if p.strip()]})

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, store: StoreDep, q: str = "") -> Response:
        hits = store.search(q, 50) if q.strip() else []
        return templates.TemplateResponse(request, "search.html", {"q": q, "hits": hits})

    app.add_middleware(BodyLimit, limit=settings.max_request_bytes)
    app.add_middleware(SecurityHeaders)
    return app
