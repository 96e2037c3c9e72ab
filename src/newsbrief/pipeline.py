"""Compose the stages: read -> extract -> annotate -> engine (analyze -> compose).

:func:`brief_source` is the one entry point every surface calls: the CLI's
``brief`` and ``add``, the library, the web app and REST API, and the batch
runner. It reads exactly one document; :func:`brief_documents` briefs every
document a source yields (a feed, a folder). The engine is chosen by
``settings.engine`` (see :mod:`newsbrief.engines`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator

from newsbrief import __version__
from newsbrief.analyze import analyze_in_context, build_context
from newsbrief.compose import compose
from newsbrief.engines import BriefEngine, get_engine
from newsbrief.guard import guard_article
from newsbrief.ingest.extract import extract
from newsbrief.ingest.fetch import Resolver, system_resolver
from newsbrief.ingest.read import read_documents, read_source
from newsbrief.models import Article, Brief, Document, Engine, RawDocument
from newsbrief.nlp.annotate import annotate, annotate_many
from newsbrief.settings import Settings

ENGINE = Engine(name="extractive", version=__version__)
log = logging.getLogger(__name__)


class ExtractiveEngine:
    """The offline engine: every section's analyzer, then compose."""

    name = "extractive"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def brief(self, doc: Document) -> Brief:
        """Brief an annotated document with the article's own sentences."""
        started = time.perf_counter()
        ctx = build_context(doc)
        candidates = analyze_in_context(doc, ctx)
        log.debug("analyze: %.3f s (genre %s)", time.perf_counter() - started, ctx.genre)
        started = time.perf_counter()
        brief = compose(doc, candidates, ENGINE, genre=ctx.genre)
        log.debug("compose: %.3f s", time.perf_counter() - started)
        return brief


def annotate_raw(raw: RawDocument, settings: Settings, *,
                 on_article: Callable[[Article], None] | None = None) -> Document:
    """Extract and annotate one raw document (logged at debug level with stage timings).

    ``on_article`` is told the extracted article before annotation starts (a worker process reports
    its size, so an overrun can say how long the article was).
    """
    started = time.perf_counter()
    article = guard_article(extract(raw, settings))  # metadata that reads like instructions is withheld
    log.debug("extract: %.3f s (%d characters)", time.perf_counter() - started, len(article.text))
    if on_article is not None:
        on_article(article)
    started = time.perf_counter()
    doc = annotate(article)
    log.debug("annotate: %.3f s (%d sentences)", time.perf_counter() - started, len(doc.sentences))
    return doc


def brief_source(
    source: str | RawDocument,
    settings: Settings,
    *,
    resolver: Resolver = system_resolver,
    engine: BriefEngine | None = None,
    allow_local: bool = True,
) -> Brief:
    """Brief one article: a URL, a file path, ``-`` for stdin, or a :class:`RawDocument`.

    The engine is ``settings.engine`` unless one is given. The brief carries
    the article's text (``Brief.text``) for the store and the verifier. Pass
    ``allow_local=False`` when ``source`` comes from an untrusted party (a web
    request): then only http(s) URLs are read, through the SSRF-guarded fetcher.
    """
    log.info("briefing %s", "a raw document" if isinstance(source, RawDocument) else source)
    raw = source if isinstance(source, RawDocument) else read_source(source, settings, resolver,
                                                                     allow_local=allow_local)
    return brief_with_document(raw, settings, engine=engine)[1]


def brief_with_document(raw: RawDocument, settings: Settings, *, engine: BriefEngine | None = None,
                        on_article: Callable[[Article], None] | None = None) -> tuple[Document, Brief]:
    """Brief one raw document and keep its annotation too (stories cluster on its entities).

    ``on_article`` is passed to :func:`annotate_raw`.
    """
    doc = annotate_raw(raw, settings, on_article=on_article)
    chosen = engine or get_engine(settings)
    started = time.perf_counter()
    brief = chosen.brief(doc)
    log.debug("engine %s: %.3f s", chosen.name, time.perf_counter() - started)
    log.info("briefed %r: %d sentences, %d statements", brief.source.title,
             len(brief.sentences), sum(len(s.items) for s in brief.sections))
    return doc, brief


def brief_documents(
    source: str, settings: Settings, *, resolver: Resolver = system_resolver
) -> Iterator[Brief]:
    """Brief every document ``source`` yields (one for a page or file; many for a feed or folder)."""
    engine = get_engine(settings)
    for raw in read_documents(source, settings, resolver):
        yield brief_source(raw, settings, engine=engine)


def brief_document(doc: Document, settings: Settings) -> Brief:
    """Brief an annotated document with the engine ``settings.engine``."""
    return get_engine(settings).brief(doc)


def brief_article(article: Article, settings: Settings) -> Brief:
    """Brief an extracted article."""
    return brief_document(annotate(guard_article(article)), settings)


def brief_raw(raw: RawDocument, settings: Settings) -> Brief:
    """Brief raw input (HTML or text bytes) as read from a file, stdin or the network."""
    return brief_source(raw, settings)


def brief_many(articles: Iterable[Article], settings: Settings) -> Iterator[Brief]:
    """Brief many articles, parsing them together with ``nlp.pipe``."""
    engine = get_engine(settings)
    for doc in annotate_many(guard_article(article) for article in articles):
        yield engine.brief(doc)
