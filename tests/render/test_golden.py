"""Golden prose for the example articles: any change to the essay shows up as a diff here.

After an intended change, regenerate with
``NEWSBRIEF_UPDATE_GOLDEN=1 python -m pytest tests/render/test_golden.py`` and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsbrief.models import Brief
from newsbrief.render import render

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "golden"


@pytest.mark.parametrize("name", ["nordic-cable", "sea-wall"])
def test_prose_matches_golden(name: str, cable_brief: Brief, seawall_brief: Brief) -> None:
    brief = cable_brief if name == "nordic-cable" else seawall_brief
    text = render(brief, "prose")
    path = GOLDEN / f"{name}.prose.txt"
    if os.environ.get("NEWSBRIEF_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"prose changed; see the module docstring to update {path}"
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    assert len(paragraphs) >= 6  # title, several connected paragraphs, notes, source line
    assert paragraphs[-1].startswith("Source: ")
