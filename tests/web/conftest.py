"""App fixtures: a fresh SQLite library per test, no DNS (the resolver is injected)."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from newsbrief.errors import FetchError
from newsbrief.settings import Settings
from tests.conftest import EXAMPLES

SEAWALL = (EXAMPLES / "sea-wall.txt").read_text(encoding="utf-8")
CABLE_HTML = (EXAMPLES / "nordic-cable.html").read_text(encoding="utf-8")


def no_dns(host: str, port: int) -> list[str]:
    raise FetchError(f"tests do not resolve {host}")


@pytest.fixture()
def make_app(tmp_path: Path) -> Callable[..., FastAPI]:
    from newsbrief.web.app import create_app

    def build(token: str | None = None, **changes: object) -> FastAPI:
        values: dict[str, object] = {"db": str(tmp_path / "web.db"), "rate_limit_per_minute": 1000}
        values.update(changes)
        return create_app(Settings(**values), token=token, resolver=no_dns)  # type: ignore[arg-type]

    return build


@pytest.fixture()
def client(make_app: Callable[..., FastAPI]) -> TestClient:
    return TestClient(make_app())


def with_form_token(client: TestClient, **fields: str) -> dict[str, str]:
    """The form's fields plus the session's form token, read from the home page as a browser would
    (the TestClient keeps the form cookie the page sets)."""
    page = client.get("/")
    match = re.search(r'name="form_token" value="([^"]+)"', page.text)
    assert match, "the home page has no form token"
    return {**fields, "form_token": match.group(1)}


@contextmanager
def serving(app: FastAPI, **options: object) -> Iterator[str]:
    """Serve ``app`` with uvicorn on a free loopback port for the block; its base URL."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error",
                                           **options))  # type: ignore[arg-type]
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
