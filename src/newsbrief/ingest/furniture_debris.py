"""Web debris that the line rules of :mod:`newsbrief.ingest.furniture` missed (reader Audit 17, 18.3-18.5).

Four routes brought page furniture back into briefs, each known here by a general shape, not by one
site's wording:

* a line of the page's own code left in the text (``X.push(function () { ... });``, ``var x =
  document.getElementById(...)``, a JSON-LD block): its time stamp became a timeline entry and the line
  an essay paragraph. A line is code when it carries two or more marks of code (a function literal, a
  ``var``/``let``/``const`` assignment, a ``document.``/``window.`` call, a ``.push(``, a closing ``});``,
  ``=>``) and does not report (no "said", "according to"): a tech story quoting one snippet has one mark;
* a contributor credit of the "CNN's Jane Doe reported from the border and John Roe reported from
  Atlanta" shape, which the wire-credit phrases ("contributed to this report", "Reporting by") did not
  cover: a sentence made only of names, "reported from" and a place, so "The newspaper reported from
  court that ..." (no name) and "Jane Doe reported from Kabul that ..." (a clause, not a place) stay;
* a "From Jane Doe and John Roe, CNN" byline (optionally after the page's date) above the article:
  read as a headline, it titled the brief;
* another story appended after the article under a "Watch next" / "Read more" / "Related" cue: it
  became the conclusion. :func:`appended_story` drops the cue and everything after it only when what
  follows shares few names and content words with the article, so a sub-head that happens to open with
  a cue word ("More from the hearing") keeps the rest of the story. A box in the middle of a page is no end
  (reader Audit 34 #9: a "Continue reading the main story" line, then "RELATED COVERAGE", cut 700 of 855
  words): the cue ends nothing when a continuation line ("Continue reading", "Story continues below") stands
  just before it or anywhere after it, or when the article before the cue is named again after it (most of
  its names recur: the same story goes on, however many new names it brings).

**A second, unrelated story appended after the article without a related-story box (session 29's leftover).**

A page's text can run on, after the article's end, into another short story pasted from a wire: its own dateline
("LONDON (Reuters) - Shares in ...", "SANTIAGO, Chile (AP) —"), often under its own headline line, or after an
"In other news" line or an "In other news, ..." opening. Read as the article's, its last sentence became the
brief's close. :func:`appended_wire_story` cuts from the second story's start (its headline line when one stands
right above the dateline) to the page's foot, but only when the signal is clear:

- the dateline opens its paragraph outside quotation marks and carries a news agency in brackets and a dash (a
  bare capitalised word and a dash is also a sub-head's or a label's shape); the cue is the whole line or opens
  the paragraph with a comma;
- the article has at least two content paragraphs before it (a page opening on its dateline is the article);
- the block shares few names and content words with the article, and the article's names do not go on in it
  (the same shares as a block after a "Related" cue, :func:`newsbrief.ingest.furniture_debris.appended_story`):
  a correspondent's second dateline that carries the same story on names its people again, so it stays.

Only the first few candidates are weighed (a page of many datelines is a round-up, not an article with a tail).
The labelled pages are in tests/ingest/test_appended_wire_s30.py (invented).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from newsbrief.ingest.furniture_service import is_listing_line, is_pointer_line
from newsbrief.ingest.reader_lines import is_callout_line, is_helpline_line, is_photo_thanks_line
from newsbrief.lexicon import MONTH_ALTERNATION

# ---------------------------------------------------------------- code

_CODE_MARKS = (
    # A parameter list or condition is short: unbounded, "[^)]*" rescanned a paragraph of unclosed "if ("
    # from each one to its end (quadratic; session 13 hostile review).
    re.compile(r"\bfunction\s*[\w$]{0,80}\s*\([^)]{0,200}\)\s*\{"),  # a function literal
    re.compile(r"\b(?:var|let|const)\s+[\w$]+\s*="),  # an assignment
    re.compile(r"\b(?:document|window|localStorage|sessionStorage|console|navigator)\.[\w$]+"),
    re.compile(r"\.(?:push|addEventListener|getElementById|querySelector\w*|setItem|getItem)\s*\("),
    re.compile(r"[)}]\s*;\s*(?:[})]|$)"),  # a statement's end: "});", "); }"
    re.compile(r"=>|===|!==|&&|\|\|"),
    re.compile(r"\bif\s*\([^)]{0,200}\)\s*\{"),
)
# A JSON object or array of two key-value pairs or more: '{"@type": "NewsArticle", "datePublished": ...}'.
_JSON_PAIR = re.compile(r"[\"'][\w@$.-]+[\"']\s*:\s*")
_JSON_OPEN = re.compile(r"^\s*[{\[]")
# Code marks that count: a line with one of them is a tech story's quoted snippet.
CODE_MIN_MARKS = 2
_REPORTED = re.compile(r"\b(?:said|says|told|according to|wrote|reported)\b", re.I)


def is_code_line(text: str) -> bool:
    """True when ``text`` is a line of a page's script or data, not prose about code."""
    if _REPORTED.search(text):
        return False
    if _JSON_OPEN.match(text) and len(_JSON_PAIR.findall(text)) >= 2:
        return True
    return sum(1 for mark in _CODE_MARKS if mark.search(text)) >= CODE_MIN_MARKS


