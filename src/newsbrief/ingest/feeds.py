"""Parse feeds: RSS 0.9x/1.0/2.0 and Atom 1.0 through feedparser, JSON Feed 1.1 by hand.

feedparser is the parser: it has read the web's real feeds, malformed and
mis-encoded ones included, for two decades, and normalises every RSS and Atom
dialect to one shape. It does not read JSON Feed, whose shape is simple enough
to read here. The only module that imports feedparser and defusedxml.

XML is vetted with defusedxml before feedparser sees it: a feed that declares
entities (the billion laughs and quadratic-blowup bombs) or references an external
one (XXE) is refused with an :class:`~newsbrief.errors.InputError` as soon as the
declaration is read, before anything is expanded, so the refusal is immediate and
costs no memory. Feeds never need entity declarations; a plain DOCTYPE (RSS 0.91's
Netscape one) is allowed, and expat never fetches it. Past ``max_items`` items
the rest are dropped before feedparser parses them (a 10,000-item feed would take
it seconds), and the cut is logged.
"""

from __future__ import annotations

import calendar
import html
import json
import logging
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, cast
from urllib.parse import urljoin, urlsplit

import defusedxml.ElementTree as DET
import feedparser
from defusedxml import DefusedXmlException

from newsbrief.errors import InputError
from newsbrief.ingest.files import iso_date, without_surrogates

log = logging.getLogger(__name__)

FEED_MEDIA_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")
_JSON_FEED = b"jsonfeed.org/version/"
_FIRST_ELEMENT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)")
_FEED_ROOTS = {b"rss", b"feed", b"RDF"}
# A numeric character reference.
_CHAR_REF = re.compile(rb"&#([xX][0-9a-fA-F]+|[0-9]+);")
# An entity declaration anywhere: checked on text the XML parser could not read whole.
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One item of a feed: where its article is and what the feed says about it."""

    title: str | None = None
    link: str | None = None
    date: str | None = None
    id: str | None = None
    content: str | None = None  # HTML: the item's full content, else its summary


@dataclass(frozen=True, slots=True)
class Feed:
    """A parsed feed: its title, its site's address, and its first items (``total`` before the cut)."""

    title: str | None
    site: str | None
    items: tuple[FeedItem, ...]
    total: int


def looks_like_feed(content: bytes, content_type: str | None = None) -> bool:
    """True when ``content`` is a feed: by a feed media type, else by its first element or JSON Feed version."""
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime in FEED_MEDIA_TYPES:
        return True
    if mime in ("text/html", "application/xhtml+xml"):
        return False
    head = content[:4096].replace(b"\x00", b"").lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n")
    if head.startswith(b"{"):
        return _JSON_FEED in content[: 1 << 20]
    match = _FIRST_ELEMENT.search(head)
    return bool(match and match.group(1) in _FEED_ROOTS)


def _vet_xml(content: bytes, where: str) -> ET.Element | None:
    """The parsed tree of safe XML; ``None`` for malformed XML; :class:`InputError` for entities."""
    try:
        return cast(ET.Element, DET.fromstring(content, forbid_dtd=False, forbid_entities=True,
                                               forbid_external=True))
    except DefusedXmlException as exc:
        raise InputError(
            f"{where} declares an XML entity ({type(exc).__name__}: {exc}); feeds never need one, and "
            "entities are how XML bombs and external-entity (XXE) attacks work, so the feed was refused"
        ) from None
    # LookupError: an encoding expat does not know; ValueError: one it cannot read ("utf-32": found by the fuzz suite)
    except (ET.ParseError, LookupError, ValueError):
        # Malformed: feedparser's lenient parser reads what it can, but only if nothing in
        # the text could declare an entity (also spelt in UTF-16, hence the NULs dropped).
        if _ENTITY_DECL.search(content.replace(b"\x00", b"")):
            raise InputError(f"{where} is malformed XML that declares an entity; refused as a possible "
                             "XML bomb or external-entity (XXE) attack") from None
        return None


def _item_parent(root: ET.Element) -> tuple[ET.Element, str] | None:
    """The element holding a feed's items and the items' local name (RSS, RDF or Atom)."""
    local = root.tag.rsplit("}", 1)[-1]
    if local == "rss":
        channel = next((child for child in root if child.tag.rsplit("}", 1)[-1] == "channel"), None)
        return (channel, "item") if channel is not None else None
    if local == "RDF":
        return root, "item"
    if local == "feed":
        return root, "entry"
    return None


def _cut_xml(root: ET.Element, max_items: int) -> tuple[bytes | None, int]:
    """The feed re-serialised with only its first ``max_items`` items (``None``: no cut needed)."""
    found = _item_parent(root)
    if found is None:
        return None, 0
    parent, name = found
    items = [child for child in parent if child.tag.rsplit("}", 1)[-1] == name]
    if len(items) <= max_items:
        return None, len(items)
    for item in items[max_items:]:
        parent.remove(item)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True), len(items)


def _entry_date(entry: Any) -> str | None:
    """The item's date as ISO 8601 in the feed's own time zone (that is the day the outlet
    published it, which anchors "today" in the article), else in UTC."""
    for key in ("published", "updated", "created"):
        text = entry.get(key)
        if not isinstance(text, str) or not text.strip():
            continue
        try:
            return parsedate_to_datetime(text).isoformat()
        except (TypeError, ValueError, IndexError):
            pass
        if iso_date(text):
            return text.strip()
        parsed = entry.get(key + "_parsed")
        if parsed:
            # feedparser's lenient parsers give any year, "00" reads as year -99 (found by the fuzz
            # suite): one the calendar cannot hold is no date.
            try:
                return datetime.fromtimestamp(calendar.timegm(parsed), UTC).isoformat()
            except (ValueError, OverflowError, OSError):
                continue
    return None


