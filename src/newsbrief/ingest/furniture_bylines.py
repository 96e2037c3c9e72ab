"""A byline with its desk and place glued to the text after it.

A page saved as sentences, one a line (the Timeline17 BBC pages, detokenised), runs the byline into the caption or
the lead with no stop: "By Jo Roe BBC News, Los Angeles Jackson was due to play 50 dates ...", "By Jo Roe
Environment correspondent, BBC News The already threatened manatee ...", "Can the mission succeed? By Jo Roe BBC
News, Beirut The UN mission is ...". Left in, the byline opened key point 1, its desk and place read as the lead's
subject, and the brief named no author (Issue #11: 39 of the 73 Timeline17 first paragraphs that hold a glued
"By ..." are BBC pages, and none gave its author).

**The byline** is "By", one or two names of two or three capitalised words, then a desk, which is what makes it
certain: an outlet in capitals with "News" ("BBC News"), or a role that ends on a journalist's title word, perhaps
with the outlet before it or after a comma ("BBC Diplomatic Correspondent", "Environment correspondent, BBC News",
", BBC business correspondent"), or after a comma the outlet alone (", CNN", ", USA TODAY", ", Special to CNN").
A byline without a desk is left to the other readers: where its name ends is a guess; a "name" with a date word is
a lead ("By Christmas Day, NATO Secretary General ... said").

**The place** after a comma (", Los Angeles", ", Campeche, Mexico", ", in Tunis", ", northern Jordan", ", Zaatari
refugee camp, Jordan") runs over capitalised words until the text after it opens: at a sentence opener ("The",
"A", a pronoun), at a capitalised word the page writes in lower case elsewhere ("Refugees say", "Campaigners
say"), or at a name of one or two words right before its verb ("... Los Angeles | Michael Jackson died ...",
"..., Texas | David Shukman looks ..."), unless the page prints the two capitalised words together elsewhere ("Los
Angeles" is one place, so "Los Angeles | Jackson was ..." is not cut after "Los"). A comma ends a place and
another may follow.

Whatever stood before "By" without a stop (a headline or a caption) is set apart too; the title reader and the
furniture filter judge it, the byline reader names the author (``header.byline_author``), and the furniture filter
drops the byline line. Regular expressions and word sets, no parse (ingest runs before spaCy).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsbrief.ingest.glued_sentences import finite_verb
from newsbrief.lexicon import MONTH_ALTERNATION, WEEKDAY_ALTERNATION

__all__ = ["byline_apart", "fielded_byline"]

# The text after the byline is a sentence of this many words at least (glued_heads.LEAD_MIN_WORDS).
LEAD_MIN_WORDS = 12
# A headline or caption before "By" holds at most this many words (the Timeline17 pages read: 4-12).
HEAD_MAX_WORDS = 25
# A place holds at most this many words between commas, and a byline at most this many places.
PLACE_MAX_WORDS = 3
MAX_PLACES = 3
# The byline and this many characters after it are left out of the page its places are checked against.
PLACE_CHARS = 60

_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,2}"
_TITLE_WORD = r"(?i:correspondent|reporter|editor|producer|writer|analyst|columnist|contributor|presenter|anchor)"
_OUTLET = r"[A-Z]{2,6}"
# A desk: "BBC News"; "[BBC] <up to four words> correspondent[, BBC News]"; after a comma, the same.
# The role's words are capitalised, but two before the title word ("Middle East analyst", "NI business reporter",
# "senior international correspondent") that are no function word, verb of saying or past: a lead's words ("Police
# arrested a reporter") never read as a desk.
_QUALIFIER = r"(?!(?:a|an|the|of|to|in|on|and|or|was|were|is|are|has|had|said|says|told)\b)(?![a-z]+ed\b)[a-z]+ "
_DESK = (rf"(?:{_OUTLET}(?: World)? News|(?:{_OUTLET} )?(?:[A-Z][A-Za-z]* (?:and )?){{0,4}}(?:{_QUALIFIER}){{0,2}}"
         rf"{_TITLE_WORD}"
         rf"(?:,? {_OUTLET}(?: World)? News)?)")
# After a comma, the outlet alone or a contributor's line: "By Jo Roe, CNN", "By Jo Roe, Special to CNN"; not an
# outlet's programme ("By Jo Roe, BBC World News ...", read as a desk above).
_COMMA_DESK = rf"(?:(?:Special to )?{_OUTLET}(?: {_OUTLET}){{0,3}}(?:'s)?(?! (?:World )?News))"
_BYLINE = re.compile(rf"(?:^|(?<=\s))By (?P<names>{_NAME}(?: and {_NAME})?)(?:,? (?P<desk>{_DESK})|, {_COMMA_DESK})"
                     r"(?=[ ,])")
_WORD = re.compile(r"\S+")
_DATE_WORDS = re.compile(
    rf"\b(?:{MONTH_ALTERNATION}|(?i:{WEEKDAY_ALTERNATION})|Day|Night|Eve|Morning|Christmas|Easter)\b")
# A past or a present in the third person after a name ("Jackson died", "David Shukman looks").
_TENSED = re.compile(r"[a-z]{2,}(?:ed|s)")
_STOP = re.compile(r"[.!]\s")
# Words that open a sentence and are not read capitalised inside a place.
_OPENERS = frozenset(
    "The A An This These Those It He She They We His Her Its Their Our There As After When While Since Despite "
    "Although Though In On At For But And If".split())
# Lower-case words a place may open with or hold ("northern Jordan", "Zaatari refugee camp").
_PLACE_WORDS = frozenset(
    "in northern southern eastern western central north south east west near outside refugee camp border annual "
    "conference".split())


def _name_and_verb(words: list[str], at: int) -> bool:
    """Whether a name of one or two capitalised words at ``words[at]`` stands right before its verb ("Jackson was",
    "David Shukman looks")."""
    for size in (1, 2):
        if at + size >= len(words) or not all(w[:1].isupper() for w in words[at:at + size]):
            return False
        verb = words[at + size].strip(",")
        if finite_verb(verb) or (_TENSED.fullmatch(verb) and not verb.endswith("ss")):
            return True
    return False


def _opens_text(words: list[str], at: int, page: str) -> bool:
    """Whether the text after the byline opens at ``words[at]`` (see the module docstring)."""
    word = words[at]
    bare = word.strip("\"'“”‘’(")
    if bare in _OPENERS or not bare[:1].isupper() or word[:1] in "\"“‘'":
        return True
    if at > 0 and f"{words[at - 1].rstrip(',')} {bare}" in page:
        return False  # the page prints the two words together elsewhere: one place ("Los Angeles", "Gaza City")
    if re.search(rf"(?<![\w'’-]){re.escape(bare.lower())}(?![\w'’-])", page):
        return True  # a common word capitalised at a sentence's start ("Refugees say ...")
    return _name_and_verb(words, at)


def _place_end(words: list[str], page: str) -> int:
    """How many of ``words`` (the words after a desk and its comma) the byline's places take."""
    at = 0
    for _ in range(MAX_PLACES):
        start = at
        while at < len(words) and at - start < PLACE_MAX_WORDS:
            word = words[at]
            if at > start and _opens_text(words, at, page) and word.lower() not in _PLACE_WORDS:
                break
            if not word[:1].isupper() and word.rstrip(",").lower() not in _PLACE_WORDS:
                break
            at += 1
            if word.endswith(","):
                break
        if at == start or not words[at - 1].endswith(","):
            return at
    return at


