"""Hypothesis strategies for the fuzz suite: prose, HTML pages, RSS/Atom/JSON feeds, damaged bytes.

Arbitrary bytes alone rarely get past a reader's first check (not UTF-8, not XML, not a
feed), so most strategies build a well-formed document from parts and then may damage it
(cut it short, drop or repeat a slice, splice in hostile bytes). The vocabulary mixes
English function words, news words, date words and markup-hostile characters, so that
some generated texts pass the English and length checks and reach the deeper code.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

from hypothesis import strategies as st

# Enough function words that a sentence of these passes the English check (about a third
# of running English is function words), news words so the sentences look like articles.
FUNCTION_WORDS = ("the", "of", "and", "to", "in", "a", "that", "is", "was", "for", "on", "with", "he", "she", "it",
             "said", "by", "at", "from", "has", "have", "had", "will", "would", "not", "but", "they")
_NEWS = ("council", "minister", "bridge", "flood", "police", "budget", "court", "election", "harbour", "workers",
         "strike", "Millbrook", "Dana", "Whitfield", "county", "report", "million", "$1.2", "42%", "engineers")
_DATES = ("Monday", "Tuesday", "last", "next", "week", "month", "year", "ago", "since", "March", "June",
          "Sept.", "2019", "2026", "1998", "2015-18", "3", "21st", "yesterday", "today", "between", "until",
          "from", "decade", "the 1990s", "summer", "two", "years", "2026-02-30", "2025-08-26", "–", "-")
_HOSTILE = ("\u2019", "\u201c", "\u201d", '"', "'", "&amp;", "&", "<", ">", "\u00a0", "\u200b", "\ufeff",
            "\t", "\r", "\x0b", "\x1c", "\u2028", "é", "ß", "İ", "ﬁ", "𝔘", "\U0001f600", "؟", "中")
WORDS = st.sampled_from(FUNCTION_WORDS + _NEWS + _DATES)
TOKENS = st.one_of(WORDS, WORDS, WORDS, st.sampled_from(_HOSTILE), st.text(min_size=1, max_size=8))
SEPARATORS = st.sampled_from([" ", " ", " ", ", ", ". ", "\n", "\n\n", "  ", "\r\n", " \n \n"])


@st.composite
def prose(draw: st.DrawFn, max_tokens: int = 120) -> str:
    """Text of words, date expressions and hostile characters with random separators."""
    tokens = draw(st.lists(TOKENS, max_size=max_tokens))
    out: list[str] = []
    for token in tokens:
        out += [token, draw(SEPARATORS)]
    return "".join(out)


@st.composite
def sentences(draw: st.DrawFn, min_size: int = 0, max_size: int = 8) -> list[str]:
    """Sentences of mostly English words (so some pass the language check), each ending with a full stop."""
    made = draw(st.lists(st.lists(st.one_of(WORDS, WORDS, WORDS, TOKENS), min_size=3, max_size=18),
                         min_size=min_size, max_size=max_size))
    return [" ".join(words).capitalize() + "." for words in made]


INLINE_TAGS = ("b", "i", "em", "a", "span", "strong", "q")
BLOCK_TAGS = ("p", "div", "h1", "h2", "li", "blockquote", "figcaption", "td", "pre", "section", "aside")
RAW_MARKUP = ("", "", "", "&#xD800;", "&#x110000;", "&#99999999999999999999;", "&#0;", "&nbsp;", "&bogus;", "&",
              "<!-- x", "<![CDATA[x]]>", "<script>var x = '<p>';</script>", "<br/>", "</article>", "<p", "<?php ?>")
WRAPPERS = ("article", "main", "div", "section", "body", "nav", "footer", "table", "ul")


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    """An HTML page: head metadata and nested blocks of prose, well formed or not."""
    title = draw(st.one_of(st.none(), prose(max_tokens=10)))
    metas = draw(st.lists(st.sampled_from([
        ("og:description", True), ("og:site_name", False), ("author", False), ("article:published_time", False),
        ("og:url", False), ("description", True)]), max_size=4, unique=True))
    head = f"<title>{escape(title)}</title>" if title is not None else ""
    for name, long in metas:
        value = " ".join(draw(sentences(max_size=2 if long else 1))) or draw(prose(max_tokens=6))
        attribute = "property" if name.startswith(("og:", "article:")) else "name"
        head += f'<meta {attribute}="{name}" content="{escape(value)}">'
    blocks: list[str] = []
    for text in draw(st.lists(st.one_of(sentences(min_size=1, max_size=4).map(" ".join), prose(max_tokens=30)),
                              max_size=12)):
        tag = draw(st.sampled_from(BLOCK_TAGS))
        inline = draw(st.sampled_from(INLINE_TAGS))
        words = escape(text, quote=False).split(" ")
        cut = draw(st.integers(0, len(words)))
        body = " ".join(words[:cut]) + f" <{inline}>" + " ".join(words[cut:]) + f"</{inline}>"
        raw = draw(st.sampled_from(RAW_MARKUP))  # unescaped: references to no character, stray markup
        blocks.append(f"<{tag}>{body}{raw}</{tag}>" if draw(st.booleans()) or tag == "p" else f"<{tag}>{raw}{body}")
    wrapper = draw(st.sampled_from(WRAPPERS))
    bare = draw(st.one_of(st.just(""), sentences(max_size=2).map(" ".join)))  # a lead written as bare text
    doctype = draw(st.sampled_from(["<!doctype html>", "", "<?xml version='1.0'?>", "<!DOCTYPE html PUBLIC>"]))
    return (f"{doctype}<html><head>{head}</head><body><{wrapper}>{escape(bare, quote=False)}"
            f"{''.join(blocks)}</{wrapper}></body></html>")


@st.composite
def damaged(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` cut short, with a slice dropped or repeated, or with hostile bytes spliced in (or intact)."""
    how = draw(st.sampled_from(["intact", "intact", "cut", "drop", "repeat", "splice", "declare"]))
    if how == "intact" or not data:
        return data
    if how == "declare":  # an XML declaration naming an odd encoding, in place of the first one
        encoding = draw(st.sampled_from([b"\x80", b"utf\x00-8", b"x-unknown", b"utf-16", b"utf-32", b"cp037",
                                         b"latin-1", b"", b"utf-8\xff"]))
        return b'<?xml version="1.0" encoding="' + encoding + b'"?>' + data.split(b"?>", 1)[-1]
    at = draw(st.integers(0, len(data)))
    if how == "cut":
        return data[:at]
    end = draw(st.integers(at, min(len(data), at + 200)))
    if how == "drop":
        return data[:at] + data[end:]
    if how == "repeat":
        return data[:end] + data[at:end] * draw(st.integers(1, 5)) + data[end:]
    junk = draw(st.one_of(st.binary(min_size=1, max_size=40), st.sampled_from([
        b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"]]>", b"<!ENTITY", b"&", b"&#0;", b"&#xD800;", b"<![CDATA[",
        b"</channel>", b"<item>", b"<entry>", b"\x1b", b"\xc3", b'"', b"{", b"}", b"\r\n\r\n", b"-->", b"<!--",
        b"&#x110000;", b"&#99999999999999999999;", b"&#55296;", b'"\\ud800"', b"\\udc00", b"1" * 4400])))
    return data[:at] + junk + data[at:]


