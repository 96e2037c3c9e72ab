"""Sentence bounds: the parser's sentences, with its wrong splits joined.

spaCy's small English parser ends sentences at stops that do not end them: after a title written
before a name ("Cpl. | Nathan"), a product or place abbreviation ("the ID. | Buzz", "L.A. | and"), a
match-up's "Vs.", a clock time's "p.m." before its time zone, and before a piece with no stop of its
own. These rules work on the parsed document's tokens (passed in; :mod:`newsbrief.nlp.annotate` stays
the only module that imports spaCy) and return token bounds; split from annotate.py to keep both
modules within their size.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from newsbrief.nlp.date_chronology import split_chronologies

__all__ = ["FRAGMENT_WORDS", "TITLE_ABBREVIATIONS", "sentence_bounds"]

# Titles written before a name that spaCy's English tokenizer exceptions lack (it has "Dr.",
# "Gen.", "Sen.", "Gov.", "Adm.", "St.", "Mt.", "Jr."): without the exception "Cpl." is two
# tokens and the parser ends the sentence at its stop, so "the slaying of Cpl. | Nathan Cirillo"
# lost the name everywhere (reader Audit 7). Military, police, church and civic ranks.
TITLE_ABBREVIATIONS = (
    "Cpl.", "Sgt.", "Lt.", "Col.", "Capt.", "Cpt.", "Maj.", "Pte.", "Pvt.", "Spc.", "Cmdr.", "Cdr.", "Brig.",
    "Lieut.", "Insp.", "Supt.", "Det.", "Const.", "Cst.", "Fr.", "Msgr.", "Hon.", "Amb.", "Atty.", "Cllr.",
    "Ald.", "Sr.", "Ft.",
)
# Abbreviations that stand before a capitalised name (titles, and "St. Louis", "Mt. Hood",
# "Ft. Worth"); "Jr." and "Sr." follow a name and end sentences, so they are not here.
_BEFORE_NAME = frozenset(a.rstrip(".") for a in TITLE_ABBREVIATIONS if a not in ("Sr.",)) | frozenset(
    ("Dr", "Mr", "Mrs", "Ms", "Prof", "Rev", "Gen", "Sen", "Rep", "Gov", "Adm", "Pres", "St", "Mt"))


_TERMINAL = frozenset(".!?:;\"'”’…")
FRAGMENT_WORDS = 3  # the parser's wrong splits seen in the dev sets: "Leah | Still, 5, was ...", "(CNN) | ..."


def sentence_bounds(doc: Any) -> list[tuple[int, int]]:
    """Token bounds of the parser's sentences, with short unpunctuated fragments joined to what follows.

    A piece of at most FRAGMENT_WORDS words that does not end a sentence
    ("Leah" before "Still, 5, was diagnosed ...") is a wrong split inside one
    paragraph, not a sentence of its own; a piece with no word at all (a lone
    closing quotation mark) belongs to the sentence before it.
    """
    bounds: list[tuple[int, int]] = []
    carry: int | None = None
    for sent in doc.sents:
        start = sent.start if carry is None else carry
        carry = None
        words = [t for t in sent if not t.is_punct and not t.is_space]
        text = sent.text.rstrip()
        if not words and bounds and start == sent.start:
            bounds[-1] = (bounds[-1][0], sent.end)  # a lone closing quote or bracket ends the sentence before
            continue
        if len(words) <= FRAGMENT_WORDS and text[-1:] not in _TERMINAL and sent.end < len(doc):
            carry = start
            continue
        bounds.append((start, sent.end))
    if carry is not None:
        bounds.append((carry, len(doc)))
    # spaCy joins every token's text anew at each read of ``doc.text``: read once here and passed on (it was read three
    # times; each read costs about 0.2 ms for a CNN/DM article, session 36)
    doc_text = doc.text
    joined = _join_title_splits(doc, _join_acronym_splits(doc, bounds))
    joined = _join_exclaimed(doc, doc_text, _join_quoted_splits(doc, doc_text, _join_unfinished(doc, joined)))
    if "\n" not in doc_text.strip():
        return split_chronologies(doc, joined)
    return split_chronologies(doc, _split_at_lines(doc, joined))


LINE_MIN_WORDS = 5  # as ingest/glued_runs.LINE_MIN_WORDS: a highlight line is a clause of five words or more


def _split_at_lines(doc: Any, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each sentence cut at a line break inside it that follows a line of LINE_MIN_WORDS words or more and
    comes before a capitalised one as long: the text reader keeps a line break inside a paragraph only between
    highlight lines with no stop (ingest/glued_runs.py), and the parser ran such lines together (session
    21: two sidebar highlights as one sentence, reader Audit 33 #1)."""
    out: list[tuple[int, int]] = []
    for start, end in bounds:
        piece_start = start
        for tok in doc[start:end]:
            if not (tok.is_space and "\n" in tok.text) or tok.i + 1 >= end:
                continue
            before = sum(1 for t in doc[piece_start:tok.i] if t.is_alpha)
            after = doc[tok.i + 1 : end]
            words = [t for t in after if t.is_alpha]
            if before >= LINE_MIN_WORDS and len(words) >= LINE_MIN_WORDS and after[0].text[:1].isupper():
                out.append((piece_start, tok.i))
                piece_start = tok.i + 1
        out.append((piece_start, end))
    return out


