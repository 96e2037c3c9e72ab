"""WARC files: every HTML page a crawler saved becomes a document.

warcio is the reader: it is the Webrecorder project's maintained WARC library,
reads plain and gzip-per-record files alike, and decodes each response's
chunked transfer and content encoding. The only module that imports it.

Each ``response`` record with a 2xx HTTP status and an HTML content type becomes
a :class:`RawDocument` with its ``WARC-Target-URI`` as URL and its ``WARC-Date``
as ``hints.date`` (untrusted: it is when the page was captured, so a publication
date the page states wins). Everything else is skipped and counted, and the
counts are logged as one warning: request, revisit, metadata and warcinfo
records; non-HTML responses (images, JSON) and error or redirect responses;
pages over ``Settings.max_bytes`` once decoded (which also stops a gzip bomb in a
response body, read only that far); and truncated records. warcio reads a cut
record silently as a short one, so a record is judged truncated when its block
ends before its ``Content-Length``, and the file when bytes are left after the
last record it could read. No WARC error becomes a traceback: a file that is no
WARC at all is an :class:`~newsbrief.errors.InputError`, damage after the first
record ends the reading with what was read.
"""

from __future__ import annotations

import logging
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from newsbrief.errors import InputError
from newsbrief.models import Hints, RawDocument
from newsbrief.settings import Settings

log = logging.getLogger(__name__)

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 1 << 16
# What a damaged WARC raises from warcio, zlib or the HTTP header parser (warcio's record
# loader also trips over headers cut short with AttributeError or TypeError).
_DAMAGE = (ArchiveLoadFailed, StatusAndHeadersParserException, EOFError, zlib.error, OSError, ValueError,
           AttributeError, TypeError, IndexError, KeyError)
_LABELS = {
    "other": "non-response record(s) (request, revisit, metadata, warcinfo)",
    "not-html": "non-HTML response(s)",
    "status": "error or redirect response(s)",
    "too-large": "page(s) over the size limit (setting max_bytes)",
    "truncated": "truncated record(s)",
    "unreadable": "record(s) whose body could not be decoded",
}


class _QuietIterator(ArchiveIterator):  # type: ignore[misc]
    """warcio writes a note to stderr for each record not followed by a blank line (a damaged
    file); the reader counts damage and logs it instead, so the note is left empty."""

    INC_RECORD = ""


def is_warc(source: str) -> bool:
    """True for an existing ``.warc`` or ``.warc.gz`` file."""
    return source.lower().endswith(WARC_SUFFIXES) and Path(source).is_file()


def _drain(record: Any) -> bool:
    """Read the rest of the record's block; True when it ended before its Content-Length
    (or has none: every WARC record has one, so its header block was cut)."""
    stream = record.raw_stream
    while stream.read(_CHUNK):
        pass
    return record.rec_headers.get_header("Content-Length") is None or int(getattr(stream, "limit", 0) or 0) > 0


def _kind(record: Any) -> str | None:
    """Why the record is not an HTML page (a key of ``_LABELS``), or ``None`` when it is one."""
    if record.rec_type != "response" or record.http_headers is None:
        return "other"
    status = str(record.http_headers.get_statuscode() or "")
    if not status.startswith("2"):
        return "status"
    mime = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    return None if mime in HTML_TYPES else "not-html"


def _document(record: Any, settings: Settings, skipped: Counter[str]) -> RawDocument | None:
    """The record as a document, or ``None`` (counted in ``skipped``) when it is not a whole HTML page."""
    reason = _kind(record)
    body = b""
    if reason is None:
        try:
            body = record.content_stream().read(settings.max_bytes + 1)
        except (zlib.error, EOFError, OSError, ValueError):
            reason = "unreadable"
        if len(body) > settings.max_bytes:
            reason = "too-large"
    if _drain(record):
        reason = "truncated"
    if reason is not None:
        skipped[reason] += 1
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    return RawDocument(body, url=url, content_type=record.http_headers.get_header("Content-Type"),
                       hints=Hints(date=record.rec_headers.get_header("WARC-Date") or None, url=url))


def _summary(name: str, read: int, skipped: Counter[str]) -> None:
    if skipped:
        parts = ", ".join(f"{skipped[key]} {label}" for key, label in _LABELS.items() if skipped[key])
        log.warning("%s: read %d HTML page(s); skipped %s", name, read, parts)
    else:
        log.info("%s: read %d HTML page(s)", name, read)


def read_warc(path: Path, settings: Settings) -> Iterator[RawDocument]:
    """Every whole HTML response page of a WARC file (plain or gzip-per-record), in file order."""
    skipped: Counter[str] = Counter()
    read = records = 0
    try:
        stream = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    with stream:
        iterator = _QuietIterator(stream)
        try:
            for record in iterator:
                if not records and record.format != "warc":
                    raise ArchiveLoadFailed(f"it reads as {record.format or 'an unknown format'}, not WARC")
                records += 1
                document = _document(record, settings, skipped)
                if document is not None:
                    read += 1
                    yield document
            if iterator.offset < path.stat().st_size:  # warcio stopped silently inside a cut gzip member
                skipped["truncated"] += 1
        except _DAMAGE as exc:
            if not records:
                raise InputError(f"{path} is not a readable WARC file ({type(exc).__name__}: {exc}); "
                                 "pass a .warc or .warc.gz file") from None
            skipped["truncated"] += 1
            log.warning("%s is damaged after record %d (%s); the records before it were read", path.name,
                        records, exc)
    _summary(path.name, read, skipped)
