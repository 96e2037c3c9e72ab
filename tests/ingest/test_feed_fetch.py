"""Feeds over HTTP on 127.0.0.1: items' articles fetched politely, conditional GET, SSRF refusals."""

from __future__ import annotations

import itertools
import logging
from pathlib import Path

import pytest

from newsbrief.errors import ContentTypeError
from newsbrief.ingest.extract import extract
from newsbrief.ingest.feed_items import FeedCache, HostPacer, read_feed_file, read_url
from newsbrief.ingest.fetch import Fetcher
from newsbrief.ingest.files import IngestOptions
from newsbrief.settings import Settings
from tests.ingest.feedserver import BRIDGE, LIBRARY, Site, item, loopback_fetcher, page, rss, serve

HTML = "text/html; charset=utf-8"


def _site() -> Site:
    site = Site()
    site.pages["/news/bridge"] = (HTML, page("Harlow Street bridge reopens", BRIDGE))
    site.pages["/news/library"] = (HTML, page("Library to open on Sundays", LIBRARY, date="2026-02-02"))
    site.pages["/picture"] = ("image/png", b"\x89PNG\r\n\x1a\n")
    site.pages["/feed.xml"] = ("application/rss+xml", rss([
        item("Bridge reopens after barge strike", "/news/bridge", "Tue, 03 Feb 2026 21:30:00 -0500", guid="g-bridge"),
        item("Sunday library hours", "/news/library", "Mon, 02 Feb 2026 09:00:00 -0500"),
        item("Gone page", "/news/gone", "Mon, 02 Feb 2026 08:00:00 -0500",
             text="".join(f"<p>{p}</p>" for p in BRIDGE[:3]).replace("Tuesday", "Wednesday")),
        item("A photo", "/picture", "Mon, 02 Feb 2026 07:00:00 -0500"),
    ]))
    site.etags["/feed.xml"] = '"v1"'
    return site


def _options(tmp_path: Path, delay: float = 0.0) -> IngestOptions:
    return IngestOptions(feed_host_delay=delay, feed_cache=str(tmp_path / "feeds.json"))


def test_a_feed_url_yields_each_items_article_with_the_feeds_hints(tmp_path: Path,
                                                                   caplog: pytest.LogCaptureFixture) -> None:
    with serve(_site()) as site, loopback_fetcher() as fetcher, caplog.at_level(logging.WARNING):
        raws = list(read_url(f"{site.base}/feed.xml", Settings(), fetcher.resolver, options=_options(tmp_path),
                             fetcher=fetcher))
    assert site.paths() == ["/feed.xml", "/news/bridge", "/news/library", "/news/gone", "/picture"]
    bridge, library, gone, photo = raws
    assert bridge.url == f"{site.base}/news/bridge" and bridge.content.startswith(b"<!doctype html>")
    assert (bridge.hints.title, bridge.hints.outlet, bridge.hints.date, bridge.hints.id, bridge.hints.trusted) == (
        "Bridge reopens after barge strike", "Millbrook Gazette", "2026-02-03T21:30:00-05:00", "g-bridge", True)
    article = extract(bridge, Settings())
    # The page has no date markup; the feed's date (the outlet's own day) is the article's date.
    assert (article.source.date, article.source.outlet) == ("2026-02-03T21:30:00-05:00", "Millbrook Gazette")
    assert article.source.title == "Bridge reopens after barge strike"
    assert extract(library, Settings()).text.startswith("Millbrook's public library will open on Sundays")
    # The 404 falls back to the feed's own text for the item, and the log says so.
    assert gone.url == f"{site.base}/news/gone" and b"Wednesday" in gone.content
    assert "cannot fetch" in caplog.text and "using the feed's own text" in caplog.text
    assert extract(gone, Settings()).text.startswith("Engineers reopened the Harlow Street bridge")
    # The picture is no article, and the feed gives no text for it: a failed document.
    assert photo.hints.error and "A photo" in photo.hints.error and "image/png" in photo.hints.error


def test_conditional_get_remembers_validators_and_a_304_yields_nothing(tmp_path: Path,
                                                                        caplog: pytest.LogCaptureFixture) -> None:
    options = _options(tmp_path)
    with serve(_site()) as site, loopback_fetcher() as fetcher:
        url = f"{site.base}/feed.xml"
        assert len(list(read_url(url, Settings(), fetcher.resolver, options=options, fetcher=fetcher))) == 4
        assert FeedCache(options.cache_path()).get(url) == ('"v1"', "Tue, 03 Feb 2026 15:00:00 GMT")
        with caplog.at_level(logging.INFO, logger="newsbrief.ingest.feed_items"):
            again = list(read_url(url, Settings(), fetcher.resolver, options=options, fetcher=fetcher))
        assert again == [] and "not modified" in caplog.text
        feed_requests = [headers for _, path, headers in site.requests if path == "/feed.xml"]
        assert "If-None-Match" not in feed_requests[0]
        assert feed_requests[1]["If-None-Match"] == '"v1"'
        assert feed_requests[1]["If-Modified-Since"] == "Tue, 03 Feb 2026 15:00:00 GMT"
        assert site.paths().count("/news/bridge") == 1  # the articles were not fetched again
        site.etags["/feed.xml"] = '"v2"'  # the feed changed: read in full, new validators kept
        assert len(list(read_url(url, Settings(), fetcher.resolver, options=options, fetcher=fetcher))) == 4
        assert FeedCache(options.cache_path()).get(url)[0] == '"v2"'


