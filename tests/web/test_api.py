"""REST API and pages through httpx against the app."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import jsonschema
from fastapi import FastAPI
from fastapi.testclient import TestClient

from newsbrief.render.json import BRIEF_SCHEMA
from tests.web.conftest import CABLE_HTML, SEAWALL, with_form_token

HEADERS = ("content-security-policy", "x-content-type-options", "referrer-policy")


def test_create_read_list_search_delete(client: TestClient) -> None:
    created = client.post("/api/v1/briefs", json={"text": SEAWALL})
    assert created.status_code == 201, created.text
    body = created.json()
    brief_id = body.pop("id")
    jsonschema.validate(body, BRIEF_SCHEMA)
    assert body["source"]["title"] == "Coastal town backs £48 million sea wall as storms grow stronger"
    again = client.post("/api/v1/briefs", json={"text": SEAWALL})
    assert again.json()["id"] == brief_id  # same content is the same article and brief
    html = client.post("/api/v1/briefs", json={"html": CABLE_HTML}).json()["id"]
    assert client.get(f"/api/v1/briefs/{brief_id}").json()["source"] == body["source"]
    listed = client.get("/api/v1/briefs").json()
    assert [b["id"] for b in listed["items"]] == [html, brief_id]
    found = client.get("/api/v1/briefs", params={"query": "undersea cable"}).json()["items"]
    assert found[0]["id"] == html and "undersea" in found[0]["snippet"].lower()
    article_id = client.get(f"/api/v1/briefs/{html}").json()
    article = client.get("/api/v1/articles/1").json()
    assert article["brief_ids"] and article_id
    assert client.delete(f"/api/v1/briefs/{brief_id}").status_code == 204
    assert client.get(f"/api/v1/briefs/{brief_id}").status_code == 404
    assert client.delete(f"/api/v1/briefs/{brief_id}").json()["error"]["type"] == "not_found"


def test_errors_are_json_with_a_fix(client: TestClient) -> None:
    both = client.post("/api/v1/briefs", json={"text": "a", "url": "https://x.example/"})
    assert both.status_code == 422 and "exactly one of url, html or text" in both.json()["error"]["message"]
    short = client.post("/api/v1/briefs", json={"text": "The mayor resigned."})
    assert short.status_code == 400 and "too short" in short.json()["error"]["message"]
    refused = client.post("/api/v1/briefs", json={"url": "http://127.0.0.1/admin"})
    assert refused.status_code == 400 and "private, loopback" in refused.json()["error"]["message"]
    nothing = client.post("/api/v1/briefs", json={"html": "<html><body><nav>Home</nav></body></html>"})
    assert nothing.status_code == 422 and nothing.json()["error"]["type"] == "ExtractionError"
    assert client.get("/api/v1/briefs/999").status_code == 404
    assert client.get("/api/v1/briefs", params={"limit": 0}).status_code == 422


def test_security_headers_everywhere(client: TestClient) -> None:
    for path in ("/", "/api/v1/briefs", "/search?q=x", "/api/v1/briefs/5", "/static/style.css", "/nope"):
        response = client.get(path)
        for header in HEADERS:
            assert header in response.headers, (path, header)
        csp = response.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "object-src 'none'" in csp and "frame-ancestors 'none'" in csp


def test_token_protects_writes(make_app: Callable[..., FastAPI]) -> None:
    client = TestClient(make_app(token="s3cret"))
    assert client.post("/api/v1/briefs", json={"text": SEAWALL}).status_code == 401
    wrong = {"Authorization": "Bearer nope"}
    assert client.post("/api/v1/briefs", json={"text": SEAWALL}, headers=wrong).status_code == 401
    good = {"Authorization": "Bearer s3cret"}
    created = client.post("/api/v1/briefs", json={"text": SEAWALL}, headers=good)
    assert created.status_code == 201
    brief_id = created.json()["id"]
    assert client.get(f"/api/v1/briefs/{brief_id}").status_code == 200  # reads stay open
    assert client.delete(f"/api/v1/briefs/{brief_id}").status_code == 401
    assert client.delete(f"/api/v1/briefs/{brief_id}", headers=good).status_code == 204
    form = client.post("/brief", data=with_form_token(client, text=SEAWALL), follow_redirects=False)
    assert form.status_code == 401
    form = client.post("/brief", data=with_form_token(client, text=SEAWALL, token="s3cret"),
                       follow_redirects=False)
    assert form.status_code == 303


def test_body_over_5_mb_is_refused(client: TestClient) -> None:
    big = b'{"text": "' + b"a" * (5 * 1024 * 1024 + 10) + b'"}'
    declared = client.post("/api/v1/briefs", content=big, headers={"content-type": "application/json"})
    assert declared.status_code == 413 and "larger than 5 MB" in declared.json()["error"]["message"]

    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(6):
            yield b"a" * (1024 * 1024)
        yield b'"}'

    streamed = client.post("/api/v1/briefs", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413


def test_rate_limit(make_app: Callable[..., FastAPI]) -> None:
    client = TestClient(make_app(rate_limit_per_minute=2))
    codes = [client.post("/api/v1/briefs", json={"text": "too short"}).status_code for _ in range(3)]
    assert codes[:2] == [400, 400] and codes[2] == 429
    limited = client.post("/api/v1/briefs", json={"text": "too short"})
    assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1
    assert client.get("/api/v1/briefs").status_code == 200  # reads are not limited


def test_pages(client: TestClient) -> None:
    response = client.post("/brief", data=with_form_token(client, text=SEAWALL), follow_redirects=False)
    assert response.status_code == 303
    page = client.get(response.headers["location"])
    assert page.status_code == 200
    text = page.text
    assert 'class="timeline"' in text and 'id="s1"' in text and 'href="#s1"' in text
    assert "Source: Coastal town backs" in text
    search = client.get("/search", params={"q": "sea wall"}).text
    assert "<mark>" in search and "Coastal town backs" in search
    missing = client.get("/briefs/999")
    assert missing.status_code == 404 and "there is no brief 999" in missing.text
    assert client.get("/articles/1").status_code == 200


def test_openapi_describes_the_api(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    paths = schema["paths"]
    # Other paths (stories, flags: tests/web/test_reader_pages.py) are checked where they are tested.
    assert {"/api/v1/briefs", "/api/v1/briefs/{brief_id}", "/api/v1/articles/{article_id}"} <= set(paths)
    assert {"get", "post"} <= set(paths["/api/v1/briefs"]) and "delete" in paths["/api/v1/briefs/{brief_id}"]
