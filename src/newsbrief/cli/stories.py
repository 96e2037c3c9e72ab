"""The story commands of the ``newsbrief`` command line: stories, story, cluster, timeline.

Registered on the one typer app of :mod:`newsbrief.cli` (which imports this
module last); errors are translated there, in one place. Interfaces that
scripts outside the repository rely on (keep them stable):

- ``newsbrief cluster SOURCES... --json`` prints ``{"stories": [{"story_id": "...",
  "articles": ["<id or url>", ...]}]}``;
- ``newsbrief story ID | SOURCES... [--format markdown|json|html|prose]``;
- ``newsbrief timeline SOURCES... --max-dates N --sentences-per-date K --start --end --json``
  prints ``{"entries": [{"date": "YYYY-MM-DD", "summary": [...], "citations": [...]}]}``.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from newsbrief.cli import DbOption, EngineName, Format, _library, app
from newsbrief.settings import load_settings

if TYPE_CHECKING:
    from newsbrief.models import Document
    from newsbrief.settings import Settings


def read_story_documents(sources: list[str], settings: Settings) -> list[Document]:
    """Every article the SOURCES hold (files, URLs, feeds, JSONL, folders), annotated."""
    from newsbrief.ingest.read import read_documents
    from newsbrief.pipeline import annotate_raw

    return [annotate_raw(raw, settings) for source in sources for raw in read_documents(source, settings)]


@app.command("stories")
def stories_cmd(
    since: Annotated[str | None, typer.Option("--since", help="Only stories seen on or after YYYY-MM-DD.")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=1000)] = 20,
    offset: Annotated[int, typer.Option("--offset", min=0)] = 0,
    db: DbOption = None,
) -> None:
    """List stored stories, most recently updated first: id, first and last seen, articles, outlets, headline."""
    from newsbrief.errors import InputError

    if since is not None and not _is_day(since):
        raise InputError(f"--since {since!r} is not a date; write it as YYYY-MM-DD")
    with _library(db) as store:
        for story in store.list_stories(since, limit, offset):
            outlets = ", ".join(story.outlets) or "-"
            sys.stdout.write(f"{story.id}\t{story.first_seen or '-'}\t{story.last_seen or '-'}\t"
                             f"{len(story.article_ids)}\t{outlets}\t{story.title or '(untitled)'}\n")


def _is_day(text: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


@app.command("story")
def story_cmd(
    targets: Annotated[list[str], typer.Argument(help="A stored story id, or the articles (files, URLs, "
                                                       "feeds, JSONL, folders) to brief as one story.")],
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.markdown,
    engine: Annotated[EngineName | None, typer.Option("--engine", help="Engine for the articles' briefs.")] = None,
    db: DbOption = None,
) -> None:
    """Brief a stored story by its id, or the given articles as one story."""
    from newsbrief.render import render
    from newsbrief.stories.brief import brief_story
    from newsbrief.stories.library import brief_stored_story

    settings = load_settings({"db": db, "engine": engine.value if engine else None})
    if len(targets) == 1 and _looks_like_story_id(targets[0]):
        with _library(db) as store:
            brief = brief_stored_story(store, targets[0], settings)
    else:
        brief = brief_story(read_story_documents(targets, settings), settings)
    sys.stdout.write(render(brief, fmt.value))


def _looks_like_story_id(target: str) -> bool:
    """A story id is not a path, a URL or stdin (ids are short lower-case words and digits)."""
    from pathlib import Path

    return target != "-" and "://" not in target and "/" not in target and not Path(target).exists()