# ---------------------------------------------------------------- credits

_PERSON = r"[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,3}"
# "CNN's ", "The Ledger's ", "Associated Press writer ", "CNN's senior producer ".
# An outlet's name before the job ("Associated Press writer ", "Reuters correspondent "): reader Audit 23
# found an AP writer's "contributed from Mexico City" credit as a conclusion and an actor.
_BEFORE_NAME = (r"(?:(?:The\s)?[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2}['’]s\s)?"
                r"(?:(?:[A-Z][\w&.-]*\s){0,3}(?:[a-z]+\s){0,2}"
                r"(?:writers?|reporters?|correspondents?|producers?|photographers?)\s)?")
# A place: capitalised words, "the", hyphens, commas and a few geographic nouns ("the Libya-Tunisia
# border", "Atlanta", "Ben Guerdane, Tunisia") - never a clause ("Kabul that the Taliban ...").
_PLACE = (r"(?:the\s)?[A-Z][\w'’.-]*(?:(?:,\s|\s)(?:[A-Z][\w'’.-]*|the|of|near|in|border|capital|city|area|"
          r"region|camp|frontier|front line|port))*")
# Each name may carry where that person was ("Tom Hale in Havana and Ann Holm in Miami contributed").
# The place after a name takes no commas: a place that could ("Kl, Mn Op in Qr, ...") let a run of names split
# in exponentially many ways (session 15 review: 25 s at 350 characters).
_PLACE_AT = (r"(?:the\s)?[A-Z][\w'’.-]*(?:\s(?:[A-Z][\w'’.-]*|of|border|capital|city|area|region)){0,3}")
_PERSON_AT = rf"{_PERSON}(?:\sin\s{_PLACE_AT})?"
_CLAUSE = (rf"{_BEFORE_NAME}{_PERSON_AT}(?:(?:,\s|\s(?:and|&)\s){_PERSON_AT})*\s(?:reported|contributed reporting|"
           rf"reported and wrote|wrote and reported|contributed)(?:\sfrom\s{_PLACE})?")
REPORTED_FROM = re.compile(rf"^{_CLAUSE}(?:(?:,\s|;\s|,?\s(?:and|while)\s){_CLAUSE})*\s*\.?$")
# A wire credit as a closing sentence: "Jane Roe contributed to this report.", "Reporting by X; Editing by Y".
# "contributed to the report" is left out: "Three universities contributed to the report." is news.
_WIRE_CREDIT = re.compile(r"^(?:[A-Z][^.!?]{0,120}\bcontributed (?:reporting|to this (?:report|story|"
                          r"article))\b[^.!?]{0,60}|\(?(?:additional )?reporting by [A-Z][^()]{0,160}\)?)\.?$", re.I)


CREDIT_MAX_CHARS = 300  # the longest credit seen ran to about 160 characters


