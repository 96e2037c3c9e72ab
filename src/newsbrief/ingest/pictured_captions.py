"""Unlabelled tabloid captions with a "pictured" cue, glued into a flattened paragraph with no stop.

A tabloid page saved as one paragraph (the Daily Mail text of CNN/DM) runs a picture's caption into the text
with no stop of its own and, on some captions, no label and no bracketed marker (those are cut by
:mod:`newsbrief.ingest.picture_labels` and :mod:`newsbrief.ingest.echo_captions`): "Mary Roe, pictured with her
son at their home in Hull The mother of two said ...". Read as text, the caption and the sentence after it
became one sentence. Such a piece is cut when all hold:

* it starts at the paragraph's start or after a sentence's stop, and opens with a capitalised name;
* the cue ", pictured" or "(pictured ...)" follows the name within a few words, set off by a comma or a bracket
  (a writer's "She was pictured leaving ..." has a verb before it and stays);
* the piece has no stop and no quotation mark, and ends where a lower-case word or a figure runs straight into
  a capitalised word that opens a sentence ("The", "He", "She", "They", "It", "Mr", ...), which no sentence does;
* it is short (CAPTION_MAX_WORDS).

A writer's "Mary Roe, pictured, said ..." has its verb before any such run and so is never cut. Regular
expressions over the paragraph, no parse (ingest runs before spaCy).
"""

from __future__ import annotations

import re

__all__ = ["without_pictured_captions"]

# The unlabelled captions of the tabloid pages read ran 10-30 words; a longer piece is reporting.
CAPTION_MAX_WORDS = 35

_START = r"(?:^|(?<=[.!?])[\"'”’)]?\s+)"
_NAME = r"[A-Z][\w'’-]+(?: (?:[A-Z][\w'’-]+|de|van|von|al-\w+)){0,3}"
_CUE = r"(?:,\s+pictured\b|\s+\(pictured\b[^)]{0,40}\))"
# Words that open a sentence and almost never stand capitalised inside one.
_OPENER = r"(?:The|A|An|He|She|They|It|His|Her|Their|Its|We|I|Mr|Mrs|Ms|Miss|But|However|This|These|Police|Officers)"
_CAPTION = re.compile(
    rf"{_START}(?P<caption>{_NAME}{_CUE}[^.!?\"“”]*?(?<=[a-z0-9)])\s+)(?={_OPENER}\s+[a-z\w])"
)


def without_pictured_captions(paragraph: str) -> str:
    """``paragraph`` without the unlabelled "pictured" captions glued before a sentence (see the module
    docstring)."""
    if "pictured" not in paragraph:
        return paragraph
    pieces: list[str] = []
    last = 0
    for m in _CAPTION.finditer(paragraph):
        caption = m.group("caption")
        if len(caption.split()) > CAPTION_MAX_WORDS or re.search(r"\b(?:said|says|told|added)\b", caption):
            continue
        pieces.append(paragraph[last : m.start("caption")])
        last = m.end("caption")
    if not pieces:
        return paragraph
    pieces.append(paragraph[last:])
    return "".join(pieces)
