"""Readers by kind: the registry picks the reader, and a reader's hints reach the article's source."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsbrief.errors import ConfigError, InputError
from newsbrief.ingest.extract import extract
from newsbrief.ingest.fetch import Resolver
from newsbrief.ingest.read import READERS, Reader, read_documents, read_source, reader_for, register_reader
from newsbrief.models import Hints, RawDocument
from newsbrief.settings import Settings
from tests.conftest import EXAMPLES

TEXT = (EXAMPLES / "sea-wall.txt").read_text(encoding="utf-8")


def _read_lines(source: str, settings: Settings, resolver: Resolver) -> Iterator[RawDocument]:
    """A toy JSONL reader: one article per line with its feed fields as hints."""
    for line in Path(source).read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        yield RawDocument(record["text"].encode("utf-8"), content_type="text/plain",
                          hints=Hints(date=record.get("date"), outlet=record.get("outlet"), url=record.get("url")))


@pytest.fixture()
def jsonl_reader() -> Iterator[Reader]:
    reader = Reader("toy-jsonl", lambda source: source.endswith(".jsonl"), _read_lines)
    register_reader(reader)
    try:
        yield reader
    finally:
        READERS.remove(reader)


def test_builtin_readers_by_kind(tmp_path: Path) -> None:
    assert reader_for("-").kind == "stdin"
    assert reader_for("https://news.example.com/a").kind == "url"
    assert reader_for(str(EXAMPLES / "nordic-cable.html")).kind == "file"
    with pytest.raises(InputError, match="neither an http"):
        reader_for(str(tmp_path / "missing.html"))


def test_a_registered_reader_yields_many_documents_with_hints(jsonl_reader: Reader, tmp_path: Path) -> None:
    path = tmp_path / "two.jsonl"
    lines = [{"text": TEXT, "date": "2026-02-03", "outlet": "Coast Wire", "url": "https://coast.example/wall"},
             {"text": TEXT.replace("Port Ellery", "Port Arden"), "outlet": "Shore News"}]
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    assert reader_for(str(path)) is jsonl_reader  # tried before the plain file reader
    raws = list(read_documents(str(path), Settings()))
    assert len(raws) == 2
    first = extract(raws[0], Settings())
    # Extraction found the title; the reader's hints fill what it could not know.
    assert first.source.title and first.source.outlet == "Coast Wire"
    assert (first.source.date, first.source.url) == ("2026-02-03", "https://coast.example/wall")
    assert extract(raws[1], Settings()).source.date is None
    with pytest.raises(InputError, match="holds several articles"):
        read_source(str(path), Settings())
    with pytest.raises(ConfigError, match="already registered"):
        register_reader(jsonl_reader)


def test_the_pipeline_briefs_every_document_of_a_source(jsonl_reader: Reader, tmp_path: Path) -> None:
    from newsbrief.pipeline import brief_documents

    path = tmp_path / "two.jsonl"
    path.write_text("\n".join(json.dumps({"text": TEXT.replace("48", str(n)), "outlet": f"Outlet {n}"})
                              for n in (48, 52)), encoding="utf-8")
    briefs = list(brief_documents(str(path), Settings()))
    assert [b.source.outlet for b in briefs] == ["Outlet 48", "Outlet 52"]
    assert briefs[0].article_id != briefs[1].article_id  # different texts, different ids


def test_a_registered_reader_can_claim_urls_and_untrusted_sources_stay_off_the_disk() -> None:
    feeds = Reader("toy-feed", lambda source: source.endswith(".rss"), _read_lines)
    register_reader(feeds)
    try:
        assert reader_for("https://news.example.com/world.rss") is feeds
        assert reader_for("https://news.example.com/a.html").kind == "url"
    finally:
        READERS.remove(feeds)
    with pytest.raises(InputError, match="local file or standard input"):
        read_source(str(EXAMPLES / "sea-wall.txt"), Settings(), allow_local=False)
    with pytest.raises(InputError, match="local file or standard input"):
        read_source("-", Settings(), allow_local=False)
