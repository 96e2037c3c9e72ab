"""Loading spaCy's pipeline does not pull in torch, and torch still imports afterwards.

Each case runs in a fresh interpreter: whether torch is imported depends on what the
process imported before, so an in-process check would test the test run, not the loader.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
HAS_TORCH = importlib.util.find_spec("torch") is not None


def _run(code: str) -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=str(SRC))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.skipif(not HAS_TORCH, reason="torch is not installed (the embeddings extra); nothing to keep out")
def test_loading_the_model_leaves_torch_unimported_and_importable() -> None:
    result = _run(
        "import json, sys\n"
        "from newsbrief.nlp.annotate import load_model\n"
        "nlp = load_model()\n"
        "before = 'torch' in sys.modules\n"
        "doc = nlp('The council approved the budget on Monday.')\n"
        "import torch\n"
        "print(json.dumps({'before': before, 'torch': torch.__name__, 'tokens': len(doc)}))\n"
    )
    assert result == {"before": False, "torch": "torch", "tokens": 8}


@pytest.mark.skipif(not HAS_TORCH, reason="torch is not installed (the embeddings extra)")
def test_model_loads_when_torch_was_imported_first() -> None:
    result = _run(
        "import json, sys\n"
        "import torch\n"
        "from newsbrief.nlp.annotate import load_model\n"
        "doc = load_model()('Rescuers found two survivors.')\n"
        "print(json.dumps({'same': sys.modules['torch'] is torch, 'ents': [e.text for e in doc.ents]}))\n"
    )
    assert result == {"same": True, "ents": ["two"]}
