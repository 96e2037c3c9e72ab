"""The progress bar and the closing summary of ``newsbrief batch`` (rich, on stderr).

The bar shows items done, failed and skipped, articles per second and, when
the number of items can be counted cheaply beforehand (JSONL lines, a
folder's files, single files), a bar and an ETA; feeds, URLs and WARC files
are not read twice to count them, so for those the bar shows elapsed time only.
rich is already the CLI's progress library, so nothing new is installed.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from newsbrief.batch.run import BatchSummary
from newsbrief.ingest.files import IngestOptions, folder_files
from newsbrief.ingest.read import reader_for
from newsbrief.settings import Settings

_BLOCK = 1 << 20


def _count_lines(path: Path) -> int:
    count = 0
    with path.open("rb") as stream:
        while block := stream.read(_BLOCK):
            count += block.count(b"\n")
    return count


def estimate_total(sources: list[str], settings: Settings) -> int | None:
    """How many items the sources hold, when that is cheap to tell; ``None`` when it is not."""
    total = 0
    for source in sources:
        try:
            kind = reader_for(source).kind
        except Exception:
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
    import time

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
