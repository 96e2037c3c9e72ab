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

import codecs
import re
import threading
import unicodedata
from collections import Counter
from dataclasses import replace
from typing import Any

import trafilatura

from newsbrief.budget import check_element_count, check_paragraph_sizes, check_text_budget, check_word_count
from newsbrief.errors import (
    BinaryInputError,
    EmptyInputError,
    ExtractionError,
    ExtractionTimeoutError,
    InputError,
    TooShortError,
    UnsupportedLanguageError,
)
from newsbrief.ingest.captions import without_credited_captions
from newsbrief.ingest.embedded_posts import without_embedded_posts
from newsbrief.ingest.furniture import drop_furniture, ends_like_sentence, furniture_kind
from newsbrief.ingest.furniture_notes import without_section_labels
from newsbrief.ingest.glued_heads import heads_apart
from newsbrief.ingest.glued_runs import joined_at_commas, joined_lines
from newsbrief.ingest.header import byline_author, page_stamp, split_title, unglued
from newsbrief.ingest.note_writers import note_writer, with_reporter, without_author_note, without_sign_off
from newsbrief.ingest.page_teasers import note_author
from newsbrief.ingest.reader_lines import without_closing_coverage, without_closing_promo
from newsbrief.ingest.related_cards import without_related_cards
from newsbrief.ingest.repair import repair_mojibake, without_inline_furniture, without_invisibles
from newsbrief.ingest.wire_dates import dated_by_opening, dated_by_wire, wire_day, wire_outlet
from newsbrief.lexicon import ENGLISH_FUNCTION_WORDS
from newsbrief.models import Article, Hints, RawDocument, Source
from newsbrief.settings import Settings

