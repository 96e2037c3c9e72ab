"""Property-based tests of reading and extraction (ingest/extract.py) on generated text and HTML (issue 16).

Plain text: reading gives an article or a NewsbriefError, and an article keeps every word of
the input in order (title first), only re-spaced into paragraphs. HTML: extraction gives an
article or a NewsbriefError, the article's paragraphs are non-empty and single-spaced, and
every word in it comes from the page (extraction invents nothing). The full path (bytes with
a content type, through decoding, the binary and language checks, furniture removal and the
reader's hints) gives an article or a NewsbriefError.
"""

from __future__ import annotations

import contextlib
import re
from html import unescape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbrief.errors import ExtractionError, NewsbriefError
from newsbrief.ingest.extract import extract, extract_html, from_text
from newsbrief.ingest.furniture import furniture_kind
from newsbrief.models import Article, Hints, RawDocument
from newsbrief.settings import Settings
from tests.fuzz.generators import FUNCTION_WORDS, WORDS, html_pages, prose, sentences

# A lower word minimum lets generated texts reach the article-building code, not only the refusal.
SETTINGS = Settings(extract_timeout=10.0, min_words=5)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# trafilatura takes 5-50 ms a page; this many pages keep each HTML test near 5 s on a busy 2-core machine.
PAGES = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_TAG = re.compile(r"<[^>]*>")


def _paragraphs_are_clean(article: Article) -> None:
    paragraphs = article.text.split("\n\n")
    assert all(paragraphs), "an empty paragraph"
    for paragraph in paragraphs:
        assert paragraph == paragraph.strip() and not re.search(r"\s\s|[\n\t\r]", paragraph), repr(paragraph)


@FAST
@given(text=st.one_of(prose(), st.text(max_size=400), sentences(min_size=1).map("\n\n".join)))
def test_text_keeps_every_word_in_order(text: str) -> None:
    try:
        article = from_text(text, SETTINGS)
    except NewsbriefError:
        return
    _paragraphs_are_clean(article)
    title = (article.source.title or "").split()
    words, body = text.replace("\r", "\n").split(), article.text.split()
    first = article.text.split("\n\n")[0]
    head = first.split()
    # A byline or timestamp above the headline stays first in the body (the furniture filter
    # reads its date and drops it); the headline under it is the title.
    below = bool(title) and furniture_kind(first) in ("byline", "timestamp") and head + title + body[len(head):] == words
    assert below or title + body == words


@FAST
@given(pairs=st.lists(st.tuples(st.sampled_from(FUNCTION_WORDS), WORDS), min_size=8, max_size=60))
def test_english_prose_long_enough_is_always_an_article(pairs: list[tuple[str, str]]) -> None:
    # Every other word a function word: at least half the words, well over the English threshold.
    text = " ".join(word for pair in pairs for word in pair) + "."
    article = from_text(text, SETTINGS)
    assert article.text == text and article.source.title is None


def _visible(text: str) -> str:
    """``text`` without spaces and unprintable characters (controls, format, unassigned: trafilatura drops them)."""
    return "".join(ch for ch in text if ch.isprintable() and not ch.isspace())


def _page_words(page: str) -> str:
    """Every character of the page's text and attribute values, without spaces (words may join across tags).

    Unescaped twice: trafilatura unescapes the parsed text again, so "&amp;amp;" reads "&", not "&amp;".
    """
    text = unescape(_TAG.sub(" ", page)) + unescape(" ".join(re.findall(r'"([^"]*)"', page)))
    return _visible(text + unescape(text))


@pytest.mark.slow
@PAGES
@given(page=html_pages())
def test_html_extraction_invents_nothing(page: str) -> None:
    try:
        article = extract_html(page, SETTINGS)
    except NewsbriefError:
        return
    if not article.text:
        return  # a page that is only its headline: see test_a_page_of_only_its_headline_is_no_article
    _paragraphs_are_clean(article)
    source = _page_words(page)
    # Word by word: unclosed blocks in a malformed page can glue two words ("with.And") whose
    # text was apart in the page; each one still comes from it.
    for word in re.findall(r"\w+", article.text):
        assert _visible(word) in source, f"{word!r} is not in the page"


def test_a_page_of_only_its_headline_is_no_article() -> None:
    # Found by test_html_extraction_invents_nothing.
    page = ("<!doctype html><html><head><title>the </title></head><body><article><p> <b>the </b></p></article>"
            "</body></html>")
    with pytest.raises(ExtractionError, match="no article text"):
        extract_html(page, SETTINGS)


@pytest.mark.slow
@PAGES
@given(page=html_pages(), kind=st.sampled_from(["text/html", "text/html; charset=latin-1", "text/plain", None,
                                                "text/html; charset=x-bogus", "application/xhtml+xml"]),
       title=st.one_of(st.none(), st.text(max_size=30)), trusted=st.booleans(),
       encode=st.sampled_from(["utf-8", "utf-16", "utf-32", "cp1252"]))
def test_reading_a_page_gives_an_article_or_a_newsbrief_error(page: str, kind: str | None, title: str | None,
                                                             trusted: bool, encode: str) -> None:
    content = page.encode(encode, errors="replace")
    with contextlib.suppress(NewsbriefError):
        article = extract(RawDocument(content, content_type=kind, hints=Hints(title=title, trusted=trusted)),
                          SETTINGS)
        assert article.text.strip()
