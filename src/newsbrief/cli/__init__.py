"""The ``newsbrief`` command line (typer). Errors are translated to messages here only.

Exit codes: 0 ok, 2 bad usage or input, 3 fetch refused or failed, 4 no article
found in the page, 5 the LLM endpoint failed, 6 the library database failed,
1 any other newsbrief error.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from typer.exceptions import TyperException

from newsbrief import __version__
from newsbrief.errors import NewsbriefError
from newsbrief.settings import load_settings

if TYPE_CHECKING:
    from newsbrief.store.base import Store

app = typer.Typer(
    name="newsbrief",
    help="Turn news articles into grounded analytical briefs.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def options(
    verbose: Annotated[
        int, typer.Option("--verbose", "-v", count=True, help="Log progress to stderr; -vv adds stage timings.")
    ] = 0,
) -> None:
    """Turn news articles into grounded analytical briefs."""
    if verbose:
        import logging

        logger = logging.getLogger("newsbrief")
        # One handler however often main() runs in a process (tests call it many times).
        if not any(getattr(h, "newsbrief_cli", False) for h in logger.handlers):
            handler = logging.StreamHandler(sys.stderr)
            handler.setFormatter(logging.Formatter("newsbrief: %(levelname)s %(name)s: %(message)s"))
            handler.newsbrief_cli = True  # type: ignore[attr-defined]
            logger.addHandler(handler)
        logger.setLevel(logging.INFO if verbose == 1 else logging.DEBUG)


class EngineName(str, Enum):
    """Engines of ``newsbrief brief``."""

    extractive = "extractive"
    llm = "llm"


class Format(str, Enum):
    """Output formats of ``newsbrief brief``."""

    markdown = "markdown"
    json = "json"
    html = "html"
    prose = "prose"


@app.command()
def brief(
    source: Annotated[str, typer.Argument(help="http(s) URL, .html/.htm/.txt/.md file, or - for stdin")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.markdown,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file.")] = None,
    allow_private: Annotated[
        bool | None,
        typer.Option("--allow-private", help="Allow fetching from private/loopback addresses."),
    ] = None,
    engine: Annotated[
        EngineName | None, typer.Option("--engine", help="extractive (offline) or llm (setting engine).")
    ] = None,
    model: Annotated[str | None, typer.Option("--model", help="LLM model (setting llm_model).")] = None,
    base_url: Annotated[
        str | None, typer.Option("--base-url", help="OpenAI-compatible endpoint (llm_base_url).")
    ] = None,
    show_rejected: Annotated[
        bool, typer.Option("--show-rejected", help="List generated sentences the verifier refused.")
    ] = False,
    timeout: Annotated[float | None, typer.Option(
        "--timeout", help="Seconds the brief may take before it is stopped (setting brief_timeout).")] = None,
) -> None:
    """Brief one article and print it (Markdown by default), in a worker process with a time and memory limit."""
    from newsbrief.render import render
    from newsbrief.worker import brief_in_worker

    settings = load_settings({"allow_private": allow_private, "llm_model": model, "llm_base_url": base_url,
                              "engine": engine.value if engine else None, "brief_timeout": timeout})
    result = brief_in_worker(source, settings)
    text = render(result, fmt.value)
    if show_rejected:
        for r in result.rejected:
            sys.stderr.write(f"rejected ({r.section}): {r.text}\n  reason: {r.reason}\n")
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")


@app.command()
def verify(
    brief_json: Annotated[Path, typer.Argument(help="A brief written with --format json.")],
    source: Annotated[
        str | None, typer.Option("--source", help="Check the brief's sentences against this source.")
    ] = None,
) -> None:
    """Check every generated statement of a JSON brief against its cited sentences.

    Exits 0 when all pass and 1 when any fails.
    """
    from newsbrief.llm.verify import check_brief_file

    settings = load_settings()
    lines, ok = check_brief_file(brief_json, source, settings)
    sys.stdout.write("\n".join(lines) + "\n")
    if not ok:
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the brief."""
    from newsbrief.render.json import schema_json

    sys.stdout.write(schema_json())


@contextmanager
def _library(db: str | None) -> Iterator[Store]:
    """The store named by --db (or settings), closed afterwards."""
    from newsbrief.store import open_store

    store = open_store(load_settings({"db": db}).db or None)
    try:
        yield store
    finally:
        store.close()


DbOption = Annotated[
    str | None, typer.Option("--db", help="SQLite file or postgresql:// URL (setting db, NEWSBRIEF_DB).")
]


