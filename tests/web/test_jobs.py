"""Background briefing jobs: states in order, plain failures, one fetch per idempotency key, errors kept
beside the form, missing and wrong tokens told apart, bad submissions not rate-limited, overruns stopped.

Articles are served from a local web site on 127.0.0.1 (``allow_private`` lets the fetcher reach it).
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Callable, Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from newsbrief.web.jobs import JobRegistry
from tests.web.conftest import CABLE_HTML, SEAWALL, with_form_token
from tests.web.jobhelp import follow_job, wait_for_job
from tests.web.localsite import Page, Site, local_site

DEVELOPER_WORDS = ("allow-private", "allow_private", "Errno", "setting ", "Traceback", "max_", "http_error")


@pytest.fixture()
def site() -> Iterator[Site]:
    with local_site() as served:
        served.pages["/cable"] = Page(CABLE_HTML.encode("utf-8"))
        yield served


@pytest.fixture()
def loopback_app(make_app: Callable[..., FastAPI]) -> Callable[..., FastAPI]:
    def build(token: str | None = None, **changes: object) -> FastAPI:
        return make_app(token, **{"allow_private": True, "feed_poll_minutes": 0, **changes})
    return build


def form_fields(client: TestClient, **fields: str) -> dict[str, str]:
    """The form's hidden fields (form token, idempotency key) from one render of the home page, plus ``fields``."""
    page = client.get("/").text
    hidden = dict(re.findall(r'<input type="hidden" name="([a-z_]+)" value="([^"]*)">', page))
    assert set(hidden) == {"form_token", "idempotency_key"}
    return {**hidden, **fields}


def job_id_of(location: str) -> str:
    return location.rsplit("/", 1)[1]


def watch(client: TestClient, *job_ids: str, timeout: float = 120) -> list[list[str]]:
    """Every distinct state of each job seen while polling them together, in the order seen."""
    seen: list[list[str]] = [[] for _ in job_ids]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not all(s and s[-1] in ("done", "failed") for s in seen):
        for job_id, states in zip(job_ids, seen, strict=True):
            state = client.get(f"/api/v1/jobs/{job_id}").json()["status"]
            if not states or states[-1] != state:
                states.append(state)
        time.sleep(0.02)
    return seen


def test_job_states_are_seen_in_order(loopback_app: Callable[..., FastAPI], site: Site) -> None:
    site.pages["/cable"].delay = 1.0  # a slow site: the job is seen fetching
    client = TestClient(loopback_app(web_brief_workers=1))
    first = client.post("/api/v1/jobs", json={"url": site.url("/cable")})
    assert first.status_code == 202 and first.headers["location"] == f"/api/v1/jobs/{first.json()['id']}"
    second = client.post("/api/v1/jobs", json={"text": SEAWALL})  # waits for the one worker
    assert second.json()["status"] == "queued"
    seen_first, seen_second = watch(client, first.json()["id"], second.json()["id"])
    assert seen_first[-2:] == ["briefing", "done"] and "fetching" in seen_first
    assert seen_first.index("fetching") < seen_first.index("briefing")
    assert seen_second == ["queued", "briefing", "done"]  # pasted text: nothing to fetch
    status = client.get(f"/api/v1/jobs/{first.json()['id']}").json()
    assert [h["status"] for h in status["history"]] == ["queued", "fetching", "briefing", "done"]
    brief = client.get(status["brief_api_url"])
    assert brief.status_code == 200 and brief.json()["id"] == status["brief_id"]
    assert status["brief_url"] == f"/briefs/{status['brief_id']}" and status["story_id"]


def test_a_failing_job_says_what_to_do_in_plain_words(loopback_app: Callable[..., FastAPI], site: Site) -> None:
    client = TestClient(loopback_app())
    cases = {site.url("/gone"): "The site answered with an error",
             "https://unknown.example/news": "The site could not be reached"}
    for url, words in cases.items():
        posted = client.post("/brief", data=with_form_token(client, url=url), follow_redirects=False)
        status = wait_for_job(client, job_id_of(posted.headers["location"]))
        assert status["status"] == "failed" and status["brief_id"] is None
        assert status["error"]["message"].startswith(words) and status["error"]["field"] == "url"
        assert not any(word in status["error"]["message"] for word in DEVELOPER_WORDS)
        page = client.get(posted.headers["location"])  # the form again, the address kept
        assert page.status_code == 200 and words in html.unescape(page.text)
        assert f'value="{url}"' in page.text and 'aria-invalid="true"' in page.text
    short = client.post("/brief", data=with_form_token(client, text="Too short.\n\nJust two lines."),
                        follow_redirects=False)
    page = follow_job(client, short)
    assert "That is too short to brief" in page.text and "Just two lines.</textarea>" in page.text


