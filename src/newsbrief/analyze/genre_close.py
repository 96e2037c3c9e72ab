"""A first-person column that calls on someone and closes on an order: an opinion piece, not a feature (Audit 40).

Audit 40 #6 was a Guardian column on a president and an oil spill. Its writer says "I" early ("I mean the coast
guard admiral", "As I suspected then"), so the genre line, finding few loaded words, read the "I" as a feature
writer's. But the column argues in its own main clauses ("the president needs to show competence", "Washington has
to do more", "the government still needs to work closely with BP") and ends on orders to its subject: "Gain voters'
trust. ... Just get it done." A feature writer's "I" walks, eats and watches; a travel piece may end on a tip to the
reader ("Go in spring.") but calls on nobody in between.

The reading needs the writer's "I" in a sentence of their own (anywhere: a column whose "I" comes late read as news)
and both of:

- an imperative in the writer's own voice in the closing paragraphs (a root verb in its base form with no subject,
  at most one adverb or conjunction before it, no quotation mark, no page prompt such as "Click here");
- MIN_CALLS of the writer's own sentences that prescribe in their main clause (advice.prescribes) to a third party:
  a "you" sentence is advice to the reader, a service piece's, and does not count.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbrief.analyze.advice import prescribes
from newsbrief.models import Document, Sentence

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

# Tuned on Audit 40 #6 (4 calls among 54 sentences of its own) against the invented travel feature of
# tests/analyze/test_genre_session26.py (no call, a closing tip).
MIN_CALLS = 2
CLOSING_PARAGRAPHS = 3  # the closing order may stand before a last paragraph of page furniture (Audit 40 #6)
_QUOTATION = re.compile(r"[\"“”‘’]|(?:^|\s)'|'(?:\s|$|[,.;:!?])")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|my|me|myself)\b")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yourself)\b", re.I)
# A page's prompt is an imperative too, but furniture ("Watch the video", "Follow us").
_PROMPT = re.compile(r"^(?:now |so |just |please )?(?:watch|click|see|read|follow|share|scroll|sign|subscribe|"
                     r"listen|download|tap|visit|like|send|email|tweet|join|find|check out|recognise|recognize)\b",
                     re.I)


def _imperative(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence is an order: a base-form root with no subject and at most one adverb before it."""
    if sentence.text.rstrip().endswith("?") or _QUOTATION.search(sentence.text) \
            or _PROMPT.search(sentence.text.strip()):
        return False
    tokens = doc.sentence_tokens(sentence)
    roots = [t for t in tokens if t.dep == "ROOT"]
    if len(roots) != 1 or roots[0].tag != "VB":
        return False
    root = roots[0]
    before = [t for t in tokens if t.i < root.i and t.pos != "PUNCT"]
    return len(before) <= 1 and all(t.pos in ("ADV", "INTJ", "CCONJ") for t in before) \
        and not any(t.head == root.i and t.dep in ("nsubj", "nsubjpass", "aux") for t in tokens)


def closes_on_order(doc: Document, ctx: Context, own: list[Sentence]) -> bool:
    """True when the writer says "I", the closing paragraphs hold the writer's order and MIN_CALLS of ``own`` (the
    writer's sentences) call on a third party (see the module docstring)."""
    if not doc.sentences or not any(_FIRST_PERSON.search(s.text) for s in own):
        return False
    last = doc.sentences[-1].paragraph
    closing = any(s.paragraph > last - CLOSING_PARAGRAPHS and ctx.voice_of(s.index).voice == "reporter"
                  and _imperative(doc, s) for s in doc.sentences)
    return closing and sum(1 for s in own if not _SECOND_PERSON.search(s.text) and prescribes(doc, s)) >= MIN_CALLS


__all__ = ["closes_on_order"]
