"""JSONL files and folders: many articles from one local source, bad lines named and skipped."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from newsbrief.errors import InputError
from newsbrief.ingest.extract import extract
from newsbrief.ingest.files import iso_date
from newsbrief.ingest.read import read_documents, reader_for
from newsbrief.settings import Settings
from tests.conftest import EXAMPLES

TEXT = (EXAMPLES / "sea-wall.txt").read_text(encoding="utf-8")
BODY = TEXT.split("\n\n", 1)[1]  # without the headline line
HTML = "<html><head><title>Harbour wall</title></head><body><article>" + "".join(
    f"<p>{p}</p>" for p in BODY.split("\n\n")) + "</article></body></html>"


def _write_jsonl(path: Path, lines: list[object]) -> Path:
    path.write_text("\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n",
                    encoding="utf-8")
    return path


def test_jsonl_lines_become_documents_with_trusted_hints_and_ids(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "a.jsonl", [
        {"id": "ecb-1-3", "url": "https://coast.example/wall", "title": "Town backs wall", "date": "2026-02-03",
         "outlet": "Coast Wire", "text": BODY},
        {"id": 17, "html": HTML, "date": "2026-02-04T08:15:00+00:00", "outlet": "Shore News"},
    ])
    assert reader_for(str(path)).kind == "jsonl"
    raws = list(read_documents(str(path), Settings()))
    assert [r.hints.id for r in raws] == ["ecb-1-3", "17"]
    first, second = (extract(r, Settings()) for r in raws)
    assert (first.source.title, first.source.outlet, first.source.date, first.source.url) == (
        "Town backs wall", "Coast Wire", "2026-02-03", "https://coast.example/wall")
    assert first.text.startswith("Residents of Port Ellery voted on Thursday")
    # The page has no date markup: trafilatura would guess one from "February 2014" in the
    # text; the line's own date wins, and its outlet over the page's.
    assert (second.source.date, second.source.outlet, second.source.title) == (
        "2026-02-04T08:15:00+00:00", "Shore News", "Harbour wall")


def test_bad_lines_are_named_and_do_not_stop_the_others(tmp_path: Path) -> None:
    junk = bytes(range(256)) * 4
    path = tmp_path / "mixed.jsonl"
    with path.open("wb") as f:
        f.write(json.dumps({"id": "good-1", "text": BODY}).encode() + b"\n")
        f.write(b'{"id": "broken", "text": "no closing quote}\n')
        f.write(junk.replace(b"\n", b"") + b"\n")
        f.write(b"\n")  # blank lines are skipped silently
        f.write(json.dumps({"id": "no-body", "title": "Nothing"}).encode() + b"\n")
        f.write(json.dumps({"id": "bad-date", "text": BODY, "date": "3 Feb 2026"}).encode() + b"\n")
        f.write(json.dumps(["a", "list"]).encode() + b"\n")
        f.write(json.dumps({"id": "typed", "text": BODY, "title": 5}).encode() + b"\n")
        f.write(b"[" * 100000 + b"\n")
        f.write(json.dumps({"id": "good-2", "text": BODY.replace("Port Ellery", "Port Arden")}).encode())
    raws = list(read_documents(str(path), Settings()))
    errors = [r.hints.error for r in raws]
    assert [r.hints.id for r in raws if not r.hints.error] == ["good-1", "good-2"]
    bad = [e for e in errors if e]
    assert len(bad) == 7
    assert "mixed.jsonl line 2 is not valid JSON" in bad[0]
    assert "line 3 is not UTF-8 text" in bad[1] and "binary junk" in bad[1]
    assert "line 5 has neither a 'text' nor an 'html' field" in bad[2]
    assert "line 6: date '3 Feb 2026' is neither YYYY-MM-DD" in bad[3]
    assert "line 7 holds a JSON list, not an object" in bad[4]
    assert "line 8: field 'title' is a int, not a string" in bad[5]
    assert "line 9" in bad[6]
    # The failed documents keep the line's id when it had one, and extraction raises their error.
    assert [r.hints.id for r in raws if r.hints.error][2:4] == ["no-body", "bad-date"]
    with pytest.raises(InputError, match="line 2 is not valid JSON"):
        extract(raws[1], Settings())


def test_a_huge_line_is_refused_without_holding_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl"
    with path.open("wb") as f:
        f.write(json.dumps({"id": "before", "text": BODY}).encode() + b"\n")
        f.write(b'{"id": "huge", "text": "' + b"x" * (50 * 1024 * 1024) + b'"}\n')
        f.write(json.dumps({"id": "after", "text": BODY}).encode() + b"\n")
    tracemalloc.start()
    try:
        raws = list(read_documents(str(path), Settings()))  # max_bytes is 10 MB
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [(r.hints.id, bool(r.hints.error)) for r in raws] == [("before", False), (None, True), ("after", False)]
    assert "huge.jsonl line 2 is over the 10485760 byte limit" in str(raws[1].hints.error)
    assert peak < 25 * 1024 * 1024  # the 50 MB line was never held whole


def test_iso_dates() -> None:
    assert iso_date("2026-02-03") == "2026-02-03"
    assert iso_date("2026-02-03T10:00:00Z") == "2026-02-03T10:00:00Z"
    assert iso_date("2026-02-30") is None
    assert iso_date("Feb 3, 2026") is None


def test_folder_reads_article_files_in_name_order_and_limits_size(tmp_path: Path) -> None:
    (tmp_path / "b-wall.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "a-wall.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "c-notes.md").write_text(TEXT.replace("Port Ellery", "Port Arden"), encoding="utf-8")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "nested.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "d-big.txt").write_text("word " * 4000, encoding="utf-8")
    settings = Settings(max_bytes=12_000)  # the articles are under 6 kB
    assert reader_for(str(tmp_path)).kind == "folder"
    raws = list(read_documents(str(tmp_path), settings))
    assert [r.filename for r in raws[:3]] == ["a-wall.txt", "b-wall.html", "c-notes.md"]
    assert len(raws) == 4 and "d-big.txt" in str(raws[3].hints.error) and "byte limit" in str(raws[3].hints.error)
    assert extract(raws[1], Settings()).source.title == "Harbour wall"
    names = [r.filename for r in read_documents(str(tmp_path), Settings(folder_recursive=True))]
    assert names == ["a-wall.txt", "assets/nested.html", "b-wall.html", "c-notes.md", "d-big.txt"]


def test_empty_folder_and_untrusted_callers(tmp_path: Path) -> None:
    (tmp_path / "x.png").write_bytes(b"png")
    with pytest.raises(InputError, match=r"holds no \.html"):
        list(read_documents(str(tmp_path), Settings()))
    jsonl = _write_jsonl(tmp_path / "a.jsonl", [{"text": BODY}])
    for source in (str(tmp_path), str(jsonl)):
        with pytest.raises(InputError, match="local file or standard input"):
            list(read_documents(source, Settings(), allow_local=False))
