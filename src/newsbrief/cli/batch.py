"""``newsbrief batch``: brief many articles on local processes or Ray, resumably (registered on the app).

Imported last by :mod:`newsbrief.cli`, like the story commands; errors are
translated there. Stdout stays empty (the results are in the database or the
``--out`` file); the progress bar and the summary go to stderr, and
``--quiet`` leaves only failures there, for cron.

The bar (rich, the CLI's progress library already) shows items done, failed
and skipped, articles per second and, when the number of items can be counted
cheaply beforehand (JSONL lines, a folder's files, single files), a bar and
an ETA; feeds, URLs and WARC files are not read twice to count them, so for
those it shows elapsed time only.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Annotated

import typer

from newsbrief.cli import DbOption, EngineName, app
from newsbrief.settings import Settings, load_settings

if TYPE_CHECKING:
    from rich.console import Console

    from newsbrief.batch.run import BatchSummary

_BLOCK = 1 << 20


def _count_lines(path: Path) -> int:
    count = 0
    with path.open("rb") as stream:
        while block := stream.read(_BLOCK):
            count += block.count(b"\n")
    return count


def estimate_total(sources: list[str], settings: Settings) -> int | None:
    """How many items the sources hold, when that is cheap to tell; ``None`` when it is not."""
    from newsbrief.errors import NewsbriefError
    from newsbrief.ingest.files import IngestOptions, folder_files
    from newsbrief.ingest.read import reader_for

    total = 0
    for source in sources:
        try:
            kind = reader_for(source).kind
        except NewsbriefError:  # not a source at all: the run itself reports it
            return None
        if kind == "jsonl":
            total += _count_lines(Path(source))
        elif kind == "folder":
            total += len(folder_files(Path(source), IngestOptions.from_settings(settings)))
        elif kind == "file":
            total += 1
        else:
            return None
    return total


class BatchProgress:
    """A live progress bar fed with the driver's :class:`BatchSummary` (disabled when ``quiet``)."""

    def __init__(self, total: int | None, *, quiet: bool, console: Console | None = None) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.console = console or Console(stderr=True)
        self.progress = Progress(
            SpinnerColumn(), BarColumn(bar_width=20),
            TextColumn("{task.completed}/{task.total}" if total else "{task.completed}"),
            TextColumn("done {task.fields[done]} failed {task.fields[failed]} skipped {task.fields[skipped]}"),
            TextColumn("{task.fields[rate]:.1f}/s"), TimeElapsedColumn(), TextColumn("ETA"),
            TimeRemainingColumn(), console=self.console, disable=quiet, transient=False)
        self.task = self.progress.add_task("batch", total=total, done=0, failed=0, skipped=0, rate=0.0)

    def __enter__(self) -> BatchProgress:
        self.progress.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.progress.stop()

    def update(self, summary: BatchSummary) -> None:
        """Show ``summary``'s counts."""
        self.progress.update(self.task, completed=summary.finished, done=summary.done, failed=summary.failed,
                             skipped=summary.skipped + summary.skipped_failed + summary.duplicates,
                             rate=summary.rate())


def summary_lines(summary: BatchSummary) -> list[str]:
    """The closing summary: counts, speed, stories, and each failure with its stage."""
    elapsed = time.monotonic() - summary.started
    lines = [f"{summary.done} briefed, {summary.failed} failed, {summary.skipped} already done, "
             f"{summary.duplicates} duplicate(s), {summary.retries} retried; "
             f"{elapsed:.1f} s, {summary.rate():.2f} articles/s"]
    if summary.stories:
        lines.append(f"{len(summary.stories)} story(ies) touched; see `newsbrief stories`")
    if summary.skipped_failed:
        lines.append(f"{summary.skipped_failed} item(s) failed in earlier runs were skipped; "
                     "`newsbrief batch --retry-failed` tries them again")
    lines.extend(f"failed ({stage}): {item}: {error}" for item, stage, error in summary.failures)
    return lines




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
    window: Annotated[int, typer.Option("--window", min=1, help="Items filed into stories together, in "
                                                                "publication order (keep it when re-running).")] = 32,
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
    from newsbrief.errors import InputError

    if db and out:
        raise InputError("pass either --db or --out, not both")
    if ray is not None and ray.strip() == "":
        ray = "local"
    settings = load_settings({"db": db, "allow_private": allow_private,
                              "engine": engine.value if engine else None})
    options = BatchOptions(workers=workers, item_timeout=item_timeout, max_tries=max_tries, window=window,
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
