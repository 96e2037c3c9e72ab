"""What flows between the batch driver and its workers: keyed items, tasks and outcomes.

The driver reads the SOURCES, keys every raw document (:func:`item_key`) and
sends :class:`Task` s to workers; a worker (:class:`ItemWorker`, one per
process or Ray actor, holding the spaCy model loaded once) extracts,
annotates and briefs it and answers with a :class:`Briefed` or a
:class:`Failed` naming the stage. Only these small frozen dataclasses cross
process boundaries (pickled), so the same worker code serves the local
process pool and Ray.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass

from newsbrief.errors import InputError, NewsbriefError
from newsbrief.ingest.read import read_documents
from newsbrief.models import Article, Brief, Document, RawDocument, Source
from newsbrief.settings import Settings
from newsbrief.store.base import canonical_url

log = logging.getLogger(__name__)


def item_key(raw: RawDocument) -> str:
    """The ledger key of an input item: its canonical URL, else the SHA-256 of its raw bytes.

    A document the reader could not read (``hints.error``: a bad JSONL line) has no
    bytes; its key hashes the reader's message, which names the file and line.
    """
    url = canonical_url(raw.hints.url or raw.url)
    if url:
        return "url:" + url
    if raw.hints.error is not None and not raw.content:
        return "bad:" + hashlib.sha256(raw.hints.error.encode("utf-8")).hexdigest()
    return "sha:" + hashlib.sha256(raw.content).hexdigest()


def item_label(raw: RawDocument, source: str) -> str:
    """A short name of an item for messages and the ledger's ``source`` column."""
    return raw.url or raw.hints.url or raw.hints.id or raw.filename or source


@dataclass(frozen=True, slots=True)
class Task:
    """One item sent to a worker. ``seq`` is its place in the input (fixes the filing order)."""

    seq: int
    key: str
    raw: RawDocument
    label: str
    tries: int = 0  # attempts already made (in this run and, from the ledger, earlier ones)


@dataclass(frozen=True, slots=True)
class Briefed:
    """A worker's result: the brief and the annotation the story filing needs."""

    seq: int
    brief: Brief
    doc: Document
    seconds: float


@dataclass(frozen=True, slots=True)
class Failed:
    """A worker's failure: the stage, the message, and whether trying again may succeed."""

    seq: int
    stage: str
    error: str
    retryable: bool


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """A source that failed while being read (nothing more comes from it)."""

    source: str
    error: str
    retryable: bool

    @property
    def key(self) -> str:
        """The ledger key of the source itself."""
        return "source:" + self.source


Outcome = Briefed | Failed


def slim(doc: Document) -> Document:
    """``doc`` without its tokens and sentences: what story filing reads (article and entities).

    Tokens are most of a document's pickled size; the driver files the article
    into its story from the text, source and entities only
    (:func:`newsbrief.stories.items.item_from_document`).
    """
    return Document(doc.article, (), (), doc.entities)


class ItemWorker:
    """Briefs tasks in one process: the engine and the spaCy model are loaded once, at start."""

    def __init__(self, settings: Settings) -> None:
        from newsbrief.engines import get_engine
        from newsbrief.nlp.annotate import annotate

        self.settings = settings
        self.engine = get_engine(settings)
        # Load the model now, not on the first item, so an item's time is its own.
        annotate(Article("The model is loaded once per worker. It briefs many articles.", Source()))
        self.pid = os.getpid()

    def process(self, task: Task) -> Outcome:
        """Extract, annotate and brief one item; a :class:`Failed` names the stage that failed."""
        from newsbrief.ingest.extract import extract
        from newsbrief.nlp.annotate import annotate

        started = time.perf_counter()
        stage = "extract"
        try:
            article = extract(task.raw, self.settings)
            stage = "annotate"
            doc = annotate(article)
            stage = "brief"
            brief = self.engine.brief(doc)
        except NewsbriefError as exc:
            return Failed(task.seq, stage, str(exc) or type(exc).__name__, exc.retryable)
        except Exception as exc:  # a bug in one item must not stop the run: record it, go on
            log.exception("item %s failed at %s", task.label, stage)
            return Failed(task.seq, stage, f"{type(exc).__name__}: {exc}", False)
        return Briefed(task.seq, brief, slim(doc), time.perf_counter() - started)


def stream_items(sources: list[str], settings: Settings, *, tries: int = 3,
                 backoff: float = 1.0) -> Iterator[tuple[str, RawDocument] | ReadFailure]:
    """Every raw document of every source, in input order; a source that fails yields a :class:`ReadFailure`.

    Lazy: a feed, a WARC or a JSONL file of any size is read one document at a time. A
    source that fails with a retryable error (a feed server's 503, a timeout) is read
    again after ``backoff x 2^n`` seconds, up to ``tries`` times; documents it already
    gave are not given twice.
    """
    for source in sources:
        given: set[str] = set()
        for attempt in range(1, tries + 1):
            failure = yield from _read_source(source, settings, given, again=attempt > 1)
            if failure is None:
                break
            if not failure.retryable or attempt == tries:
                yield failure
                break
            log.warning("reading %s failed (%s); trying again", source, failure.error)
            time.sleep(backoff * 2 ** (attempt - 1))


def _read_source(source: str, settings: Settings, given: set[str], *,
                 again: bool) -> Generator[tuple[str, RawDocument], None, ReadFailure | None]:
    """Yield the documents of ``source`` (on a re-read ``again``, only those not in ``given``); return how it
    failed, if it did."""
    try:
        documents = read_documents(source, settings)
        while (raw := next(documents, None)) is not None:
            key = item_key(raw)
            if not again or key not in given:
                given.add(key)
                yield source, raw
    except NewsbriefError as exc:
        return ReadFailure(source, str(exc), exc.retryable)
    except OSError as exc:
        return ReadFailure(source, str(InputError(f"cannot read {source}: {exc}")), False)
    return None
