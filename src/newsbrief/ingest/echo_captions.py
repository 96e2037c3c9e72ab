"""Tabloid picture captions glued into a flattened paragraph with no stop and no picture marker.

A tabloid page saved as one paragraph (the tokenized Daily Mail text of CNN/DM is one) runs each picture's
caption into the text with no stop of its own. A caption closed by a picture marker ("(pictured)") is cut by
:mod:`newsbrief.ingest.picture_labels`, and a run of two labels or more before a body sentence by
:mod:`newsbrief.ingest.glued_runs`. Session 24's reading of CNN/DM row 45 found two more shapes, both known by
their form alone:

* **An echo.** The desk often writes a caption by copying a sentence of the story, without its stop
  ("Fresh loaves: <the lead sentence> The chain had refused ..."). Read as text, the copy and the next sentence
  became one sentence, and that sentence was the brief's Conclusion. A labelled copy of a sentence of the
  paragraph (ECHO_MIN_WORDS words or more), at the paragraph's start or after a sentence's end, and followed by
  a capitalised word with no stop between, is cut with its label; so is a copy of a sentence's opening up to
  one of its commas (the desk drops the attribution). The words stay in the sentence it copies, so nothing is
  lost. A copy that goes on with a weekday or a month ("... Monday morning, the chain said.") is a sentence of
  its own. An unlabelled copy is left for now: it is as surely a caption, but cutting those in 100 CNN/DM rows
  let a later "she" resolve to the wrong person in one row (the glued caption had put the right name next to
  it), a pronoun rule's gap to close first.
* **A tail.** A paragraph that ends on labelled captions ("... last week. Famous fans: The mayor was seen ...
  Another visitor: Camera footage shows ...") has no stop after its last sentence: the pictures closed the
  page. After the paragraph's last sentence end, a piece that opens on a label ("Label:" of one to four words,
  the first capitalised, then a capital), holds a second label and has no stop at all is dropped. A label that is
  a speaker's ("He added:", "Smith said:") opens a quotation, which stays; so does a paragraph that is only a label line
  (a list's or a box's, not glued after a sentence).

A stop after a single capital or a short title ("D.C.", "St.", "Dr.") ends no sentence. Regular expressions and
string search over the paragraph, no parse (ingest runs before spaCy); one search per sentence of the paragraph.
"""

from __future__ import annotations

import re

from newsbrief.lexicon import MONTH_ALTERNATION, WEEKDAY_ALTERNATION

__all__ = ["without_echo_captions", "without_tail_captions"]

# A copied sentence is this long at least: a short one ("It was cold") can repeat as a phrase of the text.
# The two echoes of the CNN/DM row read ran 22 and 24 words. Set by hand.
ECHO_MIN_WORDS = 8
# A caption tail is short: the captions read ran 8-30 words each, and two of them close a page. One label alone
# with figures after it is a result ("Final result: Labour 30 seats, Conservatives 25"), text; a reply's label
# ('Her response: "I will appeal"') is a speaker's (_SPOKEN). Review of session 24.
TAIL_MAX_WORDS = 80
TAIL_MIN_LABELS = 2
_ENDS_ON_STOP = re.compile(r"[.!?][\"'”’)\]]*\s*$")
# A stop, with a closing quote or bracket, before a space or the end.
_STOP = re.compile(r"[.!?][\"'”’)\]]*(?=\s|$)")
# The word before a stop that makes it an abbreviation: "D.C", "U.S", "J", "St", "Dr", "Mr" ...
_ABBREVIATION = re.compile(r"(?:(?:[A-Z]\.)*[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Mt|Ft|Gen|Sen|Rep|Gov|Lt|Col|Capt|"
                           r"Sgt|Prof|Rev|No|vs|Co|Inc|Ltd|Corp)")
# A caption's label: one to four words, the first capitalised, a colon, then a capital (as glued_runs._LABEL).
_LABEL = re.compile(r"[A-Z][a-z'’-]+(?: [a-z'’-]+){0,3}[?!]?:\s+(?=[A-Z\"“‘'])")
_LABEL_BEFORE = re.compile(r"(?:^|\s)([A-Z][a-z'’-]+(?: [a-z'’-]+){0,3}[?!]?:\s+)$")
# A label that opens a quotation or a spoken line: a pronoun or a verb of saying in it.
_SPOKEN = re.compile(r"\b(?:I|He|She|They|We|You|It|His|Her|Their|Our|My|Its|said|says|added|adds|told|tells|"
                     r"asked|asks|explained|wrote|"
                     r"writes|tweeted|posted|warned|insisted|replied|declared|announced)\b")
