"""Many local articles in one source: JSONL files (one article a line) and folders.

A JSONL line is an object with ``text`` or ``html`` and optionally ``id``, ``url``,
``title``, ``date`` (``YYYY-MM-DD`` or ISO 8601) and ``outlet``; other fields are
ignored. The line's fields become trusted :class:`~newsbrief.models.Hints` (they win
over what extraction guesses) and its ``id`` is kept as given in ``Hints.id``.

A bad line does not stop the file: the reader yields a document whose
``hints.error`` names the line and what is wrong with it, and extraction raises
that as an :class:`~newsbrief.errors.InputError`, so ``newsbrief add`` counts it as
one failed document and stores the rest. Lines are read with a size limit
(``Settings.max_bytes``), so a 50 MB line or a binary file never sits in memory whole.

A folder yields its ``.html``, ``.htm``, ``.txt`` and ``.md`` files in name order;
only the folder itself unless ``folder_recursive`` is set (a folder of saved
pages often holds each page's asset folder beside it, which must not be read as
articles). Only the standard library is used: JSON lines need no parser of their own.

:class:`IngestOptions` is the many-article readers' view of their four settings
(``feed_host_delay``, ``feed_max_items``, ``feed_cache``, ``folder_recursive`` in
:class:`~newsbrief.settings.Settings`: config file, ``NEWSBRIEF_*`` variables or flags).
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from newsbrief.errors import InputError
from newsbrief.models import Hints, RawDocument
from newsbrief.settings import Settings

ARTICLE_SUFFIXES = (".html", ".htm", ".txt", ".md")
_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
_CHUNK = 1 << 20  # how much of an over-long line is skipped per read
_TEXT_FIELDS = ("id", "url", "title", "date", "outlet", "text", "html")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """How the many-article readers behave."""

    # Seconds between two requests to the same host when fetching a feed's articles:
    # a common crawl delay, polite to a news site and still only 20 s for a 20-item feed.
    feed_host_delay: float = 1.0
    # A feed lists its newest items first; past this many the rest are dropped (logged).
    # 200 covers the busiest news feeds' day of items and bounds the parse time
    # (feedparser takes about 0.5 ms per item on this machine).
    feed_max_items: int = 200
    # The JSON file remembering ETag / Last-Modified per feed URL; empty means
    # feeds.json in the user cache directory.
    feed_cache: str = ""
    # Whether a folder source includes its sub-folders.
    folder_recursive: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> IngestOptions:
        """The options ``settings`` holds."""
        return cls(**{f.name: getattr(settings, f.name) for f in dataclasses.fields(cls)})

    def cache_path(self) -> Path:
        """Where the feed validators (ETag, Last-Modified) are kept."""
        if self.feed_cache:
            return Path(self.feed_cache)
        from platformdirs import user_cache_dir

        return Path(user_cache_dir("newsbrief")) / "feeds.json"


def iso_date(value: str) -> str | None:
    """``value`` if it is a valid ``YYYY-MM-DD`` date or ISO 8601 timestamp, else ``None``."""
    text = value.strip()
    if not _DAY.match(text[:10]):
        return None
    try:
        datetime.fromisoformat(text)  # accepts "Z" and offsets from Python 3.11
    except ValueError:
        return None
    return text


def without_surrogates(value: str) -> str:
    """``value`` with each lone UTF-16 surrogate (a JSON ``"\\ud800"`` escape, a ``&#xD800;`` reference)
    replaced by U+FFFD: such a string cannot be encoded as UTF-8, stored or shown."""
    return value if value.isascii() else _SURROGATE.sub("\ufffd", value)


def failed(message: str, hints: Hints | None = None) -> RawDocument:
    """A document that stands for one the reader could not read (see ``Hints.error``)."""
    return RawDocument(b"", hints=replace(hints or Hints(), error=message))


def _read_line(stream: BinaryIO, limit: int) -> tuple[bytes, bool] | None:
    """The next line (without its end) and whether it was cut at ``limit``; ``None`` at the end.

    An over-long line is consumed to its end in chunks, never held whole.
    """
    line = stream.readline(limit + 1)
    if not line:
        return None
    if len(line) <= limit or line.endswith(b"\n"):
        return line.rstrip(b"\r\n"), False
    while True:  # skip the rest of the over-long line
        rest = stream.readline(_CHUNK)
        if not rest or rest.endswith(b"\n"):
            return b"", True


def _record(line: bytes, where: str) -> dict[str, Any]:
    """The JSON object on ``line``, or an :class:`InputError` naming what is wrong."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{where} is not UTF-8 text (byte {exc.start + 1}); "
                         "is it binary junk? Each line must be one JSON object") from None
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where} is not valid JSON ({exc.msg} at column {exc.colno}); "
                         "each line must be one JSON object") from None
    except RecursionError:
        raise InputError(f"{where} nests JSON too deeply to read; each line must be one flat JSON object") from None
    except ValueError as exc:  # Python refuses to read an integer of over 4,300 digits (found by the fuzz suite)
        raise InputError(f"{where} is not readable JSON ({exc}); each line must be one JSON object") from None
    if not isinstance(record, dict):
        raise InputError(f"{where} holds a JSON {type(record).__name__}, not an object with a text or html field")
    return record