def _entry_content(entry: Any) -> str | None:
    contents = entry.get("content") or []
    best = max((c.get("value") or "" for c in contents), key=len, default="")
    return best or entry.get("summary") or None


def _text(value: object) -> str | None:
    return without_surrogates(value).strip() or None if isinstance(value, str) else None


def _no_surrogate_refs(content: bytes) -> bytes:
    """``content`` with each character reference to no character (a surrogate, past U+10FFFF) made U+FFFD.

    feedparser's lenient parser (used for malformed XML, which such a reference makes) turns a
    reference into a character without checking it, and raised UnicodeEncodeError, ValueError or
    OverflowError out of parsing (found by the fuzz suite).
    """
    def fix(match: re.Match[bytes]) -> bytes:
        digits = match.group(1).lstrip(b"xX0") or b"0"
        if len(digits) > 8:  # past U+10FFFF in either base; not turned into a number of a million digits
            return b"&#xFFFD;"
        number = int(digits, 16) if match.group(1)[:1] in (b"x", b"X") else int(digits)
        return match.group(0) if number <= 0x10FFFF and not 0xD800 <= number <= 0xDFFF else b"&#xFFFD;"

    return _CHAR_REF.sub(fix, content) if b"&#" in content else content


def _parse_xml_feed(content: bytes, where: str, max_items: int, url: str | None) -> Feed:
    root = _vet_xml(content, where)
    total = 0
    if root is not None:
        cut, total = _cut_xml(root, max_items)
        content = cut or content
    headers = {"content-location": url} if url else None
    try:
        parsed = feedparser.parse(_no_surrogate_refs(content), response_headers=headers, resolve_relative_uris=True)
    except (UnicodeError, ValueError, OverflowError, LookupError) as exc:
        # feedparser's own encoding sniffing raises on a declaration it cannot read (a byte that is
        # not UTF-8, a NUL in the encoding's name: found by the fuzz suite).
        raise InputError(f"{where} is not a readable feed ({type(exc).__name__}: {exc}); check the encoding "
                         "its XML declaration names, or pass an RSS, Atom or JSON feed") from None
    if not parsed.entries and parsed.get("bozo") and not parsed.feed:
        raise InputError(f"{where} is not a readable feed ({parsed.get('bozo_exception')}); "
                         "pass an RSS, Atom or JSON feed")
    entries = parsed.entries[:max_items]
    items = tuple(FeedItem(title=_text(e.get("title")), link=_text(e.get("link")), date=_entry_date(e),
                           id=_text(e.get("id")), content=_entry_content(e)) for e in entries)
    return Feed(_text(parsed.feed.get("title")), _text(parsed.feed.get("link")), items,
                max(total, len(parsed.entries)))


def _json_item(item: dict[str, Any], base: str | None) -> FeedItem:
    link = _text(item.get("url")) or _text(item.get("external_url"))
    if link and base:
        link = urljoin(base, link)
    content = _text(item.get("content_html"))
    if content is None and _text(item.get("content_text")):
        content = "".join(f"<p>{html.escape(p.strip())}</p>"
                          for p in str(_text(item["content_text"])).split("\n\n") if p.strip())
    date = _text(item.get("date_published")) or _text(item.get("date_modified"))
    given = item.get("id")
    return FeedItem(title=_text(item.get("title")), link=link, date=date if date and iso_date(date) else None,
                    id=_text(str(given)) if isinstance(given, str | int) else None,
                    content=content or _text(item.get("summary")))


def _parse_json_feed(content: bytes, where: str, max_items: int, url: str | None) -> Feed:
    try:
        data = json.loads(content.decode("utf-8-sig"))
    except (ValueError, RecursionError) as exc:  # ValueError: also a number of over 4,300 digits
        raise InputError(f"{where} is not a readable JSON Feed ({type(exc).__name__}: {exc})") from None
    version = data.get("version") if isinstance(data, dict) else None
    if not isinstance(version, str) or "jsonfeed.org/version/" not in version:
        raise InputError(f"{where} is JSON but not a JSON Feed (no https://jsonfeed.org/version/ version)")
    items = data.get("items")
    if not isinstance(items, list):
        raise InputError(f"{where} is a JSON Feed without an items list")
    base = _text(data.get("feed_url")) or url
    kept = tuple(_json_item(i, base) for i in items[:max_items] if isinstance(i, dict))
    return Feed(_text(data.get("title")), _text(data.get("home_page_url")), kept, len(items))


def parse_feed(content: bytes, where: str, *, max_items: int, url: str | None = None) -> Feed:
    """Parse an RSS, Atom or JSON feed (``where`` names it in errors; ``url`` resolves relative links).

    Keeps the first ``max_items`` items and logs a warning when there were more.
    """
    head = content[:64].replace(b"\x00", b"").lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n")
    parse = _parse_json_feed if head.startswith(b"{") else _parse_xml_feed
    feed = parse(content, where, max_items, url)
    if feed.total > len(feed.items):
        log.warning("%s has %d items; read the first %d (setting feed_max_items)", where, feed.total,
                    len(feed.items))
    return feed


def feed_outlet(feed: Feed) -> str | None:
    """The outlet a feed speaks for: its title, else its site's host name."""
    if feed.title:
        return feed.title
    return urlsplit(feed.site).hostname if feed.site else None
