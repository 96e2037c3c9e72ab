"""Browser tests of the reader: Playwright driving Debian's Chromium at 1366x900 and 390x844 against the
app over the reader library (a planted conflict between two outlets, a title with a script)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.web.browser_support import ARTIFACTS, DESKTOP, NEEDS_CHROMIUM, PHONE, chromium, contrast, reader_server

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


def test_home_lists_the_stories_at_both_widths(browser: Any, site: Site) -> None:
    base = site[0]
    for name, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        page = browser.new_page(viewport=viewport)
        page.goto(base + "/")
        cards = page.locator(".story-card")
        assert cards.count() == 3
        assert "2 articles" in cards.first.inner_text() and "Valley Herald" in cards.first.inner_text()
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
        page.screenshot(path=str(ARTIFACTS / f"reader-home-{name}.png"), full_page=True)
        page.select_option("#outlet", "Ashcombe Times")
        page.click(".outlet-filter button")
        page.wait_for_url("**/?outlet=Ashcombe+Times")
        assert page.locator(".story-card").count() == 1
        page.close()


def test_story_page_shows_the_conflict_with_both_sides(browser: Any, site: Site) -> None:
    base, ids = site
    page = browser.new_page(viewport=DESKTOP)
    page.goto(f"{base}/stories/{ids['alder']}")
    conflict = page.locator(".relation-conflict").first
    assert conflict.is_visible()
    sides = conflict.locator(".side")
    assert sides.count() == 2
    texts = [sides.nth(i).inner_text() for i in range(2)]
    assert texts[0].startswith("Valley Herald") and "62 million" in texts[0]
    assert texts[1].startswith("Eastbridge Post") and "85 million" in texts[1]
    first_section = page.locator("article h2").first.text_content()
    assert first_section == "Summary"
    boxes = [sides.nth(i).bounding_box() for i in range(2)]
    assert boxes[0] and boxes[1] and boxes[0]["y"] == boxes[1]["y"]  # side by side on a wide screen
    link = sides.nth(1).locator("a.cite")
    target = link.get_attribute("data-s")
    link.scroll_into_view_if_needed()
    before = page.evaluate("window.scrollY")
    link.click()  # on a wide screen: the sentence highlighted in the sticky panel, the page left in place
    page.wait_for_function("id => document.getElementById(id).classList.contains('hl')", arg=target)
    assert "85 million" in page.locator(f"#{target}").inner_text()
    page.wait_for_timeout(600)  # the panel's smooth scroll
    assert page.evaluate("window.scrollY") == before
    assert page.locator(f"#{target}").is_visible()
    assert page.locator("#cite-live").inner_text().startswith("Highlighted in the source")
    page.screenshot(path=str(ARTIFACTS / "reader-story-desktop.png"), full_page=False)
    page.close()


def test_a_citation_on_a_phone_opens_in_place(browser: Any, site: Site) -> None:
    base, ids = site
    page = browser.new_page(viewport=PHONE)
    page.goto(f"{base}/stories/{ids['alder']}")
    link = page.locator(".relation-conflict .side a.cite").first
    link.scroll_into_view_if_needed()
    page.wait_for_timeout(200)
    before = page.evaluate("window.scrollY")
    assert before > 0
    link.click()
    sheet = page.locator(".cite-sheet")
    sheet.wait_for(state="visible")
    assert page.evaluate("window.scrollY") == before
    assert "Valley Herald" in sheet.inner_text() and "62 million pounds" in sheet.locator("blockquote").inner_text()
    assert sheet.locator("a.sheet-link").get_attribute("href") == "#" + str(link.get_attribute("data-s"))
    assert page.evaluate("document.activeElement.classList.contains('cite-sheet')")
    page.screenshot(path=str(ARTIFACTS / "reader-citation-phone.png"), full_page=False)
    page.keyboard.press("Escape")
    sheet.wait_for(state="hidden")
    assert page.evaluate("window.scrollY") == before
    assert page.evaluate("document.activeElement.getAttribute('data-s')") == link.get_attribute("data-s")
    page.close()


def test_brief_page_on_a_phone_and_its_targets(browser: Any, site: Site) -> None:
    base, ids = site
    page = browser.new_page(viewport=PHONE)
    page.goto(f"{base}/briefs/{ids['herald_brief']}")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert page.locator("#main-point").is_visible() and page.locator(".original a").first.is_visible()
    for box in (page.locator("a.cite").nth(i).bounding_box() for i in range(page.locator("a.cite").count())):
        assert box is not None and box["width"] >= 24 and box["height"] >= 24
    before = page.evaluate("window.scrollY")
    page.locator("#item-summary-0 a.cite").click()
    page.locator(".cite-sheet").wait_for(state="visible")
    assert page.evaluate("window.scrollY") == before
    page.screenshot(path=str(ARTIFACTS / "reader-brief-phone.png"), full_page=False)
    page.close()


def test_highlight_contrast_and_skip_link(browser: Any, site: Site) -> None:
    base, ids = site
    page = browser.new_page(viewport=DESKTOP)
    page.goto(f"{base}/briefs/{ids['herald_brief']}")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.locator("#item-summary-0 a.cite").click()
    edge = page.locator(".sent.hl").evaluate("el => getComputedStyle(el).outlineColor")
    paper = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert contrast(edge, paper) >= 3
    page.close()


def test_flagging_an_item(browser: Any, site: Site) -> None:
    base, ids = site
    page = browser.new_page(viewport=DESKTOP)
    page.goto(f"{base}/briefs/{ids['post_brief']}")
    item = page.locator("#item-summary-1")
    item.locator("details.flag summary").click()
    item.locator("textarea").fill("The council said 4,100 homes.")
    item.locator("button", has_text="Send flag").click()
    page.wait_for_url("**flagged=item-summary-1#item-summary-1")
    thanks = page.locator("#item-summary-1 .flagged")
    assert thanks.is_visible() and thanks.inner_text() == "Flagged, thank you."
    page.screenshot(path=str(ARTIFACTS / "reader-flagged.png"), full_page=False)
    flags = page.request.get(f"{base}/api/v1/flags?brief_id={ids['post_brief']}").json()["items"]
    assert [(f["section"], f["item"], f["note"]) for f in flags] == [("summary", 1, "The council said 4,100 homes.")]
    page.close()


def test_dark_mode_print_and_reduced_motion(browser: Any, site: Site) -> None:
    base, ids = site
    context = browser.new_context(viewport=DESKTOP, color_scheme="dark", reduced_motion="reduce")
    page = context.new_page()
    page.goto(f"{base}/stories/{ids['alder']}")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(18, 20, 23)"
    ink = page.evaluate("getComputedStyle(document.body).color")
    assert contrast(ink, "rgb(18, 20, 23)") >= 7
    assert page.locator(".sent").first.evaluate("el => getComputedStyle(el).transitionDuration") == "0s"
    page.screenshot(path=str(ARTIFACTS / "reader-story-dark.png"), full_page=False)
    context.close()
    page = browser.new_page(viewport=DESKTOP)
    page.goto(f"{base}/briefs/{ids['herald_brief']}")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(251, 250, 247)"
    page.evaluate("document.querySelectorAll('details.section').forEach(d => d.open = false)")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.evaluate("[...document.querySelectorAll('details.section')].every(d => d.open)")
    page.emulate_media(media="print")
    assert page.locator(".source-panel").evaluate("el => getComputedStyle(el).position") == "static"
    assert page.locator(".bar").evaluate("el => getComputedStyle(el).display") == "none"
    page.pdf(path=str(ARTIFACTS / "reader-brief-print.pdf"))
    page.close()


def test_a_search_result_opens_at_the_matching_item(browser: Any, site: Site) -> None:
    base, ids = site
    page = browser.new_page(viewport=PHONE)
    page.goto(f"{base}/search?q=grant")
    result = page.locator("ol.results li").first
    assert "Ashcombe Times" in result.inner_text() and "8 March 2026" in result.inner_text()
    result.locator("a").click()
    page.wait_for_url(f"**/briefs/{ids['orchard_brief']}#*")
    anchor = page.url.split("#")[1]
    assert "grant" in page.locator(f"#{anchor}").inner_text().lower()
    assert page.locator(f"#{anchor}").is_visible()  # its section was opened on the phone
    page.screenshot(path=str(ARTIFACTS / "reader-search-hit-phone.png"), full_page=False)
    page.close()