def test_articles_on_one_host_are_fetched_with_a_delay(tmp_path: Path) -> None:
    with serve(_site()) as site, loopback_fetcher() as fetcher:
        list(read_url(f"{site.base}/feed.xml", Settings(), fetcher.resolver, options=_options(tmp_path, 0.15),
                      fetcher=fetcher))
    times = [t for t, _, _ in site.requests]
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    # Arrival times at the server jitter by the request latency (tens of ms on a busy machine), so
    # each gap is checked loosely and their sum tightly; without the delay they are a few ms.
    assert len(gaps) == 4 and min(gaps) >= 0.1 and sum(gaps) >= 4 * 0.15 - 0.03


def test_the_pacer_waits_per_host() -> None:
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    pacer = HostPacer(1.0, clock=lambda: now[0], sleep=sleep)
    pacer.wait("http://a.test/1")
    pacer.wait("http://b.test/1")  # another host: no wait
    now[0] += 0.25
    pacer.wait("http://A.test/2")
    assert slept == [0.75]


def test_a_url_that_is_a_page_is_fetched_once(tmp_path: Path) -> None:
    site = _site()
    site.pages["/data.json"] = ("application/json", b'{"not": "a feed"}')
    with serve(site) as site, loopback_fetcher() as fetcher:
        (raw,) = read_url(f"{site.base}/news/bridge", Settings(), fetcher.resolver, options=_options(tmp_path),
                          fetcher=fetcher)
        assert raw.content.startswith(b"<!doctype html>") and site.paths() == ["/news/bridge"]
        with pytest.raises(ContentTypeError, match="neither an article page nor an RSS, Atom or JSON feed"):
            list(read_url(f"{site.base}/data.json", Settings(), fetcher.resolver, options=_options(tmp_path),
                          fetcher=fetcher))


def test_item_links_to_private_addresses_are_refused(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A feed file (the user's own) whose items point inside the network: nothing is fetched."""
    feed = tmp_path / "inside.xml"
    feed.write_bytes(rss([
        item("Intranet", "http://intranet.test/admin", "Tue, 03 Feb 2026 09:00:00 GMT",
             text="".join(f"<p>{p}</p>" for p in LIBRARY)),
        item("Loopback", "http://127.0.0.1:9/secret", "Tue, 03 Feb 2026 09:00:00 GMT"),
        item("Metadata", "http://169.254.169.254/latest/meta-data/", "Tue, 03 Feb 2026 09:00:00 GMT"),
        item("Local file", "file:///etc/passwd", "Tue, 03 Feb 2026 09:00:00 GMT"),
    ]))
    asked: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        asked.append(host)
        return ["10.1.2.3"] if host == "intranet.test" else ["93.184.216.34"]

    settings = Settings()  # allow_private off
    with Fetcher(settings, resolver) as fetcher, caplog.at_level(logging.WARNING):
        raws = list(read_feed_file(str(feed), settings, resolver, options=_options(tmp_path), fetcher=fetcher))
    intranet, loopback, metadata, local = raws
    assert asked == ["intranet.test"]  # resolved to be checked, and refused before any connection
    assert "resolves to 10.1.2.3" in caplog.text and "using the feed's own text" in caplog.text
    assert extract(intranet, Settings()).text.startswith("Millbrook's public library")
    for refused in (loopback, metadata, local):
        assert refused.hints.error and "refused" in refused.hints.error
    assert "only http and https" in str(local.hints.error)


def test_the_feed_date_anchors_relative_dates_in_the_article() -> None:
    from newsbrief.analyze.context import build_context
    from newsbrief.models import Hints, RawDocument, TimelineEvent
    from newsbrief.pipeline import annotate_raw, brief_document

    hints = Hints(date="2026-02-03T21:30:00-05:00", outlet="Millbrook Gazette", trusted=True)
    raw = RawDocument(page("Harlow Street bridge reopens", BRIDGE), url="http://gazette.test/news/bridge",
                      content_type=HTML, hints=hints)
    doc = annotate_raw(raw, Settings())
    assert str(build_context(doc).published) == "2026-02-03"
    timeline = next(s for s in brief_document(doc, Settings()).sections if s.name == "timeline")
    dated = [(i.payload.date, i.payload.expression) for i in timeline.items if isinstance(i.payload, TimelineEvent)]
    assert ("2026-02-03", "on Tuesday") in dated  # "reopened ... on Tuesday" is the feed's Tuesday