def _ends_with_title(doc: Any, start: int, end: int) -> str | None:
    """The abbreviation a piece ends with ("Cpl." or "Cpl" "."), without its stop, or None."""
    last = [t for t in doc[start:end] if not t.is_space]
    if len(last) >= 2 and last[-1].text == "." and not last[-2].whitespace_:
        return str(last[-2].text)
    return str(last[-1].text[:-1]) if last and last[-1].text.endswith(".") else None


# Time zones written after a clock time: "12:02 p.m. | CT on Saturday" is one sentence (the parser
# split it, and reader Audit 17 found "CT" then filed as a speaker of the remaining fragment).
_TIME_ZONES = frozenset("ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST HST GMT BST UTC CET CEST EET EEST WET "
                        "AEST AEDT IST JST KST HKT SGT".split())


def _versus(title: str, first: Any) -> bool:
    """ "Batman Vs. | Superman": a title or match-up written with "vs." goes on with its second name
    (reader Audit 19: the parser split after a capitalised "Vs.", and the key point read "Superman has
    gone missing")."""
    return title.lower() in ("vs", "v") and (first.text[:1].isupper() or first.like_num)


def _join_title_splits(doc: Any, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a split after a title or place abbreviation that the next piece's name continues.

    "... the slaying of Cpl. | Nathan Cirillo standing guard ..." and "Det. | Const. | Sarah Hill" are
    one sentence: the piece ends with a title written before names and the next opens with a proper
    noun or another title; "No. | 2" is joined when a number follows, "p.m. | CT" when a time zone does,
    "Vs. | Superman" when a name or number does.
    """
    joined: list[tuple[int, int]] = []
    for start, end in bounds:
        title = _ends_with_title(doc, *joined[-1]) if joined else None
        first = next((t for t in doc[start:end] if not t.is_space), None)
        if title and first is not None and (
                (title in _BEFORE_NAME and first.text[:1].isupper()
                 and (first.tag_ in ("NNP", "NNPS") or first.text.rstrip(".") in _BEFORE_NAME))
                or (title == "No" and first.like_num) or _versus(title, first)
                or (title.lower() in ("a.m", "p.m") and (first.text.rstrip(".,") in _TIME_ZONES
                                                           or first.text.lower() == "local"))):
            joined[-1] = (joined[-1][0], end)
            continue
        joined.append((start, end))
    return joined


# What ends a sentence: a full stop, "!", "?", an ellipsis, or a colon (a block header, "JANE DOE,
# fellow at an institute:"), optionally followed by closing quotes and brackets.
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’)\]]*$")
# A heading, a fact box's title or a dateline opens with a word in capitals ("CORSICANA (October 14,
# 2014)", "SWINE FLU - THE BASICS ..."); what follows it is another text, though no stop ends it.
_CAPITALS_OPENING = re.compile(r"^\W*[A-Z]{2,}[A-Z'’.-]*\b(?!\s*[a-z])")


def _unfinished(doc: Any, start: int, end: int, next_start: int) -> bool:
    """Whether the piece ``doc[start:end]`` runs on into the next one: it ends with no sentence-final
    punctuation, no line break follows it, and it is no heading or dateline in capitals."""
    words = [t for t in doc[start:end] if not t.is_space]
    if not words or _SENTENCE_END.search(words[-1].text) or _SENTENCE_END.search(doc[start:end].text.rstrip()):
        return False
    last = words[-1]
    # The text between the last word and the next piece, from the tokens' own whitespace: ``doc.text``
    # joins the whole paragraph on every call (a quarter of this module's time in a profile, session 16).
    if "\n" in last.whitespace_ + "".join(t.text_with_ws for t in doc[last.i + 1 : next_start]):
        return False
    return not _CAPITALS_OPENING.match(words[0].text + " " + (words[1].text if len(words) > 1 else ""))


def _join_unfinished(doc: Any, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a piece that ends with no full stop to the next when the next goes on with it.

    The parser ends sentences after a closing bracket ("placed the prize winner (and opposition
    leader) | Dr. Hart under house arrest") and before "but" ("not only the motive | but also the
    means"), where the text has no stop (reader Audit 8). Joined when the next piece opens in lower
    case or has no finite verb, or when the piece before is a fronted phrase with no finite verb
    ("During the occupation (from 1976 until 2005) | local chiefs worked ..."). Two finite clauses
    with a missing stop between them ("... the history books His defection ...", a fault of the
    source) stay apart, and so do a stamp, a byline or a credit before a sentence ("(Updated 5:16
    p.m.) | President Mubarak is expected ...", "By the Wire Staff | The government has ...").
    """
    joined: list[tuple[int, int]] = []
    for start, end in bounds:
        if joined and _unfinished(doc, *joined[-1], start):
            first = next((t for t in doc[start:end] if not t.is_space), None)
            if first is not None and (first.text[:1].islower() or not _has_finite_verb(doc, start, end)
                                      or _fronted_phrase(doc, *joined[-1])):
                joined[-1] = (joined[-1][0], end)
                continue
        joined.append((start, end))
    return joined


def _fronted_phrase(doc: Any, start: int, end: int) -> bool:
    """Whether the piece is a phrase that opens a sentence: a preposition or subordinator first
    ("During ...", "After ..."; not "By", which opens bylines) and no finite verb."""
    first = next((t for t in doc[start:end] if not t.is_space), None)
    return (first is not None and first.pos_ in ("ADP", "SCONJ") and first.text.lower() != "by"
            and not _has_finite_verb(doc, start, end))


def _has_finite_verb(doc: Any, start: int, end: int) -> bool:
    """Whether any word of the piece is a finite verb or a modal (the parse of a fragment often has
    no verb at its root: "... is expected to speak soon, state television reports")."""
    return any(t.tag_ in _FINITE_TAGS for t in doc[start:end])


_ACRONYM = re.compile(r"[A-Z]{1,4}\.?")
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _has_finite_clause(doc: Any, start: int, end: int) -> bool:
    """Whether the piece's root is a finite verb or carries a finite auxiliary or copula."""
    roots = (tok for tok in doc[start:end] if tok.head.i == tok.i or not start <= tok.head.i < end)
    return any(tok.tag_ in _FINITE_TAGS or any(
        child.tag_ in _FINITE_TAGS and child.dep_ in ("aux", "auxpass", "cop") for child in tok.children)
        for tok in roots)


def _ends_with_acronym(doc: Any, start: int, end: int) -> bool:
    """Whether the piece ends with a short upper-case name and its full stop ("the ID.", "the EU.")."""
    last = [t for t in doc[start:end] if not t.is_space]
    if not last:
        return False
    if last[-1].text == "." and len(last) >= 2:
        return bool(_ACRONYM.fullmatch(last[-2].text)) and not last[-2].whitespace_
    return last[-1].text.endswith(".") and bool(_ACRONYM.fullmatch(last[-1].text))


# A sentence never opens on a lower-case coordinator: "we both live in L.A. | and I did not want to ..." is one
# sentence (a helper's reading, session 14: the brief showed two fragments).
_COORDINATORS = frozenset(("and", "but", "or", "nor", "so", "yet"))


_DOTTED = re.compile(r"(?:[A-Z]\.){2,4}")


def _ends_with_dotted_name(doc: Any, start: int, end: int) -> bool:
    """Whether the piece ends with an abbreviation written with stops ("L.A.", "U.S.", "D.C.")."""
    last = next((t for t in reversed(doc[start:end]) if not t.is_space), None)
    return last is not None and bool(_DOTTED.fullmatch(last.text))


def _opens_with_conjunction(doc: Any, start: int, end: int) -> bool:
    first = next((t for t in doc[start:end] if not t.is_space), None)
    return first is not None and first.text in _COORDINATORS


def _acronym_runs_on(doc: Any, piece: tuple[int, int], following: tuple[int, int]) -> bool:
    """Whether ``piece`` ends at an abbreviation's stop that does not end the sentence."""
    if _opens_with_conjunction(doc, *following):
        return _ends_with_acronym(doc, *piece) or _ends_with_dotted_name(doc, *piece)
    return _ends_with_acronym(doc, *piece) and (
        not _has_finite_clause(doc, *piece) or not _has_finite_clause(doc, *following))


def _join_acronym_splits(doc: Any, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a split after a short upper-case name when either side has no finite clause.

    The parser ends a sentence at the full stop of a product or model name
    ("selling the ID. | Buzz electric van in ..., betting that ..."); a real
    sentence ending in an acronym ("Britain left the EU. | The decision ...")
    leaves a finite clause on both sides, so it stays split, unless the next piece opens on a
    lower-case "and" or "but" ("live in L.A. | and I did not ...").
    """
    joined: list[tuple[int, int]] = []
    for start, end in bounds:
        if joined and _acronym_runs_on(doc, joined[-1], (start, end)):
            joined[-1] = (joined[-1][0], end)
            continue
        joined.append((start, end))
    return joined


_WORD_CHAR = re.compile(r"\w")
_CLOSING = frozenset({'"', "”"})
_RUN_ON_WORDS = 3  # words the sentence must go on with after the closing mark (the dev sets' splits had 5+)
# A joined sentence stops growing at this many tokens: the joins read were of sentences of 20-60 tokens, and a
# paragraph of hundreds of pieces each closing one quotation and opening the next became one sentence that the
# quotation rules read once a quotation (session 19 review: 200 s of a 250 s brief, nlp/quote_speakers.py).
_JOINED_MAX_TOKENS = 200


@dataclass(frozen=True, slots=True)
class _Marks:
    """The quotation marks of a piece, read once a piece so a run of joined pieces is not read again at each join
    (session 19 review: a paragraph of 400 pieces each closing one quotation and opening the next took 3.6 s)."""

    straight: int = 0  # how many straight marks
    last_straight: int = -1  # the token index of the last straight mark, -1 for none
    curly_open: int = 0
    curly_close: int = 0
    last_curly_open: int = -1
    first_word: int | None = None  # the character offset of the first word character

    @staticmethod
    def of(text: str, low: int, high: int) -> _Marks:
        """The marks of the characters ``low``..``high`` of the doc's text, as character offsets (read from the
        text, not the tokens: spaCy makes a Token object at every access, and the eval speed ratio fell to 0.59)."""
        piece = text[low:high]
        if '"' not in piece and "“" not in piece:
            return _Marks()
        straight = [low + i for i, char in enumerate(piece) if char == '"']
        curly = [low + i for i, char in enumerate(piece) if char == "“"]
        word = _WORD_CHAR.search(piece)
        return _Marks(len(straight), straight[-1] if straight else -1, len(curly), piece.count("”"),
                      curly[-1] if curly else -1, low + word.start() if word else None)

    def then(self, later: _Marks) -> _Marks:
        """The marks of this piece followed by ``later``."""
        return _Marks(self.straight + later.straight, max(self.last_straight, later.last_straight),
                      self.curly_open + later.curly_open, self.curly_close + later.curly_close,
                      max(self.last_curly_open, later.last_curly_open),
                      self.first_word if self.first_word is not None else later.first_word)

    def open_embedded(self) -> bool:
        """Whether the piece ends inside a quotation that opened after words of its own (not at its start)."""
        odd = self.straight % 2 == 1
        if not (odd or self.curly_open > self.curly_close):
            return False
        opening = self.last_straight if odd else self.last_curly_open
        return self.first_word is not None and self.first_word < opening


def _runs_on_after_close(doc: Any, start: int, end: int) -> bool:
    """Whether the piece closes a quotation (its first mark, glued to the word before) and its sentence goes on
    after the mark (a comma, a bracket or lower-case words), with at least _RUN_ON_WORDS words more."""
    close = next((t for t in doc[start:end] if t.text in _CLOSING), None)
    if close is None or close.i + 1 >= end:
        return False
    if close.text == '"' and close.i > 0 and doc[close.i - 1].whitespace_:
        # a straight mark after a space opens a quotation ('Officials said "it was old"'): the piece before was
        # left open by an inch mark ('a 6" pipe burst'), not by a quotation (session 19 review)
        return False
    after = doc[close.i + 1]
    words = [t for t in doc[close.i + 1 : end] if not t.is_punct and not t.is_space]
    return (after.text in (",", "(") or after.text[:1].islower()) and len(words) >= _RUN_ON_WORDS


def _join_quoted_splits(doc: Any, text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a split inside a quotation embedded in its sentence ('In arguing ... because "oil is lighter than
    water. | It wants to rise" (...), Hale shows his ignorance.'): the parser ends a sentence at the stop
    inside the quotation, and the first piece, shown alone, has lost its main clause (Audit 31 showed a
    letter's cut first half as an Analysis item in no one's mouth). A quotation that opens its sentence, one
    whose closing mark ends the sentence, and a paragraph break keep the split."""
    joined: list[tuple[int, int]] = []
    newlines = [i for i, char in enumerate(text) if char == "\n"]
    marks = _Marks()
    for start, end in bounds:
        # the cheap test first: most pieces hold no quotation mark at all (the eval speed ratio fell to 0.59
        # when every piece's tokens were read for marks and line breaks)
        if joined and marks.open_embedded() and end - joined[-1][0] <= _JOINED_MAX_TOKENS \
                and not _line_break_inside(doc, newlines, joined[-1][0], start) \
                and "\n" not in text[doc[joined[-1][1] - 1].idx : doc[start].idx] \
                and _runs_on_after_close(doc, start, end):
            marks = marks.then(_Marks.of(text, *_span(doc, joined[-1][1], end)))
            joined[-1] = (joined[-1][0], end)
            continue
        joined.append((start, end))
        marks = _Marks.of(text, *_span(doc, start, end))
    return joined


# A run of exclamation marks inside a quotation ("We did it!!!!! and nobody ...", a post quoted as typed): the
# parser ends a sentence at the run, and the piece after it, shown alone, opens in lower case with no speaker.
_EXCLAIMED = re.compile(r"!{2,}[!?]*$")


def _join_exclaimed(doc: Any, text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a split at a run of two or more exclamation marks inside an open quotation when the next piece opens
    in lower case on the same line (see above); a capital after the run is a new sentence of the quotation."""
    joined: list[tuple[int, int]] = []
    for start, end in bounds:
        if joined and end - joined[-1][0] <= _JOINED_MAX_TOKENS:
            low, high = _span(doc, *joined[-1])
            piece, gap = text[low:high], text[high : doc[start].idx]
            word = _WORD_CHAR.search(text, doc[start].idx)
            if _EXCLAIMED.search(piece) and "\n" not in gap and word is not None and word.group().islower() \
                    and _quotation_open(piece):
                joined[-1] = (joined[-1][0], end)
                continue
        joined.append((start, end))
    return joined


def _quotation_open(piece: str) -> bool:
    """Whether a quotation opened in ``piece`` is still open at its end."""
    return piece.count('"') % 2 == 1 or piece.count("“") > piece.count("”")


def _span(doc: Any, start: int, end: int) -> tuple[int, int]:
    """The character offsets of the tokens ``start``..``end``."""
    last = doc[end - 1]
    return doc[start].idx, last.idx + len(last.text)


def _line_break_inside(doc: Any, newlines: list[int], start: int, end: int) -> bool:
    """Whether a line break stands inside the text of the tokens ``start``..``end`` (leading and trailing spaces
    aside), found among the text's ``newlines`` offsets without reading the text again."""
    words = [start, end - 1]
    while words[0] < end and doc[words[0]].is_space:
        words[0] += 1
    while words[1] >= words[0] and doc[words[1]].is_space:
        words[1] -= 1
    if words[0] > words[1]:
        return False
    low, high = doc[words[0]].idx, doc[words[1]].idx + len(doc[words[1]].text)
    after = bisect_right(newlines, low)
    return after < len(newlines) and newlines[after] < high
