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
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from newsbrief.cli import DbOption, EngineName, Format, _library, app, eval_app
from newsbrief.settings import load_settings

if TYPE_CHECKING:
    from collections.abc import Callable

    from newsbrief.models import Document, RawDocument
    from newsbrief.settings import Settings

T = TypeVar("T")


def collection_settings(settings: Settings) -> Settings:
    """Settings for an article read as one of many (a story, a cluster, a timeline).

    Such an article counts however short: a 20-word wire flash still reports the event, and the
    evaluation sets hold many (ECB+ has dozens under 40 words). Only briefing one article alone
    needs ``min_words``; before this, one short article stopped ``cluster``, ``story`` and
    ``timeline`` for every other article.
    """
    from dataclasses import replace

    return replace(settings, min_words=1)


def read_each(sources: list[str], settings: Settings, work: Callable[[RawDocument], T]) -> list[T]:
    """``work`` applied to every article the SOURCES hold, in order.

    An article that cannot be read (empty, not English, a bad JSONL line) is skipped with a
    line on standard error naming it, so the others still count; when none can be read the
    first article's error is raised, with how many were tried.
    """
    from newsbrief.errors import InputError
    from newsbrief.ingest.read import read_documents

    results: list[T] = []
    failures: list[InputError] = []
    for source in sources:
        for raw in read_documents(source, settings):
            try:
                results.append(work(raw))
            except InputError as error:
                failures.append(error)
                name = raw.hints.id or raw.url or raw.filename or f"article {len(results) + len(failures)}"
                sys.stderr.write(f"newsbrief: skipped {name}: {error}\n")
    if not results and failures:
        raise InputError(f"none of the {len(failures)} articles could be read; the first: {failures[0]}")
    return results


def read_story_documents(sources: list[str], settings: Settings) -> list[Document]:
    """Every readable article the SOURCES hold (files, URLs, feeds, JSONL, folders), annotated."""
    from newsbrief.pipeline import annotate_raw

    loose = collection_settings(settings)
    return read_each(sources, loose, lambda raw: annotate_raw(raw, loose))


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
    return target != "-" and "://" not in target and "/" not in target and not Path(target).exists()


def _day_option(value: str | None, name: str) -> date | None:
    from newsbrief.errors import InputError

    if value is None:
        return None
    if not _is_day(value):
        raise InputError(f"{name} {value!r} is not a date; write it as YYYY-MM-DD")
    return date.fromisoformat(value)


@app.command("timeline")
def timeline_cmd(
    sources: Annotated[list[str], typer.Argument(help="The story's articles: files, URLs, feeds, JSONL, folders.")],
    max_dates: Annotated[int, typer.Option("--max-dates", min=1, max=1000, help="At most N dates.")] = 10,
    sentences_per_date: Annotated[int, typer.Option("--sentences-per-date", min=1, max=20,
                                                    help="At most K sentences per date.")] = 1,
    start: Annotated[str | None, typer.Option("--start", help="First date (YYYY-MM-DD).")] = None,
    end: Annotated[str | None, typer.Option("--end", help="Last date (YYYY-MM-DD).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON: {\"entries\": [...]}.")] = False,
) -> None:
    """The dates that matter across the articles, each with the sentences that tell it (cited)."""
    import json

    from newsbrief.ingest.extract import extract
    from newsbrief.stories.timeline import TimelineArticle, build_timeline, timeline_dict

    settings = collection_settings(load_settings({}))
    first, last = _day_option(start, "--start"), _day_option(end, "--end")
    # No parse: the timeline tags dates on rule-split sentences, fast enough for hundreds of articles.
    articles = read_each(sources, settings, lambda raw: TimelineArticle.from_article(extract(raw, settings)))
    timeline = build_timeline(articles, max_dates=max_dates, sentences_per_date=sentences_per_date,
                              start=first, end=last)
    if as_json:
        sys.stdout.write(json.dumps(timeline_dict(timeline), ensure_ascii=False, indent=2) + "\n")
        return
    for entry in timeline.entries:
        sys.stdout.write(f"{entry.date}\n")
        for sentence in entry.summary:
            sys.stdout.write(f"  - {sentence}\n")


