"""A live blog's update stamps at the head of its entries: "(Update 7:17 p.m. ET)", "(Updated 3:55 a.m.
in Kyiv, 8:55 p.m. ET)", "[Update 14:05 CET]", "UPDATE 9:40 a.m. BST:".

A saved live page prints each entry's stamp in front of the entry's first sentence, and sometimes glues
the entry to the end of the one before. Read as text, a stamp was parsed as part of the sentence: one
became an organisation with 38 mentions ("Update — 7:17 p.m. ET) iReporter and bookstore manager"), and
its residue ("ET)") opened titles and sentences (reader Audit 10, section 11.3). The stamp says when the
page was edited, not what happened, so it is page furniture like a page's own timestamp line: it is cut
out here, before sentences are split, and the entry's sentence stays whole (an entry glued to the one
before becomes a paragraph of its own).

A stamp is known by its form, with regular expressions (no model is needed for a closed vocabulary): an
update word ("update", "updated", "posted", "edited"), then only time words (a clock time, "a.m."/"p.m.",
a time zone, "local time", a date) with an optional "in <Place>" for a second clock, and at least one
clock time. Brackets without an update word ("Polls close at 8 p.m. (0100 GMT)"), or with one but no
clock ("a full update (its third this week)"), are the article's words and stay as written.

A live page also opens each entry with a typed dash ("-- Police officers joined the protests.", "— The minister
said ..."), with or without a stamp before it; read as text, the dash opened key points (reader Audit 36 #5). A
paragraph that opens on "--" or an em or en dash and a space, then a capital, and ends like a sentence loses the
dash. A line with no closing stop keeps it ("— Jane Roe, Leeds" under a letter is a signature).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from newsbrief.lexicon import MONTH_ALTERNATION, WEEKDAY_ALTERNATION
from newsbrief.models import Article

# A stamp's body has at most this many words: the longest in the live pages read had 9
# ("3:55 a.m. in Cairo, 8:55 p.m. ET" is 7); a longer bracket is an aside of the writer.
MAX_STAMP_WORDS = 12

_UPDATE_WORD = r"(?:update[sd]?|posted|edited|added)"
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?[ap]\.?m\b", re.I)
# The words a stamp's body is made of; a capitalised word is allowed only after "in" (the place
# whose clock it gives), checked in _is_stamp_body.
_TIME_WORD = re.compile(
    r"(?:\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?|\d{1,4}(?:st|nd|rd|th)?|\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?|[ap]\.?m\.?|"
    r"noon|midnight|local|time|at|on|in|of|(?-i:[A-Z]{1,2}T|[A-Z]{3,4})|"
    rf"(?:{MONTH_ALTERNATION})\.?|(?:{WEEKDAY_ALTERNATION})\.?)$",
    re.I,
)
_BODY_SPLIT = re.compile(r"[\s,;/|]+")
_MERIDIEM = re.compile(r"[ap]\.?m\.?", re.I)
# What follows a stamp before its entry: a dash ("(Update 1:33 a.m. Cairo, 6:33 p.m. ET) - Seventeen ...").
# A dash or a colon after a bracketed stamp: "(Updated: 1:38 a.m. Monday, Libya; 6:38 p.m. Sunday ET): Libya's army
# ..." left ": Libya's army" opening the sentence (t17 LibyaWar_cnn 2011-02-20, the lead's reading, session 36).
_AFTER_STAMP = re.compile(r"\s*(?:--|[-–—:])\s+")  # "-5 degrees" keeps its sign
# "(Update 7:17 p.m. ET)" or "[Updated, 14:05 CET]" anywhere in a paragraph; a second clock may stand in brackets
# of its own inside ("(Updated 7:40 p.m. (0240 in Egypt))": the CNN live pages of Timeline17, where the residue
# "(0240 in Egypt))" opened each entry's sentence), and then the outer bracket may be lost ("(Updated 9:45 a.m. ET
# (1645 in Egypt) Unrest ...").
_BRACKETED = re.compile(rf"[(\[]\s*{_UPDATE_WORD}\b[,:]?\s*(?P<body>[^()\[\]\n]{{1,120}}?)"
                        r"(?:\s*\((?P<inner>[^()\[\]\n]{1,40})\))?\s*(?(inner)[)\]]?|[)\]])", re.I)
# "UPDATE 9:40 a.m. BST:" or "Update, 12:30 p.m. ET -" opening a paragraph, before a capitalised sentence; also a
# bracketed stamp that lost its opening bracket in the saved page ("Update 3 a.m. in Cairo, 8 p.m. ET) U.S. ...",
# Audit 38's live page: the residue opened a sentence of the brief).
# With no mark after it, the stamp ends on its clock's "p.m." or zone and the entry opens on a capitalised word
# ("UPDATED 8:28 p.m. ET The minister ..."). "Last updated ..." is the same stamp.
_LEADING = re.compile(rf"^\s*(?:last\s+)?{_UPDATE_WORD}\b[,:]?\s*(?P<body>[^\n()]{{1,80}}?)"
                      r"(?:\s*(?:[:–—)]|\s--?)\s+(?=[\"“‘'A-Z0-9])"
                      rf"|(?<=[mMT.])\s+(?!(?:{WEEKDAY_ALTERNATION}|{MONTH_ALTERNATION})\b)(?=(?-i:[A-Z][a-z])))", re.I)
# A stamp after a sentence's stop inside a paragraph ("... grew. UPDATED 8:28 p.m. ET: The ..."): the entry glued on.
_INNER = re.compile(rf"(?:(?<=[.!?]\s)|(?<=[.!?][\"”’']\s))(?=(?:last\s+)?{_UPDATE_WORD}\b)", re.I)


def _is_stamp_body(body: str) -> bool:
    """Only time words, at least one clock time, and capitalised words only as the place after "in"."""
    if not _CLOCK.search(body):
        return False
    words = [w for w in _BODY_SPLIT.split(body.strip()) if w]
    if not words or len(words) > MAX_STAMP_WORDS:
        return False
    # after "in" or right after a clock's "a.m."/"p.m.": the place's name, of one word or more ("in Cairo",
    # "1:33 a.m. Cairo", "in Buenos Aires"; reader Audit 16 found the second form left as "Cairo, ... ET)")
    place = False
    for word in words:
        if place and word[:1].isupper() and not word.isupper():
            continue
        if not _TIME_WORD.match(word):
            return False
        place = word.lower() == "in" or _MERIDIEM.fullmatch(word) is not None
    return True


# An entry's dash: "--" (a typed em dash) or an em or en dash opening the paragraph, before a sentence.
_ENTRY_DASH = re.compile(r"^(?:--|[–—])\s+(?=[\"“‘'A-Z0-9])")
_ENDS_SENTENCE = re.compile(r"[.!?][\"”’')\]]*$")


def _undashed(paragraph: str) -> str:
    """``paragraph`` without an entry's opening dash (see the module docstring)."""
    dash = _ENTRY_DASH.match(paragraph)
    return paragraph[dash.end():] if dash is not None and _ENDS_SENTENCE.search(paragraph) else paragraph


