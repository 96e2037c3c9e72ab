"""Renderers: one module per output format, registered by name."""

from __future__ import annotations

from collections.abc import Callable

from newsbrief.models import Brief, Source

Renderer = Callable[[Brief], str]
RENDERERS: dict[str, Renderer] = {}

SECTION_TITLES = {
    "summary": "Key points",
    "timeline": "Timeline",
    "actors": "Actors",
    "quotes": "Quotes",
    "figures": "Key figures",
    "analysis": "Analysis: causes and obstacles",
    "outlook": "Outlook",
    "recommendations": "Recommendations",
    "conclusion": "Conclusion",
}
# Attributes that steer composition but are not part of the published brief.
INTERNAL_ATTRS = frozenset({"short"})


def register(name: str) -> Callable[[Renderer], Renderer]:
    """Register a renderer for the format ``name``."""

    def decorator(function: Renderer) -> Renderer:
        RENDERERS[name] = function
        return function

    return decorator


def source_line(source: Source) -> str:
    """``Source: <title> — <outlet>, <date>, <url>``, leaving out what is unknown."""
    rest = ", ".join(part for part in (source.outlet, source.date, source.url) if part)
    if source.title and rest:
        return f"Source: {source.title} — {rest}"
    return f"Source: {source.title or rest or 'unknown'}"


def render(brief: Brief, fmt: str) -> str:
    """Render ``brief`` in the format ``fmt`` (markdown, json, html, prose)."""
    from newsbrief.render import html, json, markdown, prose  # noqa: F401  (registration)

    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        from newsbrief.errors import InputError

        raise InputError(
            f"unknown format {fmt!r}; choose one of {', '.join(sorted(RENDERERS))}"
        ) from None
    return renderer(brief)


__all__ = ["RENDERERS", "SECTION_TITLES", "register", "render", "source_line"]
