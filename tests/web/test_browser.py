"""Browser tests: Playwright driving Debian's Chromium against the app served on 127.0.0.1."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from newsbrief.settings import Settings
from newsbrief.web.app import create_app
from tests.web.browser_support import ARTIFACTS, NEEDS_CHROMIUM, chromium
from tests.web.conftest import SEAWALL, no_dns, serving

XSS_ARTICLE = """<script>alert(1)</script> Council website defaced by pranksters

Pranksters defaced the council website on Monday, officials said, leaving the text <script>alert(1)</script> on the front page for several hours before engineers noticed the change.

The intruders also posted <img src=x onerror=alert(1)> in the comment form, and a link reading javascript:alert(document.cookie) that pointed nowhere, according to the council's technology chief, Dana Whitfield.

Whitfield said no personal data had been taken and that the council would review the security of all its websites before the budget meeting next month.
"""

pytestmark = [pytest.mark.browser, NEEDS_CHROMIUM]


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    db = Path(tempfile.mkdtemp(prefix="newsbrief-browser-")) / "web.db"
    with serving(create_app(Settings(db=str(db), rate_limit_per_minute=1000), resolver=no_dns)) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with chromium() as instance:
        yield instance


def test_brief_a_pasted_article_click_a_citation_and_search(browser: object, base_url: str) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page.goto(base_url + "/")
    page.screenshot(path=str(ARTIFACTS / "home.png"), full_page=True)
    page.fill("#text", SEAWALL)
    page.click("#brief-submit")
    page.wait_for_url("**/briefs/*", timeout=60_000)
    assert "Coastal town backs" in page.inner_text("h1")
    assert page.locator("ol.timeline li").count() >= 3
    citation = page.locator("a.cite").first
    target = citation.get_attribute("data-s")
    citation.click()
    sentence = page.locator(f"#{target}")
    page.wait_for_function("id => document.getElementById(id).classList.contains('hl')", arg=target)
    assert "hl" in (sentence.get_attribute("class") or "")
    background = sentence.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    page.screenshot(path=str(ARTIFACTS / "brief-citation.png"), full_page=False)
    page.fill("input[name=q]", "harbour")
    page.press("input[name=q]", "Enter")
    page.wait_for_url("**/search?q=harbour")
    assert page.locator("ol.results li").count() >= 1
    assert page.locator("ol.results mark").first.inner_text().lower().startswith("harbour")
    page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=True)
    phone = browser.new_page(viewport={"width": 390, "height": 844})  # type: ignore[attr-defined]
    phone.goto(page.url.replace("/search?q=harbour", "/briefs/1"))
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 400  # no sideways scrolling on a phone-width screen
    phone.screenshot(path=str(ARTIFACTS / "brief-phone.png"), full_page=False)


def test_xss_article_fires_no_dialog(browser: object, base_url: str) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    dialogs: list[str] = []

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto(base_url + "/")
    page.fill("#text", XSS_ARTICLE)
    page.click("#brief-submit")
    page.wait_for_url("**/briefs/*", timeout=60_000)
    brief_url = page.url
    for url in (brief_url, base_url + "/", base_url + "/search?q=pranksters", base_url + "/articles/1",
                base_url + "/articles/2"):
        page.goto(url)
        page.wait_for_load_state("load")
        html = httpx.get(url).text
        assert "<script>alert" not in html and "<img src=x" not in html, url
        assert 'href="javascript:' not in html.lower(), url
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in httpx.get(brief_url).text
    page.screenshot(path=str(ARTIFACTS / "xss.png"), full_page=True)
    assert dialogs == []
