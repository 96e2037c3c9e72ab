"""Quotation shapes that make a sentence no key point on its own (moved from summary.py, session 27).

- **Half a quotation**: a quotation split over two sentences leaves its closing half a fragment alone
  ("The issue is who organized them," the prosecutor said) (reader Audit 14).
  A page may also lose the opening mark ('... she said. In the past, my mother's main concern for me was ... Now her
  main concern is for me not to take a taxi," Lena said.'): the sentence whose first mark closes a quotation is its
  tail all the same, with the writer's "me" and an unknown "her" (Audit 52 #3, KP4).
- **An unattributed quotation**: a sentence that is mostly someone's quoted words with no speaker a reader
  could name reads, as a key point, as the article's own claim.
- **The middle of a quotation**: a speaker's quotation run over several sentences ('told Bild: "Can you imagine ...?
  In a small village that is a terrible situation. The students are there gone to school. The families are
  branded."') leaves each sentence after its first a piece of someone's words with no quotation mark and no speaker:
  shown as a key point it reads as the article's own statement (FNC-1 body 2170's key point 3, session 34).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbrief.analyze.openings import inside_open_quote, opens_inside_quote, opens_quote
from newsbrief.nlp.speakers import UNNAMEABLE

_DETACHED_END = re.compile(r"(?<=[.!?])\s+['‘’\"“”]\s*$")

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context
    from newsbrief.models import Document, Sentence


def unattributed_quotation(ctx: Context, sentence: Sentence, quotes: list[tuple[int, int]]) -> bool:
    """True when the sentence is mostly quoted words (it opens a quotation or carries one on) and
    the attribution stage found no speaker a reader could name for them: shown as a key point it
    would read as the article's own claim (a T17 brief's lead point was the first sentence of an
    unattributed quotation)."""
    quoted = sum(max(0, min(e, sentence.end) - max(s, sentence.start)) for s, e in quotes
                 if s < sentence.end and sentence.start < e)
    opens = any(s <= sentence.start < e for s, e in quotes) or sentence.text[:1] in "\"“"
    if not opens or 2 * quoted < sentence.end - sentence.start:
        return False
    voice = ctx.voice_of(sentence.index)
    return voice.voice == "reporter" or (voice.speaker or "").lower() in UNNAMEABLE | {""}

def split_quote_half(doc: Document, sentence: Sentence) -> bool:
    """True for the closing half of a quotation split over sentences: one that starts inside a quotation
    the sentence before opened (the opening half is usable once its speaker is bracketed in)."""
    text = sentence.text.strip()
    i = sentence.index
    # A mark standing alone after the last stop ("... the Jamaican team. '") is the next sentence's opening mark that
    # the splitter left behind (CNN/DM rows; read as a closing one it cut real ledes from the key points, R1 -0.47)
    if i > 0 and opens_inside_quote(_DETACHED_END.sub("", text)):
        return True  # its first mark closes a quotation, whether the sentence before opened it or the page lost it
    if i == 0 or not opens_quote(doc.sentences[i - 1].text):
        return False
    # A page may set each sentence of a quotation on a line of its own: the closing half is then a paragraph.
    return opens_inside_quote(text) or (doc.sentences[i - 1].paragraph == sentence.paragraph
                                        and inside_open_quote(doc, sentence))


def mid_quotation(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """True when the sentence starts inside a quotation an earlier sentence opened, and the attribution stage gives
    its words to a speaker: a piece of someone's quotation, no statement of the article's (see the module docstring).
    Both signals are asked for: a stray mark alone (a paragraph with an odd count of marks) proves nothing."""
    if sentence.text.lstrip()[:1] in "\"“'‘" or ctx.voice_of(sentence.index).voice == "reporter":
        return False
    return inside_open_quote(doc, sentence)
