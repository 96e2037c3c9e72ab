"""Property-based tests of the many-article file readers: WARC (ingest/warc.py) and JSONL (ingest/files.py).

WARC files are written with warcio from generated records (responses of any status and
content type, requests, metadata; plain or gzip per record) and then may be damaged.
Whatever the bytes, reading gives documents or an InputError and nothing else; an intact
file gives exactly its whole 2xx HTML responses, in order, with their bodies and URLs.
JSONL files are generated line by line (good records, JSON of every other shape, bytes
that are no JSON at all): every non-blank line gives one document, a readable article or a
failed one naming its line, and reading never raises.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsbrief.errors import InputError
from newsbrief.ingest.files import read_jsonl
from newsbrief.ingest.warc import read_warc
from newsbrief.settings import Settings
from tests.fuzz.generators import damaged, prose

FILES = settings(max_examples=80, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
SETTINGS = Settings(max_bytes=4000)

Record = dict[str, Any]
RECORDS = st.lists(st.fixed_dictionaries({
    "type": st.sampled_from(["response", "response", "response", "request", "metadata", "resource"]),
    "uri": st.sampled_from(["http://gazette.test/a", "https://gazette.test/b?x=1", "urn:x", "dns:gazette.test"]),
    "status": st.sampled_from(["200 OK", "204 No Content", "301 Moved", "404 Not Found", "500 Oops", "299 Odd"]),
    "mime": st.sampled_from(["text/html; charset=utf-8", "application/xhtml+xml", "image/png", "text/plain", ""]),
    "body": st.one_of(prose(max_tokens=20).map(lambda t: f"<p>{t}</p>".encode("utf-8", "replace")),
                      st.binary(max_size=200), st.just(b"<p>" + b"x" * 5000 + b"</p>")),
}), max_size=6)


def _warc(records: list[Record], gz: bool) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for number, record in enumerate(records):
        # Fixed id and date: warcio's own are random and the time, and the bytes must repeat for hypothesis.
        fixed = {"WARC-Record-ID": f"<urn:uuid:00000000-0000-0000-0000-{number:012d}>",
                 "WARC-Date": "2026-02-03T10:00:00Z"}
        headers = [("Content-Type", record["mime"])] if record["mime"] else []
        http = None
        if record["type"] == "response":
            http = StatusAndHeaders(record["status"], headers, protocol="HTTP/1.1")
        elif record["type"] == "request":
            http = StatusAndHeaders(f"GET {record['uri'] or '/'} HTTP/1.1", headers, is_http_request=True)
        made = writer.create_warc_record(record["uri"], record["type"], payload=io.BytesIO(record["body"]),
                                         http_headers=http, warc_content_type=record["mime"] or None,
                                         warc_headers_dict=fixed)
        writer.write_record(made)
    return out.getvalue()


def _pages(records: list[Record]) -> list[tuple[str, bytes]]:
    """What the reader must give for an intact file: every whole 2xx HTML response within the size limit
    (an HTTP one: warcio reads no HTTP headers in a response to a urn: or dns: address)."""
    return [(r["uri"], r["body"]) for r in records
            if r["type"] == "response" and r["uri"].startswith("http") and r["status"].startswith("2")
            and r["mime"].split(";")[0] in ("text/html", "application/xhtml+xml")
            and len(r["body"]) <= SETTINGS.max_bytes]


@pytest.mark.slow
@FILES
@given(records=RECORDS, gz=st.booleans())
def test_intact_warc_gives_exactly_its_html_pages(records: list[Record], gz: bool, tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(_warc(records, gz))
    try:
        read = [(d.url or "", d.content) for d in read_warc(path, SETTINGS)]
    except InputError:
        assert not records, "an intact WARC file was refused"
        return
    assert read == _pages(records)


@pytest.mark.slow
@FILES
@given(data=st.data(), records=RECORDS, gz=st.booleans())
def test_damaged_warc_reads_or_is_refused(data: st.DataObject, records: list[Record], gz: bool,
                                          tmp_path: Path) -> None:
    content = data.draw(damaged(_warc(records, gz)))
    path = tmp_path / "crawl.warc"
    path.write_bytes(content)
    try:
        documents = list(read_warc(path, SETTINGS))
    except InputError:
        return
    assert all(len(d.content) <= SETTINGS.max_bytes for d in documents)


JSON_VALUES = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20)),
                           lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                   st.dictionaries(st.text(max_size=5), inner, max_size=3)),
                           max_leaves=8)
GOOD = st.fixed_dictionaries({"text": prose(max_tokens=30).filter(str.strip)}, optional={
    "id": st.one_of(st.text(max_size=10), st.integers()), "title": st.text(max_size=20),
    "date": st.sampled_from(["2026-02-03", "2026-02-03T10:00:00Z", "03/02/2026", "9999-12-31", "2026-02-30"]),
    "url": st.text(max_size=20), "outlet": st.one_of(st.text(max_size=10), st.integers())})
LINES = st.one_of(GOOD.map(json.dumps), GOOD.map(lambda r: json.dumps(r, ensure_ascii=False)), JSON_VALUES.map(json.dumps),
                  st.dictionaries(st.sampled_from(["text", "html", "id", "date"]), JSON_VALUES).map(json.dumps),
                  st.text(max_size=40), st.just('{"text": "x\\ud800"}'), st.just("[" * 5000))


@FILES
@given(lines=st.lists(st.one_of(LINES.map(lambda line: line.encode("utf-8", "surrogatepass")),
                                st.binary(max_size=50)), max_size=8),
       ending=st.sampled_from([b"\n", b"\r\n"]))
def test_every_jsonl_line_is_a_document_or_a_named_failure(lines: list[bytes], ending: bytes, tmp_path: Path) -> None:
    lines = [line.replace(b"\n", b" ").replace(b"\r", b" ") for line in lines]
    path = tmp_path / "articles.jsonl"
    path.write_bytes(ending.join(lines))
    documents = list(read_jsonl(path, SETTINGS))
    assert len(documents) == sum(1 for line in lines if line.strip())
    for number, document in enumerate(documents, 1):
        if document.hints.error:
            assert "articles.jsonl line" in document.hints.error and not document.content
        else:
            assert document.content.decode("utf-8").strip() and document.hints.trusted, number


def test_a_jsonl_line_with_a_lone_surrogate_is_read_with_a_replacement_character(tmp_path: Path) -> None:
    # Found by fuzzing: "\ud800" is valid JSON, and encoding the article as UTF-8 raised UnicodeEncodeError.
    path = tmp_path / "lone.jsonl"
    path.write_bytes(b'{"text": "Engineers \\ud800 reopened the bridge.", "title": "Bridge \\udc00"}\n')
    [document] = read_jsonl(path, SETTINGS)
    assert document.content.decode("utf-8") == "Engineers \ufffd reopened the bridge."
    assert document.hints.title == "Bridge \ufffd"


def test_a_jsonl_line_with_a_number_too_long_to_read_is_a_named_failure(tmp_path: Path) -> None:
    # Found by fuzzing: Python refuses integers of over 4,300 digits with a ValueError that stopped the file.
    path = tmp_path / "long.jsonl"
    path.write_bytes(b'{"text": "x", "id": ' + b"1" * 5000 + b'}\n{"text": "Engineers reopened the bridge."}\n')
    first, second = read_jsonl(path, Settings())
    assert first.hints.error is not None and "long.jsonl line 1 is not readable JSON" in first.hints.error
    assert second.content == b"Engineers reopened the bridge."
