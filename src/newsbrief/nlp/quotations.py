"""Quotation spans in an article's text: which marks open and close a quotation, and the
news convention of a quotation run over several paragraphs with the first left unclosed.

Split from :mod:`newsbrief.nlp.speech` (the attribution stage's shared pieces) so each module
stays readable; plain string scanning, since quotation marks are typography, not syntax.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

_QUOTE_MARK = re.compile(r"[\"“”]")
MAX_QUOTE_CHARS = 2000
# A double prime (″) some pages set for a closing mark ('confirmed it "has stopped production of the X2″,
# hours after ...'): without it the quotation ran on into the reporter's text (Newsroom check, session 10).
# It is also the inch sign ('a 6.2″ screen'), so it closes only a quotation already open, and only where a
# closing mark stands: after the quotation's own punctuation or before punctuation or a line's end.
_PRIME_MARKS = re.compile(r"[\"“”″〞]")


def _prime_closes(text: str, i: int) -> bool:
    """Whether the double prime at ``i``, inside an open quotation, closes it (see _PRIME_MARKS)."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else "\n"
    return before in ",.!?" or after in ",.;:!?)\n"


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted span, quotation marks included (a fresh list; see :func:`_quote_spans`)."""
    return list(_quote_spans(text))


# A brief asks for one text's spans over and over: the article's from 16 rules (the speech index, the voices, the
# positions, the conclusion, the genre's writer sentences ...), a sentence's from several: 965 scans for 40 CNN/DM
# articles, 2.4 % of a brief's analysis CPU (session 36's profile). Remembered by text, which is all they depend on;
# a few hundred texts cover the article and its sentences while it is briefed.
@lru_cache(maxsize=512)
def _quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each quoted span, quotation marks included.

    Pages mix straight and curly marks ('"And I asked ...?” said Hill'), so each
    mark is read as opening or closing from what surrounds it, not from its shape
    alone. A quote never runs over a line break or past MAX_QUOTE_CHARS; an opening
    mark while a quote is open starts again there (an unclosed quote before it), except
    a curly one inside a straight-marked quote that its own curly mark closes: that is a
    quotation quoted ('"A post claimed that “the bridge is shut.” That is false," she
    said'), and both spans are kept, the inner inside the outer (Audit 8: the hoax's words
    given to the official who quoted them). Quotations in single marks are found too,
    outside the double-quoted ones (:func:`_single_spans`).
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    outer: int | None = None  # a straight-marked quote open around a curly-marked one
    # Two apostrophes written for a double mark (''I had to step back'', as some wire copy does) are
    # read as one: the same length, so every offset stays the same.
    text = text.replace("''", "\"\u200b") if "''" in text else text
    for m in _PRIME_MARKS.finditer(text):
        i, mark = m.start(), m.group()
        if mark in "″〞" and (open_at is None or not _prime_closes(text, i)):
            continue  # an inch sign, or a prime that stands where no quotation closes
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opening = mark == "“" or (mark == '"' and (before.isspace() or before in "([{—–-/:") and not after.isspace())
        if open_at is not None and "\n" in text[open_at:i]:
            open_at = outer = None
        if open_at is None:
            if opening:
                open_at = i
        elif opening and mark == "“":
            outer = open_at if text[open_at] == '"' and outer is None else None
            open_at = i
        else:
            if i - open_at - 1 >= 2 and i - open_at <= MAX_QUOTE_CHARS:
                spans.append((open_at, i + 1 + (text[i + 1 : i + 2] == "\u200b")))
            # the quoted quotation closed by its own mark: the quote around it goes on
            open_at, outer = (outer, None) if outer is not None and mark == "”" else (None, None)
    return tuple(sorted(spans + _single_spans(text, spans)))


_SINGLE_MARK = re.compile(r"['‘’]")
_OPENS_AFTER = "([{—–-/:\"“"
_APART = re.compile(r"\s['‘’]\s|[.,!?]['‘’][A-Za-z]")
_APART_MAX = 2
_SCARE_WORDS = 6  # 'leave her', 'Korean peninsula': a short quoted phrase may close without punctuation


def _single_spans(text: str, double: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of quotations in single marks ('I was never a man,' she says), the British
    tabloid style, outside the double-quoted spans.

    A single mark is also an apostrophe ("didn't", "Phelps' girlfriend", "the swimmer's"), so a mark
    opens only before a letter and after a space or an opening bracket, and closes only after the
    quotation's own punctuation ('...,' or '...?'), before punctuation ('... blah'.), or after a short
    phrase of a few words ('leave her'); a mark between two letters is never either.
    """
    if len(_APART.findall(text)) >= _APART_MAX:
        # Marks standing apart from words ("the coach, ' Merson said", "Wales ' win") or glued to the
        # next ("scared. 'Kuhar said"): copy rebuilt from tokens, where a quotation cannot be told
        # from an apostrophe; none is guessed (on the CNN/DM
        # articles, guessing moved the key points' ROUGE-1 from 42.09 to 41.90).
        return []
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    inside = iter(sorted(double))
    current = next(inside, None)
    for m in _SINGLE_MARK.finditer(text):
        i, mark = m.start(), m.group()
        while current is not None and current[1] <= i:
            current = next(inside, None)
        if current is not None and current[0] <= i:
            continue  # a single mark inside a double-quoted span is the speaker's own
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if _SINGLE_MARK.match(before) or _SINGLE_MARK.match(after):
            continue  # two marks written for a double one ("''I had to step back''") are not single
        if open_at is not None and "\n" in text[open_at:i]:
            open_at = None
        if open_at is None:
            if mark != "’" and (before.isspace() or before in _OPENS_AFTER) and after.isalpha():
                open_at = i
            continue
        if before.isspace() or (before.isalpha() and after.isalpha()):
            continue
        inner = text[open_at + 1 : i]
        short = len(inner.split()) <= _SCARE_WORDS and not re.search(r"[.!?]", inner) and before != "s"
        closes = before in ".,!?" or after in ",.;:!?)—–" or (after.isspace() and short) or i + 1 == len(text)
        if closes:
            if len(inner) >= 2 and not _cross_head(text, open_at, i + 1):
                spans.append((open_at, i + 1))
            open_at = None
    return spans


