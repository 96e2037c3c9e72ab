"""``newsbrief batch``: brief any number of articles on local processes or a Ray cluster, resumably.

The pieces: :mod:`~newsbrief.batch.items` (keys, tasks, the worker's
briefing), :mod:`~newsbrief.batch.pool` (the local process pool),
:mod:`~newsbrief.batch.ray_backend` (Ray actors; the only module that imports
ray, an optional extra: ``pip install newsbrief[ray]``),
:mod:`~newsbrief.batch.writer` (ordered, idempotent writes and the ledger) and
:mod:`~newsbrief.batch.run` (the driver loop). :func:`run_batch` puts them
together; the CLI and tests call it.

Why Ray for more than one machine: it is a general task and actor engine
that runs the same Python on a laptop and on a cluster (``ray start`` on each
node), keeps a stateful actor per worker (the spaCy model loaded once), and
restarts dead actors and retries their tasks, with no job framework or
serialisation format of its own to learn. Spark or Dask would serve too, but
both are built around data frames and partitions rather than one long-lived
model per worker.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from newsbrief.batch.run import Backend, BatchOptions, BatchSummary, Driver
from newsbrief.batch.writer import JsonlSink, Sink, StoreSink
from newsbrief.errors import ConfigError
from newsbrief.settings import Settings

LOOPBACK = {"127.0.0.1", "localhost", "::1", ""}


def ray_address(requested: str | None) -> str | None:
    """The Ray cluster to join: ``--ray ADDRESS``, else ``RAY_ADDRESS``, else ``None`` (start one here)."""
    if requested and requested not in ("local", "auto"):
        return requested
    return os.environ.get("RAY_ADDRESS") or (requested if requested == "auto" else None)


def is_remote(address: str | None) -> bool:
    """True when ``address`` names a cluster that may span machines (not this host)."""
    if not address:
        return False
    if address == "auto":
        return True  # an existing cluster, whose other nodes we cannot see from here
    host = urlsplit(address if "://" in address else f"ray://{address}").hostname or ""
    return host not in LOOPBACK


def open_sink(db: str | None, out: Path | None, *, stories: bool, settings: Settings,
              remote: bool = False) -> Sink:
    """Where results go: a JSONL file, else the library database (``db``, else ``settings.db``).

    A SQLite file is refused for a Ray cluster that may span machines: workers on other
    machines cannot reach it and several machines must share one database, so use a
    postgresql:// URL there.
    """
    if out is not None:
        return JsonlSink(out)
    from newsbrief.store import open_store

    target = db or settings.db or None
    if remote and not (target or "").startswith(("postgresql://", "postgres://")):
        raise ConfigError("a Ray cluster on other machines needs a shared database: pass --db postgresql://"
                          "user:password@host/dbname (SQLite is one machine's file) or --out FILE.jsonl")
    store = open_store(target)
    try:
        reader = open_store(target)  # the driver's ledger lookups, concurrent with the writes
    except BaseException:
        store.close()
        raise
    return StoreSink(store, stories=stories, reader=reader)


def make_backend(settings: Settings, options: BatchOptions, ray: str | None) -> Backend:
    """The local process pool, or Ray actors when ``ray`` is given (``"local"`` starts Ray here)."""
    if ray is None:
        from newsbrief.batch.pool import LocalPool

        return LocalPool(settings, options.workers, options.item_timeout)
    from newsbrief.batch.ray_backend import RayActors

    return RayActors(settings, options.workers, options.item_timeout, ray_address(ray))


def run_batch(sources: list[str], settings: Settings, options: BatchOptions | None = None, *,
              db: str | None = None, out: Path | None = None, ray: str | None = None,
              on_progress: Callable[[BatchSummary], None] | None = None) -> BatchSummary:
    """Brief every article of ``sources`` with ``options.workers`` workers and write them once each.

    ``ray`` selects Ray: ``"local"`` starts (or joins an already started) Ray in this
    process, anything else is a cluster address (``ray://host:10001``, ``host:6379``);
    ``RAY_ADDRESS`` is used when ``ray`` is ``"local"`` and it is set. Results go to
    ``out`` (JSONL) or the database ``db``. Running the same call again after a kill
    finishes the work: the ledger skips what is done.
    """
    options = options or BatchOptions()
    remote = ray is not None and is_remote(ray_address(ray))
    sink = open_sink(db, out, stories=options.stories, settings=settings, remote=remote)
    try:
        backend = make_backend(settings, options, ray)
        return Driver(sources, settings, options, sink, backend, on_progress).run()
    finally:
        sink.close()


__all__ = ["BatchOptions", "BatchSummary", "is_remote", "make_backend", "open_sink", "ray_address", "run_batch"]
