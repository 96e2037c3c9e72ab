"""Hostile servers (issue 16): stacked compression, trickled headers, metadata addresses behind redirects.

Every server here is on 127.0.0.1 or an injected transport; nothing leaves the machine.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from newsbrief.errors import FetchError, FetchTimeoutError, URLRefusedError
from newsbrief.ingest.fetch import Fetcher
from newsbrief.ingest.inflate import UnsupportedEncodingError
from newsbrief.settings import Settings
from tests.hostile.trickle import trickling_server

SRC = str(Path(__file__).resolve().parents[2] / "src")
ZEROS = 256 * 1024 * 1024  # what the stacked bomb inflates to


def _gzip_stream(size: int) -> bytes:
    """gzip of ``size`` zero bytes, compressed piece by piece (the test never holds the zeros)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = bytes(1024 * 1024)
    parts = [packer.compress(block) for _ in range(size // len(block))]
    return b"".join([*parts, packer.flush()])


STACKED = gzip.compress(_gzip_stream(ZEROS), 9)
TEXT = b"<html><body><article><p>" + b"Plain words. " * 50 + b"</p></article></body></html>"


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def _send(self, body: bytes, encoding: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path == "/stacked":
            self._send(STACKED, "gzip, gzip")
        elif self.path == "/two-layers":
            self._send(gzip.compress(zlib.compress(TEXT)), "deflate, gzip")
        elif self.path == "/raw-deflate":
            packer = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
            self._send(packer.compress(TEXT) + packer.flush(), "deflate")
        elif self.path == "/brotli":
            self._send(b"\x1b\x00\x00", "br")
        elif self.path == "/three":
            self._send(gzip.compress(gzip.compress(gzip.compress(TEXT))), "gzip, gzip, gzip")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def loopback() -> Fetcher:
    return Fetcher(Settings(allow_private=True))


# The child reports its own peak (VmHWM: this process image's, unlike ru_maxrss, which Linux carries
# over from the parent that forked it).
FETCH_IN_CHILD = """
import json, re, sys
from newsbrief.ingest.fetch import Fetcher
from newsbrief.settings import Settings
try:
    Fetcher(Settings(allow_private=True, max_bytes=1024 * 1024)).fetch(sys.argv[1])
    outcome = "fetched"
except Exception as exc:
    outcome = f"{type(exc).__name__}: {exc}"
with open("/proc/self/status") as status:
    peak = int(re.search(r"VmHWM:\\s+(\\d+) kB", status.read()).group(1))
print(json.dumps({"outcome": outcome, "peak_kb": peak}))
"""


def test_stacked_gzip_is_cut_at_the_cap_with_bounded_memory(server: str) -> None:
    assert len(STACKED) < 64 * 1024  # a small response ...
    result = subprocess.run([sys.executable, "-c", FETCH_IN_CHILD, f"{server}/stacked"], capture_output=True,
                            text=True, timeout=60, env={"PYTHONPATH": SRC}, check=True)
    report = json.loads(result.stdout)
    assert report["outcome"].startswith("ResponseTooLargeError: ")
    assert "1 MB once decompressed" in report["outcome"]
    # ... that inflates to 256 MB; the child (Python, httpx, newsbrief: about 60 MB) never holds it.
    assert report["peak_kb"] < 150 * 1024, report


def test_layers_are_decoded_in_order_and_raw_deflate_is_read(server: str) -> None:
    assert loopback().fetch(f"{server}/two-layers").content == TEXT
    assert loopback().fetch(f"{server}/raw-deflate").content == TEXT


def test_unknown_and_too_many_encodings_are_refused(server: str) -> None:
    with pytest.raises(UnsupportedEncodingError, match="Content-Encoding br"):
        loopback().fetch(f"{server}/brotli")
    with pytest.raises(UnsupportedEncodingError, match="3 times over"):
        loopback().fetch(f"{server}/three")


def test_the_fetcher_asks_only_for_encodings_it_bounds() -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("accept-encoding", ""))
        return httpx.Response(200, content=TEXT, headers={"Content-Type": "text/html"})

    Fetcher(Settings(), resolver=lambda h, p: ["93.184.216.34"], transport=httpx.MockTransport(answer)).fetch(
        "http://news.test/a")
    assert seen == ["gzip, deflate"]


@pytest.fixture()
def trickler() -> Iterator[int]:
    """A server that sends its status line, then one header line every 0.1 s for 15 s."""
    with trickling_server(lines=150, interval=0.1) as port:
        yield port


def test_one_deadline_covers_trickled_headers(trickler: int) -> None:
    fetcher = Fetcher(Settings(allow_private=True, fetch_deadline=1.5, read_timeout=1.0))
    started = time.monotonic()
    with pytest.raises(FetchTimeoutError, match=r"1\.5 s deadline"):
        fetcher.fetch(f"http://127.0.0.1:{trickler}/")
    assert time.monotonic() - started < 3.0


METADATA_URLS = [
    "http://169.254.169.254/latest/meta-data/",
    "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "http://[::ffff:a9fe:a9fe]/",
    "http://2852039166/",  # 169.254.169.254 as one decimal number
    "http://0xa9.0xfe.0xa9.0xfe/",
    "http://0xa9fea9fe/",
    "http://169.254.1.1/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://[64:ff9b::a9fe:a9fe]/",
    "http://metadata.test/computeMetadata/v1/",  # a name that resolves there
]


@pytest.mark.parametrize("target", METADATA_URLS)
def test_metadata_refused_with_allow_private_after_a_redirect(target: str) -> None:
    requests: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(str(request.url))
        return httpx.Response(302, headers={"Location": target})

    def resolve(host: str, port: int) -> list[str]:
        return ["169.254.169.254"] if host == "metadata.test" else ["10.1.2.3"]

    fetcher = Fetcher(Settings(allow_private=True), resolver=resolve, transport=httpx.MockTransport(answer))
    with pytest.raises(URLRefusedError, match="cloud metadata address; these are refused even with"):
        fetcher.fetch("http://intranet.test/start")
    assert requests == ["http://10.1.2.3/start"]  # the private start was allowed; the hop was never made
    with pytest.raises(URLRefusedError, match="metadata"):
        fetcher.fetch(target)  # and directly


def test_errors_are_fetch_errors() -> None:
    assert issubclass(UnsupportedEncodingError, FetchError)
