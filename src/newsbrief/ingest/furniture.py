"""Page furniture among the lines of an extracted article.

An extractor hands over a page's text as lines (one paragraph each), and with
the article come the things around it: bylines, timestamps, photo captions and
credits, share and newsletter widgets, related-story links, sub-heads, legal
notices. :func:`furniture_kind` names the kind of furniture a line is, or
``None`` for article content; :func:`drop_furniture` removes furniture from a
list of paragraphs before sentences are split, so no byline opens a key point
and no credit line closes a brief.

Two kinds of evidence, both explainable:

* phrases: regular expressions for what furniture says ("Reporting by",
  "All rights reserved", "Sign up for our newsletter", "Related:"), in the
  tables of :mod:`newsbrief.ingest.furniture_rules`;
* shape: article prose is written in sentences, so a line that does not end
  like a sentence (no final full stop, question or exclamation mark) is a
  heading, caption, link, label or timestamp, unless it is a list item that
  carries the article's data ("- 2 cups of flour", "June 9 - Tampa, FL").

The rules were written from the kinds of furniture on the extraction
benchmark's pages whose id starts with 4-9 or a-f (ScrapingHub
article-extraction-benchmark, ../shared/data/extraction) and the labelled
lines of tests/data/reader/furniture_lines.jsonl, which come from those pages;
pages starting 0-3 were never looked at (they are kept for a reader audit).
No rule names a single site's wording.

A long line is judged only by phrases that do not occur in reporting (a
copyright notice, "click here", an e-mail address next to a name), never by
shape, so an article does not lose its lead paragraph to the filter.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

from newsbrief.ingest.captions import CREDIT_LINE, is_scene_caption
from newsbrief.ingest.furniture_bylines import fielded_byline
from newsbrief.ingest.furniture_chrome import COMMENT_COUNT, LONE_LABEL, is_page_chrome
from newsbrief.ingest.furniture_debris import appended_story, debris_kind
from newsbrief.ingest.furniture_notes import lone_label_header, without_author_bio, without_sponsor_notes
from newsbrief.ingest.furniture_rules import ANCHORED, ANYWHERE, AUTHOR_LINE, BIO, BYLINE, BYLINE_ROLE
from newsbrief.ingest.furniture_tail import tail_furniture
from newsbrief.ingest.reader_tellers import quoted_lines, teller_lines
from newsbrief.lexicon import (
    ANNOUNCED_INTERVIEW,
    MONTH_ALTERNATION,
    NOT_SPEAKER_LABELS,
    SPEAKER_LABEL,
    URL,
    WEEKDAY_ALTERNATION,
)

# ---------------------------------------------------------------- thresholds
# Each was read off the labelled lines (tests/data/reader/furniture_lines.jsonl) and
# the other lines of the same pool of pages (sha256 4-f), never off pages 0-3.

# A line without a final stop is furniture only up to this many words: the longest
# furniture lines without one were related-story headlines glued to their deck
# (20-25 words) and tag lists; longer unpunctuated lines are prose whose stop the
# extractor lost, so they are kept.
NONTERMINAL_MAX_WORDS = 30
# Phrases found anywhere in a line ("click here", "sign up for") judge lines up to
# this length; the promos and notices in the pool were at most 75 words, while lead
# paragraphs run 20-100 words and never carry such phrases in the pool.
PHRASE_MAX_WORDS = 80
# A line whose last sentence lost its stop to a trailing tag ("... to sneak into the US.
# PTI", "... streaming services. *Sharks begin circling*") is prose: the part after its
# last stop has at most this many words (related headlines with a deck had 16 or more).
TRAILING_TAG_WORDS = 5
# A title-case line ("Moon Rush: Private Lunar Lander Plans") has at least this many
# words; shorter capitalised items were names ("Blue Origin, Kent, Washington").
TITLE_CASE_MIN_WORDS = 5
# Share of capitalised words (function words aside) that makes a line title case:
# headlines were 0.85-1.0 in the pool, sentence-case list items at most 0.5.
TITLE_CASE_SHARE = 0.8
# A stand-alone question this short is a sub-head ("How is the plague spread?"); the
# questions that were reporting in the pool were quoted or came with other sentences.
QUESTION_MAX_WORDS = 12
# A line wholly in brackets or parentheses that is not a sentence is a credit or a label
# of the page ("(Graphic: ... - here)", "[Photo=MBC, SBS]", "[Engadget]") up to this
# length; a bracketed sentence ("(I know, radical statement, right?)") is an aside of the
# author and stays.
BRACKETED_MAX_WORDS = 20
# An all-capitals line ("SCORES QUARANTINED", "CLICK HERE TO GET THE APP") needs this
# many capital letters, so "US" or "OK." alone is not taken for one.
CAPS_MIN_LETTERS = 4
# An e-mail address marks a contact line or author bio up to this many words
# (the longest bio in the pool had 55); reporting rarely prints one.
EMAIL_MAX_WORDS = 60

# A "Label: value." line this short is an info-box entry ("Version tested: PC."); the
# shortest labelled lines of reporting ("Thunder: Host the Lakers on Friday.") had 6 words.
SPEC_LINE_WORDS = 4
# "By ..." lines were at most 10 words in the pool (names, "and", the outlet).
BYLINE_MAX_WORDS = 15

# ---------------------------------------------------------------- small helpers

_WS = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
# A sentence ends with . ! ? or an ellipsis (also the CJK ones), then perhaps closing
# quotes or brackets, a footnote number ("(1)") or an emoji-free trailing space.
_TERMINAL = re.compile(r"[.!?…。！？](?:['\"”’)\]»]|\s)*(?:\(\d+(?:,\s*\d+)*\)\.?)?$")
_BULLET = re.compile(r"^(?:[-–—•*·▪►]|\d{1,2}[.)])\s+")
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+(?=[\"“'‘A-Za-z])")
# Started only at the start of a run of address characters: from every letter of a long run without an
# "@" the search rescanned the run to its end (a 200,000-letter line took minutes; session 13 review).
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_QUOTED = re.compile(r"^[\"“'‘].*[\"”'’]$")
# Short words left lower case in a title-case headline.
_MINOR = frozenset("a an and as at but by for from in into is it of on or the to vs via with de la le el y".split())


def _normalise(line: str) -> str:
    return _WS.sub(" ", line).strip()


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def ends_like_sentence(line: str) -> bool:
    """True when ``line`` ends with a full stop, question or exclamation mark (quotes may follow).

    Emoji and other symbols after the stop ("See you soon! :-)") do not count.
    """
    text = line.rstrip()
    while text and (unicodedata.category(text[-1])[0] == "S" or text[-1] in "\ufe0f\u200d"):
        text = text[:-1].rstrip()
    return bool(_TERMINAL.search(text))


def _title_case(text: str) -> bool:
    """Most words capitalised, as in a headline ("Moon Rush: Private Lunar Lander Plans")."""
    words = [w for w in _words(text) if w[:1].isalpha()]
    major = [w for w in words if w.lower() not in _MINOR]
    if len(words) < TITLE_CASE_MIN_WORDS or not major:
        return False
    # A list of names separated by commas is data (a company and its city), not a headline.
    if text.count(",") >= 2:
        return False
    return sum(1 for w in major if w[:1].isupper()) / len(major) >= TITLE_CASE_SHARE


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    cased = [c for c in letters if c.isupper() or c.islower()]
    return len(cased) >= CAPS_MIN_LETTERS and all(c.isupper() for c in cased)


# ---------------------------------------------------------------- timestamps

_MONTH = rf"(?:{MONTH_ALTERNATION})\.?"
_WEEKDAY = rf"(?:{WEEKDAY_ALTERNATION}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?"
# Words a timestamp is made of: "Updated 8:10 AM EDT, Tue July 29, 2014", "Published
# 3 hours ago", "Last modified on 19 November 2019 at 10:30 GMT".
_STAMP_TOKEN = re.compile(
    r"(?:\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}(?::\d{2})?|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|"
    r"\d{4}-\d{2}-\d{2}t[\d:.+-]+z?|"
    r"[ap]\.?m\.?|noon|midnight|" + _MONTH + "|" + _WEEKDAY + "|"
    r"[a-z]{1,3}t|utc|gmt|uk|"  # time zones: ET, EDT, PST, BST, AMT, CEST; the BBC's "09:58 UK"
    r"page|"  # "Page last updated at 08:58 GMT, Thursday, 24 June 2010"
    r"updated|updates|update|published|posted|modified|last|first|edited|created|date|time|"
    r"at|on|of|ago|just|now|today|yesterday|"
    r"seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|[hmd]|an?)$",
    re.I,
)
_STAMP_SPLIT = re.compile(r"[\s,|•·()\[\]]+|(?<=\D)[:\-–—](?=\s|$)|^[:\-–—]")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}\s?[ap]\.?m\b\.?", re.I)
_BY_NAME = re.compile(r"\bby\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*$")
# "By Jane Roe, March 15, 2023", "By JANE ROE and AL DOE | Updated 10:02 a.m.": a byline, then its time.
_BY_LEAD = re.compile(r"^by\s+(?-i:[A-Z][\w'’.-]*)(?:\s+(?:(?-i:[A-Z][\w'’.-]*)|and|&)){0,5}\s*[,|–—-]\s*", re.I)

_STAMP_THEN_BY = re.compile(r"\s*[|–—-]\s*(?=by\s)", re.I)


def _is_byline(text: str) -> bool:
    """A byline line: "By Jane Doe", "By the Ledger Wire Staff", "By Jane Doe Middle East analyst, LSE"."""
    return len(_words(text)) <= BYLINE_MAX_WORDS and bool(BYLINE.match(text) or BYLINE_ROLE.match(text))


def _timestamp_tokens(text: str) -> list[str]:
    text = re.sub(r"\b([ap])\.?\s?m\.?(?=\s|$|,)", r"\1m", text, flags=re.I)
    return [t for t in _STAMP_SPLIT.split(text.strip(" -–—:")) if t and t not in ":-–—."]


def _is_timestamp(text: str) -> bool:
    """Only date and time words, with at least one number: a page timestamp."""
    tokens = _timestamp_tokens(text)
    if not tokens or len(tokens) > 16 or not any(ch.isdigit() for ch in text):
        return False
    tokens = [t.rstrip(".:") or t for t in tokens]
    return all(_STAMP_TOKEN.match(t) for t in tokens)


def _timestamp_kind(text: str) -> str | None:
    text = COMMENT_COUNT.sub("", text) or text  # "February 22, 2015 by Jane Roe 84 Comments"
    if _is_timestamp(text):
        return "timestamp"
    # "5:45 AM PST 11/19/2019 by Patrick Shanley": a timestamp with the byline after it.
    by = _BY_NAME.search(text)
    if by and by.start() > 0 and _is_timestamp(text[: by.start()]):
        return "byline"
    if ((lead := _BY_LEAD.match(text)) and _is_timestamp(text[lead.end():])) or fielded_byline(text, _is_timestamp):
        return "byline"  # "By Jo Roe, March 15, 2023", "By: Jo Roe | Delhi | Posted: March 15, 2023"
    # "March 4, 2026 | By Jane Doe, Special to the Ledger": the date, then the byline.
    dated = _STAMP_THEN_BY.search(text)
    if dated and _is_timestamp(text[: dated.start()]) and _is_byline(text[dated.end():]):
        return "byline"
    # "By Dan Roe February 2, 2011: 2:24 PM ET": the name, then the stamp, with no separator
    # (a saved business page, session 8's final reader check).
    named = _BY_NAME_WORDS.match(text)
    if named:
        words = named.group(1).split()
        for n in range(len(words), 1, -1):
            rest = text[named.start(1):].split(None, n)
            if len(rest) > n and _is_timestamp(rest[n]) and not _STAMP_TOKEN.match(words[n - 1]):
                return "byline"
    return None


_BY_NAME_WORDS = re.compile(r"^by\s+((?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){1,3})\s+(?=\d|[A-Z])", re.I)


# ---------------------------------------------------------------- shape rules

# A data item: a number and a spaced separator ("June 9 – West Palm Beach, FL @
# Coral Sky Amphitheatre", "1a etapa: 10 de março – Interlagos").
_DATA_SEPARATOR = re.compile(r"\s(?:--|[–—@-])\s")
# A deck glued to its headline: a capitalised opening word in mid-line with no stop
# before it ("Maradona out as coach of Gimnasia The coach would now be free").
_GLUED = re.compile(r"[\w')’] (?:The|A|An|Here['’]s|This|These|It|He|She|They|We|His|Her|Its) [a-z]")
_QUESTION_OPENER = re.compile(
    r"^(?:who|what|when|where|why|how|which|whose|is|are|was|were|do|does|did|can|could|"
    r"will|would|should|has|have)\b", re.I
)
_LABEL_ENDING = re.compile(r"[:;,、，：；]\s*$")
# Interview lines ("Q: Favorite city?", "A: Cape Town") are content whatever their shape.
_INTERVIEW = re.compile(r"^(?:Q|A)\s*[:.]\s")
# A sentence stop inside the line, followed by another sentence; the word before a full
# stop must not be an abbreviation ("Dr.", "Sen.", "U.S.") or an initial.
_INNER_STOP = re.compile(r"(?<!\S)(\S*?)([.!?…])(?:['\"”’)\]])*\s+(?=\S)")
_ABBREVIATION = re.compile(r"^(?:[A-Z][a-z]{0,3}|(?:[A-Za-z]\.)+[A-Za-z]|[A-Z]+)$")


def _inner_stops(line: str) -> list[int]:
    """Offsets just after each sentence stop inside ``line`` (abbreviations are not stops)."""
    ends = []
    for match in _INNER_STOP.finditer(line):
        word = match.group(1).lstrip("\"“‘'(")
        if match.group(2) == "." and _ABBREVIATION.match(word):
            continue
        ends.append(match.end())
    return ends


# The items of a labelled list are names of a few words ("Path B: Bosnia, Slovakia, Norway"); a headline
# with commas has clauses ("Hoax Alert: A Man, Who Says He Met God, Is Made Up").
LIST_ITEM_MAX_WORDS = 4


def _short_items(line: str) -> bool:
    return all(len(_words(item)) <= LIST_ITEM_MAX_WORDS for item in line.split(":", 1)[1].split(","))


def _list_item_kind(body: str, words: int) -> str | None:
    """A list item without a final stop: a related link, a sub-head, or data (None)."""
    if _QUOTED.match(body):
        return "subhead"  # '- "My fears have been realized"': a quoted heading
    if _title_case(body) or _GLUED.search(body):
        return "related"  # a linked headline, maybe with its deck glued on
    return None  # a list item of the article: "- 8-9 ripe pears, cored and peeled"


def _unpunctuated_kind(line: str, words: int) -> str | None:
    """The kind of a line that does not end like a sentence."""
    if words > NONTERMINAL_MAX_WORDS:
        # A tag list: many commas and no sentence in it ("stock car 2018, stock car brasil, ...").
        return "tags" if line.count(",") >= 5 and not re.search(r"[.!?]\s", line) else None
    if _LABEL_ENDING.search(line):
        return None  # "Here's what to know:", "The newly selected five are:" introduce content
    if _CLOCK.search(line) and words <= 8:
        return "timestamp"  # "segunda-feira, 22 de janeiro de 2018 às 0:13"
    if _INTERVIEW.match(line) or not any(c.isupper() or c.islower() for c in line):
        # Interview answers are content; and a script without capitals (Japanese,
        # Korean, Chinese) shows no heading by its shape, so only phrases judge it.
        return None
    if _NUMBERED.match(line):
        return "subhead"  # "2. Take inventory": a numbered heading of a list article
    bullet = _BULLET.match(line)
    if bullet:
        return _list_item_kind(line[bullet.end():], words)
    has_digit = any(c.isdigit() for c in line)
    if line.count(",") >= 2 and (has_digit or (re.match(r"^[^,:]{1,30}:\s", line) and _short_items(line))):
        return None  # a list of quantities or a labelled list ("Path B: Bosnia, Slovakia, Norway")
    if has_digit and _DATA_SEPARATOR.search(line):
        return None  # a dated schedule or results entry
    stops = _inner_stops(line)
    if stops and not _title_case(line) and (
            line[:1].islower() or len(_words(line[stops[-1]:])) <= TRAILING_TAG_WORDS):
        return None  # prose whose last stop was lost, or a fragment of a sentence split by markup
    if re.search(rf"\b(?:{MONTH_ALTERNATION})\b\.? \d{{1,2}}\b", line, re.I) and words <= 8:
        return "timestamp"  # "November 20, 2019" alone
    if words <= 3 and all(w[:1].isupper() for w in _words(line)):
        return "dateline" if "," in line or _all_caps(line) else "subhead"
    if AUTHOR_LINE.match(line):
        return "byline"
    if re.search(r"\[[^\]]+\]\s*$", line):
        return "related"  # a headline with its source in brackets: "... It's Complicated [Bloomberg]"
    if words <= 12 and not _title_case(line) and not line[:1].isupper():
        return "other"  # a lower-case label: "immunology", "comments"
    return "subhead" if words <= 12 else "related"


def _is_short_question(line: str, words: int) -> bool:
    """A stand-alone question of a few words, not quoted: a sub-head ("What did the prosecutors say?")."""
    if not line.endswith("?") or words > QUESTION_MAX_WORDS or re.search(r"[\"“”]", line):
        return False
    body = line[:-1]
    return not re.search(r"[.!?]\s", body) and bool(_QUESTION_OPENER.match(body))


# A picture's agency in brackets after the caption's last stop: "... on his nose here. (CEN)",
# "(Getty Images)", "(AP Photo)". A body sentence never ends on one (a wire's dateline opens it).
_CREDITED = re.compile(r"[.!?]['’\"”]?\s*\((?:[A-Z][A-Za-z&.'-]*)(?:\s[A-Z][A-Za-z&.'-]*){0,2}\)\s*$")
CAPTION_MAX_WORDS = 35


def _phrase_kind(text: str, stripped: str, words: int) -> str | None:
    """The kind named by what the line says (see furniture_rules.ANCHORED and ANYWHERE)."""
    for kind, pattern in ANCHORED:
        if pattern.search(stripped):
            return kind
    if is_page_chrome(stripped):
        return "widget"  # a live page about itself: "Our live coverage ends now", "Thanks for joining us"
    if words <= PHRASE_MAX_WORDS:
        for kind, pattern in ANYWHERE:
            if pattern.search(stripped):
                return kind
        if _EMAIL.search(text) and words <= EMAIL_MAX_WORDS:
            return "byline"  # "Write to Al Root at ...", "paul.takahashi@chron.com"
    if URL.search(text) and words <= 20:
        return "link"  # a bare address or "Listen: http://..." - never a sentence of the story
    if words <= CAPTION_MAX_WORDS and _CREDITED.search(text):
        return "caption"  # "Talent: Nikolai shows off his powers. (CEN)": a photo and its agency
    if CREDIT_LINE.match(stripped) or is_scene_caption(stripped):
        return "caption"  # "Staff photographer", "X, left, and Y stand ..., Tuesday, March 3, 2026."
    return None


def _form_kind(text: str, stripped: str, words: int) -> str | None:
    """The kind shown by the line's form: a timestamp, a byline, a heading, a label."""
    stamp = _timestamp_kind(stripped)
    if stamp:
        return stamp
    if _is_byline(stripped) or (words <= EMAIL_MAX_WORDS and BIO.match(stripped)):
        return "byline"
    if (words <= BRACKETED_MAX_WORDS and re.match(r"^(?:\(.*\)|\[.*\])\.?$", text)
            and not ends_like_sentence(text.rstrip(".")[1:-1])):
        return "credit"  # "(Graphic: ... - here)", "[Photo=MBC, SBS]", "[Engadget]"
    if words <= 25 and _all_caps(text):  # the word count first: _all_caps reads every character
        return "subhead"  # "WHO IS THE FRONT-RUNNER?", "GET THE QUIZ: INSTANT DOWNLOAD!"
    if LONE_LABEL.fullmatch(text):
        return "other"  # "Sceptic:", a label split from its widget (see furniture_chrome)
    if not ends_like_sentence(text):
        return _unpunctuated_kind(text, words)
    if _is_short_question(text, words):
        return "subhead"
    if words <= SPEC_LINE_WORDS and re.match(r"^[A-Z][\w ]{0,25}:\s+\S", text) and not _INTERVIEW.match(text):
        return "other"  # a label and its value: "Version tested: PC.", "Price: $49."
    return None


