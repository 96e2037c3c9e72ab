"""Analyzers: one per brief section, registered by name.

An analyzer is a function ``(Document, Context) -> tuple[Item, ...]``. It
returns its candidates best first; :mod:`newsbrief.compose` removes repeats
across sections and trims each section to its size.
"""

from __future__ import annotations

from collections.abc import Callable

from newsbrief.analyze.context import Context
from newsbrief.models import Document, Item

Analyzer = Callable[[Document, Context], tuple[Item, ...]]
ANALYZERS: dict[str, Analyzer] = {}

SECTION_ORDER = (
    "summary",
    "timeline",
    "actors",
    "quotes",
    "figures",
    "analysis",
    "outlook",
    "recommendations",
    "conclusion",
)


def register(name: str) -> Callable[[Analyzer], Analyzer]:
    """Register an analyzer for the section ``name``."""

    def decorator(function: Analyzer) -> Analyzer:
        ANALYZERS[name] = function
        return function

    return decorator


def load_all() -> dict[str, Analyzer]:
    """Import every analyzer module so each registers itself; return the registry."""
    from newsbrief.analyze import (  # noqa: F401
        actors,
        classify,
        figures,
        quotes,
        summary,
        timeline,
    )

    return ANALYZERS


__all__ = ["ANALYZERS", "SECTION_ORDER", "Analyzer", "Context", "load_all", "register"]