def _bracketed_body(match: re.Match[str]) -> str:
    """A bracketed stamp's time words, with the second clock in its inner brackets."""
    return f"{match.group('body')} {match.group('inner') or ''}"


_DATED = re.compile(rf"\b(?:{MONTH_ALTERNATION})\b|\b(?:19|20)\d\d\b", re.I)


def _leading_stamp(paragraph: str) -> re.Match[str] | None:
    """The stamp that opens ``paragraph`` (see _LEADING), or None. A dated stamp with no mark after it ("Updated Jul
    7, 2012 6:40 PM ET The ...") is left to the opening-stamp reader, which dates the article by it
    (``header.opening_stamp``)."""
    leading = _LEADING.match(paragraph)
    if leading is None or not _is_stamp_body(leading.group("body")):
        return None
    unmarked = not re.search(r"[:–—)-]\s*$", leading.group())
    return None if unmarked and _DATED.search(leading.group("body")) else leading


def _inner_apart(paragraph: str) -> list[str]:
    """``paragraph`` split before each unbracketed stamp that follows a sentence's stop (see _INNER)."""
    cuts = [m.start() for m in _INNER.finditer(paragraph) if _leading_stamp(paragraph[m.start():])]
    bounds = [0, *cuts, len(paragraph)]
    return [paragraph[a:b].strip() for a, b in itertools.pairwise(bounds)]


def _cut(paragraph: str) -> str:
    """``paragraph`` without its update stamps; a stamp in mid-paragraph starts a new paragraph."""
    pieces = _inner_apart(paragraph)
    if len(pieces) > 1:
        return "\n\n".join(cut for piece in pieces if (cut := _cut(piece)))
    leading = _leading_stamp(paragraph)
    if leading is not None:
        paragraph = paragraph[leading.end():]
    pieces = []
    last = 0
    for match in _BRACKETED.finditer(paragraph):
        if not _is_stamp_body(_bracketed_body(match)):
            continue
        pieces.append(paragraph[last : match.start()].strip())
        last = match.end()
        dash = _AFTER_STAMP.match(paragraph, last)
        last = dash.end() if dash is not None else last
    pieces.append(paragraph[last:].strip())
    return "\n\n".join(_undashed(piece) for piece in pieces if piece)


def without_update_stamps(article: Article) -> Article:
    """The article with its live-blog update stamps cut out (see the module docstring); each entry's
    sentence stays whole, and a paragraph that was only a stamp is dropped."""
    paragraphs = article.text.split("\n\n")
    kept = [cut for paragraph in paragraphs if (cut := _cut(paragraph))]
    if kept == paragraphs:
        return article
    stamps = sum(1 for paragraph in paragraphs for match in _BRACKETED.finditer(paragraph)
                 if _is_stamp_body(_bracketed_body(match)))
    stamps += sum(1 for paragraph in paragraphs for piece in _inner_apart(paragraph) if _leading_stamp(piece))
    return replace(article, text="\n\n".join(kept), live_stamps=article.live_stamps + stamps)


__all__ = ["without_update_stamps"]
