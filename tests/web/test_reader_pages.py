"""The reader's pages and API, server side: home stories, story page with a planted conflict, brief page,
flags, search anchors, escaping and CSP on every new page (the library is tests/web/reader_library.py)."""

from __future__ import annotations

import html
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from newsbrief.settings import Settings
from newsbrief.store import open_store
from newsbrief.store.stories import StoredStory
from newsbrief.web import story_views
from newsbrief.web.app import create_app
from newsbrief.web.reader import clean_text, human_date, matching_anchor
from tests.store.conftest import make_brief, pg_server, pg_url, store_url  # noqa: F401  (both backends)
from tests.web.conftest import no_dns
from tests.web.reader_library import build_library

Ids = dict[str, object]


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Ids]:
    db = tmp_path_factory.mktemp("reader") / "library.db"
    return db, build_library(db)


@pytest.fixture()
def make_reader(library: tuple[Path, Ids], tmp_path: Path) -> Callable[..., TestClient]:
    """A client of an app over a fresh copy of the library (flags written by one test stay in it)."""
    def build(token: str | None = None) -> TestClient:
        db = tmp_path / "library.db"
        if not db.exists():
            shutil.copy(library[0], db)
        app: FastAPI = create_app(Settings(db=str(db), rate_limit_per_minute=1000), token=token, resolver=no_dns)
        return TestClient(app)
    return build


@pytest.fixture()
def reader(make_reader: Callable[..., TestClient]) -> TestClient:
    return make_reader()


@pytest.fixture()
def ids(library: tuple[Path, Ids]) -> Ids:
    return library[1]


def form_token(page: str) -> str:
    match = re.search(r'name="form_token" value="([^"]+)"', page)
    assert match, "the page has no form token"
    return match.group(1)


def test_home_lists_stories_newest_first_with_outlets_counts_and_storyless_briefs(reader: TestClient, ids: Ids) -> None:
    page = reader.get("/").text
    cards = re.findall(r'<li class="story-card">(.*?)</li>', page, re.S)
    hrefs = [re.search(r'href="([^"]+)"', card).group(1) for card in cards]  # type: ignore[union-attr]
    assert hrefs == [f"/stories/{ids['alder']}", f"/stories/{ids['script_story']}", f"/briefs/{ids['orchard_brief']}"]
    alder = cards[0]
    assert "Valley Herald, Eastbridge Post" in alder and "2 articles" in alder and "11 March 2026" in alder
    assert 'class="summary"' in alder and "River Alder" in alder
    assert "1 article ·" in cards[2] and "8 March 2026" in cards[2]  # a storyless brief as a one-article story
    assert 'id="brief-submit"' in page  # the brief form is still on the home page


