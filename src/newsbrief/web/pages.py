"""The HTML pages: home (recent stories and the brief form), a brief and its flags, a story, an article, and
search; and the templates they render.

None of these routes is in the OpenAPI schema. Errors on them become the
error page (see ``newsbrief.web.errors``). What the pages say (dates, citation
names, anchors) is decided in ``newsbrief.web.reader``; which stories the home
page lists and the story page's parts in ``newsbrief.web.story_views``. The form's POST and the
job pages it leads to are in ``newsbrief.web.submit``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException

from newsbrief.guard import WITHHELD_TEXT, withheld_paragraphs
from newsbrief.models import FigureInfo, Item
from newsbrief.render import GENRE_LABELS, STANCE_WORDS
from newsbrief.render.markdown import figure_line
from newsbrief.sections import SECTIONS
from newsbrief.store.base import MARK_END, MARK_START
from newsbrief.web import reader, story_views
from newsbrief.web.deps import (
    Id,
    StoreDep,
    app_templates,
    needs_token,
)
from newsbrief.web.flags import NOTE_CHARS, SECTION_PATTERN, FlagIn, flag_from_form, flag_limit
from newsbrief.web.security import FIELD, form_token, set_form_cookie

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"

router = APIRouter(include_in_schema=False)
# A story id as the clusterer makes them (the brief JSON schema's story_id pattern).
StoryId = Annotated[str, PathParam(pattern=r"^[0-9a-z-]{1,64}$", max_length=64)]


def stored_item_text(item: dict[str, Any]) -> str:
    """A stored item's text as the Markdown brief shows it: a key figure as :func:`figure_line` words it
    (its phrase, or value and measure, with its time), anything else as its text."""
    value, unit, measure, when = item.get("value"), item.get("unit"), item.get("measure"), item.get("when")
    if not isinstance(value, str) or not isinstance(unit, str):
        return reader.clean_text(item.get("text"))
    payload = FigureInfo(value=value, unit=unit, measure=measure if isinstance(measure, str) else None,
                         when=when if isinstance(when, str) else None)
    return reader.clean_text(figure_line(Item(str(item.get("text", "")), (), payload=payload)))


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
    templates.env.filters["item_text"] = stored_item_text
    # Titles and layouts come from the section records: the template has no per-section branch.
    templates.env.globals["section_titles"] = {spec.name: spec.title for spec in SECTIONS}
    templates.env.globals["stance_words"] = STANCE_WORDS
    templates.env.globals["genre_labels"] = GENRE_LABELS
    templates.env.globals["section_layouts"] = {
        spec.name: getattr(spec.payload, "layout", "plain") for spec in SECTIONS}
    templates.env.filters["human_date"] = reader.human_date
    templates.env.filters["clean"] = reader.clean_text
    templates.env.globals["item_anchor"] = reader.item_anchor
    templates.env.globals["note_chars"] = NOTE_CHARS
    return templates


def with_form_cookie(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    """Render a page whose forms post back (the brief form, flags) with this session's form token."""
    token = form_token(request)
    response = app_templates(request).TemplateResponse(request, name, {**context, "form_token": token},
                                                       status_code=status)
    set_form_cookie(response, token)
    return response


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store: StoreDep, outlet: Annotated[str, Query(max_length=200)] = "",
         page: Annotated[int, Query(ge=1, le=10_000)] = 1,
         feed: Annotated[str, Query(max_length=15, pattern=r"^[0-9]*$")] = "") -> Response:
    """The recent stories (article briefs without a story as one-article stories), by outlet or followed
    feed (empty: all feeds, as the filter form sends it), paged; and the brief form."""
    feed_id = int(feed) if feed else None
    listing = story_views.home_page(request, store, outlet.strip(), page, feed_id)
    return with_form_cookie(request, "home.html", {
        "listing": listing, "outlet": outlet.strip(), "feed": feed_id, "needs_token": needs_token(request)})


@router.get("/briefs/{brief_id}", response_class=HTMLResponse)
def brief_page(request: Request, brief_id: Id, store: StoreDep,
               flagged: Annotated[str, Query(max_length=60)] = "") -> Response:
    """One brief: main point and key points on top, the other sections collapsible, the source beside."""
    stored = store.get_brief(brief_id)
    if stored is None:
        raise HTTPException(404, f"there is no brief {brief_id}")
    brief = stored.brief
    sections = [s for s in brief["sections"] if s.get("items")]
    return with_form_cookie(request, "brief.html", {
        "stored": stored, "brief": brief, "summary": next((s for s in sections if s["name"] == "summary"), None),
        "others": [s for s in sections if s["name"] != "summary"],
        "paragraphs": reader.paragraphs_of(brief["sentences"]), "citer": reader.Citer(brief),
        "flagged": flagged, "description": reader.description(brief)})


@router.post("/briefs/{brief_id}/flags", dependencies=[Depends(flag_limit)])
def flag_form(request: Request, brief_id: Id, store: StoreDep,
              section: Annotated[str, Form(pattern=SECTION_PATTERN)],
              item: Annotated[int, Form(ge=0, le=1000)],
              note: Annotated[str, Form(max_length=NOTE_CHARS)] = "",
              form_field: Annotated[str, Form(alias=FIELD)] = "") -> Response:
    """Store a reader's flag on one item, then show the brief again at that item, thanked."""
    return flag_from_form(request, store, brief_id, FlagIn(section=section, item=item, note=note), form_field)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: StoryId, store: StoreDep) -> Response:
    """One story: summary, where sources agree and differ, timeline, outlets, actors and quotes."""
    story = store.get_story(story_id)
    if story is None:
        raise HTTPException(404, f"there is no story {story_id}; the home page lists the stories")
    if story.id != story_id:  # merged into another story: its page is that story's
        return RedirectResponse(f"/stories/{story.id}", status_code=308)
    brief = story_views.story_brief(request, store, story)
    citer = reader.Citer(brief)
    return app_templates(request).TemplateResponse(request, "story.html", {
        "story": story, "brief": brief, "citer": citer, "description": reader.description(brief),
        "comparisons": story_views.comparisons(brief, citer),
        "outlets": story_views.outlet_articles(store, story, brief),
        "sources": story_views.source_groups(brief, citer)})


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
def search_page(request: Request, store: StoreDep, q: Annotated[str, Query(max_length=500)] = "") -> Response:
    """Full-text search of the briefs, up to 50 hits with highlighted snippets, outlet and date, each
    opening at the first item (or source sentence) that matches."""
    results = []
    for hit in store.search(q, 50) if q.strip() else []:
        stored = store.get_brief(hit.brief_id)
        source = (stored.brief.get("source") or {}) if stored else {}
        anchor = reader.matching_anchor(stored.brief, q) if stored else ""
        results.append({"hit": hit, "outlet": source.get("outlet"), "date": source.get("date"),
                        "href": f"/briefs/{hit.brief_id}" + (f"#{anchor}" if anchor else "")})
    return app_templates(request).TemplateResponse(request, "search.html", {"q": q, "results": results})


@router.get("/favicon.ico")
def favicon() -> Response:
    """Browsers ask for /favicon.ico whatever the page says: the SVG icon."""
    return RedirectResponse("/static/favicon.svg", status_code=301)
