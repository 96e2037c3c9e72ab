"""Readers by kind: a SOURCE argument becomes the raw documents it holds.

Each reader is one record in :data:`READERS`: a kind, a test that says whether
a source is of that kind, and a function that yields :class:`RawDocument` s
with the :class:`~newsbrief.models.Hints` the reader knows (a feed item's
date, outlet and title). The first reader that accepts a source reads it.
Built in: stdin (``-``), http(s) URLs (an article page or a feed: the response
tells, see ``ingest/feed_items.py``), JSONL files and folders (``ingest/files.py``),
WARC files (``ingest/warc.py``), feed files, and single HTML and text files. Other kinds plug in the same way
with :func:`register_reader`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsbrief.errors import ConfigError, InputError, URLRefusedError
from newsbrief.ingest.feed_items import is_feed_file, read_feed_file, read_url
from newsbrief.ingest.fetch import Resolver, system_resolver
from newsbrief.ingest.files import IngestOptions, read_folder, read_jsonl
from newsbrief.ingest.warc import is_warc, read_warc
from newsbrief.models import RawDocument
from newsbrief.settings import Settings

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")

ReadFunction = Callable[[str, Settings, Resolver], Iterator[RawDocument]]


@dataclass(frozen=True)
class Reader:
    """One kind of source: ``accepts(source)`` says if it is this kind; ``read`` yields its documents."""

    kind: str
    accepts: Callable[[str], bool]
    read: ReadFunction


def _read_stdin(source: str, settings: Settings, resolver: Resolver) -> Iterator[RawDocument]:
    yield RawDocument(sys.stdin.buffer.read(settings.max_bytes + 1))


def _read_url(source: str, settings: Settings, resolver: Resolver) -> Iterator[RawDocument]:
    """An article page, or every item of a feed: the response tells which (fetched once)."""
    if not source.lower().startswith(("http://", "https://")):
        raise URLRefusedError(f"refused {source!r}: only http and https URLs can be fetched")
    yield from read_url(source, settings, resolver)


def read_file(path: Path, settings: Settings) -> RawDocument:
    """One file as a raw document, refused when it is over the size limit."""
    size = path.stat().st_size
    if size > settings.max_bytes:
        raise InputError(f"{path} is {size} bytes, over the {settings.max_bytes} byte limit; pass the article alone")
    return RawDocument(path.read_bytes(), filename=path.name)


def _read_path(source: str, settings: Settings, resolver: Resolver) -> Iterator[RawDocument]:
    yield read_file(Path(source), settings)


def _is_jsonl(source: str) -> bool:
    return source.lower().endswith(".jsonl") and Path(source).is_file()


def _read_jsonl(source: str, settings: Settings, resolver: Resolver) -> Iterator[RawDocument]:
    yield from read_jsonl(Path(source), settings)


def _read_warc(source: str, settings: Settings, resolver: Resolver) -> Iterator[RawDocument]:
    yield from read_warc(Path(source), settings)


def _read_folder(source: str, settings: Settings, resolver: Resolver) -> Iterator[RawDocument]:
    yield from read_folder(Path(source), settings, IngestOptions.from_settings(settings))


BUILTIN_KINDS = frozenset({"stdin", "url", "jsonl", "warc", "folder", "feed", "file"})
# Kinds that read this machine's files or standard input: refused for untrusted callers.
LOCAL_KINDS = frozenset({"stdin", "jsonl", "warc", "folder", "feed", "file"})
READERS: list[Reader] = [
    Reader("stdin", lambda source: source == "-", _read_stdin),
    Reader("url", lambda source: bool(_SCHEME.match(source)), _read_url),
    Reader("jsonl", _is_jsonl, _read_jsonl),
    Reader("warc", is_warc, _read_warc),
    Reader("folder", lambda source: Path(source).is_dir(), _read_folder),
    Reader("feed", is_feed_file, read_feed_file),
    Reader("file", lambda source: Path(source).is_file(), _read_path),
]


def register_reader(reader: Reader) -> None:
    """Add a reader; registered readers are tried before the built-in ones (so a feed reader
    can claim feed URLs and a ``.jsonl`` reader its files), in the order they were registered."""
    if any(r.kind == reader.kind for r in READERS):
        raise ConfigError(f"a reader of kind {reader.kind!r} is already registered")
    builtins = sum(1 for r in READERS if r.kind in BUILTIN_KINDS)
    READERS.insert(len(READERS) - builtins, reader)


def reader_for(source: str) -> Reader:
    """The first reader that accepts ``source``; a clear error when none does."""
    for reader in READERS:
        if reader.accepts(source):
            return reader
    raise InputError(
        f"{source!r} is neither an http(s) URL nor an existing file or folder; pass a URL, a path to an "
        ".html, .txt or .md file, a .jsonl, a feed or WARC file, a folder, or - for stdin"
    )


def read_documents(
    source: str, settings: Settings, resolver: Resolver = system_resolver, *, allow_local: bool = True
) -> Iterator[RawDocument]:
    """Every raw document ``source`` holds (one for a page or a file).

    With ``allow_local=False`` only network sources are read (http(s) URLs through the
    guarded fetcher): pass that when ``source`` comes from someone else, so a request
    cannot name a file on this machine or standard input.
    """
    reader = reader_for(source)
    if not allow_local and reader.kind in LOCAL_KINDS:
        raise InputError(f"{source!r} names a local file or standard input, which this caller does not read; "
                         "pass an http(s) URL")
    yield from reader.read(source, settings, resolver)


def read_source(source: str, settings: Settings, resolver: Resolver = system_resolver, *,
                allow_local: bool = True) -> RawDocument:
    """Read ``source`` that holds exactly one article: an http(s) URL, a file, or ``-``."""
    documents = read_documents(source, settings, resolver, allow_local=allow_local)
    first = next(documents, None)
    if first is None:
        raise InputError(f"{source!r} holds no article")
    if next(documents, None) is not None:
        raise InputError(f"{source!r} holds several articles; use `newsbrief add` to brief them all")
    return first