def furniture_kind(line: str) -> str | None:
    """The kind of page furniture ``line`` is, or ``None`` when it is article content.

    Kinds: ``legal``, ``credit``, ``caption``, ``related``, ``widget``, ``ad``,
    ``byline``, ``timestamp``, ``dateline``, ``subhead``, ``boilerplate``, ``link``,
    ``embed``, ``tags``, ``separator`` and ``other`` (a label or page metadata).
    """
    text = _normalise(line)
    if not text:
        return None
    words = len(_words(text))
    if words == 0:
        return "separator"  # "___", "-", "***"
    # A list item is judged by its text ("- Published 18 November 2019"); a numbered
    # heading ("2. Take inventory") keeps its number, which marks it as a heading.
    stripped = text if _NUMBERED.match(text) else _BULLET.sub("", text, count=1)
    return debris_kind(stripped) or _phrase_kind(text, stripped, words) or _form_kind(text, stripped, words)


def is_furniture_line(line: str) -> bool:
    """True when ``line`` (one extracted paragraph) is page furniture, not article content."""
    return furniture_kind(line) is not None


# ---------------------------------------------------------------- applying it

# A paragraph of at least this many words that ends like a sentence counts as the lead:
# the first one is kept whatever the rules say (the lead paragraphs of the pool had 12
# words or more; furniture that long and sentence-shaped was a promo or a notice).
LEAD_MIN_WORDS = 12
# Kinds that may still remove that first sentence-shaped paragraph: their phrases do
# not occur in reporting.
_STRONG = frozenset({"legal", "credit", "widget", "ad", "byline", "boilerplate", "link"})