def test_a_double_submit_fetches_once(loopback_app: Callable[..., FastAPI], site: Site) -> None:
    site.pages["/cable"].delay = 0.3
    client = TestClient(loopback_app())
    fields = form_fields(client, url=site.url("/cable"))
    first = client.post("/brief", data=fields, follow_redirects=False)
    again = client.post("/brief", data=fields, follow_redirects=False)  # the same render of the form
    assert first.headers["location"] == again.headers["location"]
    assert wait_for_job(client, job_id_of(first.headers["location"]))["status"] == "done"
    assert site.count("/cable") == 1
    edited = client.post("/brief", data={**fields, "url": site.url("/cable?edited")}, follow_redirects=False)
    assert edited.headers["location"] != first.headers["location"]  # changed input: a new brief

    key = {"Idempotency-Key": "retry-7"}
    one = client.post("/api/v1/jobs", json={"url": site.url("/cable#api")}, headers=key)
    two = client.post("/api/v1/jobs", json={"url": site.url("/cable#api")}, headers=key)
    assert one.json()["id"] == two.json()["id"] and two.headers["idempotent-replayed"] == "true"
    wait_for_job(client, one.json()["id"])
    assert site.count("/cable") == 2  # one more fetch for the API's key, not two
    other = client.post("/api/v1/jobs", json={"text": SEAWALL}, headers=key)
    assert other.status_code == 409 and "Idempotency-Key" in other.json()["error"]["message"]


def test_errors_stay_beside_the_form_with_the_text_kept(loopback_app: Callable[..., FastAPI]) -> None:
    client = TestClient(loopback_app(max_paragraph_chars=5000))
    long_text = "Council backs the plan\n\n" + "word " * 2000
    cases = [({"text": long_text}, 413, "text", "One paragraph is longer than 5,000 characters"),
             ({"url": "not a web address"}, 400, "url", "only public web pages"),
             ({"url": "ftp://example.com/story"}, 400, "url", "only public web pages"),
             ({"url": "http://2852039166/latest/"}, 400, "url", "only public web pages"),
             ({}, 400, "url", "Give the article&#39;s address or paste its text"),
             ({"url": "https://example.com/a", "text": SEAWALL}, 400, "url", "one of the two")]
    for fields, status, field, words in cases:
        page = client.post("/brief", data=with_form_token(client, **fields), follow_redirects=False)
        assert page.status_code == status, fields
        shown = re.search(rf'<p class="field-error" id="{field}-error">([^<]*)</p>', page.text)
        assert shown and words in shown.group(1), (fields, page.text[-1500:])
        assert not any(word in page.text for word in DEVELOPER_WORDS), fields
        if "text" in fields:
            kept = re.search(r'<textarea id="text"[^>]*>([^<]*)</textarea>', page.text)
            assert kept and html.unescape(kept.group(1)) == fields["text"]  # the pasted text is kept
        if "url" in fields:
            assert f'value="{html.escape(fields["url"])}"' in page.text
        assert 'name="idempotency_key"' in page.text and 'name="form_token"' in page.text
    scripted = client.post("/brief", data=with_form_token(client, url="ftp://example.com/story"),
                           headers={"Accept": "application/json"})
    assert scripted.status_code == 400 and scripted.json()["error"]["field"] == "url"


def test_missing_and_wrong_tokens_are_told_apart(loopback_app: Callable[..., FastAPI]) -> None:
    client = TestClient(loopback_app(), follow_redirects=False)
    guarded = TestClient(loopback_app(token="s3cret"), follow_redirects=False)
    missing = guarded.post("/brief", data=with_form_token(guarded, text=SEAWALL))
    wrong = guarded.post("/brief", data=with_form_token(guarded, text=SEAWALL, token="guess"))
    assert missing.status_code == wrong.status_code == 401
    assert "needs its access token" in missing.text and "not right" in wrong.text
    assert "not right" not in missing.text and SEAWALL.splitlines()[0] in wrong.text
    api_missing = guarded.post("/api/v1/jobs", json={"text": SEAWALL}).json()["error"]["message"]
    api_wrong = guarded.post("/api/v1/jobs", json={"text": SEAWALL},
                             headers={"Authorization": "Bearer guess"}).json()["error"]["message"]
    assert "needs an access token" in api_missing and "not this server's token" in api_wrong
    right = guarded.post("/brief", data=with_form_token(guarded, text=SEAWALL, token="s3cret"))
    assert right.status_code == 303
    assert client.post("/brief", data=with_form_token(client, text=SEAWALL)).status_code == 303


