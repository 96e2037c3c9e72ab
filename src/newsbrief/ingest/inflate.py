"""Content-Encoding decoded layer by layer, with the size cap applied to every layer while streaming.

httpx decodes a ``Content-Encoding: gzip, gzip`` response by handing each
network chunk to zlib without an output bound, so a 2 KB response holding a
gzip of a gzip of zeros grows to gigabytes inside one ``decompress`` call,
before any size check can run (issue 16: 2.1 GB RSS from a 1,827-byte
response). Here the fetcher reads the raw bytes and decodes them itself: each
layer's ``decompress`` is asked for at most :data:`STEP` bytes at a time, and
each layer's running output is checked against the cap, so memory stays near
the cap whatever the nesting. Only the encodings zlib decodes (gzip, deflate)
are accepted, at most :data:`MAX_LAYERS` deep; the fetcher asks for just
those, so an honest server never sends anything else. zlib is the standard
library's; brotli and zstd are refused rather than decoded because their
Python bindings offer no output bound on every version we support.
"""

from __future__ import annotations

import itertools
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from newsbrief.errors import FetchError

# Output asked of zlib per call: small enough that no single call can blow memory.
STEP = 64 * 1024
# A real server compresses once; two layers are tolerated (a proxy recompressing), more are hostile.
MAX_LAYERS = 2
ACCEPT_ENCODING = "gzip, deflate"
_GZIP = {"gzip", "x-gzip"}
_DEFLATE = {"deflate"}


class UnsupportedEncodingError(FetchError):
    """The response uses a content encoding newsbrief does not decode, or too many layers of one."""


def content_codings(header: str | None) -> list[str]:
    """The codings of a Content-Encoding header, in the order they were applied (identity dropped)."""
    if not header:
        return []
    return [c.strip().lower() for c in header.split(",") if c.strip() and c.strip().lower() != "identity"]


def check_codings(codings: list[str], url: str) -> None:
    """Refuse unknown codings and more than :data:`MAX_LAYERS` layers, naming what was sent."""
    unknown = [c for c in codings if c not in _GZIP | _DEFLATE]
    if unknown:
        raise UnsupportedEncodingError(
            f"{url} sent its page with Content-Encoding {', '.join(unknown)}, which newsbrief does not "
            f"decode (it asks for {ACCEPT_ENCODING}); save the page with a browser and brief the file"
        )
    if len(codings) > MAX_LAYERS:
        raise UnsupportedEncodingError(
            f"{url} sent its page compressed {len(codings)} times over (Content-Encoding: "
            f"{', '.join(codings)}); newsbrief decodes at most {MAX_LAYERS} layers"
        )


def _decompressor(coding: str, first: bytes) -> Any:
    if coding in _GZIP:
        return zlib.decompressobj(zlib.MAX_WBITS | 16)
    # "deflate" is meant to be zlib-wrapped, but many servers send raw deflate: tell by the header.
    wrapped = len(first) >= 2 and first[0] & 0x0F == 8 and (first[0] << 8 | first[1]) % 31 == 0
    return zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)


def _with_head(pieces: Iterable[bytes]) -> Iterator[bytes]:
    """``pieces`` with the first one at least two bytes long (enough to tell zlib from raw deflate)."""
    stream = iter(pieces)
    head = b""
    for piece in stream:
        head += piece
        if len(head) >= 2:
            break
    if head:
        yield head
    yield from stream


def _inflate(decoder: Any, pieces: Iterable[bytes]) -> Iterator[bytes]:
    """Every output of ``decoder`` over ``pieces``, none longer than STEP; input past the end is ignored."""
    for piece in pieces:
        data = piece
        while not decoder.eof:
            out = decoder.decompress(data, STEP)
            data = decoder.unconsumed_tail
            if out:
                yield out
            if not data and len(out) < STEP:  # input used up and nothing held back
                break
    if not decoder.eof:
        rest = decoder.flush()  # what a truncated stream still holds: less than one window
        if rest:
            yield rest


def _layer(pieces: Iterable[bytes], coding: str, cap: int, too_large: Callable[[], Exception],
           url: str) -> Iterator[bytes]:
    """Decode one layer, yielding at most STEP bytes at a time; raise once its output passes ``cap``."""
    stream = _with_head(pieces)
    first = next(stream, None)
    if first is None:
        return
    total = 0
    try:
        for out in _inflate(_decompressor(coding, first), itertools.chain([first], stream)):
            total += len(out)
            if total > cap:
                raise too_large()
            yield out
    except zlib.error as exc:
        raise FetchError(f"{url} sent a {coding} body that cannot be decoded: {exc}") from exc


def decode_stream(chunks: Iterable[bytes], codings: list[str], cap: int,
                  too_large: Callable[[], Exception], url: str) -> Iterator[bytes]:
    """The decoded body of raw ``chunks``: the last coding applied is undone first, each layer capped."""
    check_codings(codings, url)
    stream: Iterable[bytes] = chunks
    for coding in reversed(codings):
        stream = _layer(stream, coding, cap, too_large, url)
    return iter(stream)
