"""Shared helpers of the actor test files (sessions 22-23): an article written for a test, annotated, and the
actors the analyzer lists for it, by name."""

from __future__ import annotations

from newsbrief.analyze.actors import analyze_actors
from newsbrief.analyze.context import build_context
from newsbrief.models import ActorInfo, Article, Document, Item, Source
from newsbrief.nlp.annotate import annotate


def doc_of(text: str, title: str | None = None) -> Document:
    """The annotated document of ``text`` with an optional headline."""
    return annotate(Article(text=text, source=Source(title=title)))


def info_of(item: Item) -> ActorInfo:
    """The actor record an Actors item carries."""
    assert isinstance(item.payload, ActorInfo)
    return item.payload


def actors_of(text: str, title: str | None = None) -> dict[str, ActorInfo]:
    """The actors listed for ``text``, by name."""
    doc = doc_of(text, title)
    return {info_of(item).name: info_of(item) for item in analyze_actors(doc, build_context(doc))}
