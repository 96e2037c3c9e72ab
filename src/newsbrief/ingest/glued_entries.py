"""Entries and quotation paragraphs that the data glued together, set apart before sentences are split.

**A live page's clock stamps inside a sentence.** A live page opens each entry with a 24-hour stamp ("2130 UN
humanitarian chief ..."); a saved copy sometimes lost the boundary between two entries, so a stamp sits inside the
sentence before it ("... 50,000 killed and 250,000 injured 2032 Gen NAME, the commander of ..., says ...") or is glued
to its entry's first word ("2208The BBC's ..."). Read as text, the stamp was the year 2032 in the Timeline and the two
entries one garbled key point (reader Audit 37 #7, docs/audit.md 38.4 item 7). On a live page (at least
MIN_LIVE_STAMPS line-opening stamps, all valid times, in one order with at most one wrap past midnight), a glued stamp
is spaced, and a valid time between a word and a capitalised word inside a paragraph starts a new entry (the entry
before it gets back its full stop) when it fits
between the page's stamps before and after it (a stamp out of that order is some other number) and the word before it
is not one that takes a year ("the 2004 Olympic Games", "in 1998 The ..."). A page without such stamps is left as it is.

**A quotation's paragraphs glued at a mark.** A quotation over several paragraphs leaves each paragraph open and opens
the next with a mark; a detokenized copy that lost the line breaks reads 'told Radio North: "To lose ... side."We were
... well.' (XSum row 110 lost a manager's whole second paragraph and his place among the actors). A straight mark
glued between a stop and a capital that would close an open quotation is the next paragraph's opening mark when what
follows is the quotation going on: no verb of saying, and it runs to the paragraph's end with the next paragraph
opening on a mark, or to a closing mark at the paragraph's end, or to a closing mark glued to a capital when it speaks
in the first or second person (a one-paragraph page glues narration between two quotations with the same marks:
'again."Ms Quinn now counts ... way."I've ...', Newsroom row 39). It is set apart with its mark.
When what follows is narration that introduces a new quotation ('finish."Away manager NAME told the BBC: "It ...'), the
closed quotation and the narration are set apart. A closed quotation before narration ('"We lost."The board said
"no" ...') stays as written (the sentence splitter reads it). A closing mark glued to an opening one ('lost.""We')
is two paragraphs of quotation.

Regular expressions and counting of marks, linear in the paragraph; no model.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from newsbrief.lexicon import MONTH_ALTERNATION
from newsbrief.models import Article

__all__ = ["unglued_entries"]

# ---------------------------------------------------------------- a live page's stamps

# The fewest line-opening stamps that make a live page for this rule: more than nlp/clock_stamps' three, since a
# stamp inside a sentence is cut on this evidence alone (the audited page had 112; a chronology of six years all
# valid times in one order is rare). Set by hand.
MIN_LIVE_STAMPS = 6
_TIME = r"(?:[01]\d|2[0-3])[0-5]\d"
# A stamp opening a line, then a capitalised word (maybe quoted), a colon or a dash.
_LINE_STAMP = re.compile(rf"^[ \t]*(?P<stamp>{_TIME})(?=\s*[:–—-]|\s+[\"“‘']?[A-Z])", re.M)
# A stamp glued to its entry's first word at a line's start: "2208The BBC's ...".
_GLUED_START = re.compile(rf"^(?P<stamp>{_TIME})(?=[A-Z][a-z])", re.M)
# A stamp inside a paragraph: after a word or figure, before a capitalised word.
_INNER_STAMP = re.compile(rf"(?<=[\w%)])[ \t]+(?P<stamp>{_TIME})[ \t]+(?=[A-Z][a-z])")
# Words before a number that make it a year: articles, prepositions, seasons and months.
_YEAR_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|in|of|since|by|until|till|from|to|at|on|for|and|or|between|during|before|after|mid|early|"
    r"late|circa|around|about|spring|summer|autumn|fall|winter|year|season|class|since|than|every|each|"
    rf"{MONTH_ALTERNATION})\.?|\d)$", re.I)
# A live page runs past midnight once at most: from the evening to the small hours (as nlp/clock_stamps.py).
EVENING, SMALL_HOURS = 2000, 400


def _order(values: list[int]) -> int:
    """1 when ``values`` never fall, -1 when they never rise, 0 otherwise (one wrap past midnight allowed)."""
    pairs = list(pairwise(values))
    if all(a <= b or (a >= EVENING and b < SMALL_HOURS) for a, b in pairs):
        return 1
    if all(a >= b or (a < SMALL_HOURS and b >= EVENING) for a, b in pairs):
        return -1
    return 0


def _fits(value: int, before: int | None, after: int | None, order: int) -> bool:
    """Whether a stamp ``value`` sits between its neighbours in the page's order (no wrap is guessed)."""
    if before is None or after is None:
        return False
    low, high = (before, after) if order > 0 else (after, before)
    return low <= value <= high


