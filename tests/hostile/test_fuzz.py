"""Property-based tests (hypothesis) of the readers hostile input reaches first (issue 16).

Whatever the bytes, reading gives an article or a NewsbriefError, never another exception; the
layered decoder gives back exactly what was compressed and never more than the cap; a URL of any
shape is checked or refused; an id is digits or refused.
"""

from __future__ import annotations

import contextlib
import gzip
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from newsbrief.errors import NewsbriefError, ResponseTooLargeError
from newsbrief.ingest.extract import extract
from newsbrief.ingest.fetch import check_url, is_metadata, parse_ip_literal
from newsbrief.ingest.inflate import decode_stream
from newsbrief.models import RawDocument
from newsbrief.settings import Settings
from newsbrief.web.deps import BriefRequest, digits_only

SETTINGS = Settings(extract_timeout=5.0)
CODERS = {"gzip": gzip.compress, "deflate": zlib.compress,
          "raw-deflate": lambda data: (lambda c: c.compress(data) + c.flush())(
              zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS))}


def chunked(data: bytes, size: int) -> list[bytes]:
    return [data[i:i + size] for i in range(0, len(data), size)] or [b""]


@given(data=st.binary(max_size=5000), layers=st.lists(st.sampled_from(sorted(CODERS)), min_size=0, max_size=2),
       size=st.integers(1, 700))
def test_layers_decode_to_what_was_encoded(data: bytes, layers: list[str], size: int) -> None:
    body = data
    for name in layers:
        body = CODERS[name](body)
    codings = ["deflate" if name == "raw-deflate" else name for name in layers]
    out = b"".join(decode_stream(chunked(body, size), codings, 10_000, lambda: ResponseTooLargeError("big"), "u"))
    assert out == data


@given(size=st.integers(1, 4096), cap=st.integers(0, 50_000))
def test_decoded_output_never_passes_the_cap(size: int, cap: int) -> None:
    body = gzip.compress(gzip.compress(bytes(200_000)))
    total = 0
    with pytest.raises(ResponseTooLargeError):
        for piece in decode_stream(chunked(body, size), ["gzip", "gzip"], cap, lambda: ResponseTooLargeError("big"),
                                   "u"):
            total += len(piece)
            assert total <= cap


@given(data=st.binary(max_size=3000))
def test_damaged_compressed_bodies_are_fetch_errors(data: bytes) -> None:
    with contextlib.suppress(NewsbriefError):
        b"".join(decode_stream([data], ["gzip"], 10_000, lambda: ResponseTooLargeError("big"), "u"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=st.one_of(st.binary(max_size=3000), st.text(max_size=3000).map(str.encode)),
       kind=st.sampled_from(["text/plain", "text/html", None]))
def test_reading_gives_an_article_or_a_newsbrief_error(content: bytes, kind: str | None) -> None:
    with contextlib.suppress(NewsbriefError):
        extract(RawDocument(content, content_type=kind), SETTINGS)


@given(host=st.text(max_size=60), scheme=st.sampled_from(["http", "https", "ftp", ""]))
def test_any_url_is_checked_or_refused(host: str, scheme: str) -> None:
    try:
        _, address = check_url(f"{scheme}://{host}/", Settings(allow_private=True), lambda h, p: ["169.254.169.254"])
    except NewsbriefError:
        return
    # Only an address spelled in the URL itself is not resolved; it must not be a metadata one.
    literal = parse_ip_literal(address)
    assert literal is not None and not is_metadata(literal), address


@given(st.text(max_size=25))
def test_ids_are_digits_or_refused(text: str) -> None:
    try:
        digits_only(text)
    except ValueError:
        return
    assert text.isascii() and text.isdigit() and not text.startswith("0")


@given(st.dictionaries(st.sampled_from(["url", "html", "text", "extra", "x"]),
                       st.one_of(st.none(), st.text(max_size=20), st.integers()), max_size=4))
def test_brief_requests_validate_or_refuse(body: dict[str, object]) -> None:
    try:
        request = BriefRequest.model_validate(body)
    except ValidationError:
        return
    assert sum(getattr(request, name) is not None for name in ("url", "html", "text")) == 1