_DATE_FORMATS = ("%a, %d %b %Y %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d", "%d %b %Y", "%Y%m%dT%H%M%S",
                 "%a %b %d %H:%M:%S %Y", "%Y/%m/%d %H:%M")
_ZONES = ("", " GMT", " +1400", " -1400", "Z", "+14:00", "-23:59", " EST", " XYZ", "+99:99", "-00:00")
# Dates as feeds write them, well or badly, in any year (feedparser reads "00" as year -99).
_DATE_FORMS = st.one_of(
    st.sampled_from(["Tue, 03 Feb 2026 10:00:00 GMT", "2026-02-03T10:00:00Z", "2026-13-45", "yesterday", "", "00",
                     "Mon, 31 Feb 2026 25:61:00 XYZ", "9999-12-31T23:59:59+14:00", "0001-01-01", "1 Jan 1900"]),
    st.builds(lambda moment, form, zone: moment.strftime(form) + zone, st.datetimes(), st.sampled_from(_DATE_FORMATS),
              st.sampled_from(_ZONES)),
    st.from_regex(r"\A[0-9A-Za-z:,+\- TWZ./]{0,20}\Z"))
_LINKS = st.one_of(st.none(), st.sampled_from(["http://gazette.test/a", "/relative/path", "https://[::1]:99999/x",
                                               "javascript:alert(1)", "http://169.254.169.254/", "", "  ",
                                               "http://exa mple.test/", "file:///etc/passwd"]))
