"""A loopback HTTP server with feeds and article pages, for the feed tests (written for these tests)."""

from __future__ import annotations

import ipaddress
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from newsbrief.ingest.fetch import Fetcher, IPAddress, is_blocked
from newsbrief.settings import Settings

BRIDGE = [
    "Engineers reopened the Harlow Street bridge in Millbrook on Tuesday, two weeks after a barge struck "
    "one of its piers during the spring flood and forced the county to close it to all traffic.",
    "The county's chief engineer, Dana Whitfield, said divers had found no damage below the waterline "
    "and that steel plates bolted to the pier would carry the load until permanent repairs next summer.",
    "Shopkeepers on both banks said the closure had cost them a third of their trade, because drivers "
    "from the eastern estates had to take a twenty-minute detour through the industrial park.",
    "The barge's owner has agreed to pay for the repairs, according to a statement from the county, "
    "which put the cost at about $1.2 million.",
]
LIBRARY = [
    "Millbrook's public library will open on Sundays from next month after the town council agreed on "
    "Monday to fund two more librarians from the sale of an unused depot on Carter Road.",
    "Head librarian Tomas Reyes said Sunday hours had been the most common request in a survey of 900 "
    "residents last autumn, ahead of more computers and a larger children's room.",
    "Councillors voted seven to two for the plan. The two who opposed it said the depot should have been "
    "kept for a new fire station, which the town's own review had called for in 2021.",
]


def page(title: str, paragraphs: list[str], date: str | None = None) -> bytes:
    """An article page; with ``date`` it carries publication-date markup."""
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><title>{title}</title>{meta}</head><body><nav><a href='/'>Home</a>"
            f"</nav><article><h1>{title}</h1>{body}</article><footer>Millbrook Gazette</footer></body></html>"
            ).encode()


def rss(items: list[str], title: str = "Millbrook Gazette") -> bytes:
    """An RSS 2.0 feed with the given <item> elements."""
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            f'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>{title}</title>'
            f"<link>http://gazette.test/</link><description>Local news</description>{''.join(items)}"
            "</channel></rss>").encode()


def item(title: str, link: str | None, date: str, text: str = "", guid: str | None = None) -> str:
    """One RSS <item>; ``text`` goes in as content:encoded."""
    parts = [f"<title>{title}</title>", f"<pubDate>{date}</pubDate>"]
    if link:
        parts.append(f"<link>{link}</link>")
    if guid:
        parts.append(f'<guid isPermaLink="false">{guid}</guid>')
    if text:
        parts.append(f"<content:encoded><![CDATA[{text}]]></content:encoded>")
    return "<item>" + "".join(parts) + "</item>"


@dataclass
class Site:
    """What the server serves (path -> (content type, body)) and what it was asked."""

    pages: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    etags: dict[str, str] = field(default_factory=dict)
    requests: list[tuple[float, str, dict[str, str]]] = field(default_factory=list)
    base: str = ""

    def paths(self) -> list[str]:
        return [path for _, path, _ in self.requests]


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            site.requests.append((time.monotonic(), self.path, dict(self.headers.items())))
            if self.path not in site.pages:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            ctype, body = site.pages[self.path]
            etag = site.etags.get(self.path)
            if etag and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            if etag:
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", "Tue, 03 Feb 2026 15:00:00 GMT")
            self.end_headers()
            self.wfile.write(body)

    return Handler


@contextmanager
def serve(site: Site) -> Iterator[Site]:
    """Serve ``site`` on 127.0.0.1 for the duration of the block (``site.base`` is its address)."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    site.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        yield site
    finally:
        httpd.shutdown()
        httpd.server_close()


def loopback_ok(address: IPAddress) -> bool:
    """The test server's address is allowed; every other private address stays refused."""
    return False if address == ipaddress.ip_address("127.0.0.1") else is_blocked(address)


def loopback_fetcher(settings: Settings | None = None, answers: dict[str, list[str]] | None = None) -> Fetcher:
    """A fetcher that may reach the test server; host names resolve from ``answers`` (else loopback)."""
    table = answers or {}
    return Fetcher(settings or Settings(), resolver=lambda host, port: table.get(host, ["127.0.0.1"]),
                   blocked=loopback_ok)