_CAPITAL_NEXT = re.compile(r"\s+[A-Z\"“‘']")
_CONTINUES = re.compile(rf"\s+(?:{WEEKDAY_ALTERNATION}|{MONTH_ALTERNATION})\b", re.I)


def _sentence_ends(paragraph: str) -> list[int]:
    """The offsets just after each stop that ends a sentence (abbreviations aside)."""
    ends = []
    for match in _STOP.finditer(paragraph):
        if paragraph[match.start()] == ".":
            word = paragraph[paragraph.rfind(" ", 0, match.start()) + 1 : match.start()]
            if _ABBREVIATION.fullmatch(word):
                continue
        ends.append(match.end())
    return ends


def _opens_piece(paragraph: str, start: int, ends: set[int]) -> int | None:
    """Where the caption opening at ``start`` begins (its label's start), when it has a label and stands at the
    paragraph's start or after a sentence's end; None otherwise."""
    head = paragraph[max(0, start - 60) : start]
    label = _LABEL_BEFORE.search(head)
    if label is None or _SPOKEN.search(label.group(1)):
        return None
    begin = start - len(label.group(1))
    stop = begin
    while stop > 0 and paragraph[stop - 1].isspace():
        stop -= 1
    if stop == 0 or stop in ends:
        return begin
    return None


def _copies(sentence: str) -> list[str]:
    """What a caption copies of ``sentence``: the sentence without its stop, or its opening up to a comma (the
    desk drops an attribution: "... in 67 towns, a trade paper reports." becomes "... in 67 towns"), each of
    ECHO_MIN_WORDS words or more."""
    whole = re.sub(r"[.!?][\"'”’)\]]*$", "", sentence)
    bodies = [whole[:comma] for comma in (m.start() for m in re.finditer(",", whole))]
    return [body for body in [*bodies, whole] if len(body.split()) >= ECHO_MIN_WORDS]


def without_echo_captions(paragraph: str) -> str:
    """``paragraph`` without the captions that copy one of its sentences with no stop (module docstring)."""
    if ":" not in paragraph:
        return paragraph
    ends = _sentence_ends(paragraph)
    if len(ends) < 2:
        return paragraph
    end_set = set(ends)
    # one pass over the sentences, one over the labels: each label's next words are looked up, so a long page
    # costs no search of the whole paragraph per sentence (a 1,000,000-character paragraph must stay fast)
    bodies: dict[str, list[str]] = {}
    start = 0
    for end in ends:
        for body in _copies(paragraph[start:end].strip()):
            bodies.setdefault(" ".join(body.split()[:ECHO_MIN_WORDS]), []).append(body)
        start = end
    cuts: list[tuple[int, int]] = []
    for label in _LABEL.finditer(paragraph):
        at = label.end()
        key = " ".join(paragraph[at : at + 400].split()[:ECHO_MIN_WORDS])
        for body in sorted(bodies.get(key, ()), key=len, reverse=True):
            after = at + len(body)
            if paragraph.startswith(body, at) and _CAPITAL_NEXT.match(paragraph, after) \
                    and not _CONTINUES.match(paragraph, after):
                begin = _opens_piece(paragraph, at, end_set)
                if begin is not None:
                    cuts.append((begin, after))
                break
    if not cuts:
        return paragraph
    pieces, last = [], 0
    for begin, after in sorted(set(cuts)):
        if begin < last:
            continue
        pieces.append(paragraph[last:begin])
        last = after
    pieces.append(paragraph[last:])
    return re.sub(r"\s{2,}", " ", "".join(pieces)).strip()


def without_tail_captions(paragraph: str) -> str:
    """``paragraph`` without the labelled captions after its last sentence (see the module docstring)."""
    if ":" not in paragraph[-600:] or _ENDS_ON_STOP.search(paragraph):
        return paragraph  # a paragraph that ends on a stop ("... to the U.S.") has no caption tail
    ends = _sentence_ends(paragraph)
    if not ends or ends[-1] >= len(paragraph.rstrip()):
        return paragraph
    tail = paragraph[ends[-1] :].strip()
    label = _LABEL.match(tail)
    if label is None or _SPOKEN.search(label.group()) or len(tail.split()) > TAIL_MAX_WORDS \
            or (len(_LABEL.findall(tail)) < TAIL_MIN_LABELS and any(ch.isdigit() for ch in tail)):
        return paragraph
    return paragraph[: ends[-1]].rstrip()
