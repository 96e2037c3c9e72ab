"""The Ray backend of ``newsbrief batch``: one actor per worker, each holding the spaCy model.

The only module of newsbrief that imports ray (the optional extra
``newsbrief[ray]``). The driver stays the one writer (results come back to
it and go through the same ordered, idempotent writes as the local pool), so
Ray only has to brief: an actor per worker loads the model once and briefs
one task at a time. Actors are created with ``max_restarts`` and
``max_task_retries``, so Ray itself restarts an actor whose process died and
retries the task it held; only when that retry fails too does the driver
see the loss and charge the item a try. An item that overruns the per-item
timeout has its actor killed and replaced.

``ray.init()`` starts a one-machine Ray in this process when no address is
given (and ``ray.shutdown()`` stops it at the end); with an address
(``ray://head:10001`` or ``head:6379``) the driver joins that cluster, whose
nodes must have newsbrief and the spaCy model installed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from pathlib import Path
from typing import Any

import ray
from ray.exceptions import GetTimeoutError, RayActorError, RayError, RayTaskError

from newsbrief.batch.items import ItemWorker, Outcome, Task
from newsbrief.batch.pool import Event, Finished, Lost
from newsbrief.errors import ConfigError
from newsbrief.settings import Settings

log = logging.getLogger(__name__)
# How often Ray restarts a dead actor and retries its task before the driver hears of it.
ACTOR_RESTARTS = 3
TASK_RETRIES = 1


class BriefActor:
    """A Ray actor: one worker process with the engine and model loaded once."""

    def __init__(self, settings: Settings) -> None:
        self.worker = ItemWorker(settings)

    def ready(self) -> int:
        """The actor's process id, once the model is loaded."""
        return self.worker.pid

    def brief(self, task: Task) -> Outcome:
        """Brief one task (see :meth:`ItemWorker.process`)."""
        return self.worker.process(task)


_RemoteActor: Any = ray.remote(num_cpus=1, max_restarts=ACTOR_RESTARTS,
                               max_task_retries=TASK_RETRIES)(BriefActor)


def _package_root() -> str:
    """The folder that holds the ``newsbrief`` package (workers of a local Ray import it from there)."""
    return str(Path(__file__).resolve().parents[2])


class RayActors:
    """``workers`` Ray actors briefing one task each; the same interface as the local pool."""

    def __init__(self, settings: Settings, workers: int, item_timeout: float, address: str | None) -> None:
        self.settings = settings
        self.workers = workers
        self.item_timeout = item_timeout
        self.address = address
        self.started_ray = False
        self.actors: list[Any] = []
        self.ready: dict[int, Any] = {}  # actor index -> its pending ready() ref, until it answers
        self.running: dict[Any, tuple[int, Task, float]] = {}  # ref -> (actor index, task, start)
        self.pids: dict[int, int] = {}  # actor index -> its worker process id, once ready

    def start(self) -> None:
        """Join or start Ray and create the actors (each loads its model)."""
        if not ray.is_initialized():
            try:
                if self.address:
                    ray.init(address=self.address, log_to_driver=False)
                else:
                    path = os.pathsep.join(p for p in (_package_root(), os.environ.get("PYTHONPATH")) if p)
                    # Bound to loopback: a one-machine Ray needs no port open to the network.
                    ray.init(num_cpus=max(self.workers, 1), include_dashboard=False, log_to_driver=False,
                             _node_ip_address="127.0.0.1", runtime_env={"env_vars": {"PYTHONPATH": path}})
            except (ConnectionError, RuntimeError, ValueError) as exc:
                raise ConfigError(f"cannot start or join Ray at {self.address or 'this machine'}: {exc}; check "
                                  "--ray ADDRESS or RAY_ADDRESS (ray://head:10001), or run without --ray") from exc
            self.started_ray = True
        self.actors = [self._new_actor() for _ in range(self.workers)]
        self.ready = {i: actor.ready.remote() for i, actor in enumerate(self.actors)}

    def worker_pids(self) -> list[int]:
        """The process ids of the ready actors (on this machine for a local Ray; tests kill one)."""
        return list(self.pids.values())

    def _new_actor(self) -> Any:
        return _RemoteActor.remote(self.settings)

    def _busy_actors(self) -> set[int]:
        return {index for index, _, _ in self.running.values()}

    def idle(self) -> int:
        """How many actors are ready and hold no task."""
        return len(self.actors) - len(self.ready) - len(self.running)

    def busy(self) -> int:
        """How many tasks are out with actors."""
        return len(self.running)

    def submit(self, task: Task) -> None:
        """Give ``task`` to an idle actor."""
        taken = self._busy_actors() | set(self.ready)
        index = next(i for i in range(len(self.actors)) if i not in taken)
        ref = self.actors[index].brief.remote(task)
        self.running[ref] = (index, task, time.monotonic())

    def poll(self, timeout: float) -> list[Event]:
        """Wait up to ``timeout`` seconds for answers; report overruns and lost actors."""
        self._check_ready()
        events: list[Event] = []
        refs = list(self.running)
        if refs:
            done, _ = ray.wait(refs, num_returns=1, timeout=timeout)
            if done:
                done, _ = ray.wait(refs, num_returns=len(refs), timeout=0)
            for ref in done:
                events.append(self._collect(ref))
        elif self.ready:
            ray.wait(list(self.ready.values()), num_returns=1, timeout=timeout)
            self._check_ready()
        else:
            time.sleep(timeout)
        now = time.monotonic()
        for ref, (index, task, started) in list(self.running.items()):
            if now - started > self.item_timeout:
                del self.running[ref]
                self._replace(index)
                events.append(Lost(task, "timeout", f"briefing took longer than {self.item_timeout:g} s "
                                                    "(--item-timeout); the Ray actor was replaced"))
        return events

    def _check_ready(self) -> None:
        for index, ref in list(self.ready.items()):
            done, _ = ray.wait([ref], timeout=0)
            if not done:
                continue
            del self.ready[index]
            try:
                self.pids[index] = int(ray.get(ref))
            except RayTaskError as exc:  # the worker could not start: every actor would fail the same way
                raise ConfigError(f"a Ray worker could not start: {exc.cause or exc}; install newsbrief and "
                                  "its spaCy model on every node") from exc
            except RayError:
                self._replace(index)

    def _collect(self, ref: Any) -> Event:
        index, task, _ = self.running.pop(ref)
        try:
            outcome = ray.get(ref, timeout=0)
        except (RayActorError, GetTimeoutError) as exc:
            self._replace(index)
            return Lost(task, "worker", f"the Ray actor died while briefing this item: {exc}")
        except RayError as exc:
            return Lost(task, "worker", f"Ray failed to brief this item: {exc}")
        return Finished(task, outcome)

    def _replace(self, index: int) -> None:
        """Kill actor ``index`` (if it still lives) and start a new one in its place."""
        with contextlib.suppress(RayError):
            ray.kill(self.actors[index], no_restart=True)
        log.warning("replacing Ray actor %d", index)
        self.actors[index] = self._new_actor()
        self.ready[index] = self.actors[index].ready.remote()

    def close(self) -> None:
        """Kill the actors, and stop Ray if this run started it."""
        for actor in self.actors:
            with contextlib.suppress(RayError):
                ray.kill(actor, no_restart=True)
        self.actors, self.running, self.ready = [], {}, {}
        if self.started_ray:
            ray.shutdown()
