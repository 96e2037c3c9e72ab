"""Followed feeds: checking a feed before it is followed, and polling the followed ones in the background.

A feed is checked with the same guarded :class:`~newsbrief.ingest.fetch.Fetcher` and feed reader
(``newsbrief.ingest.feeds``) as `newsbrief add`: SSRF guard, one deadline, size caps, and XML with
entity declarations (bombs, XXE) refused before anything is expanded. :func:`feed_problem` turns
what went wrong into a sentence for the reader.

:class:`FeedPoller` runs one daemon thread that wakes every ``TICK_SECONDS`` and polls the feeds
that are due (:meth:`FeedPoller.run_due`, which tests call directly for one cycle). A poll sends
the stored ETag / Last-Modified (a 304 costs nothing), reads the items not seen before (newest
first, at most ``feed_poll_new_items``), fetches each article politely (``feed_host_delay``
between two requests to one host), and briefs it in the app's briefing pool, so polling never
takes more than one of its workers, and files it into its story. An item whose URL is already a
stored article is not fetched again (duplicates are stored once). After a failed poll the next
one waits ``feed_poll_minutes`` times 2, 4, 8 ... up to ``MAX_BACKOFF`` times; a success resets it.
The validators are kept only when every new item was dealt with, so items left for later are read
again next time instead of hidden behind a 304.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from starlette.exceptions import HTTPException

from newsbrief.errors import FetchError, InputError, NewsbriefError, ResponseTooLargeError
from newsbrief.ingest.feed_items import HostPacer, feed_documents
from newsbrief.ingest.feeds import Feed, FeedItem, looks_like_feed, parse_feed
from newsbrief.ingest.fetch import ALLOWED_TYPES, FEED_TYPES, Fetcher
from newsbrief.store import Store, canonical_url
from newsbrief.store.follows import FeedPoll, StoredFeed
from newsbrief.web.deps import precheck_url
from newsbrief.web.errors import reader_message
from newsbrief.web.jobs import JobContext, brief_and_file

log = logging.getLogger(__name__)

# How often the poller looks for due feeds; a feed is polled at most this late.
TICK_SECONDS = 30.0
# The longest wait after failures, in poll intervals (30 minutes x 32 = 16 hours).
MAX_BACKOFF = 32


class FeedRefusedError(InputError):
    """The address does not give a feed newsbrief will follow."""


def utc_now() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)


def stamp(when: datetime) -> str:
    """``when`` as the store keeps times."""
    return when.astimezone(UTC).isoformat(timespec="seconds")


def feed_problem(exc: BaseException, ctx: JobContext) -> str:
    """What went wrong with a feed, in the reader's words."""
    text = str(exc)
    if isinstance(exc, FeedRefusedError):
        return text
    if isinstance(exc, InputError) and "entit" in text:
        return ("This feed was refused: it declares XML entities, which feeds never need and which XML bomb "
                "and external-entity (XXE) attacks use. Ask the site for a plain RSS or Atom feed.")
    if isinstance(exc, ResponseTooLargeError):
        return f"That feed is larger than {ctx.settings.max_bytes // (1024 * 1024)} MB, too large to follow."
    if isinstance(exc, InputError) and not isinstance(exc, FetchError):
        return "That address does not give a readable RSS, Atom or JSON feed. Check it, or look for another."
    return reader_message(exc, ctx.settings)[0].replace("paste the article text", "look for the site's feed")


def read_feed(fetcher: Fetcher, url: str, ctx: JobContext, etag: str | None = None,
              last_modified: str | None = None) -> tuple[Feed | None, str | None, str | None]:
    """The feed at ``url`` (None when not modified) and the validators its server sent."""
    fetched = fetcher.fetch_conditional(url, accept=FEED_TYPES + ALLOWED_TYPES, etag=etag,
                                        last_modified=last_modified)
    page = fetched.document
    if page is None:
        return None, etag, last_modified
    if not looks_like_feed(page.content, page.content_type):
        raise FeedRefusedError("That address is a web page, not a feed. Look on the site for its RSS or "
                               "Atom link and give that address.")
    feed = parse_feed(page.content, url, max_items=ctx.settings.feed_max_items, url=page.url or url)
    return feed, fetched.etag, fetched.last_modified


def check_feed(ctx: JobContext, url: str) -> Feed:
    """Fetch and read the feed at ``url`` before it is followed; :class:`NewsbriefError` when it cannot be."""
    precheck_url(url, ctx.settings)
    with Fetcher(ctx.settings, ctx.resolver) as fetcher:
        feed, _, _ = read_feed(fetcher, url, ctx)
    assert feed is not None  # nothing was sent to be "not modified" against
    return feed


def item_key(item: FeedItem) -> str:
    """What identifies an item across polls: its canonical link, else its id, else its title and text."""
    if item.link:
        return canonical_url(item.link) or item.link
    if item.id:
        return "id:" + item.id
    return "sha:" + hashlib.sha256(f"{item.title}\n{item.content}".encode()).hexdigest()


@dataclass
class PollCount:
    """The items of one poll: briefed, failed, and whether some were left for the next poll."""

    new: int = 0
    failed: int = 0
    left: bool = False


