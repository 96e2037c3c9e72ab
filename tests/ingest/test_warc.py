"""WARC files built here with warcio's writer: HTML responses read, everything else skipped and counted."""

from __future__ import annotations

import gzip
import io
import logging
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsbrief.errors import InputError
from newsbrief.ingest.extract import extract
from newsbrief.ingest.read import read_documents, reader_for
from newsbrief.settings import Settings
from tests.ingest.feedserver import BRIDGE, LIBRARY, page

BRIDGE_PAGE = page("Harlow Street bridge reopens", BRIDGE)
LIBRARY_PAGE = page("Library to open on Sundays", LIBRARY, date="2026-02-02")
Record = tuple[str, str, bytes, list[tuple[str, str]], str]  # type, URI, body, HTTP headers, status


def _html(uri: str, body: bytes, status: str = "200 OK") -> Record:
    return ("response", uri, body, [("Content-Type", "text/html; charset=utf-8")], status)


def _write(path: Path, records: list[Record], *, gz: bool) -> Path:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)
        for n, (kind, uri, body, headers, status) in enumerate(records):
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1") if kind in ("response", "request") else None
            if kind == "request":
                http = StatusAndHeaders(f"GET {uri} HTTP/1.1", headers, is_http_request=True)
            record = writer.create_warc_record(uri, kind, payload=io.BytesIO(body), http_headers=http,
                                               warc_headers_dict={"WARC-Date": f"2026-02-0{n + 1}T10:00:00Z"})
            writer.write_record(record)
    return path


def _mixed() -> list[Record]:
    return [
        ("warcinfo", "", b"software: test\r\n", [], ""),
        ("request", "http://gazette.test/bridge", b"", [("Host", "gazette.test")], ""),
        _html("http://gazette.test/bridge", BRIDGE_PAGE),
        ("response", "http://gazette.test/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200),
         [("Content-Type", "image/png")], "200 OK"),
        ("response", "http://gazette.test/api", b'{"a": 1}', [("Content-Type", "application/json")], "200 OK"),
        _html("http://gazette.test/old", b"", status="301 Moved Permanently"),
        ("metadata", "http://gazette.test/bridge", b"outlinks: none\r\n", [], ""),
        _html("http://gazette.test/library", LIBRARY_PAGE),
    ]


@pytest.mark.parametrize("gz", [True, False], ids=["gzip-per-record", "plain"])
def test_html_responses_become_documents_and_the_rest_is_counted(tmp_path: Path, gz: bool,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    path = _write(tmp_path / ("crawl.warc.gz" if gz else "crawl.warc"), _mixed(), gz=gz)
    assert reader_for(str(path)).kind == "warc"
    with caplog.at_level(logging.WARNING, logger="newsbrief.ingest.warc"):
        raws = list(read_documents(str(path), Settings()))
    assert [(r.url, r.hints.date) for r in raws] == [("http://gazette.test/bridge", "2026-02-03T10:00:00Z"),
                                                    ("http://gazette.test/library", "2026-02-08T10:00:00Z")]
    assert raws[0].content == BRIDGE_PAGE
    assert f"{path.name}: read 2 HTML page(s); skipped 3 non-response record(s)" in caplog.text
    assert "2 non-HTML response(s), 1 error or redirect response(s)" in caplog.text
    bridge, library = (extract(r, Settings()) for r in raws)
    assert bridge.source.date == "2026-02-03T10:00:00Z"  # no date in the page: the capture date fills it
    assert library.source.date == "2026-02-02"  # the page's own date wins over the capture date


@pytest.mark.parametrize("gz", [True, False], ids=["gzip-per-record", "plain"])
@pytest.mark.parametrize("keep", [0.45, 0.97])  # not at a record boundary
def test_a_truncated_warc_keeps_what_came_before(tmp_path: Path, gz: bool, keep: float,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    whole = _write(tmp_path / "whole.warc", [_html(f"http://gazette.test/{n}", page(f"Story {n}", BRIDGE))
                                             for n in range(4)], gz=gz).read_bytes()
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(whole[: int(len(whole) * keep)])
    with caplog.at_level(logging.WARNING, logger="newsbrief.ingest.warc"):
        raws = list(read_documents(str(path), Settings()))
    assert [r.url for r in raws] == [f"http://gazette.test/{n}" for n in range(len(raws))]
    assert 1 <= len(raws) <= 3 and all(r.content.endswith(b"</html>") for r in raws)
    assert "1 truncated record(s)" in caplog.text


def test_a_gzip_bomb_in_a_response_is_cut_at_the_size_limit(tmp_path: Path,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    bomb = gzip.compress(b"<p>" + b"a" * (20 * 1024 * 1024))  # 20 MB in about 20 kB
    records = [("response", "http://gazette.test/bomb", bomb,
                [("Content-Type", "text/html"), ("Content-Encoding", "gzip")], "200 OK"),
               _html("http://gazette.test/bridge", BRIDGE_PAGE)]
    path = _write(tmp_path / "bomb.warc.gz", records, gz=True)
    assert path.stat().st_size < 100_000
    with caplog.at_level(logging.WARNING, logger="newsbrief.ingest.warc"):
        raws = list(read_documents(str(path), Settings(max_bytes=1024 * 1024)))
    assert [r.url for r in raws] == ["http://gazette.test/bridge"]
    assert "1 page(s) over the size limit" in caplog.text


def test_what_is_not_a_warc_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.warc"
    path.write_bytes(b"these are my notes, not a web archive\n" * 20)
    with pytest.raises(InputError, match="not a readable WARC file"):
        list(read_documents(str(path), Settings()))
    junk = tmp_path / "junk.warc.gz"
    junk.write_bytes(gzip.compress(bytes(range(256)) * 40))
    with pytest.raises(InputError, match="not a readable WARC file"):
        list(read_documents(str(junk), Settings()))
    with pytest.raises(InputError, match="local file or standard input"):
        list(read_documents(str(path), Settings(), allow_local=False))
