"""A phrase the writer quotes inside a sentence of narration ("the process makes gold that is 'twice as hard
as standard gold.'"): the sentence ends inside the closing mark, so a name and speech verb after it ("Adams
says Apple has ...") open a new sentence and are not the phrase's cue. Audit 41 #10: Apple's claim for its
metallurgists' gold went to the watch blogger whose next sentence began "Adams says".

A question's cue is not its answer's either: in "When Reyes asked how he knew, Hunter replied, '...'" the asker's
cue stands in a clause that does not hold the quotation, and the verb whose clause holds it names the speaker
(:func:`holds_quote`, :func:`cues_elsewhere`; a FNC-1 body read in session 32 gave the answer to the asker).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from newsbrief.models import Attribution, Sentence, Token
from newsbrief.nlp.speech import _Doc

__all__ = ["cues_elsewhere", "holds_quote", "narrated_phrase", "opens_next_quotation", "token_at"]


def narrated_phrase(d: _Doc, first: Sentence, start: int, end: int) -> bool:
    """Whether the quotation ``start``..``end`` is quoted inside narration (it does not open its sentence
    ``first``) and ends its sentence within the closing mark, so that nothing after it is its cue."""
    if not d.text[first.start : start].strip():
        return False  # '"We waited a year." Ana Mendes said ...': a quotation that is its own sentence
    return d.text[start:end].rstrip("\"”'’ ")[-1:] in (".", "!", "?")


def token_at(d: _Doc, start: int | None) -> Token | None:
    """The token that begins at character ``start``, found by bisection over the tokens (in text order): a scan of
    the whole document for every cue made long articles slow (a code review's note)."""
    tokens = d.doc.tokens
    if start is None:
        return None
    k = bisect_left(tokens, start, key=lambda t: t.start)
    return tokens[k] if k < len(tokens) and tokens[k].start == start else None


def holds_quote(d: _Doc, cue_start: int | None, start: int) -> bool:
    """Whether the verb at character ``cue_start`` heads a clause that holds the quotation opening at ``start``."""
    tokens = d.doc.tokens
    cue = token_at(d, cue_start)
    return cue is not None and tokens[cue.left].start <= start <= tokens[cue.right].end


def cues_elsewhere(d: _Doc, known: Iterable[tuple[int, Attribution]], start: int) -> bool:
    """Whether the sentence has found cues and none of them holds the quotation at ``start``."""
    cues = [a.cue_start for _, a in known if a.cue_start is not None]
    return bool(cues) and not any(holds_quote(d, cue, start) for cue in cues)


def opens_next_quotation(d: _Doc, sentence: Sentence, end: int) -> bool:
    """Whether ``sentence`` begins at the closing mark of the quotation ending at ``end`` and that mark is glued to
    the next word ('... south east Asia. "Because ... I don't believe ..."'): a mark the page meant to open a new
    quotation, so the sentence is the speaker's next quoted one, not the writer's frame. Audit 49 #3: a stray
    mark paired the dean's first sentence off, and the "I don't believe" of his second went to the writer. A
    mark followed by a space or a comma ('"...?" | he asked.', split after the question mark) still frames, and so
    does one glued on both sides ('... terrible."He said'), which may close the quotation as well as open one."""
    return sentence.start >= end - 1 and end >= 2 and d.text[end - 1] in "\"“”" and d.text[end - 2].isspace() \
        and d.text[end : end + 1].isalnum()
