"""Stories form as articles are added, across runs, in SQLite and PostgreSQL; and the story commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.models import Document
from newsbrief.pipeline import brief_document
from newsbrief.settings import Settings, load_settings
from newsbrief.store import Store, open_store
from newsbrief.stories.library import brief_stored_story, file_into_story
from tests.stories.conftest import CABLE_STORY, UNRELATED


def _store_doc(store: Store, doc: Document) -> int:
    brief = brief_document(doc, load_settings({}))
    saved = store.get_brief(store.save(brief, brief.text))
    assert saved is not None
    return saved.article_id


def test_stories_form_as_articles_arrive_and_survive_reopening(
        store_url: str, cable_story_docs: list[Document], unrelated_doc: Document, settings: Settings) -> None:
    first, second, third = cable_story_docs
    store = open_store(store_url)
    try:
        a = file_into_story(store, _store_doc(store, first), first)
        b = file_into_story(store, _store_doc(store, unrelated_doc), unrelated_doc)
    finally:
        store.close()
    store = open_store(store_url)  # a later run continues from the stored clusterer state
    try:
        c = file_into_story(store, _store_doc(store, second), second)
        d = file_into_story(store, _store_doc(store, third), third)
        assert a == c == d and b != a
        story = store.get_story(a)
        assert story is not None and len(story.article_ids) == 3
        assert (story.first_seen, story.last_seen) == ("2026-03-11", "2026-03-13")
        assert [s.id for s in store.list_stories()] == [a, b]
        brief = brief_stored_story(store, a, settings)
        assert brief.story_id == a and len(brief.sources) == 3
        assert {ref.source.outlet for ref in brief.sources} == {"Northwire", "The Northern Ledger",
                                                                "Copenhagen Courier"}
    finally:
        store.close()


def _story_jsonl(path: Path) -> Path:
    lines = []
    for number, (file, content_type, hints) in enumerate([*CABLE_STORY, UNRELATED], start=1):
        field = "html" if content_type == "text/html" else "text"
        lines.append(json.dumps({"id": f"art-{number}", field: file.read_text(encoding="utf-8"),
                                 "title": hints.title, "outlet": hints.outlet, "date": hints.date, "url": hints.url}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.slow
def test_the_story_commands_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = _story_jsonl(tmp_path / "story.jsonl")
    db = str(tmp_path / "library.db")
    assert main(["add", str(feed), "--db", db]) == 0
    assert main(["add", str(feed), "--db", db]) == 0  # again: nothing new, no new story
    capsys.readouterr()
    assert main(["stories", "--db", db]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 2 and sorted(int(r[3]) for r in rows) == [1, 3]
    cable = next(r for r in rows if r[3] == "3")
    assert cable[1:3] == ["2026-03-11", "2026-03-13"]
    for fmt in ("markdown", "json", "html", "prose"):
        assert main(["story", cable[0], "--db", db, "--format", fmt]) == 0
        out = capsys.readouterr().out
        assert "Copenhagen Courier" in out
    assert main(["story", cable[0], "--db", db, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["story_id"] == cable[0] and len(data["sources"]) == 3
    assert main(["story", "no-such-story", "--db", db]) == 2
    assert "newsbrief stories" in capsys.readouterr().err
    assert main(["cluster", str(feed), "--json"]) == 0
    groups = sorted(sorted(s["articles"]) for s in json.loads(capsys.readouterr().out)["stories"])
    assert groups == [["art-1", "art-2", "art-3"], ["art-4"]]
    assert main(["stories", "--since", "2026-03-13", "--db", db]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1
    assert main(["stories", "--since", "yesterday", "--db", db]) == 2


@pytest.mark.slow
def test_story_commands_keep_a_short_article_and_skip_an_unreadable_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One short wire flash or one bad line no longer stops cluster, story and timeline for all the others."""
    feed = _story_jsonl(tmp_path / "story.jsonl")
    flash = {"id": "art-flash", "date": "2026-03-13", "outlet": "Northwire",
             "text": "FLASH: Norway and Denmark sign the subsea power cable deal in Copenhagen, ministers say."}
    with feed.open("a", encoding="utf-8") as out:
        out.write(json.dumps(flash) + "\n")
        out.write('{"id": "art-broken", "text": \n')  # a line cut off in the middle
    assert main(["cluster", str(feed), "--json"]) == 0
    captured = capsys.readouterr()
    groups = [sorted(s["articles"]) for s in json.loads(captured.out)["stories"]]
    assert any("art-flash" in group for group in groups)  # 14 words: clustered all the same
    assert sorted(a for group in groups for a in group) == ["art-1", "art-2", "art-3", "art-4", "art-flash"]
    assert "skipped" in captured.err and "JSON" in captured.err  # the bad line is named, not fatal
    assert main(["timeline", str(feed), "--json", "--max-dates", "3"]) == 0
    assert json.loads(capsys.readouterr().out)["entries"]
    assert main(["story", str(feed), "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["sources"]) == 5
    only_bad = tmp_path / "bad.jsonl"
    only_bad.write_text('{"id": "x", "text": \n', encoding="utf-8")
    assert main(["cluster", str(only_bad), "--json"]) == 2
    assert "none of the 1 articles could be read" in capsys.readouterr().err
