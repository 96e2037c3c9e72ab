"""The app assembled from its routers: 405 Allow headers, errors per area, state per app, the store factory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from newsbrief.errors import ExtractionError, FetchError, InputError, LLMError, NewsbriefError, URLRefusedError
from newsbrief.settings import Settings
from newsbrief.store import Store, open_store
from newsbrief.web.app import create_app
from newsbrief.web.errors import status_for
from tests.web.conftest import SEAWALL, no_dns, with_form_token


def test_405_allows_the_methods_of_every_matching_route(client: TestClient) -> None:
    # Each of these paths is served by several routes (or by a route on another router);
    # Starlette alone would name only the first route's methods.
    cases = {("PUT", "/api/v1/briefs"): "GET, POST", ("PATCH", "/api/v1/briefs/1"): "DELETE, GET",
             ("POST", "/api/v1/articles/1"): "GET", ("GET", "/brief"): "POST", ("PUT", "/"): "GET"}
    for (method, path), allow in cases.items():
        response = client.request(method, path)
        assert response.status_code == 405, (method, path)
        assert response.headers["allow"] == allow, (method, path)
    api = client.put("/api/v1/briefs").json()
    assert api == {"error": {"message": "Method Not Allowed", "type": "method_not_allowed"}}
    page = client.get("/brief")
    assert page.headers["content-type"].startswith("text/html") and "Method Not Allowed" in page.text


def test_errors_are_json_for_the_api_and_a_page_elsewhere(client: TestClient) -> None:
    api = client.get("/api/v1/nope")
    assert api.status_code == 404 and api.json()["error"]["type"] == "not_found"
    page = client.get("/nope")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    invalid = client.get("/briefs/x")
    assert invalid.status_code == 422 and "invalid request: path.brief_id" in invalid.text
    form = client.post("/brief", data=with_form_token(client), follow_redirects=False)
    # The form's errors are the form again with the reader's words beside the field.
    assert form.status_code == 400 and "Give the article&#39;s address or paste its text" in form.text
    refused = client.post("/brief", data=with_form_token(client, url="http://10.0.0.1/"), follow_redirects=False)
    assert refused.status_code == 400 and "only public web pages" in refused.text
    assert "allow-private" not in refused.text and 'value="http://10.0.0.1/"' in refused.text


def test_status_for_library_errors() -> None:
    assert status_for(InputError("x")) == status_for(URLRefusedError("x")) == 400
    assert status_for(ExtractionError("x")) == 422
    assert status_for(FetchError("x")) == status_for(LLMError("x")) == 502
    assert status_for(NewsbriefError("x")) == 500


def test_apps_keep_their_own_token_and_rate_limit(make_app: Callable[..., FastAPI]) -> None:
    guarded = TestClient(make_app(token="s3cret", rate_limit_per_minute=1))
    open_app = TestClient(make_app())
    assert guarded.post("/api/v1/briefs", json={"text": SEAWALL}).status_code == 401
    assert open_app.post("/api/v1/briefs", json={"text": SEAWALL}).status_code == 201
    assert 'name="token"' in guarded.get("/").text and 'name="token"' not in open_app.get("/").text
    good = {"Authorization": "Bearer s3cret"}
    assert guarded.post("/api/v1/briefs", json={"text": "too short"}, headers=good).status_code == 400
    assert guarded.post("/api/v1/briefs", json={"text": "too short"}, headers=good).status_code == 429
    assert open_app.post("/api/v1/briefs", json={"text": "too short"}).status_code == 400


def test_store_factory_opens_and_closes_a_store_per_request(tmp_path: Path) -> None:
    opened: list[Store] = []
    closed: list[Store] = []

    class Tracked:
        """A store that records its closing."""

        def __init__(self, store: Store) -> None:
            self.store = store

        def __getattr__(self, name: str) -> object:
            return getattr(self.store, name)

        def close(self) -> None:
            closed.append(self.store)
            self.store.close()

    def factory() -> Store:
        store = open_store(str(tmp_path / "factory.db"))
        opened.append(store)
        return Tracked(store)  # type: ignore[return-value]

    settings = Settings(db=str(tmp_path / "settings.db"), rate_limit_per_minute=1000)
    client = TestClient(create_app(settings, resolver=no_dns, store_factory=factory))
    brief_id = client.post("/api/v1/briefs", json={"text": SEAWALL}).json()["id"]
    assert client.get(f"/briefs/{brief_id}").status_code == 200
    assert len(opened) == 2 and closed == opened
    assert (tmp_path / "factory.db").exists() and not (tmp_path / "settings.db").exists()


def test_an_unknown_engine_is_refused_when_the_app_is_built(tmp_path: Path) -> None:
    from newsbrief.errors import ConfigError
    from newsbrief.settings import Settings
    from newsbrief.web.app import create_app

    with pytest.raises(ConfigError, match="no engine 'abstractive'"):
        create_app(Settings(db=str(tmp_path / "x.db"), engine="abstractive"))
