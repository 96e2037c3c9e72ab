"""Feeds to documents: the feed fetched conditionally, each item's article fetched politely.

A URL is fetched once, accepting both article pages and feeds; a feed (by media
type, else by its first element) is read as one, anything else is the article.
For a feed URL the ETag and Last-Modified the server sent are remembered in a
small JSON file (the user cache directory, or ``feed_cache``) and sent back the
next time; a 304 Not Modified yields no documents and says so in the log. The
validators are saved only after every item was read, so an interrupted run reads
the feed again instead of losing its items.

Each item's link is fetched through the same guarded :class:`Fetcher` (SSRF
guard, size cap, ``allow_private``), waiting ``feed_host_delay`` seconds between
two requests to one host. When the link is missing or cannot be fetched the
item's own content (else its summary) is used instead, and the log says so; an
item with neither becomes a failed document (``Hints.error``). The item's title,
date and the feed's outlet are trusted hints of each document.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from html import escape
from pathlib import Path
from urllib.parse import urlsplit

from newsbrief.errors import ContentTypeError, FetchError, InputError
from newsbrief.ingest.feeds import Feed, FeedItem, feed_outlet, looks_like_feed, parse_feed
from newsbrief.ingest.fetch import ALLOWED_TYPES, FEED_TYPES, Fetcher, Resolver
from newsbrief.ingest.files import IngestOptions, failed
from newsbrief.models import Hints, RawDocument
from newsbrief.settings import Settings

log = logging.getLogger(__name__)
FEED_SUFFIXES = (".xml", ".rss", ".atom", ".rdf", ".json")
_CACHE_ENTRIES = 1000  # feeds remembered; the oldest are forgotten first


class FeedCache:
    """ETag and Last-Modified per feed URL, in one small JSON file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _load(self) -> dict[str, dict[str, str]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("feed cache %s is unreadable (%s); starting it afresh", self.path, exc)
            return {}
        return data if isinstance(data, dict) else {}

    def get(self, url: str) -> tuple[str | None, str | None]:
        """The validators remembered for ``url`` (``None`` each when unknown)."""
        entry = self._load().get(url)
        if not isinstance(entry, dict):
            return None, None
        return entry.get("etag"), entry.get("last_modified")

    def put(self, url: str, etag: str | None, last_modified: str | None) -> None:
        """Remember the validators of ``url`` (written atomically; failures only logged)."""
        data = self._load()
        data.pop(url, None)
        if etag or last_modified:
            data[url] = {k: v for k, v in (("etag", etag), ("last_modified", last_modified)) if v}
        while len(data) > _CACHE_ENTRIES:
            data.pop(next(iter(data)))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_name(self.path.name + f".{os.getpid()}.tmp")
            temporary.write_text(json.dumps(data, indent=0), encoding="utf-8")
            os.replace(temporary, self.path)
        except OSError as exc:
            log.warning("cannot write the feed cache %s (%s); the feed will be fetched in full next time",
                        self.path, exc)


class HostPacer:
    """Waits so that two requests to one host are at least ``delay`` seconds apart."""

    def __init__(self, delay: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.delay = delay
        self.clock = clock
        self.sleep = sleep
        self._last: dict[str, float] = {}

    def wait(self, url: str) -> None:
        """Sleep as long as the host of ``url`` still needs, then note this request."""
        host = (urlsplit(url).hostname or "").lower()
        last = self._last.get(host)
        if last is not None and self.delay > 0:
            remaining = last + self.delay - self.clock()
            if remaining > 0:
                self.sleep(remaining)
        self._last[host] = self.clock()


def _fallback(item: FeedItem, hints: Hints, reason: str, where: str) -> RawDocument:
    """The item's own text as the document, or a failed document when it has none."""
    label = item.title or item.link or item.id or "an item"
    if not item.content:
        return failed(f"{where}: item {label!r}: {reason}, and the feed gives no text for it", hints)
    log.warning("%s: item %r: %s; using the feed's own text for it", where, label, reason)
    page = (f"<html><head><title>{escape(item.title or '')}</title></head>"
            f"<body><article>{item.content}</article></body></html>")
    return RawDocument(page.encode("utf-8"), url=item.link, content_type="text/html; charset=utf-8", hints=hints)


def feed_documents(feed: Feed, where: str, fetcher: Fetcher, pacer: HostPacer) -> Iterator[RawDocument]:
    """One document per feed item: its linked article, else the feed's text for it."""
    outlet = feed_outlet(feed)
    for item in feed.items:
        hints = Hints(title=item.title, outlet=outlet, date=item.date, url=item.link, feed_title=feed.title,
                      id=item.id, trusted=True)
        if not item.link:
            yield _fallback(item, hints, "it has no link", where)
            continue
        try:
            pacer.wait(item.link)
            page = fetcher.fetch(item.link, accept=ALLOWED_TYPES)
        except FetchError as exc:
            yield _fallback(item, hints, f"cannot fetch {item.link} ({exc})", where)
            continue
        yield replace(page, hints=hints)


def read_url(source: str, settings: Settings, resolver: Resolver, *, options: IngestOptions | None = None,
             fetcher: Fetcher | None = None) -> Iterator[RawDocument]:
    """An http(s) URL: the article it serves, or every item of the feed it serves (fetched once)."""
    options = options or IngestOptions.from_settings(settings)
    own = fetcher is None
    active = fetcher or Fetcher(settings, resolver)
    try:
        cache = FeedCache(options.cache_path())
        etag, modified = cache.get(source)
        pacer = HostPacer(options.feed_host_delay)
        pacer.wait(source)
        fetched = active.fetch_conditional(source, accept=ALLOWED_TYPES + FEED_TYPES, etag=etag,
                                           last_modified=modified)
        page = fetched.document
        if page is None:
            log.info("feed %s is not modified since it was last read; no new articles", source)
            return
        if looks_like_feed(page.content, page.content_type):
            feed = parse_feed(page.content, source, max_items=options.feed_max_items, url=page.url or source)
            log.info("feed %s: %d items", source, len(feed.items))
            yield from feed_documents(feed, source, active, pacer)
            cache.put(source, fetched.etag, fetched.last_modified)
            return
        mime = (page.content_type or "").split(";")[0].strip().lower()
        if mime not in ALLOWED_TYPES:
            raise ContentTypeError(f"{source} is {mime}, but neither an article page nor an RSS, Atom or "
                                   "JSON feed; pass a page or a feed URL")
        yield page
    finally:
        if own:
            active.close()


def is_feed_file(source: str) -> bool:
    """True for an existing .xml/.rss/.atom/.rdf/.json file that holds a feed."""
    path = Path(source)
    if not source.lower().endswith(FEED_SUFFIXES) or not path.is_file():
        return False
    try:
        with path.open("rb") as stream:
            head = stream.read(1 << 20)
    except OSError:
        return False
    return looks_like_feed(head)


def read_feed_file(source: str, settings: Settings, resolver: Resolver, *, options: IngestOptions | None = None,
                   fetcher: Fetcher | None = None) -> Iterator[RawDocument]:
    """Every item of a feed file, its links fetched through the guarded fetcher."""
    options = options or IngestOptions.from_settings(settings)
    path = Path(source)
    size = path.stat().st_size
    if size > settings.max_bytes:
        raise InputError(f"{path} is {size} bytes, over the {settings.max_bytes} byte limit (setting max_bytes)")
    feed = parse_feed(path.read_bytes(), path.name, max_items=options.feed_max_items)
    own = fetcher is None
    active = fetcher or Fetcher(settings, resolver)
    try:
        yield from feed_documents(feed, path.name, active, HostPacer(options.feed_host_delay))
    finally:
        if own:
            active.close()
