"""A news site's related-coverage box flattened into the article's text, one card a line.

A flattened page prints each card of the box as one line: the other story's photo caption (a sentence or two), then
that story's headline in Title Case glued to the caption's stop with no space, then its stamp date, often glued to
the headline as well::

    A resident fills a jug at a tap.Water Board Faces Questions Over Lead TestsAUG. 24, 2014

Read as text, the cards gave a brief (Audit 31's worst, B1374) its whole timeline (the stamp dates), a quote and a
speaker (the other story's caption) and an actor. The whole line goes: the caption belongs to the other story's
photo, not to this one.

Two marks, both read off the line's form, never its words:

* the join: a sentence stop after a lower-case word, straight on (no space) to a run of at least
  ``HEADLINE_MIN_WORDS`` capitalised words ("bag.Britain Appeals to Anti-Extremist Imams");
* the stamp: a date at the very end of the line with no stop after it ("AUG. 24, 2014", "Nov 17, 2014",
  "17 November 2014", "2014-11-17"), glued to the word before it, or spaced after a glued Title Case headline.

A line that ends like a sentence is never a card (a card ends on its headline or its date). One line alone must
carry both marks, with the headline between them; in a run of two or more lines each carrying either mark the whole
run goes. A paragraph ending in a date keeps its stop ("The hearing is set for Nov. 17, 2014."), a typo after an
abbreviation ("the U.S.Army Corps") has no lower-case word before its stop, and a lone glued typo has no stamp.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

# A glued headline has at least this many capitalised words before its first lower-case word other than a short
# function word: B1374's five headlines had 4-8; a typo join in prose ("said.The board") rarely has three in a row,
# and a lone typo line also needs the stamp.
HEADLINE_MIN_WORDS = 3
# A run of this many adjacent lines each carrying one mark is a box of cards (B1374's box had five).
RUN_MIN_LINES = 2

_MONTH = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# The stamp at the very end of the line, in the forms news sites print; a capital opens a month name, so the
# 'mar' of a glued "Omar 3, 2014" is no stamp.
_STAMP_END = re.compile(
    rf"(?:(?=[A-Z]){_MONTH}\.?\s?\d{{1,2}},\s?\d{{4}}|\d{{1,2}}\s(?=[A-Z]){_MONTH}\.?\s\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})\s*$")
# A stop after two lower-case letters or digits (not after an initial: "U.S.Army", "p.m.The"), or a stop and a
# closing quotation mark, straight on to a capital.
_JOIN = re.compile(r"(?:(?<=[a-z\d]{2}[.!?])|(?<=[a-z\d][.!?][”\"’']))(?=[A-Z])")
# A card ends on its headline or date; a paragraph ends on its stop (perhaps inside a quotation or bracket).
_SENTENCE_END = re.compile(r"[.!][”\"’')\]]*\s*$")
_WORD = re.compile(r"[^\W_][\w'’&.-]*")
# Short words a Title Case headline leaves in lower case.
_MINOR = frozenset("a an and as at but by for from in into is it of on or the to vs via with after over".split())
# Words and characters read after a join for its headline: B1374's headlines reached three capitalised words within
# their first six words and 40 characters. The bounds keep a line of thousands of joins ("Ab 11.Ab 11.Ab ...", or
# "ab.Cdab.Cd..." read as one word) from being read to its end from every join (session 19 review: 2.8 s at 49,000
# characters).
_TITLE_WINDOW = 24
_TITLE_CHARS = 240


def _title_run(text: str, pos: int = 0) -> int:
    """How many capitalised words open ``text`` at ``pos`` before its first lower-case word that is not a function
    word, counted up to HEADLINE_MIN_WORDS within the first _TITLE_WINDOW words and _TITLE_CHARS characters."""
    count = 0
    for match in islice(_WORD.finditer(text, pos, pos + _TITLE_CHARS), _TITLE_WINDOW):
        word = match.group()
        if word[0].isupper() or word[0].isdigit():
            count += word[0].isupper()
            if count >= HEADLINE_MIN_WORDS:
                break
        elif word.lower() not in _MINOR:
            break
    return count


def _title_tail(text: str) -> int:
    """How many capitalised words close ``text`` after its last lower-case word that is not a function word."""
    count = 0
    for word in reversed(_WORD.findall(text)):
        if word[0].isupper() or word[0].isdigit():
            count += word[0].isupper()
        elif word.lower() not in _MINOR:
            break
    return count


def _marks(line: str) -> tuple[bool, bool]:
    """Whether ``line`` carries a glued headline and whether it ends on a stamp after a headline."""
    text = line.strip()
    if not text or _SENTENCE_END.search(text):
        return False, False
    stamp = _STAMP_END.search(text)
    body = text[:stamp.start()] if stamp else text
    joins = [m.start() for m in _JOIN.finditer(body) if _title_run(body, m.start()) >= HEADLINE_MIN_WORDS]
    if not stamp:
        return bool(joins), False
    headline = body[joins[-1]:] if joins else body
    glued = bool(body) and body[-1].isalpha()  # "... Execution VideoNOV. 17, 2014"
    # A spaced stamp after Title Case is also a schedule's line ("Madison Square Garden, New York Nov 17, 2014"):
    # it marks a card only after a glued headline.
    dated = glued or (bool(joins) and _title_tail(headline) >= HEADLINE_MIN_WORDS)
    return bool(joins), dated


def related_card_lines(lines: Sequence[str]) -> set[int]:
    """Indexes of the lines of ``lines`` (adjacent lines or paragraphs) that are cards of a related-coverage box."""
    marks = [_marks(line) for line in lines]
    found = {i for i, (joined, dated) in enumerate(marks) if joined and dated}
    run: list[int] = []
    for i, (joined, dated) in enumerate([*marks, (False, False)]):
        if joined or dated:
            run.append(i)
            continue
        if len(run) >= RUN_MIN_LINES:
            found.update(run)
        run = []
    return found


def without_related_cards(lines: Sequence[str]) -> list[str]:
    """``lines`` without the cards of a related-coverage box (see the module's note), in order."""
    cards = related_card_lines(lines)
    if not cards:
        return list(lines)
    return [line for i, line in enumerate(lines) if i not in cards]


__all__ = ["related_card_lines", "without_related_cards"]