# "Jane Doe, senior fellow at the Institute" (optionally ending in a colon): a round-up's speaker
# header. Two or more of them in one article are content, the voice of the paragraphs below.
_SPEAKER_HEADER = re.compile(r"^[\"“]?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3},\s+[^:\n]{3,120}:?\s*$")


def _speaker_headers(paragraphs: Sequence[str]) -> set[int]:
    """Indexes of round-up speaker headers, when an article has at least two of them (or of a reader's lone label)."""
    # A wire dateline ("Tripoli, Libya (CNN) --") and a credit line have the same shape: taken as headers,
    # every sentence below the dateline was said "according to Tripoli" (reader Audit 9).
    found = {i for i, p in enumerate(paragraphs)
             if "\n" not in p.strip() and len(p.split()) <= 20 and not ends_like_sentence(_normalise(p))
             and _SPEAKER_HEADER.match(p.strip()) and not any(c.isdigit() for c in p)
             and furniture_kind(p) not in _NOT_HEADERS}
    return found if len(found) >= 2 else lone_label_header(paragraphs, found)


_NOT_HEADERS = frozenset({"dateline", "credit", "byline", "timestamp", "legal", "boilerplate", "widget"})


QA_MIN_QUESTIONS = 3  # an explainer asks three or more ("What is it?", "How do people catch it?")