def is_credit_sentence(sentence: str) -> bool:
    """True when ``sentence`` is a contributor credit: names, "reported from" and places, or a wire credit."""
    text = sentence.strip()
    if len(text) > CREDIT_MAX_CHARS:
        return False  # a credit is a line; a longer "sentence" is text (and bounds the regexes' work)
    return bool(REPORTED_FROM.match(text) or _WIRE_CREDIT.match(text))


# A sentence stop and the next sentence's capital: the last one starts a paragraph's closing sentence.
_BOUNDARY = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z(])")


# A related-story link glued to a paragraph's end by the paste, its label run into the headline: "... late
# Monday. Read MoreFederated's Orlando: 4Q earnings ..." (the lead's reading of an unseen Newsroom row: it
# became a Who says what item with "Read MoreFederated's Orlando" as its speaker), "... READ MORE: Schools
# shut", "... Related: ...". The label is a link's: capitalised as one ("Read More", "READ MORE") and run
# into a capital, or followed by a colon; a writer's "Parents can read more about the rules in the report."
# is a sentence and stays. What follows is a headline: short, with no sentence stop inside.
_GLUED_LINK = re.compile(
    r"(?<=[.!?\"”’)])\s*(?:(?:Read More|READ MORE)(?=[A-Z\"“‘'])|(?:Read More|READ MORE)\s+(?=[A-Z])|"
    r"(?:Read [Mm]ore|READ MORE|Related|RELATED|See [Aa]lso|SEE ALSO|Also [Rr]ead|ALSO READ|Read [Aa]lso|"
    r"READ ALSO)\s*:\s*(?=[A-Z0-9\"“‘']))(?P<head>[^\n]*)$")
_INNER_STOP = re.compile(r"[.!?][\"”’]?\s+[A-Z]")
GLUED_LINK_MAX_WORDS = 25  # a headline (the lead's row's had 7 words): a generous bound, not tuned


def _without_glued_link(paragraph: str) -> str:
    match = _GLUED_LINK.search(paragraph)
    if not match or len(match["head"].split()) > GLUED_LINK_MAX_WORDS or _INNER_STOP.search(match["head"]):
        return paragraph
    return paragraph[: match.start()].rstrip()


def without_trailing_credit(paragraph: str) -> str:
    """``paragraph`` without a contributor credit glued on as its last sentence ("... at home. CNN's Jane
    Doe reported from Atlanta."), or a related-story link glued on ("... late Monday. Read MoreRivals
    ..."): the rest of the paragraph is the article's close and stays."""
    paragraph = _without_glued_link(paragraph)
    stops = list(_BOUNDARY.finditer(paragraph))
    if not stops or not is_credit_sentence(paragraph[stops[-1].end():]):
        return paragraph
    return paragraph[: stops[-1].end()].rstrip()


def _last_starts(paragraph: str) -> tuple[list[int], int]:
    """Where each code mark last starts in ``paragraph``, and where its last reported-speech word ends
    (-1 when it has none)."""
    starts = [max((m.start() for m in mark.finditer(paragraph)), default=-1) for mark in _CODE_MARKS]
    reported = max((m.end() for m in _REPORTED.finditer(paragraph)), default=-1)
    return starts, reported


# Exact checks of the stops that pass the cheap test below. Each costs a pass over the paragraph, so a
# paragraph of thousands of stops runs a few, not one per stop (which was quadratic, and cubic with a run
# of unclosed "if (": a 40,000-character paragraph took minutes; session 13 hostile review).
CODE_CUT_CHECKS = 3


def without_trailing_code(paragraph: str) -> str:
    """``paragraph`` without a page script glued on after its last sentence ("... in the morning.
    BF_STATIC.timequeue.push(function () { document...": reader Audit 17 found it as a timeline entry,
    dated by the script's time stamp, and as an essay paragraph). The cut is at the first sentence stop
    after which everything is code and before which nothing is."""
    if not any(mark.search(paragraph) for mark in _CODE_MARKS):
        return paragraph
    # The rest after a stop is code only when no reported-speech word follows the stop and two marks
    # start after it: both are read off one pass, so most stops are passed over without a regex.
    starts, reported = _last_starts(paragraph)
    checks = 0
    for stop in _BOUNDARY.finditer(paragraph):
        cut = stop.end()
        if cut < reported or sum(start >= cut for start in starts) < CODE_MIN_MARKS:
            continue
        head, rest = paragraph[:cut], paragraph[cut:]
        if is_code_line(rest) and not is_code_line(head):
            return head.rstrip()
        checks += 1
        if checks >= CODE_CUT_CHECKS:
            break
    return paragraph


