"""Briefs in worker processes (``newsbrief.worker``): an overrun is stopped with a clear error and the
pool recovers, a memory breach gives the memory error, library errors arrive as themselves, a stop
kills the brief at once. Real processes and real articles (``tests/hostile/cases.py``), no mocks."""

from __future__ import annotations

import os
import re
import signal
import threading
import time
from collections.abc import Iterator

import pytest

from newsbrief.budget import BriefMemoryError, BriefTimeoutError
from newsbrief.errors import ConfigError, HTTPStatusError, UnsupportedLanguageError
from newsbrief.ingest.extract import extract
from newsbrief.models import Brief, RawDocument
from newsbrief.serialize import brief_dict
from newsbrief.settings import Settings
from newsbrief.worker import GRACE_SECONDS, Limits, WorkerCrashError, WorkerPool, WorkStopped
from tests.conftest import EXAMPLES
from tests.hostile.cases import ARABIC, prose

SEAWALL = RawDocument((EXAMPLES / "sea-wall.txt").read_bytes(), filename="sea-wall.txt")
# About 3.5 s of briefing on 2 cores once the model is loaded: well past a 0.5 s limit.
LONG = RawDocument(prose(5_000).encode("utf-8"), content_type="text/plain")


# Work for the worker processes: module-level, so it pickles.
def allocate(megabytes: int) -> int:
    """Hold ``megabytes`` of memory for a moment."""
    return len(bytearray(megabytes * 1024 * 1024))


def refuse(status: int) -> None:
    """A library error whose retryable flag is decided per error."""
    raise HTTPStatusError(f"the server answered {status}", retryable=status >= 500)


def crash() -> None:
    """A bug."""
    raise ValueError("a bug in the worker")


@pytest.fixture(scope="module")
def pool() -> Iterator[WorkerPool]:
    with WorkerPool(1) as workers:
        workers.warm()
        yield workers


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.mark.slow
def test_an_overrun_is_killed_with_a_clear_error_and_the_pool_recovers(pool: WorkerPool,
                                                                        seawall_brief: Brief) -> None:
    assert pool.brief(SEAWALL, Settings())[1].source.title  # the worker's model is loaded
    [before] = pool.worker_pids()
    started = time.monotonic()
    with pytest.raises(BriefTimeoutError) as caught:
        pool.brief(LONG, Settings(brief_timeout=0.5))
    assert time.monotonic() - started < 0.5 + GRACE_SECONDS + 1.5
    message = str(caught.value)
    assert message.startswith("the article took longer than 0.5 s to brief, so it was stopped after 0.")
    words = len(extract(LONG, Settings()).text.split())
    assert f"it has {words:,} words" in message and caught.value.words == words
    assert "raise brief_timeout" in message and caught.value.exit_code == 2
    assert gone(before)  # killed, not left parsing
    # The next article is briefed, by a fresh worker, exactly as in this process.
    doc, brief = pool.brief(SEAWALL, Settings())
    assert brief_dict(brief) == brief_dict(seawall_brief)
    assert doc.article.text == brief.text and before not in pool.worker_pids()


@pytest.mark.slow
def test_a_memory_breach_gives_the_memory_error(pool: WorkerPool) -> None:
    limits = Limits(seconds=60, memory_mb=1536)
    assert pool.call(allocate, (64,), limits) == 64 * 1024 * 1024
    started = time.monotonic()
    with pytest.raises(BriefMemoryError) as caught:
        pool.call(allocate, (2048,), limits, content_bytes=1234)
    message = str(caught.value)
    assert re.match(r"briefing the article needed more than the 1,536 MB of memory a brief may use, so it was "
                    r"stopped after \d+\.\d s; its page has 1,234 bytes", message), message
    assert "raise brief_memory_mb" in message and time.monotonic() - started < 30
    assert pool.call(allocate, (64,), limits) == 64 * 1024 * 1024  # a fresh worker took over
    # A cap below what a worker holds before reading anything is a setting to fix, not an article too large
    # (200 MB: the model alone maps about 300 MB of address space since torch is no longer imported with it).
    with pytest.raises(ConfigError, match=r"brief_memory_mb is 200 MB, but a brief worker holds [\d,]+ MB"):
        pool.brief(SEAWALL, Settings(brief_memory_mb=200))


@pytest.mark.slow
def test_library_errors_arrive_as_themselves(pool: WorkerPool) -> None:
    arabic = RawDocument(("عنوان\n\n" + ARABIC).encode("utf-8"), content_type="text/plain")
    with pytest.raises(UnsupportedLanguageError) as here:
        extract(arabic, Settings())
    with pytest.raises(UnsupportedLanguageError) as there:
        pool.brief(arabic, Settings())
    assert type(there.value) is type(here.value) and str(there.value) == str(here.value)
    assert there.value.exit_code == 2
    with pytest.raises(HTTPStatusError, match="the server answered 503") as refused:
        pool.call(refuse, (503,), Limits(10, 0))
    assert refused.value.retryable and refused.value.exit_code == 3  # the instance's flag, not the class's
    with pytest.raises(HTTPStatusError) as missing:
        pool.call(refuse, (404,), Limits(10, 0))
    assert not missing.value.retryable
    with pytest.raises(WorkerCrashError, match="ValueError: a bug in the worker"):
        pool.call(crash, (), Limits(10, 0))
    [pid] = pool.worker_pids()
    assert pool.call(allocate, (1,), Limits(10, 0)) == 1024 * 1024 and pool.worker_pids() == [pid]  # kept


@pytest.mark.slow
def test_a_stop_kills_the_brief_at_once(pool: WorkerPool) -> None:
    pool.brief(SEAWALL, Settings())  # the model is loaded
    stop = threading.Event()
    threading.Timer(0.3, stop.set).start()
    started = time.monotonic()
    with pytest.raises(WorkStopped):
        pool.brief(LONG, Settings(brief_timeout=60), stop=stop)
    assert time.monotonic() - started < 0.3 + GRACE_SECONDS + 1.5


@pytest.mark.slow
def test_a_worker_killed_while_idle_is_replaced(pool: WorkerPool) -> None:
    pool.warm()
    [pid] = pool.worker_pids()
    os.kill(pid, signal.SIGKILL)
    time.sleep(0.5)  # dead (a worker dying the moment it is handed a brief gives WorkerDiedError)
    assert (pool.brief(SEAWALL, Settings())[1].source.title or "").startswith("Coastal town")
