"""Guarded fetch against a real HTTP server on 127.0.0.1, and SSRF refusals."""

from __future__ import annotations

import gzip
import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from newsbrief.errors import (
    ContentTypeError,
    FetchTimeoutError,
    HTTPStatusError,
    ResponseTooLargeError,
    TooManyRedirectsError,
    URLRefusedError,
)
from newsbrief.ingest.fetch import Fetcher, IPAddress, is_blocked, parse_ip_literal
from newsbrief.settings import Settings

ARTICLE = b"<html><body><article><p>Hello from the test server.</p></article></body></html>"
BOMB = gzip.compress(b"a" * (11 * 1024 * 1024))  # inflates past the 10 MB cap


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8",
              extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        if path == "/article":
            self._send(200, ARTICLE, extra={"X-Host-Seen": self.headers.get("Host", "")})
        elif path.startswith("/hop/"):
            left = int(path.rsplit("/", 1)[1])
            target = "/article" if left == 0 else f"/hop/{left - 1}"
            self._send(302, b"", extra={"Location": target})
        elif path == "/to-private":
            self._send(302, b"", extra={"Location": "http://10.0.0.1/secret"})
        elif path == "/to-metadata":
            self._send(301, b"", extra={"Location": "http://169.254.169.254/latest/meta-data/"})
        elif path == "/bomb":
            self._send(200, BOMB, extra={"Content-Encoding": "gzip"})
        elif path == "/pdf":
            self._send(200, b"%PDF-1.4", ctype="application/pdf")
        elif path == "/missing":
            self._send(404, b"not here")
        elif path == "/busy":
            self._send(503, b"try later")
        elif path == "/feed":
            self._send(200, b"<rss version='2.0'><channel><title>t</title></channel></rss>",
                       ctype="application/rss+xml", extra={"X-Accept-Seen": self.headers.get("Accept", "")})
        elif path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(100):
                    self.wfile.write(b"<p>drip</p>")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
        else:
            self._send(404, b"")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def loopback_ok(address: IPAddress) -> bool:
    """Policy for positive tests: the loopback test server is allowed, all else as usual."""
    return False if address == ipaddress.ip_address("127.0.0.1") else is_blocked(address)


def fetcher(**changes: object) -> Fetcher:
    return Fetcher(Settings(**changes), resolver=lambda host, port: ["127.0.0.1"],  # type: ignore[arg-type]
                   blocked=loopback_ok)


def test_fetches_article_and_sends_real_host_header(server: str) -> None:
    port = server.rsplit(":", 1)[1]
    doc = fetcher().fetch(f"http://news.test:{port}/article")
    assert doc.content == ARTICLE
    assert doc.content_type is not None and doc.content_type.startswith("text/html")
    assert doc.url == f"http://news.test:{port}/article"


def test_follows_redirect_chain_within_limit(server: str) -> None:
    assert fetcher().fetch(f"{server}/hop/4").content == ARTICLE  # 5 redirects


def test_redirect_limit(server: str) -> None:
    with pytest.raises(TooManyRedirectsError, match="more than 5 times"):
        fetcher().fetch(f"{server}/hop/5")  # 6 redirects


def test_gzip_bomb_is_cut_after_decompression(server: str) -> None:
    assert len(BOMB) < 1024 * 1024
    with pytest.raises(ResponseTooLargeError, match="10 MB"):
        fetcher().fetch(f"{server}/bomb")


def test_slow_server_hits_deadline(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchTimeoutError, match="deadline"):
        fetcher(fetch_deadline=1.0).fetch(f"{server}/slow")
    assert time.monotonic() - started < 5


def test_wrong_content_type(server: str) -> None:
    with pytest.raises(ContentTypeError, match="application/pdf"):
        fetcher().fetch(f"{server}/pdf")


def test_http_error_status(server: str) -> None:
    with pytest.raises(HTTPStatusError, match="404") as missing:
        fetcher().fetch(f"{server}/missing")
    assert not missing.value.retryable  # a 404 will not pass by itself
    with pytest.raises(HTTPStatusError, match="503") as busy:
        fetcher().fetch(f"{server}/busy")
    assert busy.value.retryable


