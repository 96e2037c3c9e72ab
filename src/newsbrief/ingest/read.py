"""Read a SOURCE argument (URL, file path or ``-`` for stdin) into a RawDocument."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from newsbrief.errors import InputError, URLRefusedError
from newsbrief.ingest.fetch import Fetcher, Resolver, system_resolver
from newsbrief.models import RawDocument
from newsbrief.settings import Settings

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


def read_source(
    source: str, settings: Settings, resolver: Resolver = system_resolver
) -> RawDocument:
    """Read ``source``: an http(s) URL, a path to an .html/.htm/.txt/.md file, or ``-``."""
    if source == "-":
        return RawDocument(sys.stdin.buffer.read(settings.max_bytes + 1))
    if _SCHEME.match(source):
        if not source.lower().startswith(("http://", "https://")):
            raise URLRefusedError(
                f"refused {source!r}: only http and https URLs can be fetched"
            )
        with Fetcher(settings, resolver) as fetcher:
            return fetcher.fetch(source)
    path = Path(source)
    if not path.is_file():
        raise InputError(
            f"{source!r} is neither an http(s) URL nor an existing file; "
            "pass a URL, a path to an .html, .txt or .md file, or - for stdin"
        )
    size = path.stat().st_size
    if size > settings.max_bytes:
        raise InputError(
            f"{source} is {size} bytes, over the {settings.max_bytes} byte limit; "
            "pass the article alone"
        )
    return RawDocument(path.read_bytes(), filename=path.name)
