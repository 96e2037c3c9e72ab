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
from newsbrief.ingest.extract import extract, from_html, looks_like_html
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
