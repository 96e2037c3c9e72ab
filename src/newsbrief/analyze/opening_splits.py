"""Statements that would open on punctuation: a sentence the segmenter cut inside the writer's sentence.

A writer's interjection set off by dashes ("Tonight — finally! — ESPN is going to ...") or a quotation's "!" or
"?" inside a sentence ends a "sentence" for the segmenter, so the rest of the writer's sentence becomes one that
opens on the closing dash ("— ESPN is going to ..."). Shown alone as a key point or a statement, it reads as
a torn-off piece (the lead's reading of FNC-1 body 1500, issue #11). An item never opens on such a mark:

- **The whole sentence** when the cut is certain: the piece opens on a mark that only continues a sentence (a
  dash, a comma, a semicolon, a colon, a closing bracket, an ellipsis), and the sentence before it stands in the
  same paragraph and ended on "!", "?" or an ellipsis, which a writer's sentence can hold inside. The item
  then shows both pieces, as the writer wrote them, and cites both.
- **A list's dash** opening a paragraph ("- The council voted ...") is a bullet, not the writer's words: the
  item starts after it (``skip``), which changes no word.
- **Otherwise** (a piece opening on a comma after a full stop, a paragraph opening on a semicolon) nothing says
  where the writer's sentence begins: the piece is no statement on its own (a key point's last resort, withheld
  elsewhere).

Character tests on the text; the parse is not needed.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsbrief.analyze.context import cite
from newsbrief.models import Citation, Document, Sentence

__all__ = ["Split", "split_of", "stray_opening", "torn", "whole_citations", "whole_text"]

# Marks that continue a sentence and never begin one. An opening quotation mark or bracket is a sentence's own
# start ("[T]he", "(Reuters)", "“We will ...") and an opening "¿"/"¡" too; they are not listed.
_CONTINUING = frozenset("—–-,;:)]}…%")
_DASHES = frozenset("—–-")
# What the sentence before a certain cut ends on, closing quotation marks aside: a mark that a writer's sentence
# can hold inside ("finally!", "Why now?", "and so on…"). A full stop ends the writer's sentence for sure.
_INNER_ENDS = ("!", "?", "…")
_CLOSING_QUOTES = "\"”’'"
MAX_PIECES = 3  # a writer's sentence cut into more pieces than this was not cut by a stray mark


@dataclass(frozen=True)
class Split:
    """How to show a sentence that opens on a continuing mark: the pieces before it that make the writer's whole
    sentence (``before``, in article order; empty when none), or the characters to skip (a list's dash), or
    neither (no honest statement: ``whole`` is False)."""

    before: tuple[Sentence, ...] = ()
    skip: int = 0
    whole: bool = True


def stray_opening(sentence: Sentence) -> bool:
    """True when the sentence opens on a mark that only continues a sentence (a dash, comma, bracket, ...)."""
    text = sentence.text.lstrip()
    return bool(text) and text[0] in _CONTINUING


def _inner_end(sentence: Sentence) -> bool:
    """True when the sentence ends on a mark a writer's sentence can hold inside ("finally!", "Why now?")."""
    return sentence.text.rstrip().rstrip(_CLOSING_QUOTES).endswith(_INNER_ENDS)


def split_of(doc: Document, sentence: Sentence) -> Split | None:
    """None when the sentence opens on a word; else how to show it (see :class:`Split` and the module docstring)."""
    if not stray_opening(sentence):
        return None
    text = sentence.text.lstrip()
    before: list[Sentence] = []
    piece = sentence
    while stray_opening(piece) and len(before) < MAX_PIECES - 1:
        previous = doc.sentences[piece.index - 1] if piece.index > 0 else None
        if previous is None or previous.paragraph != piece.paragraph or not _inner_end(previous):
            break
        before.insert(0, previous)
        piece = previous
    if before and not stray_opening(before[0]):
        return Split(before=tuple(before))
    opens_paragraph = sentence.index == 0 or doc.sentences[sentence.index - 1].paragraph != sentence.paragraph
    if opens_paragraph and text[0] in _DASHES and len(text) > 2 and text[1] == " " and text[2].isupper():
        return Split(skip=len(sentence.text) - len(text) + 2)  # "- The council voted ...": a list's dash
    return Split(whole=False)


def torn(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence opens on a continuing mark and no whole sentence can be shown for it."""
    split = split_of(doc, sentence)
    return split is not None and not split.whole


def whole_text(doc: Document, split: Split, sentence: Sentence) -> str:
    """The text an item shows for ``sentence`` cut as ``split`` says: its pieces as the article writes them."""
    if split.skip:
        return sentence.text[split.skip :]
    start = split.before[0].start if split.before else sentence.start
    return doc.article.text[start : sentence.end]


def whole_citations(split: Split, sentence: Sentence) -> tuple[Citation, ...]:
    """The citations of what :func:`whole_text` shows: every piece, the sentence itself without a skipped dash."""
    return (*(cite(piece) for piece in split.before), cite(sentence, sentence.start + split.skip, sentence.end))