@app.command()
def add(
    sources: Annotated[list[str], typer.Argument(
        help="URLs (pages or feeds), files (.html/.txt/.md, .jsonl, feeds, .warc[.gz]) or folders.")],
    db: DbOption = None,
    allow_private: Annotated[bool | None, typer.Option("--allow-private")] = None,
    engine: Annotated[
        EngineName | None, typer.Option("--engine", help="extractive (offline) or llm (setting engine).")
    ] = None,
    stories: Annotated[bool, typer.Option("--stories/--no-stories",
                                          help="File each article into its story (default).")] = True,
) -> None:
    """Brief and store every article the sources hold, grouping them into stories as they arrive;
    one failed article does not stop the rest.

    A source may hold many articles (a feed, a JSONL file, a WARC, a folder); each is
    counted on its own. The same article twice (same canonical URL or same text) is
    stored once. Exits 1 if any article or source failed.
    """
    import hashlib

    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn

    from newsbrief.ingest.read import read_documents
    from newsbrief.store import open_store
    from newsbrief.store.base import canonical_url
    from newsbrief.stories.library import file_into_story
    from newsbrief.worker import shared_pool

    settings = load_settings({"db": db, "allow_private": allow_private,
                              "engine": engine.value if engine else None})
    store = open_store(settings.db or None)
    pool = shared_pool()  # one warm worker for the run, replaced if a brief overruns
    pool.reserve(1)
    pool.warm()  # it loads the model while the first source is read
    failures: list[tuple[str, str]] = []
    seen: set[str] = set()
    story_ids: set[str] = set()
    stored = duplicates = 0
    console = Console(stderr=True)  # the bar goes to stderr so stdout stays a clean "id<TAB>title" list
    try:
        with Progress(SpinnerColumn(), TextColumn("{task.description}: {task.completed} documents"),
                      console=console, disable=not console.is_terminal, transient=True) as progress:
            task = progress.add_task("briefing", total=None)
            for source in sources:
                documents = read_documents(source, settings)
                while True:
                    try:
                        raw = next(documents, None)
                        if raw is None:
                            break
                    except NewsbriefError as exc:  # the source itself failed: nothing more from it
                        failures.append((source, str(exc)))
                        break
                    # The store keeps one row per canonical URL or text; skipping an exact repeat
                    # within this run also saves briefing it twice.
                    keys = {"sha:" + hashlib.sha256(raw.content).hexdigest()} if raw.content else set()
                    if canonical_url(raw.url):
                        keys.add("url:" + str(canonical_url(raw.url)))
                    if keys & seen:
                        duplicates += 1
                        progress.advance(task)
                        continue
                    try:
                        doc, brief = pool.brief(raw, settings)  # then stored and filed here, in this process
                        brief_id = store.save(brief, brief.text)
                        stored_brief = store.get_brief(brief_id) if stories else None
                        if stored_brief and (story_id := file_into_story(store, stored_brief.article_id, doc)):
                            story_ids.add(story_id)
                        seen.update(keys)
                        stored += 1
                        sys.stdout.write(f"{brief_id}\t{brief.source.title or raw.url or source}\n")
                    except NewsbriefError as exc:
                        failures.append((raw.url or raw.hints.id or raw.filename or source, str(exc)))
                    progress.advance(task)
    finally:
        store.close()
    for name, message in failures:
        sys.stderr.write(f"newsbrief: failed: {name}: {message}\n")
    if duplicates:
        sys.stderr.write(f"newsbrief: {duplicates} duplicate(s) skipped\n")
    if story_ids:
        sys.stderr.write(f"newsbrief: {stored} article(s) in {len(story_ids)} story(ies); see `newsbrief stories`\n")
    if failures:
        sys.stderr.write(f"newsbrief: {stored} of {stored + len(failures)} stored\n")
        raise typer.Exit(1)


@app.command("list")
def list_cmd(
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit")] = 20,
) -> None:
    """List stored briefs, newest first."""
    with _library(db) as store:
        for b in store.list_briefs(limit):
            sys.stdout.write(f"{b.id}\t{b.created_at[:10]}\t{b.title or '(untitled)'}\t{b.url or ''}\n")


