"""Followed feeds: added from the Sources page or the API, polled (one cycle driven directly), briefed and
filed into stories; conditional GET, backoff, duplicates stored once, hostile feeds refused, titles escaped.

Feeds and articles are served from a local web site on 127.0.0.1.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from newsbrief.store import open_store
from newsbrief.web.feeds import FeedPoller, utc_now
from tests.web.conftest import with_form_token
from tests.web.localsite import Page, Site, local_site

FERRY_ONE = """<html><head><title>Island ferry service cut to two sailings a day</title></head><body><article>
<h1>Island ferry service cut to two sailings a day</h1>
<p>The ferry operator serving Marren Island said on Monday that it would cut its timetable to two sailings
a day from next month, blaming a shortage of qualified crew and the rising price of fuel.</p>
<p>Islanders said the change would make it hard to reach the hospital on the mainland for appointments.
"We were not asked about any of this," said Ellen Dorsey, who chairs the island council.</p>
<p>The operator, Western Isles Shipping, said it hoped to restore the full service of five sailings a day
by the summer, once six new deckhands have finished their training at the maritime college in Port Carra.</p>
</article></body></html>"""
FERRY_TWO = """<html><head><title>Marren Island council demands ferry talks</title></head><body><article>
<h1>Marren Island council demands ferry talks</h1>
<p>The Marren Island council on Tuesday asked the regional government to step in after Western Isles
Shipping cut the ferry timetable to two sailings a day because of a shortage of crew.</p>
<p>Ellen Dorsey, who chairs the council, said the island's 900 residents depended on the ferry for food,
medicine and school. She said the council would ask ministers for an emergency subsidy next week.</p>
<p>The operator said six deckhands were in training and that it expected to run five sailings a day again
by the summer. A spokesman said the company regretted the disruption to islanders.</p>
</article></body></html>"""


def rss(title: str, items: list[tuple[str, str]], prolog: str = "") -> bytes:
    """An RSS 2.0 feed with ``items`` (title, link); ``prolog`` goes before the root element."""
    entries = "".join(f"<item><title>{t}</title><link>{link}</link>"
                      f"<pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate></item>" for t, link in items)
    return (f'<?xml version="1.0" encoding="utf-8"?>{prolog}<rss version="2.0"><channel><title>{title}</title>'
            f"<link>https://news.example/</link>{entries}</channel></rss>").encode()


@pytest.fixture()
def site() -> Iterator[Site]:
    with local_site() as served:
        served.pages["/ferry-one"] = Page(FERRY_ONE.encode())
        served.pages["/ferry-two"] = Page(FERRY_TWO.encode())
        served.pages["/feed.xml"] = Page(
            rss("Island News", [("Ferry talks", served.url("/ferry-two")), ("Ferry cut", served.url("/ferry-one"))]),
            "application/rss+xml", etag='"v1"')
        yield served


@pytest.fixture()
def app(make_app: Callable[..., FastAPI]) -> FastAPI:
    return make_app(allow_private=True, feed_host_delay=0.0, feed_poll_minutes=30)


def poller(app: FastAPI) -> FeedPoller:
    found: FeedPoller = app.state.poller
    return found


def follow(client: TestClient, url: str) -> object:
    return client.post("/sources", data=with_form_token(client, url=url), follow_redirects=False)


def test_a_feed_is_followed_polled_briefed_and_filed_into_a_story(app: FastAPI, site: Site) -> None:
    client = TestClient(app)
    added = client.post("/sources", data=with_form_token(client, url=site.url("/feed.xml")), follow_redirects=False)
    assert added.status_code == 303 and added.headers["location"] == "/sources?added=1"
    assert "Now following" in client.get(added.headers["location"]).text
    assert site.count("/ferry-one") == 0  # following checks the feed; articles wait for the poll
    [feed] = poller(app).run_due()
    assert (feed.items_new, feed.items_failed, feed.articles, feed.failures) == (2, 0, 2, 0)
    assert feed.title == "Island News" and feed.last_polled and feed.next_poll > feed.last_polled
    store = open_store(app.state.settings.db)
    try:
        briefs = store.list_briefs(10)
        assert sorted(b.title or "" for b in briefs) == ["Ferry cut", "Ferry talks"]
        stories = {store.story_of(b.article_id) for b in briefs}
        assert None not in stories and len(stories) == 1  # one story: the same ferry cut
    finally:
        store.close()
    page = client.get("/sources").text
    assert "Island News" in page and "2 new, 0 failed" in page and "never" not in page
    listed = client.get("/api/v1/feeds").json()["items"]
    assert [(f["id"], f["items_new"], f["articles"]) for f in listed] == [(1, 2, 2)]


def test_the_second_poll_is_conditional_and_reads_only_new_items(app: FastAPI, site: Site) -> None:
    client = TestClient(app)
    follow(client, site.url("/feed.xml"))
    start = utc_now()
    poller(app).run_due(start)
    later = start + timedelta(minutes=31)
    [feed] = poller(app).run_due(later)
    sent = site.headers_of("/feed.xml")
    assert "if-none-match" not in sent[1] and sent[-1]["if-none-match"] == '"v1"'  # the poll after the first
    assert feed.items_new == 0 and site.count("/ferry-one") == 1  # 304: nothing fetched again
    site.pages["/ferry-three"] = Page(FERRY_TWO.replace("Tuesday", "Wednesday").replace(
        "demands ferry talks", "meets ministers").encode())
    site.pages["/feed.xml"] = Page(rss("Island News", [("Ministers meet", site.url("/ferry-three")),
                                                       ("Ferry talks", site.url("/ferry-two")),
                                                       ("Ferry cut", site.url("/ferry-one"))]),
                                   "application/rss+xml", etag='"v2"')
    [feed] = poller(app).run_due(later + timedelta(minutes=31))
    assert feed.items_new == 1 and feed.articles == 3
    assert site.count("/ferry-three") == 1 and site.count("/ferry-one") == 1 and site.count("/ferry-two") == 1
    assert poller(app).run_due(later + timedelta(minutes=32)) == []  # not due yet


def test_failing_feeds_back_off_and_recover(app: FastAPI, site: Site) -> None:
    client = TestClient(app)
    follow(client, site.url("/feed.xml"))
    site.pages["/feed.xml"].status = 500
    start = utc_now().replace(microsecond=0)
    [feed] = poller(app).run_due(start)
    assert feed.failures == 1 and datetime.fromisoformat(feed.next_poll) == start + timedelta(minutes=60)
    assert feed.last_error and "answered with an error" in feed.last_error and "500" not in feed.last_error
    assert poller(app).run_due(start + timedelta(minutes=45)) == []  # backing off: not polled
    [feed] = poller(app).run_due(start + timedelta(minutes=60))
    assert feed.failures == 2 and datetime.fromisoformat(feed.next_poll) == start + timedelta(minutes=180)
    page = client.get("/sources").text
    assert "2 failures in a row" in page and "answered with an error" in page
    site.pages["/feed.xml"].status = 200
    [feed] = poller(app).run_due(start + timedelta(minutes=180))
    assert feed.failures == 0 and feed.last_error is None and feed.items_new == 2


def test_an_article_two_feeds_carry_is_stored_once(app: FastAPI, site: Site) -> None:
    site.pages["/other.xml"] = Page(rss("Coast Daily", [("Ferry cut again", site.url("/ferry-one?utm_source=x"))]),
                                    "application/rss+xml")
    client = TestClient(app)
    follow(client, site.url("/feed.xml"))
    follow(client, site.url("/other.xml"))
    first, second = poller(app).run_due()
    assert first.items_new == 2 and second.items_new == 0 and second.items_failed == 0
    assert site.count("/ferry-one") == 1 and site.count("/ferry-one?utm_source=x") == 0
    assert len(client.get("/api/v1/briefs").json()["items"]) == 2


BOMB = ('<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>')
XXE = '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def test_hostile_and_unreadable_feeds_are_refused_with_a_reason(app: FastAPI, site: Site) -> None:
    site.pages["/bomb.xml"] = Page(rss("Bomb &c;", [("x", "https://a.example/")], BOMB), "application/rss+xml")
    site.pages["/xxe.xml"] = Page(rss("XXE &xxe;", [("x", "https://a.example/")], XXE), "application/rss+xml")
    client = TestClient(app)
    for path in ("/bomb.xml", "/xxe.xml"):
        page = follow(client, site.url(path))
        assert page.status_code == 400  # type: ignore[attr-defined]
        text = html.unescape(page.text)  # type: ignore[attr-defined]
        assert "This feed was refused: it declares XML entities" in text and "XXE" in text
        assert f'value="{site.url(path)}"' in text  # the address is kept in the field
    web_page = html.unescape(follow(client, site.url("/ferry-one")).text)  # type: ignore[attr-defined]
    assert "a web page, not a feed" in web_page
    missing = html.unescape(follow(client, site.url("/nothing.xml")).text)  # type: ignore[attr-defined]
    assert "answered with an error" in missing and "look for the site's feed" in missing
    api = client.post("/api/v1/feeds", json={"url": site.url("/xxe.xml")})
    assert api.status_code == 400 and "entity" in api.json()["error"]["message"]
    assert client.get("/api/v1/feeds").json()["items"] == []


def test_script_in_feed_titles_is_shown_escaped(app: FastAPI, site: Site) -> None:
    site.pages["/evil.xml"] = Page(rss("&lt;script&gt;alert(1)&lt;/script&gt; Island News",
                                       [("&lt;script&gt;alert(2)&lt;/script&gt; Ferry cut", site.url("/ferry-one"))]),
                                   "application/rss+xml")
    client = TestClient(app)
    follow(client, site.url("/evil.xml"))
    poller(app).run_due()
    for path in ("/sources", "/", "/briefs/1"):
        page = client.get(path).text
        assert "<script>alert" not in page, path
        assert "&lt;script&gt;alert(" in page, path


def test_the_feeds_api_adds_lists_and_removes(make_app: Callable[..., FastAPI], site: Site) -> None:
    client = TestClient(make_app("s3cret", allow_private=True, feed_host_delay=0.0))
    body = {"url": site.url("/feed.xml")}
    assert "needs an access token" in client.post("/api/v1/feeds", json=body).json()["error"]["message"]
    auth = {"Authorization": "Bearer s3cret"}
    created = client.post("/api/v1/feeds", json=body, headers=auth)
    assert created.status_code == 201 and created.headers["location"] == "/api/v1/feeds/1"
    assert created.json()["title"] == "Island News" and created.json()["last_polled"] is None
    assert client.post("/api/v1/feeds", json=body, headers=auth).status_code == 200  # already followed
    assert client.get("/api/v1/feeds/1").json()["url"] == site.url("/feed.xml")
    assert client.delete("/api/v1/feeds/1").status_code == 401
    assert client.delete("/api/v1/feeds/1", headers=auth).status_code == 204
    assert client.get("/api/v1/feeds/1").status_code == 404
    page = client.post("/sources", data=with_form_token(client, url=site.url("/feed.xml"), token="nope"))
    assert page.status_code == 401 and "not right" in page.text


def test_removing_a_feed_from_the_page(app: FastAPI, site: Site) -> None:
    client = TestClient(app)
    follow(client, site.url("/feed.xml"))
    page = client.get("/sources").text
    token = re.search(r'name="form_token" value="([^"]+)"', page)
    assert token and 'action="/sources/1/remove"' in page
    gone = client.post("/sources/1/remove", data={"form_token": token.group(1)}, follow_redirects=False)
    assert gone.status_code == 303 and "No feeds followed yet" in client.get("/sources").text


def test_polling_is_off_at_zero(make_app: Callable[..., FastAPI], site: Site) -> None:
    app = make_app(allow_private=True, feed_poll_minutes=0)
    with TestClient(app) as client:  # runs the lifespan, which starts the poller when it is on
        follow(client, site.url("/feed.xml"))
        assert poller(app)._thread is None
        assert "polling is off" in client.get("/sources").text
    on = make_app(allow_private=True, feed_poll_minutes=30)
    with TestClient(on):
        thread = poller(on)._thread
        assert thread is not None and thread.is_alive()


HARBOUR = """<html><head><title>Harbour wall repairs to start in May</title></head><body><article>
<h1>Harbour wall repairs to start in May</h1>
<p>Repairs to the storm-damaged harbour wall at Port Carra will start in May and take about ten weeks, the
harbour board said on Wednesday, after engineers finished a survey of the breach left by the January gales.</p>
<p>The board said fishing boats would be moved to the north quay while the work went on, and that the
slipway used by the lifeboat would stay open throughout.</p>
<p>The repairs will cost about 1.2 million pounds, most of it paid by the regional storm fund.</p>
</article></body></html>"""


def test_the_home_page_filters_stories_by_followed_feed(make_app: Callable[..., FastAPI], site: Site) -> None:
    site.pages["/harbour"] = Page(HARBOUR.encode())
    site.pages["/coast.xml"] = Page(rss("Coast Daily", [("Harbour wall", site.url("/harbour")),
                                                         ("Ferry cut", site.url("/ferry-one"))]),
                                    "application/rss+xml")
    app = make_app(allow_private=True, feed_host_delay=0.0, feed_poll_minutes=30)
    client = TestClient(app)
    follow(client, site.url("/feed.xml"))
    poller(app).run_due()
    follow(client, site.url("/coast.xml"))  # brings the harbour story and the ferry article again
    poller(app).run_due()
    everything = client.get("/").text
    # stories are named by their articles' titles, here the feed items' titles
    assert "Harbour wall" in everything and "Ferry" in everything
    island = client.get("/?feed=1").text
    assert "Ferry" in island and "Harbour wall" not in island
    coast = client.get("/?feed=2").text  # the ferry article it carried was stored once, yet is its too
    assert "Harbour wall" in coast and "Ferry" in coast
    assert 'name="feed"' in everything and "Coast Daily" in everything
    assert client.get("/?feed=").status_code == 200  # "All feeds" as the filter form sends it
    assert client.get("/?feed=x").status_code == 422