_HTML_HINT = re.compile(rb"<\s*(!doctype\s+html|html|head|body|article|p|div)\b", re.IGNORECASE)
_ELEMENT = re.compile(r"<[A-Za-z]")  # an opening tag: what trafilatura's time grows with
_CHARSET = re.compile(r"charset=[\"']?([\w-]+)", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F']+")
# Frequent English function words. Running English prose has 35-50% of its words in this list
# (measured on the example articles and the CNN/DM dev articles); French, German or Spanish news, under 10%.
_ENGLISH = ENGLISH_FUNCTION_WORDS
_MIN_ENGLISH_SHARE = 0.18  # see _ENGLISH: halfway between the two populations, erring to accept
# Apostrophes and single quotes as typed or typeset; inside a word they join ("council's"), at its
# edges they quote it ('the plan'), and either way the word is still the English word.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
# Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Names for the scripts of languages people try first; others are named after their script.
_SCRIPT_LANGUAGES = {"ARABIC": "Arabic", "HEBREW": "Hebrew", "CYRILLIC": "Russian or another Cyrillic-script "
                     "language", "GREEK": "Greek", "CJK": "Chinese", "HIRAGANA": "Japanese", "KATAKANA": "Japanese",
                     "HANGUL": "Korean", "DEVANAGARI": "Hindi", "THAI": "Thai", "BENGALI": "Bengali",
                     "TAMIL": "Tamil", "ARMENIAN": "Armenian", "GEORGIAN": "Georgian", "ETHIOPIC": "Amharic"}
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


def _utf16_without_bom(content: bytes) -> str | None:
    """The codec of UTF-16 text written without a byte-order mark (every other byte NUL), else None."""
    sample = content[:8192]
    if len(sample) < 16:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def transcode_unicode(raw: RawDocument) -> RawDocument:
    """``raw`` re-encoded as UTF-8 when it is UTF-16 or UTF-32 (with a byte-order mark, or UTF-16
    without one); unchanged otherwise. Without this the NUL bytes of UTF-16 read as binary data."""
    content = raw.content
    codec = next((name for bom, name in _BOMS if content.startswith(bom)), None) or _utf16_without_bom(content)
    if codec is None:
        return raw
    try:
        text = content.decode(codec)
    except UnicodeDecodeError as exc:
        raise BinaryInputError(
            f"the input starts like {codec.upper()} text but is not valid {codec.upper()} "
            f"({exc.reason} at byte {exc.start}); save it as UTF-8 and try again"
        ) from exc
    mime = (raw.content_type or "").split(";")[0].strip()
    return replace(raw, content=text.encode("utf-8"), content_type=f"{mime}; charset=utf-8" if mime else None)


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
    """Share of the words of ``text`` that are frequent English function words.

    Quote marks at a word's edges are not part of it, and a word with an apostrophe
    inside counts as its stem ("it's" as "it"), so quoted and contracted English is
    recognised as English.
    """
    words = [w.strip("'").split("'")[0].lower() for w in _WORD.findall(text[:20000].translate(_APOSTROPHES))]
    words = [w for w in words if w]
    if not words:
        return 0.0
    return sum(1 for w in words if w in _ENGLISH) / len(words)


def dominant_script(text: str) -> str | None:
    """The script most letters of ``text`` are written in ("LATIN", "ARABIC", "CJK", ...), None without letters."""
    scripts = Counter(unicodedata.name(ch, "?").split(" ")[0] for ch in text[:20000] if ch.isalpha())
    return scripts.most_common(1)[0][0] if scripts else None


def _language_error(text: str) -> UnsupportedLanguageError:
    script = dominant_script(text)
    if script and script != "LATIN":
        guess = _SCRIPT_LANGUAGES.get(script, f"a language written in {script.title()} script")
        return UnsupportedLanguageError(f"only English is supported for now (this looks like {guess})")
    return UnsupportedLanguageError(
        "only English is supported for now (this looks like another language written in Latin letters)"
    )


def check_article_text(text: str, settings: Settings) -> None:
    """Raise an :class:`InputError` when ``text`` is too large, empty, not English or too short.

    The size limits (``max_words``, ``max_paragraph_chars``; see ``newsbrief.budget``) come first,
    so an oversized input is refused before any other work on it.
    """
    check_text_budget(text, settings.max_words, settings.max_paragraph_chars)
    words = _WORD.findall(text)
    if len(words) < 15 and dominant_script(text) not in (None, "LATIN"):
        raise _language_error(text)
    if not words:
        raise EmptyInputError("the article has no text; pass a page or file with an article in it")
    if len(words) >= 15 and english_share(text) < _MIN_ENGLISH_SHARE:
        raise _language_error(text)
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
        # a line break kept between highlight lines stays (see ingest/glued_runs.py)
        paragraphs += ["\n".join(re.sub(r"\s+", " ", line).strip() for line in part.split("\n")).strip()
                       for part in _unglue(block)]
    return joined_at_commas([p for p in paragraphs if p])  # a sentence broken at a comma (glued_runs)


def _unglue(block: str) -> list[str]:
    """A block's lines as paragraphs, with a heading above it or a credit below it set apart.

    Joining the lines of "Storm damage\nThe old wall was ..." would glue the sub-head
    into the first sentence; a furniture line that opens the block and is much shorter
    than its longest line, or that follows a line ending a sentence at its end, is a
    paragraph of its own (the furniture filter then drops it).
    """
    # A related-coverage box flattened one card a line sits inside a block (see related_cards).
    lines = without_related_cards([line.strip() for line in block.split("\n") if line.strip()])
    if len(lines) < 2:
        return lines
    longest = max(len(line) for line in lines)
    head: list[str] = []
    while (len(lines) > 1 and len(lines[0]) < _HEADING_SHARE * longest
           and furniture_kind(lines[0]) is not None):
        head.append(lines.pop(0))
    tail: list[str] = []
    while (len(lines) > 1 and furniture_kind(lines[-1]) is not None
           and (ends_like_sentence(lines[-2]) or furniture_kind(lines[-2]) is not None)):
        tail.insert(0, lines.pop())  # two captions below a paragraph are both set apart
    return [*head, joined_lines(lines), *tail]


def from_text(text: str, settings: Settings, url: str | None = None) -> Article:
    """Build an Article from plain text; the first line is the title if it looks like one."""
    check_word_count(len(text.split()), settings.max_words)  # before any other work on a huge text
    paragraphs = _split_paragraphs(text)
    check_paragraph_sizes(paragraphs, settings.max_paragraph_chars)
    if not paragraphs:
        raise EmptyInputError("the input is empty; pass an article as HTML, text or a URL")
    title, paragraphs = split_title(heads_apart(paragraphs))  # a headline glued to the lead set apart first
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
    if isinstance(result.get("error"), MemoryError):
        raise result["error"]  # the brief's memory budget ran out: the worker reports it as such
    if "error" in result:
        raise ExtractionError(f"the page could not be parsed: {result['error']}")
    return result.get("doc")


# At most this many lines before the headline are taken for page chrome; more, and the
# "headline" line is more likely a repeat of it further down the article.
MAX_BEFORE_HEADLINE = 3
# A description shorter than this is a tagline, not the lead sentence.
MIN_LEAD_WORDS = 12
_BLOCK_TAGS = frozenset("br p div ul ol table h1 h2 h3 h4 h5 h6 figure blockquote section aside".split())


def after_headline(paragraphs: list[str], title: str | None) -> list[str]:
    """The body after the headline when the headline is one of its first lines.

    The headline as a line of the body repeats it, and what comes before it is the page
    around the article (a sidebar card, a "now available" teaser, a section label).
    """
    headline = next((i for i, p in enumerate(paragraphs[: MAX_BEFORE_HEADLINE + 1])
                     if title and p.lower() == title.lower()), None)
    return paragraphs if headline is None else paragraphs[headline + 1 :]


def _lead_text(element: Any) -> str:
    """The text an element opens with, up to its first block-level child or line break."""
    parts = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str) or child.tag.lower() in _BLOCK_TAGS:
            break
        parts += [child.text_content(), child.tail or ""]
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def lost_lead(html: str, description: str | None, paragraphs: list[str]) -> str | None:
    """The lead paragraph trafilatura dropped, when the page's description is its opening.

    Some pages write the lead as bare text in the article's container (no <p> around it) and
    trafilatura drops it; the page's description (og:description) usually repeats its first
    words. When those words are in the page's visible text but not in the extraction, the
    text they open is the lead.
    """
    if not description or len(description.split()) < MIN_LEAD_WORDS:
        return None
    opening = re.sub(r"\s+", " ", description.rstrip(".… ")).strip()[:80]
    if any(opening[:40] in p for p in paragraphs):
        return None
    body = html.lower().find("<body")
    if body < 0 or opening[:40] not in html[body:]:
        return None  # the description's words are not in the page's body text: nothing to recover, no second parse
    try:
        tree = trafilatura.utils.load_html(html)
    except Exception:  # lxml errors on hostile markup: keep the extraction as it is
        return None
    if tree is None:
        return None
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag.lower() in ("script", "style", "meta", "head", "title"):
            continue
        if opening[:40] in (element.text or ""):
            lead = _lead_text(element)
            # Only a lead the description cuts short: a description that is the whole text
            # is the standfirst under the headline, which is not the article's body.
            if lead.startswith(opening[:40]) and len(lead) > len(description.rstrip(".… ")) + 20:
                return lead
    return None


