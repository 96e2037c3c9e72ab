"""newsbrief batch on a real local Ray cluster: the same rows as the local pool, an actor killed mid-run."""

from __future__ import annotations

import os
import shutil
import signal
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsbrief.batch import BatchOptions, run_batch
from newsbrief.batch.run import BatchSummary, Driver
from newsbrief.batch.writer import StoreSink
from newsbrief.settings import Settings
from newsbrief.store.sqlite import SQLiteStore
from tests.batch.conftest import WINDOW, Snapshot, ledger, snapshot

ray = pytest.importorskip("ray", reason="Ray is not installed: pip install 'newsbrief[ray]' to run the Ray tests")
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def ray_cluster() -> Iterator[None]:
    """A two-CPU Ray started in this process on 127.0.0.1 with its own temporary folder, stopped afterwards."""
    if ray.is_initialized():
        ray.shutdown()
    # Short: Ray's socket paths under the folder must stay below the 107-byte Unix limit.
    folder = tempfile.mkdtemp(prefix="nbray", dir="/tmp")
    ray.init(num_cpus=2, include_dashboard=False, _temp_dir=folder, _node_ip_address="127.0.0.1",
             log_to_driver=False, runtime_env={"env_vars": {"PYTHONPATH": str(Path(__file__).parents[2] / "src")}})
    try:
        yield
    finally:
        ray.shutdown()
        shutil.rmtree(folder, ignore_errors=True)


def test_ray_writes_the_rows_of_the_local_pool(ray_cluster: None, reports: Path, clean_run: Snapshot,
                                               tmp_path: Path) -> None:
    db = tmp_path / "ray.db"
    summary = run_batch([str(reports)], Settings(), BatchOptions(workers=2, window=WINDOW), db=str(db), ray="local")
    assert (summary.done, summary.failed) == (36, 0)
    assert ray.is_initialized()  # the run joined the fixture's Ray and left it running
    assert snapshot(db) == clean_run
    again = run_batch([str(reports)], Settings(), BatchOptions(workers=2, window=WINDOW), db=str(db), ray="local")
    assert (again.done, again.skipped) == (0, 36)


def test_a_killed_actor_is_restarted_and_its_item_written_once(ray_cluster: None, reports: Path,
                                                               clean_run: Snapshot, tmp_path: Path) -> None:
    from newsbrief.batch.ray_backend import RayActors

    db = tmp_path / "ray-kill.db"
    settings = Settings()
    actors = RayActors(settings, 2, item_timeout=600.0, address=None)
    killed: list[int] = []

    def kill_an_actor(summary: BatchSummary) -> None:
        # After a few items are briefed (writes come in windows, so count the briefed ones).
        if not killed and len(driver.windows.pending) >= 4 and actors.busy() and actors.worker_pids():
            pid = actors.worker_pids()[0]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    sink = StoreSink(SQLiteStore(db))
    try:
        driver = Driver([str(reports)], settings, BatchOptions(workers=2, backoff=0.1, window=WINDOW), sink, actors, kill_an_actor)
        summary = driver.run()
    finally:
        sink.close()
    assert killed
    assert (summary.done, summary.failed) == (36, 0)
    assert snapshot(db) == clean_run
    assert len(ledger(db)) == 36