def _live_unglued(text: str) -> str:
    """``text`` with a live page's glued stamps set apart (see the module docstring), else unchanged."""
    spaced = _GLUED_START.sub(lambda m: m["stamp"] + " ", text)
    found = list(_LINE_STAMP.finditer(spaced))
    if len(found) < MIN_LIVE_STAMPS:
        return text
    values = [int(m["stamp"]) for m in found]
    order = _order(values)
    if order == 0:
        return text
    starts = [m.start("stamp") for m in found]
    pieces: list[str] = []
    last = 0
    for match in _INNER_STAMP.finditer(spaced):
        if _YEAR_BEFORE.search(spaced[max(0, match.start() - 12):match.start()]):
            continue
        before = next((v for s, v in zip(reversed(starts), reversed(values), strict=True) if s < match.start()), None)
        after = next((v for s, v in zip(starts, values, strict=True) if s > match.start()), None)
        if not _fits(int(match["stamp"]), before, after, order):
            continue
        # the entry before lost its stop with the boundary: it gets one back, or a short entry read as a line of
        # page furniture (a line without a stop) and went
        pieces += [spaced[last:match.start()], ".\n\n"]
        last = match.start("stamp")
    return "".join([*pieces, spaced[last:]])


# ---------------------------------------------------------------- a quotation's glued paragraphs

# A straight mark glued between a stop and a capital ('side."We'), or a closing mark glued to an opening one.
_GLUED_MARK = re.compile(r"(?<=[.!?])\"(?=\"?[A-Z])")
_SAYING = re.compile(r"\b(?:said|says|say|told|tells|tell|added|adds|asked|asks|explained|insisted|according|"
                     r"replied|warned|wrote|writes)\b")


# A speaker's own person: a paragraph of quotation says "I", "we" or "you"; narration about the speaker does not.
_SPEAKER_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll))\b|\b(?:[Ww]e|[Oo]ur|us|[Mm]y|me|[Yy]ou|[Yy]our)\b")


def _continues(rest: str, next_opens: bool) -> bool:
    """Whether ``rest`` (the text after a glued mark) is the quotation going on, not narration."""
    close = rest.find('"')
    segment = rest if close < 0 else rest[:close]
    if _SAYING.search(segment):
        return False
    if close < 0:
        return next_opens
    after = rest[close + 1:]
    if not after.strip():
        return True
    # closed by a mark glued to a capital: narration glued between two quotations ('again."Ms Quinn now counts ...
    # way."I've never ...') has the same marks, so only a speaker's first or second person tells a quotation
    return bool(re.match(r"[A-Z]", after)) and bool(_SPEAKER_PERSON.search(segment))


def _introduces(rest: str) -> bool:
    """Whether ``rest`` is narration that introduces a new quotation ('Away manager NAME told the BBC: "')."""
    close = rest.find('"')
    return close > 0 and bool(_SAYING.search(rest[:close])) and rest[:close].rstrip().endswith((":", ","))


def _quote_split(paragraph: str, next_opens: bool) -> list[str]:
    """``paragraph`` cut where a quotation's paragraphs or a closed quotation and its narration were glued."""
    for match in _GLUED_MARK.finditer(paragraph):
        at = match.start()
        if paragraph[at + 1:at + 2] == '"':  # 'lost.""We': a closing mark, then the next paragraph's opening one
            if paragraph.count('"', 0, at + 1) % 2 == 0:
                return [paragraph[:at + 1], *_quote_split(paragraph[at + 1:], next_opens)]
            continue
        if paragraph.count('"', 0, at) % 2 == 0:  # the mark opens a quotation: nothing glued here
            continue
        rest = paragraph[at + 1:]
        if _continues(rest, next_opens):
            return [paragraph[:at], *_quote_split(paragraph[at:], next_opens)]
        if _introduces(rest):
            return [paragraph[:at + 1], *_quote_split(rest, next_opens)]
    return [paragraph]


def _quotes_unglued(text: str) -> str:
    if '"' not in text:
        return text
    paragraphs = text.split("\n\n")
    out: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        if not _GLUED_MARK.search(paragraph):
            out.append(paragraph)
            continue
        following = paragraphs[index + 1].lstrip() if index + 1 < len(paragraphs) else ""
        out += _quote_split(paragraph, following.startswith('"'))
    return "\n\n".join(out)


def unglued_entries(article: Article) -> Article:
    """The article with a live page's glued stamps and a quotation's glued paragraphs set apart (see the module
    docstring)."""
    text = _quotes_unglued(_live_unglued(article.text))
    return article if text == article.text else replace(article, text=text)
