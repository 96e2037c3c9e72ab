"""The HTML pages: home, a brief, an article, and search; and the templates they render.

The form's POST and the job pages are in ``newsbrief.web.submit``.

None of these routes is in the OpenAPI schema. Errors on them become the
error page (see ``newsbrief.web.errors``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException

from newsbrief.guard import WITHHELD_TEXT, withheld_paragraphs
from newsbrief.models import FigureInfo, Item
from newsbrief.render import GENRE_LABELS, STANCE_WORDS
from newsbrief.render.markdown import figure_gloss
from newsbrief.sections import SECTIONS
from newsbrief.store.base import MARK_END, MARK_START
from newsbrief.web.deps import Id, StoreDep, app_templates, needs_token
from newsbrief.web.security import form_token, set_form_cookie

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"

router = APIRouter(include_in_schema=False)


def stored_figure_gloss(item: dict[str, Any]) -> str:
    """" — measure (when)" of a stored key-figure item, as the Markdown brief shows it ("" otherwise)."""
    if not isinstance(item.get("value"), str) or not isinstance(item.get("unit"), str):
        return ""
    measure, when = item.get("measure"), item.get("when")
    payload = FigureInfo(value=item["value"], unit=item["unit"], measure=measure if isinstance(measure, str) else None,
                         when=when if isinstance(when, str) else None)
    return figure_gloss(Item(str(item.get("text", "")), (), payload=payload))


def safe_url(value: object) -> str | None:
    """The URL if it is http(s), else None (never a javascript: link)."""
    text = str(value or "")
    return text if re.match(r"^https?://", text, re.I) else None


def highlight(snippet: str) -> Markup:
    """Escape a search snippet, then turn its match markers into <mark>."""
    escaped = str(escape(snippet))
    return Markup(escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


def page_templates() -> Jinja2Templates:
    """The page templates with their filters (safe_url, highlight) and the brief's section titles."""
    templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
    templates.env.filters["safe_url"] = safe_url
    templates.env.filters["highlight"] = highlight
    templates.env.filters["figure_gloss"] = stored_figure_gloss
    # Titles and layouts come from the section records: the template has no per-section branch.
    templates.env.globals["section_titles"] = {spec.name: spec.title for spec in SECTIONS}
    templates.env.globals["stance_words"] = STANCE_WORDS
    templates.env.globals["genre_labels"] = GENRE_LABELS
    templates.env.globals["section_layouts"] = {
        spec.name: getattr(spec.payload, "layout", "plain") for spec in SECTIONS}
    return templates


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store: StoreDep) -> Response:
    """The brief form (with this session's form token) and the most recent briefs."""
    token = form_token(request)
    response = app_templates(request).TemplateResponse(request, "home.html", {
        "briefs": store.list_briefs(20), "needs_token": needs_token(request), "form_token": token})
    set_form_cookie(response, token)
    return response


@router.get("/briefs/{brief_id}", response_class=HTMLResponse)
def brief_page(request: Request, brief_id: Id, store: StoreDep) -> Response:
    """One brief, its sentences grouped into their paragraphs."""
    stored = store.get_brief(brief_id)
    if stored is None:
        raise HTTPException(404, f"there is no brief {brief_id}")
    paragraphs: dict[int, list[dict[str, Any]]] = {}
    for sentence in stored.brief["sentences"]:
        paragraphs.setdefault(sentence.get("paragraph", 0), []).append(sentence)
    return app_templates(request).TemplateResponse(request, "brief.html", {
        "stored": stored, "brief": stored.brief, "paragraphs": list(paragraphs.values())})


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: Id, store: StoreDep) -> Response:
    """One stored article, paragraph by paragraph."""
    article = store.get_article(article_id)
    if article is None:
        raise HTTPException(404, f"there is no article {article_id}")
    paragraphs = [p for p in article.text.split("\n\n") if p.strip()]
    # The stored text is the source as read; what the guard withholds from briefs is withheld here too.
    withheld = withheld_paragraphs(paragraphs)
    shown = [WITHHELD_TEXT if i in withheld else p for i, p in enumerate(paragraphs)]
    return app_templates(request).TemplateResponse(request, "article.html", {"article": article, "paragraphs": shown})


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, store: StoreDep, q: str = "") -> Response:
    """Full-text search of the briefs, up to 50 hits with highlighted snippets."""
    hits = store.search(q, 50) if q.strip() else []
    return app_templates(request).TemplateResponse(request, "search.html", {"q": q, "hits": hits})