def extract_html(html: str, settings: Settings, url: str | None = None) -> Article:
    """Extract body and metadata from HTML without judging the text (no language check)."""
    check_element_count(sum(1 for _ in _ELEMENT.finditer(html)), settings.max_html_elements)
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
    paragraphs = after_headline(paragraphs, title)
    if not paragraphs:
        raise ExtractionError("no article text was found in the page, only its headline; copy the article "
                              "text into a .txt file and brief that instead")
    lead = lost_lead(html, _clean(getattr(doc, "description", None)), paragraphs)
    if lead:
        paragraphs.insert(0, lead)
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
        raise InputError(f"the input is {len(raw.content)} bytes, over the {settings.max_bytes} byte limit; "
                         "pass the article alone")
    raw = transcode_unicode(raw)
    check_not_binary(raw.content)
    text = repair_mojibake(_decode(raw.content, raw.content_type))
    extracted = from_html(text, settings, raw.url) if looks_like_html(raw) else from_text(text, settings, raw.url)
    article = with_reporter(without_furniture(unglued(_visible(extracted)), settings))  # a standfirst's reporter
    # a wire dateline's day and wire, read before the filter drops the dateline, date and credit what nothing else
    # does (wire_dates.py)
    wire = (wire_day(extracted.text), wire_outlet(extracted.text))
    return dated_by_wire(with_hints(dated_by_opening(article), raw.hints), *wire)


def _visible(article: Article) -> Article:
    """The article with its invisible characters removed from text and title (see ``repair.without_invisibles``);
    after extraction, since an HTML page writes a soft hyphen as the entity ``&shy;``."""
    text = without_invisibles(article.text)
    title = without_invisibles(article.source.title) if article.source.title else article.source.title
    if text == article.text and title == article.source.title:
        return article
    return replace(article, text=text, source=replace(article.source, title=title))


def without_furniture(article: Article, settings: Settings) -> Article:
    """The article without its page furniture paragraphs (see ``ingest/furniture.py``).

    Each paragraph that stays stays whole and apart, so dropping a sub-head glues
    nothing together. When so little is left that it could not be briefed, the page was
    mostly lists and headings: the article is kept as extracted.
    """
    paragraphs = article.text.split("\n\n")
    # A page's note is furniture with its label ("Clarification: ...", "Follow Jane Roe on Twitter: ..."): cut from it,
    # the note read as news (session 19 review), so the furniture filter reads it whole.
    # a post goes with its signature (embedded_posts); a caption with the credit glued to the lead below it (captions)
    bare = without_closing_promo(without_embedded_posts(without_credited_captions(paragraphs)))
    cleaned = without_section_labels(without_related_cards([p for p in map(without_inline_furniture, bare) if p]),
                                     keep_whole=lambda p: furniture_kind(p) is not None)
    # A column's author note as a paragraph of its own names the byline's writer, a closing sign-off the reporter
    # (ingest/note_writers.py); the site's closing promise of its coverage goes (ingest/reader_lines.py).
    author = article.source.author or byline_author(paragraphs)
    kept = without_closing_coverage(without_sign_off(without_author_note(drop_furniture(cleaned), author)))
    if kept == paragraphs:
        return article
    text = "\n\n".join(kept)
    if len(_WORD.findall(text)) < settings.min_words:
        return article
    source = article.source
    if source.date is None:
        # A saved page's own timestamp line ("Sunday 26 April 2009 18.45 BST") dates the article when
        # nothing else does, so "on Tuesday" resolves (fourth reader audit: text files lost every date).
        date = page_stamp(paragraphs)
        source = replace(source, date=date) if date else source
    if source.author is None:
        # The byline the filter drops names the author ("By Jane Doe, Special to the Ledger"), else a closing trip note.
        staying = set(kept)
        author = (byline_author(paragraphs) or note_author([p for p in cleaned if p not in staying])
                  or note_writer(paragraphs))  # an editor's note over a commentary (Audit 42 #6)
        source = replace(source, author=author) if author else source
    return Article(text=text, source=source, live_stamps=article.live_stamps, genre_note=article.genre_note)


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
