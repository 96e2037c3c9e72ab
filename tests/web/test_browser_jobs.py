"""Browser tests of background briefs: Playwright driving Debian's Chromium at desktop and phone widths
against the app on 127.0.0.1, the article served slowly from a local site so each step can be seen.

Screenshots of each step go to test-artifacts/.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from newsbrief.settings import Settings
from newsbrief.web.app import create_app
from tests.web.browser_support import ARTIFACTS, DESKTOP, NEEDS_CHROMIUM, PHONE, chromium
from tests.web.conftest import CABLE_HTML, no_dns, serving
from tests.web.localsite import Page, Site, local_site
from tests.web.test_sources import FERRY_ONE, rss

VIEWPORTS = {"desktop": DESKTOP, "phone": PHONE}
# Slow enough to see the job fetching, fast enough for a test.
FETCH_SECONDS = 1.5

pytestmark = [pytest.mark.browser, NEEDS_CHROMIUM]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as instance:
        yield instance


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    with local_site() as served:
        yield served


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[str, FastAPI]]:
    db = Path(tempfile.mkdtemp(prefix="newsbrief-jobs-browser-")) / "web.db"
    settings = Settings(db=str(db), rate_limit_per_minute=1000, allow_private=True, feed_poll_minutes=0)
    app = create_app(settings, resolver=no_dns)
    with serving(app) as base:
        yield base, app


@pytest.fixture(scope="module")
def base_url(served: tuple[str, FastAPI]) -> str:
    return served[0]


def article(site: Site, name: str) -> str:
    """A slow article page at a path of its own (so its fetches can be counted)."""
    site.pages[f"/{name}"] = Page(CABLE_HTML.replace("Nordic", f"Nordic {name}").encode(), delay=FETCH_SECONDS)
    return site.url(f"/{name}")


def watch_steps(page: Any) -> list[str]:
    """The texts the status area shows, in order, reported through the console (they outlive the page);
    "(button enabled)" is added to a step shown while the submit button could be pressed."""
    steps: list[str] = []
    page.on("console", lambda message: steps.append(message.text[6:]) if message.text.startswith("STEP: ") else None)
    page.evaluate("""() => {
        const step = document.getElementById('job-step');
        let last = '';
        new MutationObserver(() => {
            if (step.textContent === last) { return; }
            last = step.textContent;
            const button = document.getElementById('brief-submit');
            console.log('STEP: ' + last + (button.disabled ? '' : ' (button enabled)'));
        }).observe(step, {childList: true, characterData: true, subtree: true});
    }""")
    return steps


@pytest.mark.parametrize("width", list(VIEWPORTS))
def test_progress_is_shown_and_a_double_click_fetches_once(browser: Any, base_url: str, site: Site,
                                                           width: str) -> None:
    page = browser.new_page(viewport=VIEWPORTS[width])
    errors: list[str] = []
    # The favicon is the reader pages' part (issue 15); every other failure counts.
    page.on("console", lambda message: errors.append(f"{message.text} {message.location.get('url')}")
            if message.type == "error" and "favicon" not in str(message.location.get("url")) else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(base_url + "/")
    url = article(site, f"cable-{width}")
    page.fill("#url", url)
    steps = watch_steps(page)
    page.dblclick("#brief-submit")  # a double click: one job, one fetch
    assert page.is_disabled("#brief-submit")
    page.wait_for_function("() => document.getElementById('job-step').textContent.startsWith('Fetching')")
    assert page.is_visible("#job-status") and page.is_disabled("#brief-submit")
    page.screenshot(path=str(ARTIFACTS / f"job-fetching-{width}.png"), full_page=False)
    # Briefing may be over before a check from here could see it: the observer's log shows it.
    page.wait_for_function("() => { const s = document.getElementById('job-step'); "
                           "return !s || s.textContent.startsWith('Writing'); }", timeout=60_000)
    if "/briefs/" not in page.url:
        page.screenshot(path=str(ARTIFACTS / f"job-briefing-{width}.png"), full_page=False)
    page.wait_for_url("**/briefs/*", timeout=60_000)
    assert "Nordic" in page.inner_text("h1")
    assert site.count(f"/cable-{width}") == 1
    # Each step was shown with the button disabled (else it would read "... (button enabled)").
    shown = [s for s in dict.fromkeys(steps) if s != "Sending…"]
    expected = ["Waiting for its turn…", "Fetching the article…", "Writing the brief…", "Done: opening the brief"]
    # The page polls the job, so a short step (briefing a short article on a warm model) can fall between
    # two polls; the steps it shows are the job's, in order, from fetching to done (every state in order is
    # checked at the API in test_jobs.py).
    assert [s for s in expected if s in shown] == shown, steps
    assert "Fetching the article…" in shown and shown[-1] == "Done: opening the brief", steps
    assert errors == []


def test_a_failed_job_shows_the_reason_beside_the_field(browser: Any, base_url: str, site: Site) -> None:
    page = browser.new_page(viewport=VIEWPORTS["phone"])
    page.goto(base_url + "/")
    page.fill("#url", site.url("/missing-page"))
    page.click("#brief-submit")
    page.wait_for_selector("#url-error:not([hidden])", timeout=30_000)
    assert "The site answered with an error" in page.inner_text("#url-error")
    assert page.input_value("#url") == site.url("/missing-page") and not page.is_disabled("#brief-submit")
    assert page.get_attribute("#url", "aria-invalid") == "true" and not page.is_visible("#job-status")
    page.screenshot(path=str(ARTIFACTS / "job-failed-phone.png"), full_page=False)
    page.fill("#url", "")
    page.fill("#text", "Too short to brief.")
    page.click("#brief-submit")
    page.wait_for_selector("#text-error:not([hidden])", timeout=60_000)
    assert "too short" in page.inner_text("#text-error") and page.input_value("#text") == "Too short to brief."


def test_without_javascript_the_job_page_refreshes_until_the_brief(browser: Any, base_url: str, site: Site) -> None:
    context = browser.new_context(java_script_enabled=False, viewport=VIEWPORTS["desktop"])
    page = context.new_page()
    page.goto(base_url + "/")
    url = article(site, "cable-nojs")
    page.fill("#url", url)
    page.click("#brief-submit")
    page.wait_for_url("**/jobs/*")
    assert page.inner_text("#job-step").startswith(("Waiting", "Fetching", "Writing"))
    page.screenshot(path=str(ARTIFACTS / "job-page-nojs.png"), full_page=False)
    page.wait_for_url("**/briefs/*", timeout=90_000)  # the page refreshed itself until the brief was ready
    assert site.count("/cable-nojs") == 1
    context.close()


@pytest.mark.parametrize("width", list(VIEWPORTS))
def test_the_sources_page_shows_a_followed_feed_escaped(browser: Any, served: tuple[str, FastAPI], site: Site,
                                                         width: str) -> None:
    base, app = served
    ferry = f"/ferry-{width}"  # an article of its own: one already stored is not briefed again
    site.pages[ferry] = Page(FERRY_ONE.encode())
    site.pages["/island.xml"] = Page(rss("&lt;script&gt;alert(1)&lt;/script&gt; Island News",
                                         [("Ferry cut", site.url(ferry))]), "application/rss+xml")
    page = browser.new_page(viewport=VIEWPORTS[width])
    dialogs: list[str] = []

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto(base + "/")
    page.click("a[href='/sources']")
    page.fill("#feed-url", site.url("/island.xml"))
    page.click(".source-form button[type=submit]")
    page.wait_for_url("**/sources?added=*")
    app.state.poller.run_due()  # one poll cycle, as the server's poller runs it
    page.reload()
    row = page.locator("table.feeds tbody tr").first
    assert "<script>alert(1)</script> Island News" in row.inner_text() and "1 new, 0 failed" in row.inner_text()
    assert page.evaluate("() => document.documentElement.scrollWidth") <= VIEWPORTS[width]["width"]
    page.screenshot(path=str(ARTIFACTS / f"sources-{width}.png"), full_page=True)
    page.fill("#feed-url", site.url(ferry))
    page.click(".source-form button[type=submit]")
    assert "a web page, not a feed" in page.inner_text("#feed-url-error")
    assert page.input_value("#feed-url") == site.url(ferry) and dialogs == []
    page.locator("table.feeds tbody tr button").first.click()
    page.wait_for_selector("text=No feeds followed yet")


def serious_violations(page: Any) -> list[str]:
    """axe-core's serious and critical violations on the page (axe-playwright-python bundles axe-core)."""
    from axe_playwright_python.sync_playwright import Axe  # type: ignore[import-untyped]

    violations = Axe().run(page).response["violations"]
    return [f"{v['id']}: {v['help']}" for v in violations if v.get("impact") in ("serious", "critical")]


def test_the_form_job_and_sources_pages_pass_axe(browser: Any, base_url: str, site: Site) -> None:
    page = browser.new_page(viewport=VIEWPORTS["desktop"])
    page.goto(base_url + "/sources")
    assert serious_violations(page) == []
    page.fill("#feed-url", site.url("/not-there.xml"))
    page.click(".source-form button[type=submit]")
    page.wait_for_selector("#feed-url-error:not([hidden])")
    assert serious_violations(page) == []  # the form with its message beside the field
    slow = article(site, "cable-axe")
    site.pages["/cable-axe"].delay = 8.0  # the job page stays put while axe reads it
    job = httpx.post(base_url + "/api/v1/jobs", json={"url": slow}).json()
    page.goto(base_url + job["page_url"])
    assert serious_violations(page) == []  # the job page while it runs
    page.goto(base_url + "/")
    page.fill("#url", "ftp://example.com/story")
    page.click("#brief-submit")
    page.wait_for_selector("#url-error:not([hidden])")
    assert "only public web pages" in page.inner_text("#url-error")
    assert serious_violations(page) == []  # the form with an error beside the field