def test_a_reader_may_ask_for_other_types(server: str) -> None:
    with pytest.raises(ContentTypeError, match="not an article page"):
        fetcher().fetch(f"{server}/feed")
    raw = fetcher().fetch(f"{server}/feed", accept=("application/rss+xml", "application/xml"))
    assert raw.content.startswith(b"<rss") and raw.content_type == "application/rss+xml"


def test_redirect_to_private_address_is_refused(server: str) -> None:
    with pytest.raises(URLRefusedError, match=r"10\.0\.0\.1"):
        fetcher().fetch(f"{server}/to-private")
    with pytest.raises(URLRefusedError, match=r"169\.254\.169\.254"):
        fetcher().fetch(f"{server}/to-metadata")


@pytest.fixture()
def listener() -> Iterator[tuple[int, socket.socket]]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    sock.setblocking(False)
    yield sock.getsockname()[1], sock
    sock.close()


def _accepted(sock: socket.socket) -> int:
    count = 0
    while True:
        try:
            conn, _ = sock.accept()
        except BlockingIOError:
            return count
        conn.close()
        count += 1


@pytest.mark.parametrize(
    "template",
    [
        "http://127.0.0.1:{port}/",
        "http://[::1]:{port}/",
        "http://[::ffff:127.0.0.1]:{port}/",
        "http://10.0.0.1:{port}/",
        "http://169.254.169.254:{port}/latest/meta-data/",
        "http://[::ffff:169.254.169.254]:{port}/",
        "http://0x7f.1:{port}/",
        "http://2130706433:{port}/",
        "http://017700000001:{port}/",
        "http://[64:ff9b::7f00:1]:{port}/",
        "http://[2002:7f00:1::]:{port}/",
        "http://0.0.0.0:{port}/",
        "http://mixed.test:{port}/",
        "http://internal.test:{port}/",
    ],
)
def test_ssrf_refused_without_connecting(template: str, listener: tuple[int, socket.socket]) -> None:
    port, sock = listener
    requests: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, text="should not happen")

    answers = {"mixed.test": ["93.184.216.34", "192.168.1.20"], "internal.test": ["127.0.0.1"]}
    fetch = Fetcher(Settings(), resolver=lambda host, p: answers.get(host, ["93.184.216.34"]),
                    transport=httpx.MockTransport(record))
    with pytest.raises(URLRefusedError, match="refused"):
        fetch.fetch(template.format(port=port))
    # The real fetcher (no mock transport) refuses too and the listener sees nothing.
    real = Fetcher(Settings(), resolver=lambda host, p: answers.get(host, ["93.184.216.34"]))
    with pytest.raises(URLRefusedError):
        real.fetch(template.format(port=port))
    assert requests == []
    assert _accepted(sock) == 0


def test_non_http_schemes_refused() -> None:
    for url in ("file:///etc/passwd", "ftp://example.com/a", "gopher://x/"):
        with pytest.raises(URLRefusedError, match="only http and https"):
            Fetcher(Settings()).fetch(url)


def test_allow_private_setting_permits_loopback(server: str) -> None:
    fetch = Fetcher(Settings(allow_private=True))
    assert fetch.fetch(f"{server}/article").content == ARTICLE


@pytest.mark.parametrize(
    ("host", "expected"),
    [("2130706433", "127.0.0.1"), ("0x7f.1", "127.0.0.1"), ("127.1", "127.0.0.1"),
     ("0177.0.0.1", "127.0.0.1"), ("[::1]", "::1"), ("example.com", None), ("1.2.3.4.5", None)],
)
def test_parse_ip_literal(host: str, expected: str | None) -> None:
    parsed = parse_ip_literal(host)
    assert (str(parsed) if parsed else None) == expected


def test_public_addresses_are_not_blocked() -> None:
    assert not is_blocked(ipaddress.ip_address("93.184.216.34"))
    assert not is_blocked(ipaddress.ip_address("2606:2800:220:1:248:1893:25c8:1946"))
