"""Turn raw bytes into an :class:`Article`: the only module that imports trafilatura.

HTML goes through trafilatura (body text with paragraphs, title, author, date,
site name, canonical URL) under a time limit, so a pathological page cannot
hang the process. Plain text keeps its paragraphs; its first line becomes the
title when it looks like a headline. Both paths then pass the same checks:
not empty, not binary, English, and long enough to brief. :func:`extract`, which
every surface uses, then drops the page furniture among the paragraphs
(bylines, timestamps, captions, credits, widgets, sub-heads: see
``ingest/furniture.py``); :func:`extract_html` keeps every line.
"""

from __future__ import annotations

import re
import threading
from dataclasses import replace
from typing import Any

import trafilatura

from newsbrief.errors import (
    BinaryInputError,
    EmptyInputError,
    ExtractionError,
    ExtractionTimeoutError,
    InputError,
    TooShortError,
    UnsupportedLanguageError,
)
from newsbrief.ingest.furniture import drop_furniture, ends_like_sentence, furniture_kind
from newsbrief.lexicon import ENGLISH_FUNCTION_WORDS
from newsbrief.models import Article, Hints, RawDocument, Source
from newsbrief.settings import Settings

_HTML_HINT = re.compile(rb"<\s*(!doctype\s+html|html|head|body|article|p|div)\b", re.IGNORECASE)
_CHARSET = re.compile(r"charset=[\"']?([\w-]+)", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F']+")
# Frequent English function words. Running English prose has 35-50% of its
# words in this list (measured on the example articles and the CNN/DM dev
# articles); French, German or Spanish news text stays under 10%.
_ENGLISH = ENGLISH_FUNCTION_WORDS
_MIN_ENGLISH_SHARE = 0.18  # see _ENGLISH: halfway between the two populations, erring to accept
# In a plain-text block, a first line this much shorter than the block's longest line is a
# heading typed above its paragraph, not the first line of a hard-wrapped paragraph (wrapped
# lines run to within a few characters of the wrap width).
_HEADING_SHARE = 0.6


def _decode(content: bytes, content_type: str | None) -> str:
    """Decode bytes using the declared charset, then UTF-8, then Windows-1252."""
    candidates: list[str] = []
    if content_type:
        match = _CHARSET.search(content_type)
        if match:
            candidates.append(match.group(1))
    candidates += ["utf-8", "cp1252"]
    for encoding in candidates:
        try:
            return content.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return content.decode("utf-8", errors="replace")


def check_not_binary(content: bytes) -> None:
    """Raise :class:`BinaryInputError` when ``content`` does not look like text."""
    sample = content[:8192]
    if b"\x00" in sample:
        raise BinaryInputError(
            "the input contains NUL bytes, so it is binary data (an image, PDF or archive?), "
            "not an article; pass an HTML page, a text file or a URL"
        )
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    if sample and controls / len(sample) > 0.05:
        raise BinaryInputError(
            "the input is mostly control characters, so it is binary data, not an article; "
            "pass an HTML page, a text file or a URL"
        )


def looks_like_html(raw: RawDocument) -> bool:
    """Decide whether ``raw`` holds HTML (by content type, file name, then content)."""
    if raw.content_type:
        mime = raw.content_type.split(";")[0].strip().lower()
        if mime in ("text/html", "application/xhtml+xml"):
            return True
        if mime == "text/plain":
            return False
    if raw.filename:
        lower = raw.filename.lower()
        if lower.endswith((".html", ".htm", ".xhtml")):
            return True
        if lower.endswith((".txt", ".md", ".text")):
            return False
    return bool(_HTML_HINT.search(raw.content[:4096]))


def english_share(text: str) -> float:
    """Share of the words of ``text`` that are frequent English function words."""
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if not words:
        return 0.0
    return sum(1 for w in words if w in _ENGLISH) / len(words)


def check_article_text(text: str, settings: Settings) -> None:
    """Raise an :class:`InputError` when ``text`` is empty, not English or too short."""
    words = _WORD.findall(text)
    if not words:
        raise EmptyInputError("the article has no text; pass a page or file with an article in it")
    if len(words) >= 15 and english_share(text) < _MIN_ENGLISH_SHARE:
        raise UnsupportedLanguageError(
            "the article does not appear to be in English; only English is supported for now"
        )
    if len(words) < settings.min_words:
        raise TooShortError(
            f"the article has {len(words)} words, too short to brief "
            f"(at least {settings.min_words} are needed); pass the full article"
        )


def _split_paragraphs(text: str) -> list[str]:
    """Paragraphs of plain text: blank-line separated, else one per line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = re.split(r"\n\s*\n", text)
    if len(blocks) == 1:
        blocks = text.split("\n")
    paragraphs: list[str] = []
    for block in blocks:
        paragraphs += [re.sub(r"\s+", " ", part).strip() for part in _unglue(block)]
    return [p for p in paragraphs if p]


def _unglue(block: str) -> list[str]:
    """A block's lines as paragraphs, with a heading above it or a credit below it set apart.

    Joining the lines of "Storm damage\nThe old wall was ..." would glue the sub-head
    into the first sentence; a furniture line that opens the block and is much shorter
    than its longest line, or that follows a line ending a sentence at its end, is a
    paragraph of its own (the furniture filter then drops it).
    """
    lines = [line.strip() for line in block.split("\n") if line.strip()]
    if len(lines) < 2:
        return lines
    longest = max(len(line) for line in lines)
    head: list[str] = []
    while (len(lines) > 1 and len(lines[0]) < _HEADING_SHARE * longest
           and furniture_kind(lines[0]) is not None):
        head.append(lines.pop(0))
    tail: list[str] = []
    while len(lines) > 1 and ends_like_sentence(lines[-2]) and furniture_kind(lines[-1]) is not None:
        tail.insert(0, lines.pop())
    return [*head, " ".join(lines), *tail]


def _is_headline(line: str) -> bool:
    """A headline is short and does not end like a sentence."""
    words = line.split()
    return 0 < len(words) <= 20 and not line.rstrip().endswith((".", ",", ";", ":", '"', "”"))


def from_text(text: str, settings: Settings, url: str | None = None) -> Article:
    """Build an Article from plain text; the first line is the title if it looks like one."""
    paragraphs = _split_paragraphs(text)
    if not paragraphs:
        raise EmptyInputError("the input is empty; pass an article as HTML, text or a URL")
    title = None
    if len(paragraphs) > 1 and _is_headline(paragraphs[0]):
        title = paragraphs.pop(0)
    body = "\n\n".join(paragraphs)
    check_article_text(body, settings)
    return Article(text=body, source=Source(title=title, url=url, language="en"))


def _run_with_limit(html: str, url: str | None, seconds: float) -> Any:
    """Run trafilatura in a daemon thread so a pathological page cannot hang us."""
    result: dict[str, Any] = {}

    def work() -> None:
        try:
            result["doc"] = trafilatura.bare_extraction(
                html,
                url=url,
                with_metadata=True,
                include_comments=False,
                include_tables=False,
            )
        except Exception as exc:  # trafilatura/lxml errors on hostile markup
            result["error"] = exc

    worker = threading.Thread(target=work, name="newsbrief-extract", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise ExtractionTimeoutError(
            f"extracting the article took longer than {seconds:g} s, so the page was given up; "
            "save the article text to a .txt file and brief that"
        )
    if "error" in result:
        raise ExtractionError(f"the page could not be parsed: {result['error']}")
    return result.get("doc")


def extract_html(html: str, settings: Settings, url: str | None = None) -> Article:
    """Extract body and metadata from HTML without judging the text (no language check)."""
    doc = _run_with_limit(html, url, settings.extract_timeout)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise ExtractionError(
            "no article text was found in the page; it may be an index page, need "
            "JavaScript, or sit behind a paywall. Copy the article text into a .txt file and "
            "brief that instead"
        )
    paragraphs = [re.sub(r"\s+", " ", line).strip() for line in text.split("\n")]
    paragraphs = [p for p in paragraphs if p]
    title = _clean(getattr(doc, "title", None))
    if paragraphs and title and paragraphs[0].strip().lower() == title.lower():
        paragraphs.pop(0)  # the headline repeated as the first line of the body
    source = Source(
        title=title,
        outlet=_clean(getattr(doc, "sitename", None)),
        author=_clean(getattr(doc, "author", None)),
        date=_clean(getattr(doc, "date", None)),
        url=_clean(getattr(doc, "url", None)) or url,
        language="en",
    )
    return Article(text="\n\n".join(paragraphs), source=source)


def from_html(html: str, settings: Settings, url: str | None = None) -> Article:
    """Extract the main article of an HTML page and check it can be briefed."""
    article = extract_html(html, settings, url)
    try:
        check_article_text(article.text, settings)
    except TooShortError as exc:
        # In a page, a few stray words mean the extractor found no article at all.
        raise ExtractionError(
            f"no article text was found in the page (only {len(article.text.split())} words of "
            "text outside navigation and boilerplate); copy the article text into a .txt file "
            "and brief that instead"
        ) from exc
    return article


def plain_trafilatura(html: str) -> str:
    """Body text from trafilatura with its default settings (the extraction baseline)."""
    return str(trafilatura.extract(html) or "")


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = re.sub(r"\s+", " ", value).strip()
    return value or None


def extract(raw: RawDocument, settings: Settings) -> Article:
    """Turn a :class:`RawDocument` into an :class:`Article`, HTML or plain text."""
    if raw.hints.error:
        raise InputError(raw.hints.error)
    if not raw.content.strip():
        raise EmptyInputError("the input is empty; pass an article as HTML, text or a URL")
    if len(raw.content) > settings.max_bytes:
        raise InputError(
            f"the input is {len(raw.content)} bytes, over the {settings.max_bytes} byte limit; "
            "pass the article alone"
        )
    check_not_binary(raw.content)
    text = _decode(raw.content, raw.content_type)
    article = from_html(text, settings, raw.url) if looks_like_html(raw) else from_text(text, settings, raw.url)
    return with_hints(without_furniture(article, settings), raw.hints)


def without_furniture(article: Article, settings: Settings) -> Article:
    """The article without its page furniture paragraphs (see ``ingest/furniture.py``).

    Each paragraph that stays stays whole and apart, so dropping a sub-head glues
    nothing together. When so little is left that it could not be briefed, the page was
    mostly lists and headings: the article is kept as extracted.
    """
    paragraphs = article.text.split("\n\n")
    kept = drop_furniture(paragraphs)
    if len(kept) == len(paragraphs):
        return article
    text = "\n\n".join(kept)
    if len(_WORD.findall(text)) < settings.min_words:
        return article
    return Article(text=text, source=article.source)


def with_hints(article: Article, hints: Hints) -> Article:
    """Fill the parts of the article's source that extraction did not find from the reader's hints.

    Trusted hints (a feed item's or a JSONL record's own title, outlet and date) win over
    extraction's: trafilatura dates a page without date markup from any year in its text
    and names the outlet after the domain. The URL extraction found (the page's canonical
    address) always wins, so duplicates are recognised by it.
    """
    source = article.source
    outlet = hints.outlet or hints.feed_title
    if hints.trusted:
        title, outlet, date = hints.title or source.title, outlet or source.outlet, hints.date or source.date
    else:
        title, outlet, date = source.title or hints.title, source.outlet or outlet, source.date or hints.date
    filled = replace(source, title=title, outlet=outlet, date=date, url=source.url or hints.url)
    return article if filled == source else replace(article, source=filled)