def _interview_questions(paragraphs: Sequence[str]) -> set[int]:
    """Indexes of short question paragraphs when there are enough to make a Q&A: there they are the
    piece's structure (its genre reads them), not sub-heads to drop."""
    found = {i for i, p in enumerate(paragraphs)
             if _is_short_question(_normalise(p), len(_words(_normalise(p))))}
    return found if len(found) >= QA_MIN_QUESTIONS else set()


def _transcript_turns(paragraphs: Sequence[str]) -> set[int]:
    """Indexes of a transcript's labelled turns ("Leslie Jump: Definitely.") and of its questions, when an
    introduction announces the conversation or "Q:" opens turns: the attribution stage reads who speaks
    from them (nlp/transcript.py), so they are content however short."""
    found = {i: m.group("label") for i, p in enumerate(paragraphs) if (m := SPEAKER_LABEL.match(p.strip()))
             and m.group("label").lower() not in NOT_SPEAKER_LABELS and not _is_timestamp(p[m.end():])
             and furniture_kind(p) not in _STRONG}
    # A speaker: "Q"/"A", a label used twice, or one the introduction named ("Disclaimer LIBOR Warning:" is none).
    seen = Counter(found.values())
    labelled = {i for i, label in found.items() if len(label) == 1 or seen[label] >= 2
                or re.search(rf"\b{re.escape(label.split()[-1].title())}\b", " ".join(paragraphs[:i]).title())}
    if not labelled:
        return set()
    first = min(labelled)
    announced = ANNOUNCED_INTERVIEW.search(" ".join(paragraphs[:first + 1]))
    asked = sum(1 for i in labelled if paragraphs[i].lstrip("\"“").startswith(("Q:", "Q :", "Question:")))
    if not announced and asked < 2:
        return set()
    questions = {i for i, p in enumerate(paragraphs) if i > first and _normalise(p).rstrip(" \"”").endswith("?")
                 and len(_words(p)) <= TRANSCRIPT_QUESTION_MAX_WORDS}
    return labelled | questions


