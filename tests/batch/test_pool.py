"""The local pool's bookkeeping when a worker dies: its task is reported lost, never dropped.

CI once hung for over an hour in the killed-worker test: the worker died between the
pool's look at its pipe and its second look at the process, the pool replaced it, and
the task it held was never reported, so the run waited for that item forever. This test
makes that interleaving happen on purpose, with a real worker process killed at that point.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from newsbrief.batch.items import ReadFailure, Task, item_key, stream_items
from newsbrief.batch.pool import Event, LocalPool, Lost, _Slot
from newsbrief.settings import Settings
from tests.batch.articles import article

pytestmark = pytest.mark.slow


def _long_task(tmp_path: Path) -> Task:
    """A report a few thousand words long, so the worker is still briefing it when it is killed."""
    paragraphs = [article(e, v)["text"] for e in range(6) for v in range(3)]
    row = {**article(0, 0), "text": "\n\n".join(paragraphs * 3)}
    source = tmp_path / "long.jsonl"
    source.write_text(json.dumps(row) + "\n", encoding="utf-8")
    item = next(stream_items([str(source)], Settings()))
    assert not isinstance(item, ReadFailure)
    label, raw = item
    return Task(0, item_key(raw), raw, label)


def _ready(pool: LocalPool) -> None:
    deadline = time.monotonic() + 180
    while pool.idle() == 0:
        assert time.monotonic() < deadline, "the worker did not load its model within 3 minutes"
        pool.poll(0.5)


def test_a_worker_dying_between_two_looks_has_its_task_reported_lost(tmp_path: Path) -> None:
    task = _long_task(tmp_path)
    pool = LocalPool(Settings(), 1, item_timeout=600.0)
    pool.start()
    try:
        _ready(pool)
        pool.submit(task)
        busy = pool.slots[0]
        look = pool._check

        def look_then_die(slot: _Slot) -> Event | None:
            event = look(slot)
            if slot is busy and event is None:  # the worker dies just after the pool looked at it
                slot.process.kill()
                slot.process.join(10)
            return event

        pool._check = look_then_die  # type: ignore[method-assign]
        events = pool.poll(0.0)
        pool._check = look  # type: ignore[method-assign]
        assert not busy.process.is_alive()
        deadline = time.monotonic() + 30
        while not events and time.monotonic() < deadline:
            events = pool.poll(0.5)
        assert [(type(e), e.task.seq) for e in events] == [(Lost, 0)]
        assert isinstance(events[0], Lost) and events[0].stage == "worker"
        assert pool.busy() == 0 and pool.slots[0] is not busy  # replaced once the loss was reported
        _ready(pool)  # the new worker takes work
    finally:
        pool.close()
