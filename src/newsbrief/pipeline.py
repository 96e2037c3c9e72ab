"""Compose the stages: extract -> annotate -> analyze -> compose. No I/O of its own."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsbrief import __version__
from newsbrief.analyze import SECTION_ORDER, load_all
from newsbrief.analyze.context import build_context
from newsbrief.analyze.openings import repair_sections
from newsbrief.compose import compose
from newsbrief.ingest.extract import extract
from newsbrief.models import Article, Brief, Document, Engine, Item, RawDocument
from newsbrief.nlp.annotate import annotate, annotate_many
from newsbrief.settings import Settings

ENGINE = Engine(name="extractive", version=__version__)


def analyze(doc: Document, settings: Settings) -> dict[str, tuple[Item, ...]]:
    """Run every registered analyzer on ``doc``."""
    analyzers = load_all()
    ctx = build_context(doc, settings)
    sections = {name: analyzers[name](doc, ctx) for name in SECTION_ORDER if name in analyzers}
    return repair_sections(doc, ctx, sections)


def brief_document(doc: Document, settings: Settings) -> Brief:
    """Brief an annotated document."""
    return compose(doc, analyze(doc, settings), ENGINE)


def brief_article(article: Article, settings: Settings) -> Brief:
    """Brief an extracted article."""
    return brief_document(annotate(article), settings)


def brief_raw(raw: RawDocument, settings: Settings) -> Brief:
    """Brief raw input (HTML or text bytes) as read from a file, stdin or the network."""
    return brief_article(extract(raw, settings), settings)


def brief_many(articles: Iterable[Article], settings: Settings) -> Iterator[Brief]:
    """Brief many articles, parsing them together with ``nlp.pipe``."""
    for doc in annotate_many(articles):
        yield brief_document(doc, settings)