@app.command()
def show(
    brief_id: Annotated[int, typer.Argument(help="Brief id (see `newsbrief list`).")],
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.markdown,
    db: DbOption = None,
) -> None:
    """Print a stored brief."""
    from newsbrief.errors import InputError
    from newsbrief.render import render
    from newsbrief.serialize import brief_from_dict

    with _library(db) as store:
        stored = store.get_brief(brief_id)
    if stored is None:
        raise InputError(f"there is no brief {brief_id}; see `newsbrief list`")
    sys.stdout.write(render(brief_from_dict(stored.brief), fmt.value))


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to look for.")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit")] = 20,
) -> None:
    """Full-text search over titles, article text and brief statements."""
    from newsbrief.store.base import MARK_END, MARK_START

    with _library(db) as store:
        for hit in store.search(query, limit):
            snippet = hit.snippet.replace(MARK_START, "[").replace(MARK_END, "]").replace("\n", " ")
            sys.stdout.write(f"{hit.brief_id}\t{hit.title or '(untitled)'}\t{snippet}\n")


@app.command()
def delete(
    brief_id: Annotated[int, typer.Argument(help="Brief id to delete.")],
    db: DbOption = None,
) -> None:
    """Delete a stored brief (its article is kept)."""
    from newsbrief.errors import InputError

    with _library(db) as store:
        if not store.delete_brief(brief_id):
            raise InputError(f"there is no brief {brief_id}; see `newsbrief list`")
    sys.stdout.write(f"deleted brief {brief_id}\n")


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port")] = 8000,
    db: DbOption = None,
    insecure: Annotated[bool, typer.Option("--insecure", help="Listen beyond loopback without a token.")] = False,
) -> None:
    """Run the web app and REST API."""
    import ipaddress
    import os

    import uvicorn

    from newsbrief.errors import ConfigError
    from newsbrief.web.app import create_app, server_options

    token = os.environ.get("NEWSBRIEF_API_TOKEN") or None
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback and not token and not insecure:
        raise ConfigError(
            f"refusing to listen on {host} without an access token: set NEWSBRIEF_API_TOKEN, "
            "or pass --insecure if the network is yours alone"
        )
    settings = load_settings({"db": db})
    # Forwarded headers only from the configured trusted proxies (uvicorn trusts loopback by default).
    uvicorn.run(create_app(settings, token=token), host=host, port=port, log_level="info",
                **server_options(settings))


def _emit(report: object, json_out: Path | None, echo: bool = True) -> None:
    """Print an evaluation report as JSON (unless the command printed a table) and write it to --json."""
    import json

    text = json.dumps(report, indent=2) + "\n"
    if echo:
        sys.stdout.write(text)
    if json_out is not None:
        json_out.write_text(text, encoding="utf-8")


