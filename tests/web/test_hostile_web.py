"""The web app under hostile use (issue 16): CSRF, oversized input, lenient ids, HEAD, huge validation
errors, token guessing, forwarded addresses, the limiter's memory, and briefs that must not starve reads."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from newsbrief.settings import Settings
from newsbrief.web.app import create_app, server_options
from newsbrief.web.security import RateLimiter
from tests.hostile.cases import prose
from tests.hostile.trickle import trickling_server
from tests.web.conftest import CABLE_HTML, SEAWALL, serving, with_form_token


def test_cross_site_form_posts_are_refused_without_a_token(client: TestClient) -> None:
    fields = with_form_token(client, text=SEAWALL)
    for headers in ({"Origin": "https://evil.example"}, {"Sec-Fetch-Site": "cross-site"},
                    {"Origin": "null", "Sec-Fetch-Site": "cross-site"}, {"Sec-Fetch-Site": "same-site"}):
        refused = client.post("/brief", data=fields, headers=headers, follow_redirects=False)
        assert refused.status_code == 403, headers
        assert "sent from another site" in refused.text
    # A page on another site cannot read the form token, nor make the browser send the cookie.
    assert client.post("/brief", data={"text": SEAWALL}, follow_redirects=False).status_code == 403
    bare = TestClient(client.app)
    assert bare.post("/brief", data=fields, follow_redirects=False).status_code == 403  # token but no cookie
    assert client.get("/api/v1/briefs").json()["items"] == []  # nothing was stored
    same_site = client.post("/brief", data=fields, headers={"Origin": "http://testserver"}, follow_redirects=False)
    assert same_site.status_code == 303


def test_cross_site_form_posts_are_refused_with_a_token(make_app: Callable[..., FastAPI]) -> None:
    client = TestClient(make_app(token="s3cret"))
    fields = with_form_token(client, text=SEAWALL, token="s3cret")
    crossed = client.post("/brief", data=fields, headers={"Origin": "https://evil.example"}, follow_redirects=False)
    assert crossed.status_code == 403


def test_the_form_cookie_is_strict_and_hidden_from_scripts(client: TestClient) -> None:
    cookie = client.get("/").headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie


def test_oversized_articles_get_413_naming_size_and_limit(make_app: Callable[..., FastAPI]) -> None:
    client = TestClient(make_app(max_words=20_000, max_paragraph_chars=50_000))
    paragraph = "Headline\n\n" + "x" * 1_000_000
    started = time.monotonic()
    response = client.post("/api/v1/briefs", json={"text": paragraph})
    assert response.status_code == 413
    error = response.json()["error"]
    assert error["type"] == "InputTooLargeError"
    assert "1,000,000 characters, more than the 50,000 allowed" in error["message"]
    many = client.post("/api/v1/briefs", json={"text": "Headline\n\n" + "word " * 30_000})
    assert many.status_code == 413 and "30,001 words, more than the 20,000" in many.json()["error"]["message"]
    form = client.post("/brief", data=with_form_token(client, text=paragraph))
    assert form.status_code == 413 and "One paragraph is longer than 50,000 characters" in form.text
    assert time.monotonic() - started < 10


@pytest.mark.parametrize("path", ["1.0", "+1", "1_0", "01", "%201", "1e0", "0x1", "１"])
def test_ids_are_plain_digits(client: TestClient, path: str) -> None:
    assert client.post("/api/v1/briefs", json={"text": SEAWALL}).status_code == 201
    assert client.get("/api/v1/briefs/1").status_code == 200
    for prefix in ("/api/v1/briefs/", "/api/v1/articles/", "/briefs/", "/articles/"):
        response = client.get(prefix + path)
        assert response.status_code == 422, (prefix, path)
        assert "digits only" in response.text


def test_head_answers_on_every_get_route(client: TestClient) -> None:
    assert client.post("/api/v1/briefs", json={"text": SEAWALL}).status_code == 201
    for path in ("/", "/search?q=harbour", "/briefs/1", "/articles/1", "/api/v1/briefs", "/api/v1/briefs/1",
                 "/api/v1/articles/1", "/static/style.css"):
        get, head = client.get(path), client.head(path)
        assert head.status_code == 200, path
        assert head.content == b"", path
        assert head.headers["content-type"] == get.headers["content-type"], path
    assert client.head("/api/v1/briefs/99").status_code == 404
    assert client.head("/brief").status_code == 405  # a POST-only route stays so


def test_validation_errors_are_summarised(client: TestClient) -> None:
    body = {"text": SEAWALL, **{f"k{i}": i for i in range(5000)}}
    response = client.post("/api/v1/briefs", json=body)
    assert response.status_code == 422
    assert len(response.content) < 2000
    assert "and 4,995 more problems" in response.json()["error"]["message"]


def test_failed_authentications_are_rate_limited(make_app: Callable[..., FastAPI]) -> None:
    client = TestClient(make_app(token="s3cret", auth_failures_per_minute=5))
    wrong = {"Authorization": "Bearer guess"}
    codes = [client.post("/api/v1/briefs", json={"text": "x"}, headers=wrong).status_code for _ in range(7)]
    assert codes == [401] * 5 + [429] * 2
    locked = client.delete("/api/v1/briefs/1", headers={"Authorization": "Bearer s3cret"})
    assert locked.status_code == 429 and int(locked.headers["retry-after"]) >= 1  # even the right token waits
    form = client.post("/brief", data=with_form_token(client, text=SEAWALL, token="guess"))
    assert form.status_code == 429


def test_the_rate_limiter_forgets_the_least_recent_clients() -> None:
    limiter = RateLimiter(2, max_clients=100)
    for n in range(20_000):
        limiter.check(f"10.{n // 65536}.{n // 256 % 256}.{n % 256}")
    assert len(limiter) == 100
    assert limiter.check("a") == 0 and limiter.check("a") == 0 and limiter.check("a") > 0
    assert limiter.waiting("a") > 0 and limiter.waiting("b") == 0


def test_forwarded_for_is_not_believed_by_default(tmp_path: Path) -> None:
    settings = Settings(db=str(tmp_path / "w.db"), rate_limit_per_minute=3)
    with serving(create_app(settings), **server_options(settings)) as base:
        codes = [httpx.post(f"{base}/api/v1/briefs", json={"text": "too short"},
                            headers={"X-Forwarded-For": f"203.0.113.{n}"}).status_code for n in range(5)]
    assert codes == [400, 400, 400, 429, 429]
    trusting = server_options(Settings(trusted_proxies="10.0.0.5, 10.0.0.6"))
    assert trusting == {"proxy_headers": True, "forwarded_allow_ips": "10.0.0.5,10.0.0.6"}


@pytest.fixture()
def trickler() -> Iterator[int]:
    """A page server that sends a header line every 0.2 s for 8 s on every connection."""
    with trickling_server(lines=40, interval=0.2) as port:
        yield port


def loopback(host: str, port: int) -> list[str]:
    return ["127.0.0.1"]


@pytest.mark.slow
def test_slow_briefs_do_not_starve_reads(tmp_path: Path, trickler: int) -> None:
    settings = Settings(db=str(tmp_path / "w.db"), rate_limit_per_minute=1000, allow_private=True,
                        fetch_deadline=4.0, read_timeout=2.0)
    with serving(create_app(settings, resolver=loopback)) as base, ThreadPoolExecutor(48) as pool:
        url = f"http://slow.test:{trickler}/page"
        posts = [pool.submit(httpx.post, f"{base}/api/v1/briefs", json={"url": url}, timeout=30) for _ in range(45)]
        time.sleep(1.0)
        started = time.monotonic()
        listed = httpx.get(f"{base}/api/v1/briefs", timeout=30)
        took = time.monotonic() - started
        codes = sorted(p.result().status_code for p in posts)
    assert listed.status_code == 200
    # Starved, the list waited for the slow briefs (36 s in the finding); the bound leaves room for a
    # loaded CI machine without letting starvation through.
    assert took < 5.0, f"the list took {took:.2f} s while slow briefs ran"
    assert 503 in codes and set(codes) <= {502, 503}  # the pool's overflow is told to come back


@pytest.mark.slow
def test_a_brief_whose_client_left_is_not_stored(tmp_path: Path, trickler: int) -> None:
    settings = Settings(db=str(tmp_path / "w.db"), rate_limit_per_minute=1000, allow_private=True,
                        fetch_deadline=2.0, web_brief_workers=1)
    with serving(create_app(settings, resolver=loopback)) as base:
        with ThreadPoolExecutor(2) as pool:
            busy = pool.submit(httpx.post, f"{base}/api/v1/briefs", json={"url": f"http://slow.test:{trickler}/"},
                               timeout=30)
            time.sleep(0.3)  # the one worker is now fetching the slow page
            with pytest.raises(httpx.ReadTimeout):
                httpx.post(f"{base}/api/v1/briefs", json={"text": SEAWALL}, timeout=0.5)  # waits, then leaves
            assert busy.result().status_code == 502
        time.sleep(1.0)
        assert httpx.get(f"{base}/api/v1/briefs").json()["items"] == []


@pytest.mark.slow
def test_a_brief_past_its_time_is_stopped_while_other_clients_are_answered(tmp_path: Path) -> None:
    # 100,000 words, let through by a raised max_words (and memory, so that time is the limit that
    # stops it), brief for about half a minute on an idle machine since the analysis is linear: far
    # past a 6 s limit that an ordinary article (under a second) meets even on a loaded machine.
    settings = Settings(db=str(tmp_path / "w.db"), rate_limit_per_minute=1000, brief_timeout=6.0,
                        web_brief_workers=2, max_words=120_000, brief_memory_mb=4096)
    with serving(create_app(settings)) as base, ThreadPoolExecutor(4) as pool:
        first = httpx.post(f"{base}/api/v1/briefs", json={"text": SEAWALL}, timeout=120)  # the workers load
        assert first.status_code == 201
        hostile = pool.submit(httpx.post, f"{base}/api/v1/briefs", json={"text": prose(100_000)}, timeout=60)
        time.sleep(0.5)
        normal = pool.submit(httpx.post, f"{base}/api/v1/briefs", json={"html": CABLE_HTML}, timeout=120)
        started = time.monotonic()
        listed = httpx.get(f"{base}/api/v1/briefs", timeout=30)
        took = time.monotonic() - started
        stopped = hostile.result()
        briefed = normal.result()
        again = httpx.post(f"{base}/api/v1/briefs", json={"text": SEAWALL}, timeout=120)
    assert listed.status_code == 200 and took < 2.0, f"the list took {took:.2f} s during a hostile brief"
    assert stopped.status_code == 413, stopped.text
    error = stopped.json()["error"]
    assert error["type"] == "BriefTimeoutError"
    assert re.match(r"the article took longer than 6 s to brief, so it was stopped after 6\.\d s; "
                    r"it has 100,0\d\d words", error["message"]), error["message"]
    assert briefed.status_code == 201 and briefed.json()["source"]["title"]  # the other worker briefed it
    assert again.status_code == 201  # and the stopped worker was replaced
