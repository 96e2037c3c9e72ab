"""How the reader pages say things: human dates, item text without engine noise, citation links with an
accessible name, item anchors, and search results that open at the matching item.

The pages show a stored brief's JSON form (``newsbrief.serialize``), so everything here works on plain
dicts. The issue that asked for it (issue 15) found readers shown ISO dates, "(score +0.00)" and
"(1 mentions)", and screen readers announcing "s1" for every citation; these helpers are where that
wording is decided, once, for the brief page, the story page and search.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from newsbrief.render import shown_date

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
# Engine noise some stored briefs carry in their item text (an old tone label's score).
_NOISE = re.compile(r"\s*\((?:score [+-]?\d+(?:\.\d+)?|\d+ mentions?)\)")
# Words of a sentence an accessible citation name starts with: enough to tell two sentences apart.
NAME_WORDS = 8


def human_date(value: object) -> str:
    """"12 March 2026" for an ISO date or timestamp, "March 2026" for a month, the text itself otherwise."""
    text = str(value or "")
    if text.startswith("--"):
        return shown_date(text)  # a wire dateline's day without a year: "1 November (year not given)"
    match = _ISO.match(text)
    if not match:
        return text
    year, month, day = match.groups()
    if month is None or not 1 <= int(month) <= 12:
        return year
    if day is None or not 1 <= int(day) <= 31:
        return f"{MONTHS[int(month) - 1]} {year}"
    return f"{int(day)} {MONTHS[int(month) - 1]} {year}"


def clean_text(value: object) -> str:
    """An item's text without engine noise such as "(score +0.00)" or "(1 mentions)"."""
    return _NOISE.sub("", str(value or "")).strip()


def first_words(text: str, count: int = NAME_WORDS) -> str:
    """The first ``count`` words of ``text``, with an ellipsis when there are more."""
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


def item_anchor(section: str, index: int) -> str:
    """The id of the ``index``-th item of ``section`` on a brief or story page (search links open there)."""
    return f"item-{section}-{index}"


@dataclass(frozen=True)
class CiteLink:
    """One citation link: the id of the sentence it opens, what it shows, and its accessible name."""

    target: str
    label: str
    name: str
    outlet: str | None = None


def sentence_target(sentence_id: str, article_id: str | None = None) -> str:
    """The element id of a sentence in the source panel (a story's ids name the article too)."""
    return f"a-{article_id[:8]}-{sentence_id}" if article_id else sentence_id


def initials(outlet: str) -> str:
    """A short visible tag for an outlet in a story's citations ("Valley Herald" -> "VH")."""
    letters = [word[0] for word in re.findall(r"[A-Za-z0-9]+", outlet) if word.lower() not in ("the", "of")]
    return "".join(letters[:3]).upper() or outlet[:3]


class Citer:
    """Citation links for the items of one brief or story brief (its sentences and, for a story, outlets)."""

    def __init__(self, brief: Mapping[str, Any]) -> None:
        self.home = str(brief.get("article_id") or "")
        self.story = bool(brief.get("sources"))
        self.texts: dict[tuple[str, str], str] = {
            (str(s.get("article_id") or self.home), str(s["id"])): str(s["text"]) for s in brief["sentences"]}
        self.outlets: dict[str, str] = {str(ref["article_id"]): str(ref.get("outlet") or ref["article_id"][:8])
                                        for ref in brief.get("sources") or ()}

    def link(self, citation: Mapping[str, Any]) -> CiteLink:
        """The link of one citation: "source sentence 12: <first words>" (with the outlet in a story)."""
        sid = str(citation["sentence_id"])
        article = str(citation.get("article_id") or self.home)
        number = sid.removeprefix("s")
        text = first_words(self.texts.get((article, sid), ""))
        if not self.story:
            return CiteLink(sentence_target(sid), number, f"source sentence {number}: {text}")
        outlet = self.outlets.get(article, article[:8])
        label = f"{initials(outlet)} {number}"  # the name contains the label: speech users say what they see
        return CiteLink(sentence_target(sid, article), label, f"source sentence {number}, {outlet} ({label}): {text}",
                        outlet)

    def links(self, item: Mapping[str, Any]) -> list[CiteLink]:
        """The item's citation links, each sentence once, in order."""
        seen: dict[str, CiteLink] = {}
        for citation in item.get("citations") or ():
            link = self.link(citation)
            seen.setdefault(link.target, link)
        return list(seen.values())

    def text(self, citation: Mapping[str, Any]) -> str:
        """The whole text of the cited sentence."""
        return self.texts.get((str(citation.get("article_id") or self.home), str(citation["sentence_id"])), "")


def query_words(query: str) -> list[str]:
    """The words of a search query, lower-cased (at least two letters each)."""
    return [w for w in re.findall(r"\w+", query.lower()) if len(w) >= 2]


def _mentions(text: str, words: Sequence[str]) -> bool:
    lowered = text.lower()
    return any(re.search(rf"\b{re.escape(word)}", lowered) for word in words)


def matching_anchor(brief: Mapping[str, Any], query: str) -> str:
    """The anchor a search result opens at: the first item that mentions a query word, else the first such
    source sentence, else the top of the page ("")."""
    words = query_words(query)
    if not words:
        return ""
    for section in brief.get("sections") or ():
        for index, item in enumerate(section.get("items") or ()):
            if _mentions(str(item.get("text", "")), words):
                return item_anchor(str(section["name"]), index)
    for sentence in brief.get("sentences") or ():
        if _mentions(str(sentence.get("text", "")), words):
            return sentence_target(str(sentence["id"]))
    return ""


def paragraphs_of(sentences: Iterable[Mapping[str, Any]]) -> list[list[Mapping[str, Any]]]:
    """An article brief's sentences grouped into their paragraphs, in order."""
    grouped: dict[int, list[Mapping[str, Any]]] = {}
    for sentence in sentences:
        grouped.setdefault(int(sentence.get("paragraph", 0)), []).append(sentence)
    return list(grouped.values())


def description(brief: Mapping[str, Any], limit: int = 200) -> str:
    """A link preview's description: the brief's first key point, cut to ``limit`` characters."""
    for section in brief.get("sections") or ():
        if section.get("name") == "summary" and section.get("items"):
            text = clean_text(section["items"][0].get("text"))
            return text if len(text) <= limit else text[:limit - 1].rsplit(" ", 1)[0] + "…"
    return ""