@eval_app.command("timeline")
def eval_timeline(
    data: Annotated[Path, typer.Option("--data", help="The t17 folder (one sub-folder per topic).")],
    systems: Annotated[str, typer.Option("--systems", help="Comma-separated: newsbrief, pubcount.")] = (
        "pubcount,newsbrief"),
    topics: Annotated[str | None, typer.Option("--topics", help="Comma-separated topic folders (default all).")] = None,
    rouge: Annotated[str, typer.Option("--rouge", help="perl (ROUGE-1.5.5, published) or python (approx.).")] = "perl",
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the report as JSON here.")] = None,
) -> None:
    """Timeline summarization on T17: alignment-based ROUGE-1/2 F1 and Date-F1 (news-tls averaging)."""
    from newsbrief.cli import _emit
    from newsbrief.evaluation.timeline import run_timeline_eval

    names = [s.strip() for s in systems.split(",") if s.strip()]
    chosen = [t.strip() for t in topics.split(",")] if topics else None
    report = run_timeline_eval(data, systems=names, topics=chosen, rouge=rouge)
    for name, result in report["systems"].items():
        sys.stdout.write(f"{name:10s} AR1-F {result['AR1-F']:.3f}  AR2-F {result['AR2-F']:.3f}  "
                         f"Date-F1 {result['Date-F1']:.3f}  max {result['max_seconds']:.1f} s/topic\n")
    _emit(report, json_out, echo=False)


@app.command("cluster")
def cluster_cmd(
    sources: Annotated[list[str], typer.Argument(help="Articles: files, URLs, feeds, JSONL, folders, WARC.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON: {\"stories\": [...]}.")] = False,
) -> None:
    """Group articles into stories in the order given, without storing anything.

    An article is named by its JSONL ``id``, else its URL, else its file name.
    """
    import json
    from dataclasses import replace

    from newsbrief.pipeline import annotate_raw
    from newsbrief.stories.cluster import cluster_items
    from newsbrief.stories.items import ClusterItem, item_from_document

    settings = collection_settings(load_settings({}))

    def item(raw: RawDocument) -> ClusterItem:
        doc = annotate_raw(raw, settings)
        return replace(item_from_document(doc), id=raw.hints.id or raw.url or raw.filename or doc.article.id)

    stories = cluster_items(read_each(sources, settings, item))
    if as_json:
        payload = {"stories": [{"story_id": s.story_id, "articles": list(s.articles)} for s in stories]}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return
    for story in stories:
        sys.stdout.write(f"{story.story_id}\t{len(story.articles)}\t{', '.join(story.articles)}\n")


@eval_app.command("cluster")
def eval_cluster(
    data: Annotated[Path, typer.Option("--data", help="ECB+ JSONL (id, topic, subtopic, text).")],
    multi: Annotated[Path | None, typer.Option("--multi", help="Also a mixture of these Multi-News clusters.")] = None,
    orders: Annotated[int, typer.Option("--orders", min=1, help="Random document orders to average over.")] = 30,
    seed: Annotated[int, typer.Option("--seed")] = 0,
    embeddings: Annotated[bool, typer.Option("--embeddings", help="Add a run with MiniLM embeddings.")] = False,
    cache: Annotated[Path | None, typer.Option("--cache", help="Keep spaCy entities here between runs.")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the report as JSON here.")] = None,
) -> None:
    """Story clustering: B-cubed and pairwise F1, stories and articles/s, beside two TF-IDF baselines."""
    from newsbrief.cli import _emit
    from newsbrief.evaluation.cluster import run_cluster_eval

    report = run_cluster_eval(data, multinews=multi, orders=orders, seed=seed, embeddings=embeddings,
                              entity_cache_dir=cache)
    _emit(report, json_out)


@eval_app.command("claims")
def eval_claims(
    data: Annotated[Path, typer.Option("--data", help="The planted-difference set (JSONL, one story a line).")] = (
        Path("tests/data/claims/planted.jsonl")),
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the report as JSON here.")] = None,
) -> None:
    """Claim comparison on planted differences: precision and recall per relation."""
    from newsbrief.cli import _emit
    from newsbrief.evaluation.claims import run_claims_eval

    _emit(run_claims_eval(data, load_settings({})), json_out)
