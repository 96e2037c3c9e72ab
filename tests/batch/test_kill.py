"""kill -9 of the driver or of a worker mid-run, then the same command again: the rows of an uninterrupted run.

A real `newsbrief batch` runs in a subprocess and is killed at random points
(after a random number of ledger rows appear); one round kills a worker
instead of the driver. The seed is printed so a failing order can be replayed
(NEWSBRIEF_KILL_SEED).
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.batch.conftest import WINDOW, Snapshot, ledger, snapshot

pytestmark = pytest.mark.slow
SRC = Path(__file__).resolve().parents[2] / "src"


def _done(db: Path) -> int:
    """Ledger rows marked done so far (0 before the table exists)."""
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM batch_ledger WHERE status = 'done'").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _children(pid: int) -> list[int]:
    """Process ids whose parent is ``pid`` (the batch workers)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _start(reports: Path, db: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))}
    return subprocess.Popen([sys.executable, "-m", "newsbrief.cli", "batch", str(reports), "--db", str(db),
                             "--workers", "2", "--window", str(WINDOW), "--quiet"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)


def _kill_after(process: subprocess.Popen[bytes], db: Path, rows: int, *, worker: bool) -> list[int]:
    """Wait until ``rows`` items are done, then kill -9 a worker (``worker``) or the driver; the workers' pids."""
    deadline = time.monotonic() + 120
    while _done(db) < rows:
        if process.poll() is not None:
            error = process.stderr.read().decode() if process.stderr else ""
            raise AssertionError(f"the run ended before {rows} rows were done: {error}")
        assert time.monotonic() < deadline, "the run made no progress"
        time.sleep(0.05)
    workers = _children(process.pid)
    if worker:
        os.kill(workers[0], signal.SIGKILL)
        return workers
    os.kill(process.pid, signal.SIGKILL)
    process.wait(10)
    return workers


def test_kill_9_then_rerun_gives_the_rows_of_an_uninterrupted_run(reports: Path, clean_run: Snapshot,
                                                                   tmp_path: Path) -> None:
    seed = int(os.environ.get("NEWSBRIEF_KILL_SEED", time.time_ns() % 100_000))
    print(f"kill seed {seed}")
    rng = random.Random(seed)
    db = tmp_path / "killed.db"
    orphans: list[int] = []
    kills = 0
    try:
        for round_ in range(3):
            process = _start(reports, db)
            worker = round_ == 1  # this round loses a worker first, then its driver
            target = min(_done(db) + rng.randint(2, 7), 33)
            orphans += _kill_after(process, db, target, worker=worker)
            kills += 1
            if worker:
                target = min(_done(db) + rng.randint(2, 5), 34)
                orphans += _kill_after(process, db, target, worker=False)
                kills += 1
        finished = subprocess.run(_start(reports, db).args, env={**os.environ, "PYTHONPATH": str(SRC)},
                                  capture_output=True, timeout=300)
        assert finished.returncode == 0, finished.stderr.decode()
    finally:
        for pid in orphans:  # workers of a killed driver exit when their pipe closes; make sure
            with contextlib.suppress(OSError):
                if b"multiprocessing" in Path(f"/proc/{pid}/cmdline").read_bytes():  # still ours, not a reused pid
                    os.kill(pid, signal.SIGKILL)
    assert kills >= 4  # three driver kills and one worker kill
    assert snapshot(db) == clean_run
    rows = ledger(db)
    assert len(rows) == 36 and {status for status, _ in rows.values()} == {"done"}
    conn = sqlite3.connect(db)
    try:
        counts = [conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                  for t in ("articles", "briefs", "story_articles", "search")]
    finally:
        conn.close()
    assert counts == [36, 36, 36, 36]  # no duplicates, no gaps
