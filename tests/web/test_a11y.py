"""Accessibility: axe-core (bundled in axe-playwright-python, never fetched at run time) on the home, story,
brief, search and error pages, light and dark, desktop and phone: no serious or critical violations."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.web.browser_support import DESKTOP, NEEDS_CHROMIUM, PHONE, chromium, reader_server

pytestmark = [pytest.mark.browser, NEEDS_CHROMIUM]

Site = tuple[str, dict[str, object]]


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    with reader_server() as served:
        yield served


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as instance:
        yield instance


def pages(ids: dict[str, object]) -> list[str]:
    return ["/", "/?outlet=Valley+Herald", f"/stories/{ids['alder']}", f"/stories/{ids['script_story']}",
            f"/briefs/{ids['herald_brief']}", f"/briefs/{ids['herald_brief']}?flagged=item-summary-1",
            "/search?q=barrier", "/search", "/briefs/999", "/stories/NOT-AN-ID"]


def serious(page: Any) -> list[str]:
    """The serious and critical violations axe finds on the page, with the elements they are on."""
    from axe_playwright_python.sync_playwright import Axe  # type: ignore[import-untyped]

    results = Axe().run(page)
    return [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
            for v in results.response["violations"] if v.get("impact") in ("serious", "critical")]


@pytest.mark.parametrize(("viewport", "scheme"), [(DESKTOP, "light"), (PHONE, "dark")])
def test_no_serious_or_critical_violations(browser: Any, site: Site, viewport: dict[str, int], scheme: str) -> None:
    base, ids = site
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    page = context.new_page()
    found = {}
    for path in pages(ids):
        page.goto(base + path)
        problems = serious(page)
        if problems:
            found[path] = problems
    context.close()
    assert found == {}


def test_the_check_finds_a_violation_when_there_is_one(browser: Any, site: Site) -> None:
    base = site[0]
    page = browser.new_page(viewport=DESKTOP)
    page.goto(base + "/")
    page.evaluate("document.querySelector('.story-card h2 a').textContent = ''")  # a link with no name
    assert any(problem.startswith("link-name") for problem in serious(page))
    page.close()
