"""Property-based tests of the API's request models and routes (web/deps.py and the routers) (issue 16).

The app is built as the web tests build it (a temporary SQLite library, no DNS) and driven
through FastAPI's TestClient with server exceptions turned into responses, as a client sees
them. Whatever the body, query or path: invalid input is a 4xx with the JSON error body
(a fetch that cannot be made is a 502), never a 500. The request models on their own give
a validation error or a request naming exactly one source.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from newsbrief.settings import Settings
from newsbrief.web.app import create_app
from newsbrief.web.deps import BriefRequest
from newsbrief.web.flags import FlagIn
from tests.web.conftest import no_dns

REQUESTS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# 502: the URL could not be fetched (tests resolve no name); 503: the briefing pool is full.
REFUSALS = {400, 401, 403, 404, 405, 409, 413, 415, 422, 429, 502, 503}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = tmp_path_factory.mktemp("fuzz-api") / "web.db"
    app = create_app(Settings(db=str(db), rate_limit_per_minute=1_000_000), resolver=no_dns)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def _refused(response: object) -> None:
    status = response.status_code  # type: ignore[attr-defined]
    assert status in REFUSALS, (status, response.text[:300])  # type: ignore[attr-defined]
    if status != 405:
        assert response.json()["error"]["message"]  # type: ignore[attr-defined]


SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=40),
                    st.sampled_from(["http://localhost/", "ftp://x", "http://169.254.169.254/", "file:///etc/passwd",
                                     "<p>short</p>", "", " ", "x" * 3000]))
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                       st.dictionaries(st.text(max_size=6), inner, max_size=3)),
                      max_leaves=6)
BODIES = st.one_of(
    st.dictionaries(st.sampled_from(["url", "html", "text", "extra", "section", "item", "note"]), VALUES, max_size=4),
    VALUES)


@REQUESTS
@given(body=BODIES, route=st.sampled_from(["/api/v1/briefs", "/api/v1/feeds", "/api/v1/briefs/1/flags"]))
def test_any_json_body_is_refused_with_a_4xx(client: TestClient, body: object, route: str) -> None:
    # The text and HTML drawn here are far too short to brief, so every one of them is refused.
    response = client.post(route, content=json.dumps(body), headers={"content-type": "application/json"})
    _refused(response)


@REQUESTS
@given(raw=st.one_of(st.binary(max_size=200), st.sampled_from([b"[" * 5000, b'{"text": ' + b"1" * 5000 + b"}",
                                                               b'{"text": "\\ud800"}', b'{"url": "\\udc00"}', b"",
                                                               b'{"text": "a"}' * 2, b"\xef\xbb\xbf{}"])),
       kind=st.sampled_from(["application/json", "text/plain", "application/x-www-form-urlencoded",
                             "multipart/form-data; boundary=x", "application/json; charset=utf-16", ""]),
       route=st.sampled_from(["/api/v1/briefs", "/api/v1/jobs", "/api/v1/feeds", "/api/v1/briefs/1/flags"]))
def test_any_raw_body_is_refused_with_a_4xx(client: TestClient, raw: bytes, kind: str, route: str) -> None:
    response = client.post(route, content=raw, headers={"content-type": kind} if kind else {})
    _refused(response)


PARAMETER = st.one_of(st.text(max_size=30), st.integers(-2**70, 2**70).map(str),
                      st.sampled_from(['"', "NEAR(", "*", "a OR", "-", "1.0", "+1", "1_0", "01", "\x00", "%", "💥",
                                       "\ud800", "2026-02-30", "9" * 400]))
GETS = st.sampled_from(["/api/v1/briefs?query={}", "/api/v1/briefs?limit={}", "/api/v1/briefs?offset={}",
                        "/api/v1/briefs/{}", "/api/v1/articles/{}", "/api/v1/stories?since={}", "/api/v1/stories/{}",
                        "/api/v1/flags?brief_id={}", "/api/v1/jobs/{}", "/api/v1/feeds/{}", "/search?q={}",
                        "/?outlet={}", "/?page={}", "/briefs/{}", "/stories/{}", "/articles/{}", "/jobs/{}"])


@REQUESTS
@given(route=GETS, value=PARAMETER)
def test_any_query_or_path_is_answered_or_refused_with_a_4xx(client: TestClient, route: str, value: str) -> None:
    path = route.format(quote(value.encode("utf-8", "surrogatepass"), safe=""))
    response = client.get(path)
    if response.status_code != 200:
        assert response.status_code in {404, 405, 422}, (path, response.status_code, response.text[:300])


@settings(max_examples=300, deadline=None)
@given(body=BODIES)
def test_request_models_validate_or_refuse(body: object) -> None:
    try:
        request = BriefRequest.model_validate(body)
    except ValidationError:
        pass
    else:
        given_fields = [name for name in ("url", "html", "text") if getattr(request, name) is not None]
        assert len(given_fields) == 1 and isinstance(body, dict) and set(body) == set(given_fields)
    try:
        flag = FlagIn.model_validate(body)
    except ValidationError:
        return
    assert 0 <= flag.item <= 1000 and len(flag.note) <= 500


HUGE_OFFSET = ("<!doctype html><html><head><title>Council approves new harbour wall</title>"
               '<meta property="article:published_time" content="2026-02-03T10:00:00Z"></head><body><article>'
               "<h1>Council approves new harbour wall</h1><p>The town council of Millbrook voted on Tuesday to build "
               "a new harbour wall after the winter storms damaged the old one, and the work will start in 3000000 "
               "days according to the engineers who drew up the plan for the county.</p><p>The engineers said that "
               "the wall would be finished before the next storm season and that it would cost about $1.2 million, "
               "which the county has agreed to pay from its reserve fund.</p></article></body></html>")


@pytest.mark.slow
def test_a_date_past_the_calendar_is_not_a_server_error(client: TestClient) -> None:
    response = client.post("/api/v1/briefs", json={"html": HUGE_OFFSET})
    assert response.status_code == 201, (response.status_code, response.text[:200])