class FeedPoller:
    """Polls the app's followed feeds: a thread every ``TICK_SECONDS``, or one cycle on demand."""

    def __init__(self, ctx: JobContext) -> None:
        self.ctx = ctx
        self.interval = timedelta(minutes=ctx.settings.feed_poll_minutes)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._cycle = threading.Lock()  # one cycle at a time, thread or test

    def start(self) -> None:
        """Start polling in a daemon thread (not when ``feed_poll_minutes`` is 0)."""
        if self.interval <= timedelta(0) or self._thread is not None:
            return
        self._thread = threading.Thread(target=self._loop, name="newsbrief-feeds", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop the thread after its current poll."""
        self._stop.set()

    def _loop(self) -> None:
        while not self._stop.wait(min(TICK_SECONDS, self.interval.total_seconds())):
            try:
                self.run_due()
            except Exception:  # a bad cycle must not end polling for good
                log.exception("the feed poll cycle failed; trying again at the next tick")

    def run_due(self, now: datetime | None = None) -> list[StoredFeed]:
        """Poll every feed due at ``now``; the feeds as recorded afterwards."""
        with self._cycle:
            when = now or utc_now()
            store = self.ctx.make_store()
            try:
                due = store.due_feeds(stamp(when))
            finally:
                store.close()
            return [self.poll(feed, when) for feed in due if not self._stop.is_set()]

    def next_poll(self, when: datetime, failures: int) -> str:
        """When to poll again after ``failures`` failures in a row (0: the plain interval)."""
        return stamp(when + self.interval * min(2 ** failures, MAX_BACKOFF))

    def poll(self, feed: StoredFeed, when: datetime) -> StoredFeed:
        """Poll one feed now; what the store records of it afterwards."""
        with Fetcher(self.ctx.settings, self.ctx.resolver) as fetcher:
            try:
                parsed, etag, modified = read_feed(fetcher, feed.url, self.ctx, feed.etag, feed.last_modified)
                count = self._read_items(feed, parsed, fetcher) if parsed else PollCount()
            except NewsbriefError as exc:
                failures = feed.failures + 1
                log.warning("feed %s failed (%d in a row): %s", feed.url, failures, exc)
                result = FeedPoll(stamp(when), self.next_poll(when, failures), failures, feed_problem(exc, self.ctx))
            else:
                keep = not count.left  # items left for later: read the feed in full next time
                result = FeedPoll(stamp(when), self.next_poll(when, 0), 0, None, count.new, count.failed,
                                  etag if keep else None, modified if keep else None,
                                  parsed.title if parsed else None)
        store = self.ctx.make_store()
        try:
            store.record_poll(feed.id, result)
            return store.get_feed(feed.id) or feed
        finally:
            store.close()

    def _read_items(self, feed: StoredFeed, parsed: Feed, fetcher: Fetcher) -> PollCount:
        """Fetch, brief and file the feed's new items (see the module docstring)."""
        count = PollCount()
        store = self.ctx.make_store()
        try:
            keys = [item_key(item) for item in parsed.items]
            seen = store.seen_items(feed.id, keys)
            new = [(key, item) for key, item in zip(keys, parsed.items, strict=True) if key not in seen]
            limit = self.ctx.settings.feed_poll_new_items
            count.left = len(new) > limit
            pacer = HostPacer(self.ctx.settings.feed_host_delay)
            for key, item in new[:limit]:
                if self._stop.is_set() or not self._read_item(store, feed, key, item, parsed, fetcher, pacer, count):
                    count.left = True
                    break
        finally:
            store.close()
        return count

    def _read_item(self, db: Store, feed: StoredFeed, key: str, item: FeedItem, parsed: Feed,
                   fetcher: Fetcher, pacer: HostPacer, count: PollCount) -> bool:
        """One new item; False when the pool is full and the rest must wait for the next poll."""
        seen_at = stamp(utc_now())
        known = db.article_for_url(canonical_url(item.link) or item.link) if item.link else None
        if known is not None:
            # Stored once, but linked to this feed too (the home page filters stories by feed).
            article = db.get_article(known)
            db.mark_item(feed.id, key, "duplicate", seen_at,
                         brief_id=article.brief_ids[-1] if article and article.brief_ids else None)
            return True
        one = Feed(parsed.title, parsed.site, (item,), 1)
        raw = next(feed_documents(one, feed.url, fetcher, pacer))
        try:
            if raw.hints.error:
                raise InputError(raw.hints.error)
            future, stop = self.ctx.workers.submit(
                lambda stop: brief_and_file(raw, self.ctx.settings, self.ctx.make_store, stop))
            try:
                brief_id, _ = future.result(timeout=self.ctx.settings.web_job_timeout)
            except FutureTimeout:
                stop.set()
                raise InputError(f"the article took longer than {self.ctx.settings.web_job_timeout:g} s "
                                 "to brief") from None
        except HTTPException:  # the pool is full: leave this item and the rest for the next poll
            return False
        except NewsbriefError as exc:
            count.failed += 1
            log.info("feed %s: item %s failed: %s", feed.url, key, exc)
            if not exc.retryable:
                db.mark_item(feed.id, key, "failed", seen_at, error=reader_message(exc, self.ctx.settings)[0])
            return True
        db.mark_item(feed.id, key, "briefed", seen_at, brief_id=brief_id)
        count.new += 1
        return True
