"""What runs inside a brief worker process (``newsbrief.worker`` starts them and talks to them).

The worker imports newsbrief, starts loading the language model in a background thread and says it
is ready; then it runs one task at a time from its pipe: a picklable callable and its arguments, with
the task's memory cap. Before a task it resets its peak-memory figure; it sets the cap
(``RLIMIT_AS``) once the model is in, so the model's own memory is never charged to an article; an
allocation past the cap raises ``MemoryError``, reported as such, and the worker then exits (its
heap may be left fragmented). A library error is sent back as its class, message and attributes; any
other exception as its traceback. Messages to the caller: ``ready``; per task ``loading`` and
``waited`` (the caller's clock stops while the model loads), ``words`` (the article's size, once
extracted), then one of ``done``, ``error``, ``crash`` (each with the peak memory and whether the
worker retires) or ``memory``.
"""

from __future__ import annotations

import contextlib
import os
import re
import resource
import signal
import threading
import time
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from newsbrief.errors import ConfigError, NewsbriefError
from newsbrief.models import Article, Brief, Document, RawDocument
from newsbrief.settings import Settings

_conn: Connection | None = None


def _status_kb(field: str) -> int:
    """A memory figure of this process from /proc/self/status in kB (0 where /proc is missing)."""
    with contextlib.suppress(OSError), open("/proc/self/status", encoding="ascii") as status:
        match = re.search(field + r":\s+(\d+) kB", status.read())
        return int(match.group(1)) if match else 0
    return 0


def _peak_kb() -> int:
    """The worker's peak resident memory since its last reset (VmHWM)."""
    return _status_kb("VmHWM")


def _reset_peak() -> None:
    # Writing 5 to clear_refs resets VmHWM (Linux 4.0+), so each task reports its own peak.
    with contextlib.suppress(OSError), open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
        refs.write("5")


# A cap must leave the worker this much above what it already holds (the model) to brief at all.
MIN_HEADROOM_MB = 128


def _cap_memory(memory_mb: int) -> None:
    """Set the soft address-space limit to ``memory_mb`` (0: back to the hard limit).

    A cap below what the worker already holds would fail every brief as if each article were too
    large: that is a setting to fix, said so with :class:`ConfigError`.
    """
    held = _status_kb("VmSize") // 1024 if memory_mb else 0  # read nothing when lifting the cap after a MemoryError
    if memory_mb and memory_mb < held + MIN_HEADROOM_MB:
        raise ConfigError(f"brief_memory_mb is {memory_mb:,} MB, but a brief worker holds {held:,} MB of "
                          f"address space before it reads an article (the language model); set "
                          f"brief_memory_mb to at least {held + 512:,}, or 0 for no limit")
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    soft = memory_mb * 1024 * 1024 if memory_mb else hard
    if hard != resource.RLIM_INFINITY:
        soft = hard if soft == resource.RLIM_INFINITY else min(soft, hard)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _watch_parent(parent: int) -> None:
    """Exit when the parent is gone (killed with -9, say), even in the middle of a brief."""
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(1)


class _Model:
    """The worker's language model, loaded in a background thread from the worker's start.

    A worker says it is ready as soon as newsbrief is imported, so an input refused by the limits
    (found in extraction, before any parsing) is refused without waiting for the model; a brief waits
    for the model only once it has its article text, and that wait is not charged to its time limit
    (the caller's clock stops meanwhile), nor is the model's memory: the cap is set once it is in.
    """

    ready = threading.Event()
    error: NewsbriefError | None = None
    pending_cap: int | None = None  # the current task's memory cap, set once the model is in
    wants_embeddings = False  # the current task verifies with the embedding model (the LLM engine)
    embeddings_mb: int | None = None  # the address space the embedding model took, once loaded

    @classmethod
    def load(cls) -> None:
        """Load the model (in the background thread); a failure is kept for the first task to raise."""
        from newsbrief.nlp.annotate import load_model

        try:
            load_model()
        except NewsbriefError as exc:
            cls.error = exc
        finally:
            cls.ready.set()

    @classmethod
    def wait(cls) -> None:
        """Wait for the model (telling the caller how long), then set the task's memory cap."""
        embed = cls.wants_embeddings and cls.embeddings_mb is None
        if not cls.ready.is_set() or embed:
            if _conn is not None:
                _conn.send(("loading",))  # the caller's clock stops until "waited"
            cls.ready.wait()
            if embed and cls.error is None:
                cls.embeddings_mb = _load_embeddings()
            if _conn is not None:
                _conn.send(("waited",))
        if cls.error is not None:
            raise cls.error
        if cls.pending_cap is not None:
            cap, cls.pending_cap = cls.pending_cap, None
            # The embedding model (torch) is the worker's, like the language model: its address space
            # (about 1.2 GB, most of it reserved, not used) is added to the cap, not charged to the article.
            _cap_memory(cap + (cls.embeddings_mb or 0) if cap else 0)


