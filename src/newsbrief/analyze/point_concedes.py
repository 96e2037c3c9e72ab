"""A reportage's thesis stated as a denial and its turn: "It is not yet X. But ..." (Audit 50 #7, session 34).

A correspondent's reportage opens on scenes (a field hospital, a man who lost eleven relatives, a prisoner) and
states what they add up to in the writer's own voice, well down the piece: "It is not yet a purely sectarian
conflict. But the pressures for it to become one are enormous.", "Civil war is not inevitable. But Homs today could
be Syria tomorrow." The lead-based prior of the key points keeps the opening scenes, so the thesis was missing from
the first two key points (Audit 50 #7: only the Conclusion had it).

The shape is general, not any article's words: a writer's sentence denying a state in the present ("is not yet",
"is not inevitable", "cannot", "will not") followed by a writer's "But"/"Yet" sentence in the present or with a
modal ("are enormous", "could be"), neither quoted, asked, nor told of the writer ("I", "we": the reporter's own
steps are scene, "But we were seeing a battle over one city"). The pair is shown together, the denial first, as one
key point: the turn alone ("But the pressures for it to become one ...") leans on the denial.

Of several such pairs the one carrying most of the piece's subject (point_claims.claim_weight) is the thesis; of
equals, the first: a closing pair is the piece's Conclusion already (Audit 50 #7 closed on "Civil war is not
inevitable. But Homs today could be Syria tomorrow.", and its key point repeated it).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbrief.analyze.dispatch import witnesses
from newsbrief.analyze.point_claims import claim_weight
from newsbrief.models import Document, Sentence, Token

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

_TURN = re.compile(r"^(?:But|Yet)\s")
_QUOTE_MARKS = re.compile(r"[\"“”‘]")
_WRITER = frozenset({"i", "we", "me", "us", "my", "our"})
_PRESENT = frozenset({"VBZ", "VBP", "MD"})
# Genres whose opening is scene or background and whose point the writer states later (as point_claims._ARGUED;
# an opinion piece's thesis has its own rules, a report's turn to doubt point_theses.turn_point). A report read as
# news counts when its writer is a witness in it.
_REPORTAGE = ("feature", "analysis")
SETUP_SENTENCES = 3  # a pair in the opening leads by position already
MAX_DENIAL_WORDS = 20  # a thesis's denial is short: "Civil war is not inevitable." (the Audit 50 #7 pair: 5 and 9)
MAX_TURN_WORDS = 30
MIN_SENTENCES = 15  # a short piece shows its turn among its key points anyway


def _root(tokens: tuple[Token, ...]) -> Token | None:
    return next((t for t in tokens if t.dep == "ROOT"), None)


def _now(tokens: tuple[Token, ...], root: Token) -> bool:
    """True when the main verb is in the present or takes a modal ("is", "are", "could be", "will not")."""
    return root.tag in _PRESENT or any(t.head == root.i and t.dep == "aux" and t.tag in _PRESENT for t in tokens)


def _plain(doc: Document, ctx: Context, sentence: Sentence, most: int) -> tuple[Token, ...] | None:
    """The sentence's tokens when it is the writer's own short statement: no quotation, question or writer's "I"."""
    text = sentence.text.strip()
    tokens = doc.sentence_tokens(sentence)
    if ctx.voice_of(sentence.index).voice != "reporter" or _QUOTE_MARKS.search(text) or text.endswith("?") \
            or len(text.split()) > most or any(t.text.lower() in _WRITER for t in tokens):
        return None
    return tuple(tokens)


def _denies(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    tokens = _plain(doc, ctx, sentence, MAX_DENIAL_WORDS)
    root = _root(tokens) if tokens else None
    return tokens is not None and root is not None and _now(tokens, root) \
        and any(t.dep == "neg" and t.head == root.i for t in tokens)


def _turns(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    tokens = _plain(doc, ctx, sentence, MAX_TURN_WORDS)
    root = _root(tokens) if tokens else None
    return tokens is not None and root is not None and bool(_TURN.match(sentence.text.strip())) \
        and _now(tokens, root) and not any(t.dep == "neg" and t.head == root.i for t in tokens)


def conceded_thesis(doc: Document, ctx: Context) -> tuple[Sentence, Sentence] | None:
    """The writer's denial and its turn that state a reportage's thesis (see the module docstring), or None."""
    if len(doc.sentences) < MIN_SENTENCES or (ctx.genre not in _REPORTAGE and not (
            ctx.genre == "news" and any(witnesses(doc, s) for s in doc.sentences))):
        return None  # a report read as news is a reportage when its writer is a witness ("she told me", dispatch.py)
    pairs = [(a, b) for a, b in zip(doc.sentences[SETUP_SENTENCES:], doc.sentences[SETUP_SENTENCES + 1:], strict=False)
             if a.paragraph <= b.paragraph <= a.paragraph + 1 and _denies(doc, ctx, a) and _turns(doc, ctx, b)]
    if not pairs:
        return None
    return max(pairs, key=lambda p: (claim_weight(doc, ctx, p[0]) + claim_weight(doc, ctx, p[1]), -p[1].index))
