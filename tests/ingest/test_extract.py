"""Extraction of HTML and plain text, and the input errors."""

from __future__ import annotations

import pytest

from newsbrief.errors import (
    BinaryInputError,
    EmptyInputError,
    ExtractionError,
    ExtractionTimeoutError,
    TooShortError,
    UnsupportedLanguageError,
)
from newsbrief.ingest.extract import after_headline, extract, from_html, looks_like_html, lost_lead
from newsbrief.models import RawDocument
from newsbrief.settings import Settings
from tests.conftest import EXAMPLES

FRENCH = (
    "Le gouvernement a annoncé mardi un nouveau plan pour les transports publics dans la région. "
    "Les élus locaux ont salué une décision attendue depuis des années, mais les syndicats "
    "restent prudents sur le calendrier des travaux et sur le financement des nouvelles lignes. "
    "Selon le ministre, les premiers trains circuleront en 2028 si les études sont terminées."
)


def test_html_example_metadata_and_body(settings: Settings) -> None:
    path = EXAMPLES / "nordic-cable.html"
    article = extract(RawDocument(path.read_bytes(), filename=path.name), settings)
    source = article.source
    assert source.title == "Nordic ministers sign deal on undersea power cable after six years of talks"
    assert source.outlet == "The Northern Ledger"
    assert source.author == "Maren Dahl"
    assert source.date == "2026-03-12"
    assert source.url == "https://northernledger.example/energy/2026/03/12/nordic-cable-deal"
    # Body paragraphs kept; page chrome (navigation, footer, related links) dropped.
    assert article.text.startswith("Norway and Denmark signed an agreement in Oslo on Wednesday")
    assert "\n\n" in article.text
    for chrome in ("Subscribe", "All rights reserved", "Cookie settings", "Offshore wind auction"):
        assert chrome not in article.text


def test_text_example_title_from_first_line(settings: Settings) -> None:
    path = EXAMPLES / "sea-wall.txt"
    article = extract(RawDocument(path.read_bytes(), filename=path.name), settings)
    assert article.source.title == "Coastal town backs £48 million sea wall as storms grow stronger"
    assert article.text.startswith("Residents of Port Ellery voted on Thursday")
    assert len(article.text.split("\n\n")) == 11


def test_detects_html_without_a_hint() -> None:
    assert looks_like_html(RawDocument(b"<!doctype html><html><body><p>x</p></body></html>"))
    assert not looks_like_html(RawDocument(b"Plain words about <b> tags in text."))
    assert looks_like_html(RawDocument(b"x", content_type="text/html; charset=utf-8"))


@pytest.mark.parametrize("content", [b"", b"   \n\t  "])
def test_empty_input(content: bytes, settings: Settings) -> None:
    with pytest.raises(EmptyInputError, match="empty"):
        extract(RawDocument(content), settings)


def test_binary_input(settings: Settings) -> None:
    with pytest.raises(BinaryInputError, match="binary"):
        extract(RawDocument(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10), settings)


def test_non_english(settings: Settings) -> None:
    with pytest.raises(UnsupportedLanguageError, match="only English is supported for now"):
        extract(RawDocument(FRENCH.encode()), settings)


def test_too_short(settings: Settings) -> None:
    with pytest.raises(TooShortError, match="too short"):
        extract(RawDocument(b"The mayor resigned on Monday after a vote of no confidence."), settings)


def test_html_without_article(settings: Settings) -> None:
    page = b"<html><body><nav><a href='/'>Home</a></nav><footer>(c) 2026</footer></body></html>"
    with pytest.raises(ExtractionError, match="no article text"):
        extract(RawDocument(page, filename="index.html"), settings)


def test_extraction_time_limit() -> None:
    # A huge but valid page with a limit far below the time trafilatura needs for it.
    paragraph = "<p>" + "The council met again to discuss the budget and the new road. " * 20 + "</p>"
    page = "<html><body><article>" + paragraph * 3000 + "</article></body></html>"
    with pytest.raises(ExtractionTimeoutError, match="took longer than"):
        from_html(page, Settings(extract_timeout=0.01))


