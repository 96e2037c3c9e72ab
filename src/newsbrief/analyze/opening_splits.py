"""Statements that would open on punctuation: a sentence the segmenter cut inside the writer's sentence.

A writer's interjection set off by dashes ("Tonight — finally! — ESPN is going to ...") or a quotation's "!" or
"?" inside a sentence ends a "sentence" for the segmenter, so the rest of the writer's sentence becomes one that
opens on the closing dash ("— ESPN is going to ..."). Shown alone as a key point or a statement, it reads as
a torn-off piece (the lead's reading of FNC-1 body 1500, issue #11). An item never opens on such a mark:

- **The whole sentence** when the cut is certain: the piece opens on a mark that only continues a sentence (a
  dash, a comma, a semicolon, a colon, a closing bracket, an ellipsis, a full stop), holds a finite verb of its
  own, and the sentence before it stands in the same paragraph and ended on "!", "?" or an ellipsis, which a
  writer's sentence can hold inside. The item then shows both pieces, as the writer wrote them, and cites both.
- **Otherwise** nothing says where the writer's sentence begins, or the piece is no writer's sentence at all: a
  paragraph opening on a dash is a tweet's signature ("— Hala Gorani (@HalaGorani) January 27, 2015"), a
  related-links list, a signature ("– Chris Rogers") or an interview answer in dash-dialogue (FNC-1 body 383:
  "- It is not owned by Tiger Woods ...", the agent's words), so cutting the dash would give someone's words to
  the writer. Such a piece is no statement on its own (a key point's last resort, withheld elsewhere).

Character tests on the text and the tagger's finite verbs; checked on every FNC-1 body with "! —" or "? —" in a
line (15: the interjection of body 1500, a headline's "Dead? — Fans ...", and tweets' signatures) and a sample of
150 FNC-1 bodies and 80 Timeline17 articles (dash lists, tweet signatures, dash-dialogue, split quotations' tails).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsbrief.analyze.context import cite
from newsbrief.models import Citation, Document, Sentence

__all__ = ["Split", "split_of", "stray_opening", "torn", "whole_citations", "whole_text"]

# Marks that continue a sentence and never begin one. An opening quotation mark or bracket is a sentence's own
# start ("[T]he", "(Reuters)", "“We will ...") and an opening "¿"/"¡" too; they are not listed.
_CONTINUING = frozenset("—–-,;:)]}…%.")  # "." for an ellipsis typed as three full stops
# What the sentence before a certain cut ends on, closing quotation marks aside: a mark that a writer's sentence
# can hold inside ("finally!", "Why now?", "and so on…"). A full stop ends the writer's sentence for sure.
_INNER_ENDS = ("!", "?", "…")
_CLOSING_QUOTES = "\"”’'"
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
MAX_PIECES = 3  # a writer's sentence cut into more pieces than this was not cut by a stray mark


@dataclass(frozen=True)
class Split:
    """How to show a sentence that opens on a continuing mark: the pieces before it that make the writer's whole
    sentence (``before``, in article order), or none (no honest statement: ``whole`` is False)."""

    before: tuple[Sentence, ...] = ()
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
    before: list[Sentence] = []
    piece = sentence
    while stray_opening(piece) and len(before) < MAX_PIECES - 1:
        previous = doc.sentences[piece.index - 1] if piece.index > 0 else None
        if previous is None or previous.paragraph != piece.paragraph or not _inner_end(previous):
            break
        before.insert(0, previous)
        piece = previous
    finite = any(t.tag in _FINITE for t in doc.sentence_tokens(sentence))
    if before and not stray_opening(before[0]) and finite:
        return Split(before=tuple(before))
    return Split(whole=False)


def torn(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence opens on a continuing mark and no whole sentence can be shown for it."""
    split = split_of(doc, sentence)
    return split is not None and not split.whole


def whole_text(doc: Document, split: Split, sentence: Sentence) -> str:
    """The text an item shows for ``sentence`` cut as ``split`` says: its pieces as the article writes them."""
    start = split.before[0].start if split.before else sentence.start
    return doc.article.text[start : sentence.end]


def whole_citations(split: Split, sentence: Sentence) -> tuple[Citation, ...]:
    """The citations of what :func:`whole_text` shows: every piece, the sentence itself last."""
    return (*(cite(piece) for piece in split.before), cite(sentence))
