"""Shared helper for the figure test files: the Key figures lines of a short article written for a test."""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.analyze.figures import analyze_figures
from newsbrief.models import Article, FigureInfo, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.render.markdown import figure_line


def figure_lines(text: str) -> list[str]:
    """The figure lines the brief would show for ``text`` (each item's payload checked to be a FigureInfo)."""
    doc = annotate(Article(text=text, source=Source(title="Test", date="2026-03-17")))
    out = []
    for item in analyze_figures(doc, build_context(doc)):
        assert isinstance(item.payload, FigureInfo)
        out.append(figure_line(item))
    return out