# ---------------------------------------------------------------- "From" bylines

_STAMP = rf"(?:[^|]{{0,40}}\b(?:(?i:{MONTH_ALTERNATION})|\d{{1,2}}[:./]\d{{1,2}})[^|]{{0,30}}?\s*[|–—-]\s*)?"
_OUTLET = r"(?:(?i:special to)\s)?(?:the\s)?[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,2}"
FROM_BYLINE = re.compile(rf"^{_STAMP}(?i:from)\s{_PERSON}(?:(?:,\s|\s(?:and|&)\s){_PERSON})*,\s{_OUTLET}$")


def debris_kind(text: str) -> str | None:
    """The furniture kind of a debris line (see the module docstring), or None."""
    if is_code_line(text):
        return "embed"
    if len(text) <= 300 and REPORTED_FROM.match(text):
        return "credit"
    if FROM_BYLINE.match(text):
        return "byline"
    if is_listing_line(text):
        return "other"  # a review's venue, booking and contact line (furniture_service)
    if is_pointer_line(text):
        return "link"  # "Watch more and read an edited transcript:" (furniture_service)
    if is_helpline_line(text):
        return "other"  # a box's "Readers can call ..." (reader_lines)
    if is_photo_thanks_line(text):
        return "credit"  # "Thanks go to X for permission to publish these photos" (reader_lines)
    if is_callout_line(text):
        return "widget"  # "Send your pictures, video to iReport." (reader_lines)
    return None


# ---------------------------------------------------------------- an appended story

# The cue line of a related-story block: "Watch next", "Video loading Watch next", "Read more", "More
# from World News", "Related", "You may also like", "Most read", "Trending".
_CUE = re.compile(r"^(?:video loading\s+)?(?:watch next|up next|read (?:more|next|also)|more from\b.{0,40}|"
                  r"related(?: \w+){0,2}|you (?:may|might) also (?:like|enjoy)|most (?:read|popular|viewed|shared)|"
                  r"trending(?: now| stories)?|what to read next|recommended(?: for you)?)\W*$", re.I)
CUE_MAX_WORDS = 8
# A video player's cue glued to the next story's headline by the paste: "Video loading Watch next Woman
# smashes ..." (no sentence stop; a headline is at most GLUED_CUE_MAX_WORDS words).
_GLUED_CUE = re.compile(r"^(?:video loading\s+)?(?:watch|up) next\b[^.!?]*$", re.I)
GLUED_CUE_MAX_WORDS = 30
# Tuned on the labelled pages of tests/ingest/test_debris_s13.py only: the appended story shared none of
# its names and none of its content words with the article; the same story after a "More from ..."
# sub-head shared all its names and a quarter of its content words. Both shares must be low, so the names
# carry the decision. The summ pools (CNN/DM, XSum, Newsroom) have no cue line, so nothing there was cut;
# the reader and extraction evals did not move. At most these shares may occur in the article for the
# block to be another story.
NAME_SHARE_MAX = 0.34
WORD_SHARE_MAX = 0.25
BODY_MIN_PARAGRAPHS = 2
# The share of the article's names (before the cue) that recur after it, at or above which the text after the
# cue is the same story going on. The labelled appended stories share none; the audited page's body after its
# mid-page box named 5 of the 9 names before it (Audit 34 #9).
BODY_NAMES_GO_ON = 0.4
# A line that says the article goes on below: a box next to it (or before it) sits in the middle of the page.
_CONTINUES = re.compile(r"^(?:continue reading|(?:the )?(?:story|article) continues|continued below|"
                        r"read (?:more|on) below)\b", re.I)