def byline_apart(paragraph: str, page: str) -> list[str]:
    """``paragraph`` as [head?, byline, text] when a byline with its desk is glued to the text after it (see the
    module docstring), else as [paragraph]. ``page`` is the whole page's text, whose words tell a place from the
    text's first words."""
    match = _BYLINE.search(paragraph, 0, 400)
    if match is None or _DATE_WORDS.search(match.group("names")):
        return [paragraph]
    head = paragraph[:match.start()].strip()
    if len(head.split()) > HEAD_MAX_WORDS or _STOP.search(head + " "):
        return [paragraph]  # "By" inside the text: "... was hit By ..." has no desk after it, a stop ends a lead
    end = match.end()
    rest = paragraph[end:]
    if rest.startswith(","):
        words = [w.group() for w in _WORD.finditer(rest[1:])]
        # the page without this paragraph's byline: a place said only here proves nothing
        taken = _place_end(words, page.replace(paragraph[match.start():end + PLACE_CHARS], " "))
        skipped = list(_WORD.finditer(rest[1:]))
        end += 1 + (skipped[taken - 1].end() if taken else 0)
    text = paragraph[end:].strip()
    if len(text.split()) < LEAD_MIN_WORDS or not re.match(r"[\"“‘'A-Z]", text):
        return [paragraph]
    byline = paragraph[match.start():end].strip().rstrip(",")
    return [p for p in (head, byline, text) if p]


# A wire page's byline in fields: "By: Press Trust of India | New Delhi | Posted: January 8, 2015 2:10 pm" (Audit 53
# #10: read as a related link, so the article lost its date and "on Thursday" resolved to nothing). "By" (a colon
# allowed) opens the first field, the last is a timestamp perhaps labelled, and the fields between are short.
_FIELD_BY = re.compile(r"by:?\s+[A-Z]", re.I)
_STAMP_LABEL = re.compile(r"(?:last )?(?:posted|published|updated)(?: on| at)?:?\s*", re.I)
FIELD_MAX_WORDS = 6


def fielded_byline(text: str, is_stamp: Callable[[str], bool]) -> bool:
    """Whether ``text`` is a byline in "|"-separated fields that ends on its timestamp (``is_stamp`` reads one)."""
    fields = [field.strip() for field in text.split("|")]
    return len(fields) >= 2 and bool(_FIELD_BY.match(fields[0])) \
        and all(0 < len(field.split()) <= FIELD_MAX_WORDS for field in fields[:-1]) \
        and is_stamp(_STAMP_LABEL.sub("", fields[-1], count=1))