def test_bad_submissions_do_not_count_toward_the_rate_limit(loopback_app: Callable[..., FastAPI]) -> None:
    client = TestClient(loopback_app(rate_limit_per_minute=2, max_paragraph_chars=5000), follow_redirects=False)
    bad_forms = [{}, {"url": "javascript:alert(1)"}, {"text": "   "}, {"text": "x" * 6000}]
    for _ in range(3):
        for fields in bad_forms:
            assert client.post("/brief", data=with_form_token(client, **fields)).status_code in (400, 413)
        assert client.post("/api/v1/briefs", json={"text": "  "}).status_code == 400
        assert client.post("/api/v1/briefs", json={}).status_code == 422
        assert client.post("/api/v1/jobs", json={"url": "file:///etc/passwd"}).status_code == 400
    first = client.post("/brief", data=with_form_token(client, text=SEAWALL))
    second = client.post("/api/v1/jobs", json={"text": SEAWALL + "\n\nA last paragraph."})
    assert first.status_code == 303 and second.status_code == 202
    third = client.post("/brief", data=with_form_token(client, text=SEAWALL + "\n\nAnother."))
    assert third.status_code == 429 and "Wait" in third.text and "Another.</textarea>" in third.text


def test_a_job_past_its_time_fails_cleanly(loopback_app: Callable[..., FastAPI], site: Site) -> None:
    site.pages["/cable"].delay = 2.0
    client = TestClient(loopback_app(web_job_timeout=0.5))
    job = client.post("/api/v1/jobs", json={"url": site.url("/cable")}).json()
    status = wait_for_job(client, job["id"], timeout=10)
    assert status["status"] == "failed" and status["error"]["type"] == "JobTimeout"
    assert "took longer than 0.5 seconds" in status["error"]["message"]
    time.sleep(2.5)  # the fetch ends; the stopped work must not brief or store it
    assert client.get(f"/api/v1/jobs/{job['id']}").json()["status"] == "failed"
    assert client.get("/api/v1/briefs").json()["items"] == []


def test_the_job_page_refreshes_itself_without_javascript(loopback_app: Callable[..., FastAPI],
                                                          site: Site) -> None:
    site.pages["/cable"].delay = 1.0
    client = TestClient(loopback_app())
    posted = client.post("/brief", data=with_form_token(client, url=site.url("/cable")), follow_redirects=False)
    page = client.get(posted.headers["location"])
    assert page.status_code == 200 and '<noscript><meta http-equiv="refresh"' in page.text
    assert 'src="/static/jobs.js"' in page.text and "<script>" not in page.text and "style=" not in page.text
    done = follow_job(client, posted)
    assert done.url.path.startswith("/briefs/")
    assert client.get("/jobs/" + "x" * 22).status_code == 404
    assert client.get("/jobs/bad!id").status_code == 422


def test_the_registry_is_bounded_and_forgets_old_jobs() -> None:
    now = [1000.0]
    registry = JobRegistry(max_jobs=3, keep_seconds=60, clock=lambda: now[0])
    from newsbrief.web.deps import BriefRequest

    jobs = [registry.create("me", f"k{n}", BriefRequest(text=f"text {n}"))[0] for n in range(3)]
    registry.advance(jobs[0].id, "done", brief_id=1)
    fourth, created = registry.create("me", "k3", BriefRequest(text="text 3"))
    assert created and registry.get(jobs[0].id) is None  # the oldest finished job made room
    assert registry.create("me", "k1", BriefRequest(text="text 1")) == (registry.get(jobs[1].id), False)
    registry.advance(jobs[1].id, "failed", error="no")
    now[0] += 61
    registry.create("me", "k9", BriefRequest(text="text 9"))
    assert registry.get(jobs[1].id) is None and registry.get(fourth.id) is not None
    assert len(registry) == 3


def test_a_stale_or_cookieless_form_is_shown_again_with_the_text(loopback_app: Callable[..., FastAPI]) -> None:
    client = TestClient(loopback_app(), follow_redirects=False)
    fields = form_fields(client, text=SEAWALL)
    stale = client.post("/brief", data={**fields, "form_token": "x" * 40})
    assert stale.status_code == 403 and "This form had expired" in stale.text
    assert SEAWALL.splitlines()[0] in html.unescape(stale.text)  # the text is kept
    cookieless = TestClient(client.app, follow_redirects=False).post("/brief", data=fields)
    assert cookieless.status_code == 403 and "did not send this site&#39;s cookie" in cookieless.text
    crossed = client.post("/brief", data=fields, headers={"Origin": "https://evil.example"})
    assert crossed.status_code == 403 and "sent from another site" in crossed.text
    assert "Coastal town" not in crossed.text  # another site's post is not shown back
    again = re.search(r'name="form_token" value="([^"]+)"', stale.text)
    assert again and client.post("/brief", data={**fields, "form_token": again.group(1)}).status_code == 303
