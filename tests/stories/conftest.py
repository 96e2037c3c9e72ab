"""A synthetic story: three outlets report one event (one a day later), plus an unrelated article."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.models import Document, Hints, RawDocument
from newsbrief.pipeline import annotate_raw
from newsbrief.settings import Settings
from tests.store.conftest import pg_server, pg_url, store_url  # noqa: F401  (the store fixtures, both backends)

ROOT = Path(__file__).resolve().parents[2]
STORIES = ROOT / "tests" / "data" / "stories"
EXAMPLES = ROOT / "examples"

# (file, content type, hints): the example article's page gives its own title, outlet and date.
CABLE_STORY = [
    (STORIES / "cable-wire.txt", "text/plain",
     Hints(title="Norway, Denmark agree to build NordLink West power cable", outlet="Northwire",
           date="2026-03-11", url="https://northwire.example/energy/nordlink-west")),
    (EXAMPLES / "nordic-cable.html", "text/html", Hints()),
    (STORIES / "cable-followup.txt", "text/plain",
     Hints(title="Danish parliament committee backs NordLink West cable a day after signing",
           outlet="Copenhagen Courier", date="2026-03-13", url="https://courier.example/politics/nordlink")),
]
UNRELATED = (EXAMPLES / "sea-wall.txt", "text/plain",
             Hints(title="Coastal town backs £48 million sea wall", outlet="West Coast Gazette", date="2026-03-12"))


def raw(path: Path, content_type: str, hints: Hints) -> RawDocument:
    """One fixture article as ingest would hand it over."""
    return RawDocument(path.read_bytes(), content_type=content_type, filename=path.name, hints=hints)


@pytest.fixture(scope="session")
def cable_story_docs(settings: Settings) -> list[Document]:
    """The three articles of the cable story, annotated."""
    return [annotate_raw(raw(*entry), settings) for entry in CABLE_STORY]


@pytest.fixture(scope="session")
def unrelated_doc(settings: Settings) -> Document:
    """The sea-wall article, annotated."""
    return annotate_raw(raw(*UNRELATED), settings)