# How far before the cue a continuation line still belongs to the same box ("Continue reading the main
# story", then the box's heading).
CONTINUES_REACH = 2
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z][\w'’-]+")
_CONTENT_WORD = re.compile(r"\b[a-z][a-z'’-]{4,}\b")
_COMMON = frozenset(
    "about after again against also among another around because before being between could during every "
    "first found their there these those three through under until where which while would years since "
    "should still other people police officials reported according told added later local video times "
    "which".split())


def _share(block: set[str], body: set[str]) -> float:
    return len(block & body) / len(block) if block else 0.0


def _words_of(texts: Sequence[str]) -> tuple[set[str], set[str]]:
    joined = "\n".join(texts)
    names = {m.group(0) for line in texts for m in _NAME.finditer(line)}
    words = {w.rstrip("'’s") for w in _CONTENT_WORD.findall(joined) if w not in _COMMON}
    return names, words


def _is_cue(line: str) -> bool:
    words = len(line.split())
    return (words <= CUE_MAX_WORDS and bool(_CUE.match(line))) or \
        (words <= GLUED_CUE_MAX_WORDS and bool(_GLUED_CUE.match(line)))


class _Shares:
    """The names (or content words) of the paragraphs before a point and after it, moved along the page one
    paragraph at a time, with the count of those after that occur before kept as it moves. Recounting both
    sides at each cue line was quadratic: a page of thousands of "Read more" lines between short paragraphs
    took minutes (session 13 hostile review)."""

    def __init__(self, sets: Sequence[set[str]]) -> None:
        self.after: dict[str, int] = {}
        for found in sets:
            for key in found:
                self.after[key] = self.after.get(key, 0) + 1
        self.before: set[str] = set()
        self.after_size = len(self.after)
        self.shared = 0

    def leave_after(self, found: set[str]) -> None:
        """A paragraph is no longer after the point."""
        for key in found:
            self.after[key] -= 1
            if not self.after[key]:
                self.after_size -= 1
                self.shared -= key in self.before

    def join_before(self, found: set[str]) -> None:
        """A paragraph is now before the point."""
        for key in found - self.before:
            self.before.add(key)
            self.shared += self.after.get(key, 0) > 0

    def share(self) -> float:
        return self.shared / self.after_size if self.after_size else 0.0

    def share_before(self) -> float:
        """The share of the keys before the point that occur after it."""
        return self.shared / len(self.before) if self.before else 0.0


def _mid_page(paragraphs: Sequence[str], index: int, continues_after: bool) -> bool:
    """Whether the cue at ``index`` heads a box in the middle of the page (a continuation line near or after)."""
    near = paragraphs[max(0, index - CONTINUES_REACH) : index]
    return continues_after or any(_CONTINUES.match(p.strip()) for p in near)


# An opening that leans on what came before ("Another posted ...", "A third said ...", "He added ..."): a story's
# first paragraph introduces its subject, so a block after a cue that opens so is the article going on (session 33:
# a box of three related headlines mid-page, then the article's further reactions, cut as an appended story).
_LEANS_BACK = re.compile(
    r"^[\"“‘']?(?:another|others?|a (?:second|third|fourth|fifth|further)|the (?:other|second|third|latter)|"
    r"(?:he|she|they|it) (?:also|added|went on|said|wrote)|but|however|also|still)\b", re.I)


def _goes_on(paragraphs: Sequence[str], content: Sequence[bool], index: int) -> bool:
    """Whether the first content paragraph after the cue at ``index`` opens by leaning on the article before it."""
    following = next((p for p, keep in zip(paragraphs[index + 1:], content[index + 1:], strict=True) if keep), "")
    return bool(_LEANS_BACK.match(following.strip()))


def appended_story(paragraphs: Sequence[str], content: Sequence[bool]) -> set[int]:
    """Indexes of a related-story cue and the unrelated story after it, to the page's foot (or nothing)."""
    found = [_words_of([p]) if keep else (set(), set()) for p, keep in zip(paragraphs, content, strict=True)]
    names, words = _Shares([f[0] for f in found]), _Shares([f[1] for f in found])
    body, after = 0, sum(content)
    continuation = [i for i, p in enumerate(paragraphs) if _CONTINUES.match(p.strip())]
    last_continuation = continuation[-1] if continuation else -1
    for index, paragraph in enumerate(paragraphs):
        names.leave_after(found[index][0])
        words.leave_after(found[index][1])
        after -= content[index]
        if _is_cue(paragraph.strip()) and body >= BODY_MIN_PARAGRAPHS and after \
                and names.share() <= NAME_SHARE_MAX and words.share() <= WORD_SHARE_MAX \
                and names.share_before() < BODY_NAMES_GO_ON \
                and not _mid_page(paragraphs, index, last_continuation > index) \
                and not _goes_on(paragraphs, content, index):
            return set(range(index, len(paragraphs)))
        names.join_before(found[index][0])
        words.join_before(found[index][1])
        body += content[index]
    return appended_wire_story(paragraphs, content, _unrelated)


def _unrelated(before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether the block ``after`` shares too few names and words with the article ``before`` to go on with it
    (the thresholds of a block after a cue line)."""
    (body_names, body_words), (names, words) = _words_of(before), _words_of(after)
    return _share(names, body_names) <= NAME_SHARE_MAX and _share(words, body_words) <= WORD_SHARE_MAX \
        and _share(body_names, names) < BODY_NAMES_GO_ON


__all__ = [
    "FROM_BYLINE",
    "REPORTED_FROM",
    "appended_story",
    "appended_wire_story",
    "debris_kind",
    "is_code_line",
    "is_credit_sentence",
    "without_trailing_code",
    "without_trailing_credit",
]


# "LONDON (Reuters) - ", "LONDON, March 4 (Reuters) -", "SANTIAGO, Chile (AP) —", "NEW YORK (AFP) --".
_WIRE_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ -]{1,40}[A-Z](?:,\s+[A-Z][\w.'’ ]{1,30}?)?(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s+"
    r"\((?:Reuters|AP|AFP|UPI|Bloomberg|dpa|Xinhua|[A-Z]{2,6})\)\s*(?:--|[-–—])\s*\S")
# "In other news" alone on its line or opening a paragraph ("In other news, shares in ..."), "Also today:" alone.
_CUE_LINE = re.compile(r"^(?:in other news|also today|elsewhere today|other news(?: today)?)\W*$", re.I)
_CUE_OPENING = re.compile(r"^in other news\s*,\s*\S", re.I)
# A headline line above the dateline: short, no sentence stop at its end.
HEADLINE_MAX_WORDS = 16
MAX_CANDIDATES = 4
WIRE_BODY_MIN_PARAGRAPHS = 2


def _starts_story(paragraph: str) -> bool:
    text = paragraph.strip()
    return bool(_WIRE_DATELINE.match(text) or _CUE_LINE.match(text) or _CUE_OPENING.match(text))


def _headline_above(paragraphs: Sequence[str], index: int) -> bool:
    text = paragraphs[index - 1].strip() if index > 0 else ""
    return 0 < len(text.split()) <= HEADLINE_MAX_WORDS and not text.endswith((".", "!", "?", ":", "\"", "”"))


def appended_wire_story(paragraphs: Sequence[str], content: Sequence[bool],
                        unrelated: Callable[[Sequence[str], Sequence[str]], bool]) -> set[int]:
    """Indexes of an unrelated story appended after the article (from its headline or dateline or cue to the
    page's foot), or nothing. ``unrelated(before, after)`` says whether the block shares too little with the
    article's content paragraphs to be the same story."""
    candidates = [i for i, p in enumerate(paragraphs) if _starts_story(p)][:MAX_CANDIDATES]
    for index in candidates:
        start = index - 1 if _WIRE_DATELINE.match(paragraphs[index].strip()) and _headline_above(paragraphs, index) \
            else index
        before = [p for p, keep in zip(paragraphs[:start], content[:start], strict=True) if keep]
        after = [p for p, keep in zip(paragraphs[index:], content[index:], strict=True) if keep]
        if len(before) >= WIRE_BODY_MIN_PARAGRAPHS and after and unrelated(before, after):
            return set(range(start, len(paragraphs)))
    return set()