LEAD_PAGE = """<!doctype html><html><head><title>Harbour Board Delays Ferry Terminal Until 2028</title>
<meta property="og:title" content="Harbour Board Delays Ferry Terminal Until 2028">
<meta property="og:description" content="The harbour board voted on Tuesday to delay the new ferry terminal by two years, citing a shortfall in the budget,...">
</head><body><div id="page"><div id="main">
<div class="article"><h1 class="title">Harbour Board Delays Ferry Terminal Until 2028</h1>
<div class="content">The harbour board voted on Tuesday to delay the new ferry terminal by two years, citing a shortfall
in the budget of about 40 million euros reported by the <em><a href="/audit">city auditor</a></em>. The vote was seven to two.
<br> <br><img src="/pier.jpg" alt=""><center><em>The old pier via <a href="/photos">the archive</a></em></center>
<br>The terminal was meant to open in 2026 and replace the wooden pier that has served the island ferries since
the 1950s. Engineers say the pier can be kept safe until then with repairs costing about two million euros.
<br> <br>Ferry operators criticised the delay. They said passengers would keep queuing in the open for another
two winters, and that the repairs would close the pier for three weeks in the spring.
<br> <br>The board said it would look for a private partner to share the cost and would decide on the plan in March.
</div></div></div>
<div id="right"><div id="guide-products"><h3>Guides</h3><ul>
<li><a class="image" href="/guide/tides"><img src="/tides.jpg"></a><div class="text">
<a class="product-title" href="/guide/tides">Tide Tables (2026)</a>
<a href="/guide/tides"><p>Night tide tables are an automatic feature which shows the expected water levels for every
berth in the harbour and the outer moorings for the whole of the coming week.</p></a></div></li>
<li><div class="text"><a class="product-title" href="/guide/app">New Tide App Now Available</a></div></li>
</ul></div></div></div></body></html>"""


def test_a_lead_written_as_bare_text_is_recovered_but_a_standfirst_is_not() -> None:
    body = [
        "The terminal was meant to open in 2026 and replace the wooden pier that has served the island ferries "
        "since the 1950s.",
        "Ferry operators criticised the delay.",
    ]
    cut = "The harbour board voted on Tuesday to delay the new ferry terminal by two years, citing a shortfall in " \
          "the budget,..."
    lead = lost_lead(LEAD_PAGE, cut, body)
    assert lead is not None and lead.startswith("The harbour board voted on Tuesday")
    assert lead.endswith("reported by the city auditor. The vote was seven to two.")
    assert lost_lead(LEAD_PAGE, cut, [lead, *body]) is None  # kept by the extractor: nothing to add
    whole = "Night tide tables are an automatic feature which shows the expected water levels for every berth in " \
            "the harbour and the outer moorings for the whole of the coming week."
    assert lost_lead(LEAD_PAGE, whole, body) is None  # the description is all of it: a standfirst


def test_lines_before_the_headline_are_the_page_around_the_article() -> None:
    title = "Harbour Board Delays Ferry Terminal Until 2028"
    lines = ["Night tide tables are an automatic feature.", "New Tide App Now Available", title, "The board voted."]
    assert after_headline(lines, title) == ["The board voted."]
    far = ["a", "b", "c", "d", "e", title, "f"]
    assert after_headline(far, title) == far  # too far down: a repeat of the headline, not the top


def test_a_timestamp_on_the_first_line_is_not_the_title(settings: Settings) -> None:
    text = ("Friday 1 May 2009 22.51 BST\n\nThe council closed two schools on Friday after a pupil fell ill with "
            "the new flu strain, and said both would reopen after cleaning next week. Parents were told by text "
            "message in the morning, and most collected their children before noon, the head teacher said.")
    article = extract(RawDocument(content=text.encode(), content_type="text/plain"), settings)
    assert article.source.title is None
    assert article.text.startswith("The council closed two schools")