def _cross_head(text: str, start: int, end: int) -> bool:
    """A paragraph that is only a short title-case phrase in single marks ("'All Bets Are Off.'"): a
    cross-head in the style of some papers, not anyone's words."""
    alone = (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end : end + 1] == "\n")
    words = re.findall(r"[A-Za-z][\w'’-]*", text[start + 1 : end - 1])
    return alone and 0 < len(words) <= 8 and sum(w[0].isupper() for w in words) >= len(words) - 1


def _paragraphs(text: str) -> list[tuple[int, int]]:
    position = 0
    paragraphs: list[tuple[int, int]] = []
    for part in text.split("\n\n"):
        paragraphs.append((position, position + len(part)))
        position += len(part) + 2
    return paragraphs


def _opens_at(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return text[i] == "“" or (text[i] == '"' and (before.isspace() or before in "([{—–-/:") and not after.isspace())


def open_quotes(text: str, spans: Sequence[tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """Paragraph start -> (opening mark, paragraph end) of a quotation the paragraph leaves open for
    the next one to carry on: the news convention for a quotation over several paragraphs ('He
    continued: "A ...' then a paragraph opening '"B ..."'). Only when the next paragraph opens with a mark."""
    found: dict[int, tuple[int, int]] = {}
    paragraphs = _paragraphs(text)
    for (start, end), (next_start, _next_end) in itertools.pairwise(paragraphs):
        if text[next_start : next_start + 1] not in "\"“":
            continue
        marks = [m.start() for m in _QUOTE_MARK.finditer(text, start, end)
                 if not any(s <= m.start() < e for s, e in spans)]
        if marks and _opens_at(text, marks[-1]) and end - marks[-1] > 3:
            found[start] = (marks[-1], end)
    return found


def _join_paragraph_quotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A quotation that runs over paragraphs ('"A ...' or 'He continued: "A ...' then a paragraph
    opening '"B ..."'): the news convention leaves the first paragraph's quote unclosed. Such a
    run is one quotation."""
    joined = list(spans)
    unclosed = open_quotes(text, spans)
    run_start: int | None = None
    for (start, _end), (next_start, _next_end) in itertools.pairwise(_paragraphs(text)):
        if run_start is None and start in unclosed:
            run_start = unclosed[start][0]
        if run_start is not None and text[next_start : next_start + 1] in "\"“":
            continuation = next((e for s, e in spans if s == next_start), None)
            if continuation is not None:
                joined.append((run_start, continuation))
                run_start = None
            continue
        run_start = None
    return sorted(set(joined))


# '"Sell it? Never," Oscar interrupts.': a name and a speech verb right after a quotation, which
# the parser may read as a plural noun ("interrupts") or as a compound of the name; on the same
# line (a name opening the next paragraph begins a sentence of its own). The name may follow a
# descriptor ('"...," Nobel laureate and opposition figure Omar Haddad tweets': Audit 38 #7, where
# the parser read "tweets" as a noun and the quote went to the speaker of the entry before); the
# descriptor holds no preposition, pronoun or verb of speech ("a spokesman for Acme said" is not Acme).
_DESCRIPTOR_WORD = r"(?!(?:for|of|at|from|with|to|by|in|on|about|he|she|they|it|we|said|says|told|as)\b)[\w'’-]+ +"
_AFTER_QUOTE = re.compile(rf"^[, ]*(?:{_DESCRIPTOR_WORD}){{0,8}}?((?:[A-Z][\w.'’-]+ +){{1,3}})"
                          r"(?:interrupt(?:s|ed)|continue[sd]|repl(?:ies|ied)|"
                          r"says|said|adds|added|asks|asked|recalls|recalled|tweets|tweeted|writes|wrote)\b")


def name_after(text: str, end: int) -> tuple[int, int] | None:
    """Character span of the capitalised name that a speech verb follows right after the quotation
    ending at ``end`` ('"...," Oscar interrupts'), or None. The caller checks it is a proper noun."""
    match = _AFTER_QUOTE.match(text[end : end + 80])
    if match is None:
        return None
    lead = len(match.group(0)) - len(match.group(0).lstrip(", "))
    if match.start(1) > lead and text[end - 2 : end - 1] != ",":
        return None  # a descriptor only after a quotation cut by a comma: '"... want." Minister Eva Lund said' is new
    return end + match.start(1), end + match.start(1) + len(match.group(1).rstrip())
