"""Hostile files through ``newsbrief brief``, each in a subprocess under hard limits (issue 16).

Each case must end within 60 s and 1.5 GB of address space with its exit code and a one-line
message; the refusals must come before any annotation (a few seconds, most of it Python start-up).
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsbrief.budget import InputTooLargeError
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.hostile.cases import CASES, Case

SRC = Path(__file__).resolve().parents[2] / "src"
ADDRESS_SPACE = 1536 * 1024 * 1024
TIMEOUT = 60


def limited() -> None:
    """Run in the child before exec: cap its address space."""
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def run_case(case: Case, folder: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    path = folder / case.filename
    path.write_bytes(case.make())
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "newsbrief.cli", "brief", str(path)], capture_output=True,
                            text=True, timeout=TIMEOUT, preexec_fn=limited,
                            env={**os.environ, "PYTHONPATH": str(SRC), "NEWSBRIEF_CONFIG": str(folder / "none.toml")})
    return result, time.monotonic() - started


def check(case: Case, tmp_path: Path) -> float:
    result, took = run_case(case, tmp_path)
    assert result.returncode == case.exit_code, (case.name, result.stderr[-2000:])
    if case.exit_code:
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("newsbrief: error: "), (case.name, result.stderr[-2000:])
        assert case.message in lines[0], (case.name, lines[0])
        assert "Traceback" not in result.stderr
    else:
        assert result.stdout.startswith("# Brief:"), case.name
    return took


@pytest.mark.parametrize("case", [c for c in CASES if not c.slow], ids=lambda c: c.name)
def test_refused_before_annotation(case: Case, tmp_path: Path) -> None:
    assert check(case, tmp_path) < 15  # Python and newsbrief start in 1-2 s; no parsing happens


@pytest.mark.slow
@pytest.mark.parametrize("case", [c for c in CASES if c.slow], ids=lambda c: c.name)
def test_briefed(case: Case, tmp_path: Path) -> None:
    check(case, tmp_path)


def test_annotation_refuses_a_paragraph_spacy_cannot_take() -> None:
    # An article built in code skips the extractor's limits; the parser's own bound still gives an InputError.
    article = Article(text="Headline words here.\n\n" + "word " * 200_001, source=Source())
    with pytest.raises(InputTooLargeError, match=r"1,000,004 characters, more than the 1,000,000 .* spaCy"):
        annotate(article)
