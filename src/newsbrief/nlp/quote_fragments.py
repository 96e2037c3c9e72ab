"""A phrase the writer quotes inside a sentence of narration ("the process makes gold that is 'twice as hard
as standard gold.'"): the sentence ends inside the closing mark, so a name and speech verb after it ("Adams
says Apple has ...") open a new sentence and are not the phrase's cue. Audit 41 #10: Apple's claim for its
metallurgists' gold went to the watch blogger whose next sentence began "Adams says".
"""

from __future__ import annotations

from newsbrief.models import Sentence
from newsbrief.nlp.speech import _Doc

__all__ = ["narrated_phrase"]


def narrated_phrase(d: _Doc, first: Sentence, start: int, end: int) -> bool:
    """Whether the quotation ``start``..``end`` is quoted inside narration (it does not open its sentence
    ``first``) and ends its sentence within the closing mark, so that nothing after it is its cue."""
    if not d.text[first.start : start].strip():
        return False  # '"We waited a year." Ana Mendes said ...': a quotation that is its own sentence
    return d.text[start:end].rstrip("\"”'’ ")[-1:] in (".", "!", "?")