def _load_embeddings() -> int:
    """Load the LLM verifier's embedding model before the cap (its address space in MB; 0 without the extra)."""
    from newsbrief.llm.embed import preload

    return preload()


def report_words(article: Article) -> None:
    """Wait for the model, then tell the caller the article's size (the pipeline's ``on_article``)."""
    _Model.wait()
    if _conn is not None:
        _conn.send(("words", len(article.text.split())))


def brief_task(raw: RawDocument, settings: Settings) -> tuple[Document, Brief]:
    """The work of one brief in a worker: extract, annotate, brief (the article's size reported)."""
    from newsbrief.pipeline import brief_with_document  # in the worker only: the caller need not load it

    return brief_with_document(raw, settings, on_article=report_words)


def packed(exc: NewsbriefError) -> tuple[type[NewsbriefError], str, dict[str, Any]]:
    """A library error as its class, message and attributes, to be sent to the caller."""
    return type(exc), str(exc), dict(vars(exc))


def unpacked(kind: type[NewsbriefError], message: str, attributes: dict[str, Any]) -> NewsbriefError:
    """The worker's error again, built without its ``__init__`` (a subclass may take other arguments)."""
    exc = kind.__new__(kind)
    Exception.__init__(exc, message)
    vars(exc).update(attributes)
    return exc


def _stray_threads() -> bool:
    """Whether a thread the task started still runs (an extraction given up at extract_timeout goes
    on parsing in its thread): then the worker retires after answering, and a fresh one replaces it."""
    return any(t.is_alive() for t in threading.enumerate()
               if t is not threading.main_thread() and t.name not in ("newsbrief-watch", "newsbrief-model"))


def _run(conn: Connection, fn: Callable[..., Any], args: tuple[Any, ...], memory_mb: int,
         env: dict[str, str]) -> bool:
    """Run one task in the caller's environment (an API key set after the worker started counts) and
    send its outcome; True when the worker must exit afterwards."""
    if env != os.environ:
        os.environ.clear()
        os.environ.update(env)
    _reset_peak()
    try:
        _Model.pending_cap = memory_mb
        _Model.wants_embeddings = fn is brief_task and args[1].engine == "llm"
        # A brief in a fresh worker waits for the model once it has its text (so a refusal needs none);
        # anything else, or any brief once the model is in, waits (and is capped) from its start.
        if fn is not brief_task or _Model.ready.is_set():
            _Model.wait()
        result = fn(*args)
        _cap_memory(0)
        outcome: tuple[Any, ...] = ("done", result)
    except MemoryError:
        _cap_memory(0)
        conn.send(("memory", _peak_kb()))
        return True
    except NewsbriefError as exc:
        _cap_memory(0)
        outcome = ("error", packed(exc))
    except Exception:
        _cap_memory(0)
        outcome = ("crash", traceback.format_exc())
    retire = _stray_threads()
    try:
        conn.send((*outcome, _peak_kb(), retire))
    except MemoryError:
        conn.send(("memory", _peak_kb()))
        return True
    except Exception:  # a result or an error attribute that does not pickle
        message = outcome[1][1] if outcome[0] == "error" else traceback.format_exc()
        conn.send(("error", (NewsbriefError, message, {}), _peak_kb(), retire) if outcome[0] == "error"
                  else ("crash", message, _peak_kb(), retire))
    return retire


def worker_main(conn: Connection, parent: int) -> None:
    """A worker process: start loading the model, say ready, then run tasks from ``conn`` until it closes."""
    global _conn
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the caller's to handle
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="newsbrief-watch").start()
    from newsbrief.pipeline import brief_with_document  # noqa: F401 - imported once, before the first brief

    threading.Thread(target=_Model.load, daemon=True, name="newsbrief-model").start()
    _conn = conn
    conn.send(("ready", os.getpid()))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):  # the caller is gone
            return
        if task is None:
            return
        try:
            if _run(conn, *task):
                os._exit(0)
        except (BrokenPipeError, OSError):
            return
