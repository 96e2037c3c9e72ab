"""Renderers: one module per output format, registered by name.

A renderer is a function ``Brief -> str``. Section titles come from the
section registry (:mod:`newsbrief.sections`) and an item's layout from its
payload type, so a renderer has no per-section table of its own. A new format
is one module plus one record: ``@register("name")`` on its function, and the
module named in :data:`RENDERER_MODULES` (or imported before rendering).
"""

from __future__ import annotations

import importlib
import re
import sys
import types
from collections.abc import Callable

from newsbrief.errors import InputError
from newsbrief.models import Brief, Citation, Item, Source
from newsbrief.nlp.date_yearless import YEAR_NOT_GIVEN, is_yearless, yearless_label
from newsbrief.serialize import claim_matrix as claim_matrix  # the renderers' view of a story's matrix

Renderer = Callable[[Brief], str]
RENDERERS: dict[str, Renderer] = {}
# Modules imported on the first render so that their renderers register themselves.
RENDERER_MODULES = [
    "newsbrief.render.html", "newsbrief.render.json", "newsbrief.render.markdown", "newsbrief.render.prose",
]


def register(name: str) -> Callable[[Renderer], Renderer]:
    """Register a renderer for the format ``name``."""

    def decorator(function: Renderer) -> Renderer:
        RENDERERS[name] = function
        return function

    return decorator


def shown_date(value: str | None) -> str:
    """A publication date as a reader sees it: ISO dates as given, a day or month without a year ("--11-01", from a
    wire dateline "ABUJA, Nov 1 (Reuters)") as "1 November (year not given)" ('' when there is none)."""
    if not value or not is_yearless(value):
        return value or ""
    if not re.fullmatch(r"--(0[1-9]|1[0-2])(-\d\d)?", value):
        return value  # not a month the Timeline's label could name
    label = yearless_label(value)  # "1 November"; a month alone already says "(year not given)"
    return label if label.endswith(YEAR_NOT_GIVEN) else f"{label} {YEAR_NOT_GIVEN}"


def _date_order(source: Source) -> str:
    """A story's sources by date, the ones without a year or date after the dated ones (a yearless "--11-01"
    would sort before every year)."""
    date = source.date or ""
    return date if date[:1].isdigit() else "9999" + date


def source_line(source: Source) -> str:
    """``Source: <title> — <outlet>, <date>, <url>``, leaving out what is unknown."""
    rest = ", ".join(part for part in (source.outlet, shown_date(source.date), source.url) if part)
    if rest:  # a bare "Source: 2014-09-14" reads as if the date were the source
        return f"Source: {source.title or 'untitled article'} — {rest}"
    if source.title:
        return f"Source: {source.title}"
    # "Source: unknown" read as if the tool had lost the source; pasted text simply came without one.
    return "Source: untitled text (no outlet, date or address given)"


def source_lines(brief: Brief) -> list[str]:
    """The closing lines: an article's ``Source:`` line, or a story's ``Sources:`` list, one article a line.

    A story's lines start with the short article id its citations show (``[1a2b3c4d:s3]``).
    """
    if not brief.is_story:
        return [source_line(brief.source)]
    return ["Sources:"] + [f"- [{ref.article_id[:8]}] {source_line(ref.source).removeprefix('Source: ')}"
                           for ref in brief.sources]


def outlet_of(brief: Brief, item: Item) -> str | None:
    """In a story, the outlet of the article an item's first citation names (None in an article's brief)."""
    if not brief.is_story or not item.citations:
        return None
    home = item.citations[0].article_id
    return next((ref.source.outlet for ref in brief.sources if ref.article_id == home), None)


def coverage_line(brief: Brief) -> str:
    """For a story: how many articles from which outlets, who reported first and who last ('' for an article)."""
    if not brief.is_story:
        return ""
    refs = sorted(brief.sources, key=lambda ref: _date_order(ref.source))
    outlets = list(dict.fromkeys(ref.source.outlet for ref in refs if ref.source.outlet))
    count = f"{len(refs)} article{'s' if len(refs) != 1 else ''}"
    if outlets:
        count += f" from {len(outlets)} outlet{'s' if len(outlets) != 1 else ''} ({', '.join(outlets)})"
    dated = [ref for ref in refs if ref.source.date]
    if not dated:
        return f"Coverage: {count}."
    first, last = dated[0], dated[-1]
    first_by = f" by {first.source.outlet}" if first.source.outlet else ""
    line = f"Coverage: {count}; first reported {shown_date(first.source.date)}{first_by}"
    if last is not first and last.source.date != first.source.date:
        last_by = f" by {last.source.outlet}" if last.source.outlet else ""
        line += f", latest {shown_date(last.source.date)}{last_by}"
    return line + "."


# How a story comparison's relation is named in a list ("**Conflict** — ...").
RELATION_WORDS = {"conflict": "Conflict", "update": "Update", "attributed-differently": "Attributed differently",
                  "single-source": "One source only", "agree": "Agree"}


# How each genre is named to a reader ("Genre: opinion piece").
GENRE_LABELS = {"news": "news report", "opinion": "opinion piece", "analysis": "analysis", "factcheck": "fact-check",
                "roundup": "round-up of comments", "feature": "feature", "live": "live page",
                "qa": "questions and answers", "review": "review",
                "explainer": "explainer"}

# How a position's stance reads in a list ("Tom Riley, Mayor — denies: ...").
STANCE_WORDS = {"asserts": "says", "alleges": "alleges", "denies": "denies", "predicts": "expects",
                "recommends": "recommends", "asks": "asks"}


def mentions_label(count: int) -> str:
    """ "1 mention", "3 mentions": an actor's mention count as a reader reads it."""
    return f"{count} mention" + ("" if count == 1 else "s")


def citation_label(citation: Citation, home: str) -> str:
    """How a citation is shown: ``s12`` in its own article's brief, ``<article>:s12`` otherwise."""
    if not citation.article_id or citation.article_id == home:
        return citation.sentence_id
    return f"{citation.article_id[:8]}:{citation.sentence_id}"


def citation_labels(item: Item, home: str) -> list[str]:
    """The item's citation labels, each once, in order."""
    return list(dict.fromkeys(citation_label(c, home) for c in item.citations))


def formats() -> list[str]:
    """The registered format names."""
    for module in RENDERER_MODULES:
        importlib.import_module(module)
    return sorted(RENDERERS)


def render(brief: Brief, fmt: str) -> str:
    """Render ``brief`` in the format ``fmt`` (markdown, json, html, prose, or a registered one)."""
    names = formats()
    renderer = RENDERERS.get(fmt)
    if renderer is None:
        raise InputError(f"unknown format {fmt!r}; choose one of {', '.join(names)}")
    return renderer(brief)


class _CallableModule(types.ModuleType):
    """``from newsbrief import render`` yields this package once it is imported (Python sets the
    package attribute to the submodule), so calling it renders, as the documented function does."""

    def __call__(self, brief: Brief, fmt: str) -> str:
        return render(brief, fmt)


sys.modules[__name__].__class__ = _CallableModule

__all__ = [
    "GENRE_LABELS",
    "RENDERERS",
    "RENDERER_MODULES",
    "STANCE_WORDS",
    "citation_label",
    "citation_labels",
    "formats",
    "register",
    "render",
    "source_line",
]