def jsonl_document(record: dict[str, Any], where: str) -> RawDocument:
    """One JSONL record as a raw document with trusted hints; :class:`InputError` when unusable."""
    for name in _TEXT_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str) and not (name == "id" and isinstance(value, int)):
            raise InputError(f"{where}: field {name!r} is a {type(value).__name__}, not a string")
    # A lone "\ud800" escape is valid JSON but no character (found by the fuzz suite: encoding it raised).
    record = {name: without_surrogates(value) if isinstance(value, str) else value for name, value in record.items()}
    body, kind = (record.get("text"), "text/plain") if record.get("text") else (record.get("html"), "text/html")
    if not body:
        raise InputError(f"{where} has neither a 'text' nor an 'html' field with the article in it")
    date = record.get("date")
    if date is not None and iso_date(date) is None:
        raise InputError(f"{where}: date {date!r} is neither YYYY-MM-DD nor an ISO 8601 timestamp")
    given_id = record.get("id")
    url = record.get("url") or None
    hints = Hints(title=record.get("title") or None, outlet=record.get("outlet") or None,
                  date=date.strip() if date else None, url=url,
                  id=None if given_id is None else str(given_id), trusted=True)
    return RawDocument(body.encode("utf-8"), url=url, content_type=f"{kind}; charset=utf-8", hints=hints)


def read_jsonl(path: Path, settings: Settings) -> Iterator[RawDocument]:
    """Every article of a JSONL file, a failed document (``hints.error``) for each bad line."""
    try:
        stream = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    with stream:
        number = 0
        while (read := _read_line(stream, settings.max_bytes)) is not None:
            number += 1
            line, cut = read
            where = f"{path.name} line {number}"
            if cut:
                yield failed(f"{where} is over the {settings.max_bytes} byte limit (setting max_bytes); "
                             "split the article or raise the limit")
                continue
            if not line.strip():
                continue
            given_id: str | None = None
            try:
                record = _record(line, where)
                given_id = None if record.get("id") is None else str(record.get("id"))
                yield jsonl_document(record, where)
            except InputError as exc:
                yield failed(str(exc), Hints(id=given_id))


def folder_files(folder: Path, options: IngestOptions) -> list[Path]:
    """The article files of ``folder`` in name order (sub-folders only when recursive)."""
    found = folder.rglob("*") if options.folder_recursive else folder.iterdir()
    return sorted((p for p in found if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()),
                  key=lambda p: p.relative_to(folder).as_posix())


def read_folder(folder: Path, settings: Settings, options: IngestOptions) -> Iterator[RawDocument]:
    """Every article file of ``folder``; one over the size limit becomes a failed document."""
    files = folder_files(folder, options)
    if not files:
        raise InputError(f"{folder} holds no {', '.join(ARTICLE_SUFFIXES)} files"
                         + ("" if options.folder_recursive else " (sub-folders are not read)"))
    for path in files:
        name = path.relative_to(folder).as_posix()
        try:
            size = path.stat().st_size
            if size > settings.max_bytes:
                yield failed(f"{path} is {size} bytes, over the {settings.max_bytes} byte limit "
                             "(setting max_bytes); pass the article alone")
                continue
            content = path.read_bytes()
        except OSError as exc:
            yield failed(f"cannot read {path}: {exc.strerror}")
            continue
        yield RawDocument(content, filename=name)
