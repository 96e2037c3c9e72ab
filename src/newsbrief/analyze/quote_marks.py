"""Quotation marks in a sentence and across a paragraph: is a sentence a quote with no speaker, does it start
inside a quotation an earlier sentence opened, does it leave one open?

Split out of :mod:`newsbrief.analyze.openings` (which re-exports its names) to keep both modules short.
Plain patterns over the text: straight, curly and single marks, each told apart from apostrophes by where
they stand.
"""

from __future__ import annotations

import re

from newsbrief.analyze.doc_index import paragraph_opening
from newsbrief.models import Document, Sentence

# A speech verb or "according to": what tells the reader whose words a quote is.
SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|noted|notes|argued|argues|"
    r"warned|warns|insisted|insists|explained|explains|stated|announced|concluded|recalled|replied|"
    r"responded|commented|acknowledged|admitted|claimed|suggested|declared|predicted|cautioned|"
    r"urged|tweeted|according to)\b",
    re.I,
)
_STRAIGHT_OPENING = re.compile(r'(?:^|(?<=[\s(:—–-]))"(?=\w)')
_STRAIGHT_CLOSING = re.compile(r'(?<=\S)"(?=[\s,.;:!?)]|$)')
# Single quotation marks, as British papers write quotes ('He was charming,' she said). An apostrophe
# is told apart by where it stands: an opening mark comes before a capital at the start of a word
# ("'90s", "'tis" and "'ino" are not quotes); a closing one surely closes after a stop or a comma
# (tokenized copy puts a space before it: "necessary. '"), and may after any word ("the players'
# union", "Magistrates' Court"). A scan for an open quotation takes every mark that may close as
# closing: a quote missed leaves a sentence as it was before single marks were read, while one
# imagined would hide a reporter's sentence. Only a mark that surely closes tells that a sentence
# starts inside a quotation.
_SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(:—–-]))['‘](?=[A-Z])")
_SINGLE_CLOSES = re.compile(r"[.,!?]\s?['’](?=[\s)]|$)")
_SINGLE_MAY_CLOSE = re.compile(rf"{_SINGLE_CLOSES.pattern}|\w\s?['’](?=[\s.,;:!?)]|$)")
_CURLY_OPENING = re.compile("“")
_CURLY_CLOSING = re.compile("”")
_KINDS = ((_CURLY_OPENING, _CURLY_CLOSING, _CURLY_CLOSING), (_STRAIGHT_OPENING, _STRAIGHT_CLOSING, _STRAIGHT_CLOSING),
          (_SINGLE_OPENING, _SINGLE_CLOSES, _SINGLE_MAY_CLOSE))


def unattributed_quote(text: str) -> bool:
    """A sentence that is a quote with no speaker in it ('"But everybody wants a home."', "'I lost everything.'")."""
    return bool(text[:1] in "\"“" or _SINGLE_OPENING.match(text)) and not SPEECH.search(text)


def _last_mark_opens(text: str, opening: re.Pattern[str], closing: re.Pattern[str]) -> bool:
    mark = _ONE_CHAR_MARKS.get((opening, closing))
    if mark is not None:
        return _last_char_mark_opens(text, mark, opening, closing)
    if opening is _SINGLE_OPENING and closing in _SINGLE_CLOSINGS and not any(m in text for m in _SINGLE_MARKS):
        return False  # every single-mark pattern's match holds one of them: no mark, no match
    # The last match of each, the opening winning a tie (as max() over openings then closings kept it).
    last_opening = last_closing = -1
    for m in opening.finditer(text):
        last_opening = m.start()
    for m in closing.finditer(text):
        last_closing = m.start()
    return last_opening >= 0 and last_opening >= last_closing


# The marks the single-mark patterns match (the opening and either closing pattern), checked before a scan
# of the text; the general path was a tenth of the closing rules' time (a profile of 40 CNN/DM briefs,
# session 20).
_SINGLE_MARKS = "'‘’"
_SINGLE_CLOSINGS = (_SINGLE_CLOSES, _SINGLE_MAY_CLOSE)
# Pairs whose every match is one mark character: the last mark is found from the end of the text instead
# of by matching the whole of it, which made inside_open_quote quadratic in a one-paragraph article (the
# text before each sentence is read again; a profile of 60 CNN/DM briefs, session 16).
_ONE_CHAR_MARKS = {(_STRAIGHT_OPENING, _STRAIGHT_CLOSING): '"', (_CURLY_OPENING, _CURLY_CLOSING): "“”"}


def _last_char_mark_opens(text: str, marks: str, opening: re.Pattern[str], closing: re.Pattern[str]) -> bool:
    """``_last_mark_opens`` for patterns that match one of ``marks``, read from the end (same answer)."""
    position = max(text.rfind(mark) for mark in marks)
    while position >= 0:
        if opening.match(text, position):
            return True  # an opening and a closing match at one place: the opening counts, as max() kept it
        if closing.match(text, position):
            return False
        position = max(text.rfind(mark, 0, position) for mark in marks)
    return False


def _first_mark_closes(text: str, opening: re.Pattern[str], closing: re.Pattern[str]) -> bool:
    closes, opens = closing.search(text), opening.search(text)
    return closes is not None and (opens is None or closes.start() < opens.start())


def opens_inside_quote(text: str) -> bool:
    """True when the sentence's first quotation mark surely closes a quotation: it starts inside one
    that an earlier sentence opened ('I do know Brian," Rather said.', "... I was raped.'")."""
    return any(_first_mark_closes(text, opening, closes) for opening, closes, _may in _KINDS)


def opens_quote(text: str) -> bool:
    """True when the sentence's last quotation mark opens a quotation it leaves open."""
    return any(_last_mark_opens(text, opening, may_close) for opening, _closes, may_close in _KINDS)


def has_quote_mark(text: str) -> bool:
    """True when the sentence holds a quotation mark (an apostrophe that may close one counts)."""
    return any(p.search(text) for opening, _closes, may_close in _KINDS for p in (opening, may_close))


# Single marks are read over at most this many sentences back: apostrophes ("'Niners") and nested
# quotations make a scan of a whole paragraph (a tokenized article is one) find quotes that are not there.
SINGLE_QUOTE_REACH = 3


def inside_open_quote(doc: Document, sentence: Sentence) -> bool:
    """True when a quotation opened earlier in the paragraph is still open where the sentence starts
    ('he added: "I don't think we can heal ... | Who inflicted the wound and why.')."""
    first = paragraph_opening(doc, sentence)  # an index lookup, not a scan of the document
    before = doc.article.text[first.start : sentence.start]
    curly = before.count("“") - before.count("”")
    if curly > 0 or before.count('"') % 2 == 1:
        return True
    # A quote whose closing mark the page left out reopens with a new mark ('said: "These findings
    # ... hygiene. "There is no evidence ...'): the marks pair up, yet the last one opened a quote
    # (reader Audit 6: the tail "We continue to take the situation very seriously" closed a brief
    # with no speaker).
    if _last_mark_opens(before, _STRAIGHT_OPENING, _STRAIGHT_CLOSING):
        return True
    if _first_mark_closes(sentence.text, _SINGLE_OPENING, _SINGLE_CLOSES):
        return True  # "... I was raped.'": the end of a quotation opened before
    start = max(first.index, sentence.index - SINGLE_QUOTE_REACH)
    for earlier in range(sentence.index - 1, start - 1, -1):
        text = doc.sentences[earlier].text
        if _last_mark_opens(text, _SINGLE_OPENING, _SINGLE_MAY_CLOSE):
            return _single_quote_closes(doc, doc.sentences[earlier])
        if _SINGLE_MAY_CLOSE.search(text):
            return False
    return False


def _single_quote_closes(doc: Document, sentence: Sentence) -> bool:
    """True when a single mark the sentence opens is surely closed in the sentences after it (at most
    SINGLE_QUOTE_REACH): "'Ino was a casual joint" opens with a name, not a quotation. A quotation runs
    on into the next paragraph only when that one opens with a mark too, as British papers write it."""
    for index in range(sentence.index, min(sentence.index + SINGLE_QUOTE_REACH + 1, len(doc.sentences))):
        current = doc.sentences[index]
        text = current.text
        if index > sentence.index and current.paragraph != doc.sentences[index - 1].paragraph:
            if not _SINGLE_OPENING.match(text):
                return False
            text = text[1:]
        if _SINGLE_CLOSES.search(text[1:] if index == sentence.index else text):
            return True
    return False


def quote_continuation(doc: Document, sentence: Sentence) -> bool:
    """A sentence of someone's quotation that does not name its speaker: it opens with a quotation
    mark, or a quotation opened before it in the paragraph runs on into it."""
    text = sentence.text.strip()
    if unattributed_quote(text):
        return text[:1] in "\"“" or _single_quote_closes(doc, sentence)
    if not inside_open_quote(doc, sentence):
        return False
    return not SPEECH.search(_after_first_closing(text))


def _after_first_closing(text: str) -> str:
    """The words after the quotation the sentence starts inside, when it surely closes there: the speech
    verb of "... the drivers license said female and I was raped.'" is the speaker's own word."""
    ends = [m.end() for opening, closes, _may in _KINDS if _first_mark_closes(text, opening, closes)
            for m in (closes.search(text),) if m is not None]
    return text[min(ends):] if ends else text