def test_home_filters_by_outlet_and_pages_without_script(reader: TestClient, ids: Ids,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    only = reader.get("/", params={"outlet": "Eastbridge Post"}).text
    assert f"/stories/{ids['alder']}" in only and f"/briefs/{ids['orchard_brief']}" not in only
    assert '<option value="Eastbridge Post" selected>' in only
    monkeypatch.setattr(story_views, "PAGE_SIZE", 2)
    first = reader.get("/").text
    assert 'rel="next" href="/?page=2"' in first and 'rel="prev"' not in first
    second = reader.get("/?page=2").text
    assert f"/briefs/{ids['orchard_brief']}" in second and f"/stories/{ids['alder']}" not in second
    assert 'rel="prev" href="/?page=1"' in second and 'rel="next"' not in second
    assert "There are no more stories" in reader.get("/?page=9").text
    assert reader.get("/?page=0").status_code == 422
    assert reader.get("/?page=x").status_code == 422


def test_story_page_shows_the_planted_conflict_with_both_sides_first(reader: TestClient, ids: Ids) -> None:
    response = reader.get(f"/stories/{ids['alder']}")
    assert response.status_code == 200
    assert "default-src 'self'" in response.headers["content-security-policy"]
    page = response.text
    compare = page[page.index('id="sec-comparison"'):page.index('id="sec-outlets"')]
    first = re.search(r'<li class="item relation-(\w+)"(.*?)</ul>', compare, re.S)
    assert first and first.group(1) == "conflict"
    sides = re.findall(r'<li class="side"><span class="outlet">([^<]+)</span>: <q>([^<]+)</q>.*?href="#([^"]+)"',
                       first.group(2), re.S)
    assert [(outlet, "62 million" in text or "85 million" in text) for outlet, text, _ in sides] == [
        ("Valley Herald", True), ("Eastbridge Post", True)]
    for _, text, target in sides:  # each side's citation opens its sentence, in the page
        assert re.search(rf'<span class="sent" id="{target}"><sup>\d+</sup> {re.escape(html.escape(text))}', page)
    assert page.index('id="sec-summary"') < page.index('id="sec-comparison"') < page.index('id="sec-timeline"')
    for anchor in re.findall(r'<nav class="jump".*?</nav>', page, re.S)[0].split('href="#')[1:]:
        assert f'id="{anchor.split(chr(34))[0]}"' in page
    outlets = page[page.index('id="sec-outlets"'):]
    assert f'href="/briefs/{ids["herald_brief"]}"' in outlets and "10 March 2026" in outlets
    assert 'aria-label="source sentence 1, Valley Herald (VH 1): The county council' in page
    assert '<meta property="og:title" content="Flood barrier on the River Alder' in page


def test_story_page_lists_actors_and_quotes_with_their_outlets(reader: TestClient, ids: Ids) -> None:
    page = reader.get(f"/stories/{ids['alder']}").text
    people = page[page.index('id="sec-people"'):page.index('<footer class="about"')]
    okafor = re.search(r"<strong>Maria Okafor</strong>.*?</li>", people, re.S)
    assert okafor and "named by Eastbridge Post, Valley Herald" in okafor.group(0)
    quote = re.search(r"<q>We have waited too long for this,</q> — <em>Tom Reyes</em>"
                      r'<span class="meta"> \(Valley Herald\)</span>', people)
    assert quote, people


def test_a_merged_story_id_leads_to_the_story_it_joined(make_reader: Callable[..., TestClient], ids: Ids) -> None:
    client = make_reader()
    store = open_store(client.app.state.settings.db)  # type: ignore[attr-defined]
    try:  # what the clusterer leaves behind when it merges a story into another
        store.conn.execute("INSERT INTO stories (id, title, merged_into, created_at, updated_at) "  # type: ignore[attr-defined]
                           "VALUES ('st-absorbed', 'old', ?, 'x', 'x')", (ids["alder"],))
    finally:
        store.close()
    moved = client.get("/stories/st-absorbed", follow_redirects=False)
    assert moved.status_code == 308 and moved.headers["location"] == f"/stories/{ids['alder']}"
    assert client.get("/api/v1/stories/st-absorbed").json()["story_id"] == ids["alder"]


def test_story_page_errors(reader: TestClient) -> None:
    missing = reader.get("/stories/st-000000000000")
    assert missing.status_code == 404 and "there is no story st-000000000000" in missing.text
    assert reader.get("/stories/Not%20an%20id").status_code == 422


def test_script_in_titles_and_outlets_is_shown_escaped_on_every_page(reader: TestClient, ids: Ids) -> None:
    for path in ("/", f"/stories/{ids['script_story']}", f"/briefs/{ids['script_brief']}", "/search?q=library",
                 "/?outlet=Westmoor+<b>Echo</b>"):
        response = reader.get(path)
        assert response.status_code == 200, path
        assert "<script>alert" not in response.text and "<b>Echo" not in response.text, path
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text, path
        assert "default-src 'self'" in response.headers["content-security-policy"], path
        assert not re.search(r"<script(?! src=\"/static/(app|jobs)\.js\")", response.text), path  # the form's jobs.js
        assert " style=" not in response.text and " onclick" not in response.text, path


def test_brief_page_puts_the_point_first_and_engine_labels_last(reader: TestClient, ids: Ids) -> None:
    page = reader.get(f"/briefs/{ids['herald_brief']}").text
    body, footer = page.split('<footer class="about"', 1)
    assert "extractive" not in body and not re.search(r"\bengine\b", body)
    assert "extractive engine, version" in footer
    assert "(score" not in page and "mentions)" not in page
    assert "10 March 2026" in body and "2026-03-10" not in body.replace('datetime="2026-03-10"', "")
    original = body.index('Read the original at Valley Herald')
    assert original < body.index('id="main-point"') < body.index("<details class=\"section")
    assert 'href="https://herald.example/alder-barrier"' in body[:original + 200]
    assert re.search(r'aria-label="source sentence 1: The county council approved a flood barrier on…">1</a>', page)
    assert '<meta property="og:description" content="The county council approved' in page


def test_a_reader_flags_an_item_and_sees_thanks(reader: TestClient, ids: Ids) -> None:
    brief = ids["herald_brief"]
    page = reader.get(f"/briefs/{brief}").text
    token = form_token(page)
    refused = reader.post(f"/briefs/{brief}/flags", data={"section": "summary", "item": "1", "form_token": "x" * 30},
                          follow_redirects=False)
    assert refused.status_code == 403
    sent = reader.post(f"/briefs/{brief}/flags", follow_redirects=False, data={
        "section": "summary", "item": "1", "note": "the <i>count</i> is 4,100", "form_token": token})
    assert sent.status_code == 303
    assert sent.headers["location"] == f"/briefs/{brief}?flagged=item-summary-1#item-summary-1"
    thanked = reader.get(sent.headers["location"]).text
    item = re.search(r'id="item-summary-1">(.*?)</li>', thanked, re.S)
    assert item and "Flagged, thank you." in item.group(1) and "<details class=\"flag\">" not in item.group(1)
    flags = reader.get("/api/v1/flags").json()["items"]
    assert flags[0]["brief_id"] == brief and flags[0]["section"] == "summary" and flags[0]["item"] == 1
    assert flags[0]["note"] == "the <i>count</i> is 4,100" and "4,000 homes" in flags[0]["text"]
    for bad in ({"section": "summary", "item": "99"}, {"section": "nonsense", "item": "0"},
                {"section": "summary", "item": "0", "note": "x" * 501}, {"section": "Summary!", "item": "0"}):
        assert reader.post(f"/briefs/{brief}/flags", data={**bad, "form_token": token}).status_code == 422, bad
    assert reader.post("/briefs/999/flags", data={"section": "summary", "item": "0",
                                                  "form_token": token}).status_code == 404
    assert len(reader.get(f"/api/v1/flags?brief_id={brief}").json()["items"]) == 1


def test_flags_api_needs_the_token_when_the_server_has_one(make_reader: Callable[..., TestClient], ids: Ids) -> None:
    client = make_reader(token="s3cret-token")
    brief = ids["post_brief"]
    body = {"section": "summary", "item": 0, "note": "wrong cost"}
    assert client.post(f"/api/v1/briefs/{brief}/flags", json=body).status_code == 401
    made = client.post(f"/api/v1/briefs/{brief}/flags", json=body, headers={"Authorization": "Bearer s3cret-token"})
    assert made.status_code == 201 and made.json()["brief_id"] == brief and made.json()["note"] == "wrong cost"
    wrong = client.post(f"/api/v1/briefs/{brief}/flags", json={**body, "extra": 1},
                        headers={"Authorization": "Bearer s3cret-token"})
    assert wrong.status_code == 422 and wrong.json()["error"]["type"] == "validation_error"
    gone = client.post("/api/v1/briefs/999/flags", json=body, headers={"Authorization": "Bearer s3cret-token"})
    assert gone.status_code == 404 and gone.json()["error"]["type"] == "not_found"


def test_stories_api_lists_pages_and_briefs_a_story(reader: TestClient, ids: Ids) -> None:
    listed = reader.get("/api/v1/stories").json()
    assert [s["id"] for s in listed["items"]] == [ids["alder"], ids["script_story"]]
    assert listed["items"][0]["article_count"] == 2
    assert listed["items"][0]["outlets"] == ["Valley Herald", "Eastbridge Post"]
    second = reader.get("/api/v1/stories", params={"limit": 1, "offset": 1}).json()
    assert [s["id"] for s in second["items"]] == [ids["script_story"]] and second["offset"] == 1
    assert [s["id"] for s in reader.get("/api/v1/stories?since=2026-03-10").json()["items"]] == [ids["alder"]]
    for bad in ("limit=0", "limit=101", "offset=-1", "since=March"):
        assert reader.get(f"/api/v1/stories?{bad}").status_code == 422, bad
    story = reader.get(f"/api/v1/stories/{ids['alder']}").json()
    assert story["id"] == story["story_id"] == ids["alder"] and len(story["sources"]) == 2
    conflicts = [row for row in story["matrix"]["claims"] if "contradicts" in row["cells"].values()]
    assert conflicts and conflicts[0]["cells"] == {"Valley Herald": "reports", "Eastbridge Post": "contradicts"}
    missing = reader.get("/api/v1/stories/st-000000000000")
    assert missing.status_code == 404 and missing.json()["error"]["type"] == "not_found"
    assert reader.get("/api/v1/stories/NOPE").status_code == 422
    paths = reader.get("/openapi.json").json()["paths"]
    assert {"/api/v1/stories", "/api/v1/stories/{story_id}", "/api/v1/flags",
            "/api/v1/briefs/{brief_id}/flags"} <= set(paths)


def test_search_results_give_outlet_and_date_and_open_at_the_match(reader: TestClient, ids: Ids) -> None:
    page = reader.get("/search", params={"q": "orchard"}).text
    result = re.search(r'<li><a href="([^"]+)">Village orchard[^<]*</a>\s*<span class="meta">([^<]+)</span>', page)
    assert result and result.group(2) == "Ashcombe Times · 8 March 2026"
    href = result.group(1)
    assert href.startswith(f"/briefs/{ids['orchard_brief']}#item-")
    brief_page = reader.get(href.split("#")[0]).text
    anchor = href.split("#")[1]
    item = re.search(rf'id="{anchor}">(.*?)</li>', brief_page, re.S)
    assert item and "orchard" in item.group(1).lower()


def test_favicon_and_static_files(reader: TestClient) -> None:
    icon = reader.get("/static/favicon.svg")
    assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg")
    moved = reader.get("/favicon.ico", follow_redirects=False)
    assert moved.status_code == 301 and moved.headers["location"] == "/static/favicon.svg"
    assert '<link rel="icon" href="/static/favicon.svg"' in reader.get("/").text


def test_story_briefs_are_cached_until_the_story_changes(reader: TestClient, ids: Ids) -> None:
    reader.get(f"/stories/{ids['alder']}")
    cache = reader.app.state.story_briefs  # type: ignore[attr-defined]
    assert isinstance(cache, story_views.StoryBriefCache)
    store = open_store(reader.app.state.settings.db)  # type: ignore[attr-defined]
    try:
        story = store.get_story(str(ids["alder"]))
    finally:
        store.close()
    assert story is not None and cache.get(story_views.story_key(story)) is not None
    changed = StoredStory(story.id, story.title, story.first_seen, story.last_seen, "later",
                                      story.article_ids, story.outlets)
    assert cache.get(story_views.story_key(changed)) is None
    small = story_views.StoryBriefCache(size=2)
    for n in range(3):
        small.put((f"s{n}", None, "", ()), {"n": n})
    assert small.get(("s0", None, "", ())) is None and small.get(("s2", None, "", ())) == {"n": 2}


def test_flags_are_kept_with_their_brief_and_deleted_with_it(store_url: str) -> None:  # noqa: F811
    store = open_store(store_url)
    try:
        brief_id = store.save(make_brief("Orchard replanted", None, "Volunteers planted 120 trees.\nA grant paid."),
                              "Volunteers planted 120 trees.\nA grant paid.")
        first = store.add_flag(brief_id, "summary", 0, "Volunteers planted 120 trees.", "it was 110")
        second = store.add_flag(brief_id, "summary", 1, "A grant paid.")
        assert [f.id for f in store.list_flags()] == [second, first]
        assert [f.note for f in store.list_flags(brief_id=brief_id, limit=1, offset=1)] == ["it was 110"]
        assert store.list_flags(brief_id=brief_id + 1) == []
        assert store.delete_brief(brief_id)
        assert store.list_flags() == []
    finally:
        store.close()


@pytest.mark.parametrize(("value", "shown"), [
    ("2026-03-12", "12 March 2026"), ("2026-03-12T08:30:00+00:00", "12 March 2026"), ("2026-03", "March 2026"),
    ("2026", "2026"), ("last Tuesday", "last Tuesday"), (None, ""), ("2026-13-01", "2026")])
def test_human_dates(value: str | None, shown: str) -> None:
    assert human_date(value) == shown


def test_engine_noise_is_removed_and_search_anchors_prefer_items() -> None:
    assert clean_text("Tone: neutral (score +0.00)") == "Tone: neutral"
    assert clean_text("Maria Okafor (1 mentions)") == "Maria Okafor"
    assert clean_text("A score (of 3) stays") == "A score (of 3) stays"
    brief = {"sections": [{"name": "summary", "items": [{"text": "The barrier is approved."}]},
                          {"name": "figures", "items": [{"text": "a"}, {"text": "62 million pounds"}]}],
             "sentences": [{"id": "s4", "text": "Okafor spoke in Eastbridge."}]}
    assert matching_anchor(brief, "million") == "item-figures-1"
    assert matching_anchor(brief, "eastbridge") == "s4"
    assert matching_anchor(brief, "nothing") == ""