FeedEntry = dict[str, Any]


@st.composite
def feed_entries(draw: st.DrawFn) -> list[FeedEntry]:
    """The items of a feed: title, link, date, id and HTML content, each possibly missing or odd."""
    return draw(st.lists(st.fixed_dictionaries({
        "title": st.one_of(st.none(), prose(max_tokens=8)),
        "link": _LINKS,
        "date": st.one_of(st.none(), _DATE_FORMS),
        "id": st.one_of(st.none(), st.text(max_size=12), st.integers(-5, 10**20)),
        "content": st.one_of(st.none(), sentences(max_size=3).map(lambda s: "".join(f"<p>{x}</p>" for x in s))),
    }), max_size=8))


def _text(value: object) -> str:
    return escape(str(value), quote=False)


def rss_feed(title: str, items: list[FeedEntry]) -> bytes:
    """An RSS 2.0 document of ``items``."""
    parts = []
    for entry in items:
        fields = [f"<title>{_text(entry['title'])}</title>" if entry["title"] is not None else "",
                  f"<link>{_text(entry['link'])}</link>" if entry["link"] is not None else "",
                  f"<pubDate>{_text(entry['date'])}</pubDate>" if entry["date"] is not None else "",
                  f"<guid>{_text(entry['id'])}</guid>" if entry["id"] is not None else "",
                  f"<content:encoded><![CDATA[{entry['content']}]]></content:encoded>" if entry["content"] else ""]
        parts.append("<item>" + "".join(fields) + "</item>")
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content='
            f'"http://purl.org/rss/1.0/modules/content/"><channel><title>{_text(title)}</title>'
            f"<link>http://gazette.test/</link>{''.join(parts)}</channel></rss>").encode()


def atom_feed(title: str, items: list[FeedEntry]) -> bytes:
    """An Atom 1.0 document of ``items``."""
    parts = []
    for entry in items:
        fields = [f"<title>{_text(entry['title'])}</title>" if entry["title"] is not None else "",
                  f'<link href="{escape(str(entry["link"]))}"/>' if entry["link"] is not None else "",
                  f"<updated>{_text(entry['date'])}</updated>" if entry["date"] is not None else "",
                  f"<id>{_text(entry['id'])}</id>" if entry["id"] is not None else "",
                  f'<content type="html">{_text(entry["content"])}</content>' if entry["content"] else ""]
        parts.append("<entry>" + "".join(fields) + "</entry>")
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{_text(title)}</title>{''.join(parts)}</feed>").encode()


def json_feed(title: str, items: list[FeedEntry]) -> bytes:
    """A JSON Feed 1.1 document of ``items``."""
    listed = [{key: value for key, value in (("title", e["title"]), ("url", e["link"]), ("date_published", e["date"]),
                                             ("id", e["id"]), ("content_html", e["content"])) if value is not None}
              for e in items]
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": title,
                       "home_page_url": "http://gazette.test/", "items": listed}).encode()


FEED_WRITERS = {"rss": rss_feed, "atom": atom_feed, "json": json_feed}
