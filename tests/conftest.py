"""Shared fixtures: settings and the example articles briefed once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from newsbrief.models import Brief, Document, RawDocument
from newsbrief.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DATA = Path(__file__).resolve().parent / "data"

# Speed is measured by benchmarks, never by tests: hypothesis's 200 ms per-example deadline failed a
# decoding property on a loaded 2-core machine (the CI run of session 26), so no example is timed.
hypothesis_settings.register_profile("newsbrief", deadline=None)
hypothesis_settings.load_profile("newsbrief")


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def cable_brief(settings: Settings) -> Brief:
    from newsbrief.pipeline import brief_raw

    path = EXAMPLES / "nordic-cable.html"
    return brief_raw(RawDocument(path.read_bytes(), filename=path.name), settings)


@pytest.fixture(scope="session")
def seawall_brief(settings: Settings) -> Brief:
    from newsbrief.pipeline import brief_raw

    path = EXAMPLES / "sea-wall.txt"
    return brief_raw(RawDocument(path.read_bytes(), filename=path.name), settings)


@pytest.fixture(scope="session")
def cable_doc(settings: Settings) -> Document:
    """The cable example, extracted and annotated once."""
    from newsbrief.pipeline import annotate_raw

    path = EXAMPLES / "nordic-cable.html"
    return annotate_raw(RawDocument(path.read_bytes(), filename=path.name), settings)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test that uses the PostgreSQL server fixture is a postgres test, and so is the postgres
    case of ``store_url`` (it asks for the server only when it runs, so its fixture names lack it)."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_postgres = callspec is not None and callspec.params.get("store_url") == "postgres"
        if on_postgres or "pg_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)
