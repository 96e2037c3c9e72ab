"""What the reader's browser tests share: the app over the reader library served on 127.0.0.1 in a thread,
and Debian's Chromium launched off the network; every browser test module uses them."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from newsbrief.settings import Settings
from newsbrief.web.app import create_app
from tests.web.conftest import no_dns, serving
from tests.web.reader_library import build_library

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
NEEDS_CHROMIUM = pytest.mark.skipif(not os.path.exists(CHROMIUM) and not os.environ.get("CI"),
                                    reason="Chromium is not installed (apt-get install chromium)")
DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}


@contextmanager
def reader_server() -> Iterator[tuple[str, dict[str, object]]]:
    """The app over a fresh reader library, served on a free loopback port; its URL and the library's ids."""
    db = Path(tempfile.mkdtemp(prefix="newsbrief-reader-")) / "web.db"
    ids = build_library(db)
    app = create_app(Settings(db=str(db), rate_limit_per_minute=1000), resolver=no_dns)
    try:
        with serving(app) as base:
            yield base, ids
    finally:
        shutil.rmtree(db.parent, ignore_errors=True)


@contextmanager
def chromium() -> Iterator[Any]:
    """Debian's Chromium, never a downloaded browser; the flags keep it off the network."""
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        instance = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        try:
            yield instance
        finally:
            instance.close()


def luminance(rgb: str) -> float:
    """Relative luminance (WCAG 2) of a computed colour "rgb(r, g, b)" or "rgba(r, g, b, a)"."""
    parts = [float(x) for x in rgb[rgb.index("(") + 1:rgb.index(")")].split(",")[:3]]
    linear = [c / 255 / 12.92 if c / 255 <= 0.03928 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in parts]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two computed colours."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)
