"""A phrase the writer quotes inside a sentence of narration ("the process makes gold that is 'twice as hard
as standard gold.'"): the sentence ends inside the closing mark, so a name and speech verb after it ("Adams
says Apple has ...") open a new sentence and are not the phrase's cue. Audit 41 #10: Apple's claim for its
metallurgists' gold went to the watch blogger whose next sentence began "Adams says".

A quotation that ends without the comma, question or exclamation mark that hands it to a tag after it is not the
tag's either (:func:`unhanded`): in 'By this time "hydrocarbons were flowing" and, according to witnesses, mud
flowed' and in a run-together standfirst 'One rocker: "It's an amazing feeling" The artists say ...' the cue after
the quotation reports the words after it (Audit 50 #2 and #6 gave the quotation to "witnesses" and "the artists").

A question's cue is not its answer's either: in "When Reyes asked how he knew, Hunter replied, '...'" the asker's
cue stands in a clause that does not hold the quotation, and the verb whose clause holds it names the speaker
(:func:`holds_quote`, :func:`cues_elsewhere`; a FNC-1 body read in session 32 gave the answer to the asker).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence

from newsbrief.models import Attribution, Sentence, Token
from newsbrief.nlp.speech import CUE_LEMMAS, _Doc

__all__ = ["cues_elsewhere", "frames_after", "holds_quote", "narrated_phrase", "opens_next_quotation", "own_cues",
           "silent", "tags_after", "token_at", "unhanded"]

# What closes a quotation handed to the tag after it ('"...," she said', '"...?" he asked').
_HANDING = frozenset(",?!")


def unhanded(text: str, end: int) -> bool:
    """Whether the quotation ending at ``end`` (its closing mark included) is not handed to a tag after it: no comma,
    question or exclamation mark closes it, inside its marks or right after them."""
    inner = text[:end].rstrip().rstrip("\"'”’“‘»").rstrip()  # a quotation inside it may close first: '?’”'
    return inner[-1:] not in _HANDING and text[end:].lstrip()[:1] not in _HANDING


def frames_after(text: str, a: Attribution, end: int) -> bool:
    """Whether ``a``'s cue comes after the quotation ending at ``end`` and reports only the words after the cue,
    the quotation not being handed to it (see :func:`unhanded`)."""
    return a.cue_start is not None and a.cue_start >= end and a.content_start >= a.cue_start and unhanded(text, end)


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


def own_cues(text: str, by_sentence: dict[int, list[tuple[int, Attribution]]], sentences: Sequence[Sentence],
             end: int) -> dict[int, list[tuple[int, Attribution]]]:
    """``by_sentence`` without the attributions of the quotation's own ``sentences`` that :func:`frames_after` its
    end: those cues report the words after them, not the quotation."""
    return by_sentence | {s.index: [p for p in by_sentence.get(s.index, ()) if not frames_after(text, p[1], end)]
                          for s in sentences}


def tags_after(d: _Doc, verb: Token, start: int, end: int) -> bool:
    """Whether ``verb`` comes after the quotation ``start``..``end``, which is not handed to it (:func:`unhanded`): a
    cue of the words after it ('"..." The artists say the rebels ...'), whatever the parse of a run-together
    standfirst makes its clause hold. ``start`` is the quotation's opening mark."""
    return start < end <= verb.start and unhanded(d.text, end)


def silent(d: _Doc, sentence: Sentence) -> bool:
    """True when the sentence's speech verb says no words were spoken ("His companion said nothing.",
    "She did not say"): it gives no speaker to the quotation before it (the lead's reading gave a
    hunter's line to his silent companion)."""
    tokens = d.doc.tokens
    for token in d.doc.sentence_tokens(sentence):
        if token.lemma.lower() in CUE_LEMMAS and token.pos == "VERB":
            children = [tokens[c] for c in d.children.get(token.i, ())]
            if any(c.dep == "neg" or (c.dep == "dobj" and c.lemma.lower() in ("nothing", "little")) for c in children):
                return True
    return False