# An interviewer's question in a transcript; a longer paragraph is judged as any other. (Apart from QUESTION_MAX_WORDS:
# shared, the sub-head rule took questions of up to 40 words and dropped a reader's 22-word one; session 15.)
TRANSCRIPT_QUESTION_MAX_WORDS = 40


def drop_furniture(paragraphs: Sequence[str]) -> list[str]:
    """The paragraphs that are article content, in order (each stays a paragraph of its own).

    The first sentence-shaped paragraph of LEAD_MIN_WORDS words or more is kept unless a strong phrase rule names
    it, so the lead is never lost to a shape rule; a round-up's speaker headers are kept (the attribution stage reads
    them). A sponsor's note with its ad copy and the author's closing bio are cut sentence by sentence (furniture_notes)
    """
    kinds: list[str | None] = []
    lead_seen = False
    paragraphs = without_sponsor_notes(paragraphs)  # a sponsor's ad may run across paragraphs
    headers = _speaker_headers(paragraphs) | _interview_questions(paragraphs) | _transcript_turns(paragraphs) \
        | quoted_lines(paragraphs) | teller_lines(paragraphs)  # quoted_lines; "Jane Doe, Leeds" over her story
    for index, paragraph in enumerate(paragraphs):
        kind = None if index in headers else furniture_kind(paragraph)
        is_lead = (not lead_seen and len(_words(paragraph)) >= LEAD_MIN_WORDS
                   and ends_like_sentence(_normalise(paragraph)))
        if is_lead and kind not in _STRONG:
            kind = None
        lead_seen = lead_seen or (is_lead and kind is None)
        kinds.append(kind)
    # The about box and the author's bio at the foot read like reporting line by line; they are
    # known by their place and by the names the body does not mention (see furniture_tail).
    bylines = [p for p, kind in zip(paragraphs, kinds, strict=True) if kind == "byline"]
    content = [kind is None for kind in kinds]
    tail = tail_furniture(paragraphs, content, bylines) | appended_story(paragraphs, content)
    return without_author_bio([p for i, p in enumerate(paragraphs) if kinds[i] is None and i not in tail], bylines)


__all__ = ["drop_furniture", "ends_like_sentence", "furniture_kind", "is_furniture_line"]
