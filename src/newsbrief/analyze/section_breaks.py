"""Sentences the page broke, and quotations left open: whole statements for Analysis and the conclusion.

Session 14 (issue #11, reader Audit 18, docs/audit.md 19.4 item 4) found two kinds of cut statement:

- An Analysis item that ended on the head noun of a cause phrase: "It said five patients died from lack".
  The prepared text had broken the sentence across a line break, so the sentence splitter made two
  "sentences" of it: one ending with no stop ("... died from lack") and one opening in lower case ("of
  oxygen because ..."). Either piece alone is no cause a reader can use; joined, they are the sentence the
  article wrote. ``whole_pieces`` gives the pieces of a broken sentence, in order, and ``cut_off`` names a
  piece with no stop whose rest the page lost (then the item is dropped: the whole sentence, or nothing).
- A conclusion that showed a quotation cut after its first sentence ('The president said: "Help came very
  fast.'), the rest of the paragraph (his complaint) not shown. ``balanced_quotes`` tells whether a
  statement's double quotation marks pair up, and ``quotation_cut`` whether a statement whose marks do not
  stops before its paragraph ends: then the quotation runs on into words the brief leaves out, and the item is
  not shown (a whole sentence, or nothing). A quotation left open at the end of its paragraph is whole: pages
  leave the closing mark off a quotation that runs on into the next paragraph, or drop it by mistake.
"""

from __future__ import annotations

import re

from newsbrief.ingest.furniture import ends_like_sentence
from newsbrief.models import Document, Sentence

# A piece that opens in lower case continues a sentence (a word, or a quotation mark and a word). A
# numeral or a brand written in lower case ("iPhone", "eBay") would open a real sentence, so a piece
# counts as a continuation only when the piece before it has no stop.
_LOWER_OPENING = re.compile(r"^[\"“‘']?[a-z]")
# A line the page cut can be joined to its rest only a little way on: this many pieces at most. A sentence
# broken more often than that is a list or a table, not prose.
MAX_PIECES = 3


def _continues(previous: Sentence, sentence: Sentence) -> bool:
    """Whether ``sentence`` carries on ``previous``: the one before has no stop and this one opens in lower
    case (see above)."""
    return not ends_like_sentence(previous.text) and bool(_LOWER_OPENING.match(sentence.text.lstrip()))


def whole_pieces(doc: Document, sentence: Sentence) -> list[Sentence]:
    """The pieces of the sentence ``sentence`` belongs to, in order (only ``sentence`` when it is whole)."""
    start = sentence.index
    while start > 0 and sentence.index - start < MAX_PIECES - 1 \
            and _continues(doc.sentences[start - 1], doc.sentences[start]):
        start -= 1
    end = sentence.index
    while end + 1 < len(doc.sentences) and end - start < MAX_PIECES - 1 \
            and _continues(doc.sentences[end], doc.sentences[end + 1]):
        end += 1
    return list(doc.sentences[start : end + 1])


def cut_off(pieces: list[Sentence]) -> bool:
    """Whether the statement the ``pieces`` make ends with no stop: the page lost its rest ("died from
    lack" as the last line of a paragraph, with nothing that carries it on)."""
    return not ends_like_sentence(pieces[-1].text)


def joined(pieces: list[Sentence]) -> str:
    """The pieces as one statement: the line break between them read as a space (a whole sentence is
    its own text, unchanged)."""
    if len(pieces) == 1:
        return pieces[0].text
    return " ".join(" ".join(p.text.split()) for p in pieces)


# Straight double marks pair up by count; curly ones by opening and closing. Single marks are left out: an
# apostrophe ("the council's", "’90s") is written with the same character.
_CURLY_OPEN = "“"
_CURLY_CLOSE = "”"


def balanced_quotes(text: str) -> bool:
    """Whether every quotation the statement opens with a double mark it also closes (see the module
    docstring): an even count of straight marks, and as many closing curly marks as opening ones, none
    closing before it opens."""
    if text.count('"') % 2:
        return False
    depth = 0
    for char in text:
        if char == _CURLY_OPEN:
            depth += 1
        elif char == _CURLY_CLOSE:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def quotation_cut(doc: Document, sentences: list[Sentence]) -> bool:
    """Whether the statement ``sentences`` make leaves a quotation open and stops before the end of its
    paragraph (see the module docstring)."""
    if balanced_quotes(" ".join(s.text for s in sentences)):
        return False
    last = sentences[-1]
    return last.index + 1 < len(doc.sentences) and doc.sentences[last.index + 1].paragraph == last.paragraph


# A statement that opens with a lower-case "and"/"or"/"but" whose piece before has a stop ("... speedy response (!)"
# then "and "due to the distance ..."", reader Audit 36 #6) is the tail of a sentence the page broke: no whole
# statement of its own.
_TAIL = re.compile(r"^[\"“‘']?(?:and|or|but|nor)\b")


def pieces_to_show(doc: Document, sentences: list[Sentence]) -> list[list[Sentence]]:
    """``sentences`` (in order) as whole statements: each broken sentence joined to its pieces once, and a
    statement whose rest the page lost, or that is only a sentence's tail (see above), left out (see the module
    docstring)."""
    shown: set[int] = set()
    statements: list[list[Sentence]] = []
    for sentence in sentences:
        if sentence.index in shown:
            continue
        pieces = whole_pieces(doc, sentence)
        shown |= {p.index for p in pieces}
        if not cut_off(pieces) and not _TAIL.match(pieces[0].text.lstrip()):
            statements.append(pieces)
    return statements