eval_app = typer.Typer(help="Measure brief quality and speed on benchmark data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


@eval_app.command("summ")
def eval_summ(
    data: Annotated[Path, typer.Option("--data", help="JSONL file or folder with article and reference.")],
    limit: Annotated[int | None, typer.Option("--limit", help="Use only the first N articles.")] = None,
    systems: Annotated[str, typer.Option("--systems", help="Comma-separated systems.")] = (
        "newsbrief,lead3,textrank,lexrank"
    ),
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the report as JSON here.")] = None,
    multi: Annotated[bool, typer.Option(
        "--multi", help="Multi-document: story summaries of clusters (Multi-News JSONL) against Lead, "
                        "LexRank and TextRank.")] = False,
    limit_words: Annotated[int | None, typer.Option(
        "--limit-words", help="With --multi: the output budget (default: the median reference length).")] = None,
) -> None:
    """Key-point ROUGE of newsbrief and baselines against reference summaries (--multi: of stories)."""
    names = [s.strip() for s in systems.split(",") if s.strip()]
    if multi:
        from newsbrief.evaluation.multi import format_multi_table, run_multi_eval
        from newsbrief.evaluation.multi_baselines import MULTI_BASELINES

        if systems == "newsbrief,lead3,textrank,lexrank":  # the single-article default
            names = ["newsbrief", *MULTI_BASELINES]
        report = run_multi_eval(data, limit_words=limit_words, limit=limit, systems=names)
        sys.stdout.write(format_multi_table(report) + "\n")
    else:
        from newsbrief.evaluation.summ import evaluate, format_table

        report = evaluate(data, names, limit, load_settings())
        sys.stdout.write(format_table(report) + "\n")
    _emit(report, json_out, echo=False)


@eval_app.command("extract")
def eval_extract(
    data: Annotated[Path, typer.Option("--data", help="The extraction benchmark folder.")],
    limit: Annotated[int | None, typer.Option("--limit", help="Use only the first N pages.")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the report as JSON here.")] = None,
) -> None:
    """Article-extraction F1 of newsbrief and plain trafilatura."""
    from newsbrief.evaluation.extraction import evaluate_extraction

    report = evaluate_extraction(data, load_settings(), limit)
    for name in ("newsbrief", "trafilatura"):
        r = report[name]
        sys.stdout.write(f"{name:<12} F1 {r['f1']:.3f}  P {r['precision']:.3f}  R {r['recall']:.3f}  "
                         f"{r['pages_per_s']:.1f} pages/s\n")
    _emit(report, json_out, echo=False)


@eval_app.command("labelled")
def eval_labelled(
    data: Annotated[Path, typer.Option("--data", help="Folder with the labelled sets.")] = Path("tests/data"),
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the report as JSON here.")] = None,
) -> None:
    """Date normalization, quote speakers and sentence classes on labelled sets."""
    from newsbrief.evaluation.checks import score_all

    report = score_all(data)
    _emit(report, json_out)


@eval_app.command("attribution")
def eval_attribution(
    data: Annotated[Path, typer.Option("--data", help="PolNeAR JSONL (one article per line).")] = Path(
        "../shared/data/attribution/polnear_dev.jsonl"
    ),
    split: Annotated[str | None, typer.Option("--split", help="Only articles of this split (train, dev).")] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="Use only the first N articles.")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the report as JSON here.")] = None,
) -> None:
    """Who-said-what extraction: content P/R/F1 (50 % overlap), speaker accuracy, end-to-end F1."""
    from newsbrief.evaluation.attribution import evaluate_attribution

    report = evaluate_attribution(data, split, limit)
    _emit(report, json_out)


@eval_app.command("reader")
def eval_reader(
    data: Annotated[Path, typer.Option("--data", help="Folder with the reader-grade sets.")] = Path(
        "tests/data/reader"
    ),
    extraction: Annotated[Path, typer.Option("--extraction", help="The extraction benchmark folder.")] = Path(
        "../shared/data/extraction"
    ),
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the report as JSON here.")] = None,
) -> None:
    """Attribution, figure labels, dates, furniture lines and main point on the reader-grade sets."""
    from newsbrief.evaluation.reader import score_reader_sets

    report = score_reader_sets(data, extraction if extraction.exists() else None)
    _emit(report, json_out)


@eval_app.command("speed")
def eval_speed(
    data: Annotated[Path, typer.Option("--data", help="JSONL file with an article field.")] = Path(
        "../shared/data/summ/cnndm_summeval.jsonl"
    ),
    limit: Annotated[int | None, typer.Option("--limit", help="Use only the first N articles.")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the report as JSON here.")] = None,
) -> None:
    """Articles/s and words/s of the spaCy parse alone and of the full brief, and peak RSS."""
    from newsbrief.evaluation.summ import format_speed, measure_speed

    report = measure_speed(data, load_settings(), limit)
    sys.stdout.write(format_speed(report) + "\n")
    _emit(report, json_out, echo=False)


@app.command()
def version() -> None:
    """Print the version."""
    sys.stdout.write(f"newsbrief {__version__}\n")


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the app and turn errors into a message and an exit code."""
    try:
        result = app(args=argv, standalone_mode=False)
    except NewsbriefError as exc:
        sys.stderr.write(f"newsbrief: error: {exc}\n")
        return exc.exit_code
    except typer.Exit as exc:
        return int(getattr(exc, "exit_code", 0) or 0)
    except typer.Abort:
        sys.stderr.write("newsbrief: aborted\n")
        return 130
    except TyperException as exc:  # usage errors: bad option, missing argument
        show = getattr(exc, "show", None)
        if callable(show):
            show()
        else:
            sys.stderr.write(f"newsbrief: error: {exc}\n")
        return 2
    except OSError as exc:
        sys.stderr.write(f"newsbrief: error: {exc}\n")
        return 2
    # In non-standalone mode click returns a command's typer.Exit code instead of raising it.
    return result if isinstance(result, int) else 0


def run() -> None:
    """Console-script wrapper."""
    raise SystemExit(main())


# The story, claim and batch commands register themselves on `app` (modules of this package, imported last).
from newsbrief.cli import batch, consistency, stance, stories  # noqa: E402

__all__ = ["app", "batch", "consistency", "eval_app", "main", "run", "stance", "stories"]
