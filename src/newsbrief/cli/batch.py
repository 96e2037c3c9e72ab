"""``newsbrief batch``: brief many articles on local processes or Ray, resumably (registered on the app).

Imported last by :mod:`newsbrief.cli`, like the story commands; errors are
translated there. Stdout stays empty (the results are in the database or the
``--out`` file); the progress bar and the summary go to stderr, and
``--quiet`` leaves only failures there, for cron.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from newsbrief.cli import DbOption, EngineName, app
from newsbrief.settings import load_settings


@app.command("batch")
def batch_cmd(
    sources: Annotated[list[str], typer.Argument(
        help="Feeds, WARC and JSONL files, folders, URLs or files; read as a stream.")],
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Worker processes (or Ray actors).")] = 2,
    ray: Annotated[str | None, typer.Option(
        "--ray", help="Run on Ray: 'local' starts it here; or a cluster address (ray://head:10001). "
                      "RAY_ADDRESS is read when 'local' is given.")] = None,
    db: DbOption = None,
    out: Annotated[Path | None, typer.Option("--out", help="Write the briefs to this JSONL file instead "
                                                           "of the database (no stories).")] = None,
    engine: Annotated[EngineName | None, typer.Option("--engine", help="extractive (offline) or llm.")] = None,
    retry_failed: Annotated[bool, typer.Option("--retry-failed", help="Try items earlier runs gave up on.")] = False,
    item_timeout: Annotated[float, typer.Option("--item-timeout", min=0.1,
                                                help="Seconds one item may take before its worker is "
                                                     "stopped and the item retried.")] = 600.0,
    max_tries: Annotated[int, typer.Option("--max-tries", min=1,
                                           help="Tries before an item is recorded as failed.")] = 3,
    stories: Annotated[bool, typer.Option("--stories/--no-stories", help="File articles into stories.")] = True,
    allow_private: Annotated[bool | None, typer.Option("--allow-private")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary; failures only.")] = False,
) -> None:
    """Brief every article of the sources with several workers and store each once; run it again after
    a crash or a kill to finish (a ledger in the database skips what is done).

    Articles are filed into stories by one consumer in publication order, so the stories do not
    depend on the number of workers. Exits 1 if any item failed in this run.
    """
    from newsbrief.batch import BatchOptions, run_batch
    from newsbrief.batch.progress import BatchProgress, estimate_total, summary_lines
    from newsbrief.errors import InputError

    if db and out:
        raise InputError("pass either --db or --out, not both")
    if ray is not None and ray.strip() == "":
        ray = "local"
    settings = load_settings({"db": db, "allow_private": allow_private,
                              "engine": engine.value if engine else None})
    options = BatchOptions(workers=workers, item_timeout=item_timeout, max_tries=max_tries,
                           retry_failed=retry_failed, stories=stories and out is None)
    with BatchProgress(None if quiet else estimate_total(sources, settings), quiet=quiet) as progress:
        summary = run_batch(sources, settings, options, db=db, out=out, ray=ray, on_progress=progress.update)
    lines = summary_lines(summary)
    if quiet:
        lines = [line for line in lines if line.startswith("failed")]
    for line in lines:
        sys.stderr.write(f"newsbrief: {line}\n")
    if summary.failed:
        raise typer.Exit(1)
