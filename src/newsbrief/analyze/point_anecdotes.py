"""A column's thesis after its anecdote, and the anecdote as padding (reader Audit 44 #1, issue #11).

A humour or first-person column may open on its set-up, tell an anecdote from the writer's past in the first person
("The first time I went to London, I got into trouble ..."; "From then on, I was the friendliest man in every
queue") and only then turn back to the present with its claim ("But now, as ..., the south's affection for us is
fading."). The brief took the anecdote's lines as key points and never led with the claim (docs/audit.md 45.3: KP1
"a 30-year sentence in baboon prison"). The turn to the present after a first-person anecdote in the past is the
column's thesis; the anecdote's own lines are colour, a last resort as key points.

A report's "But now" after a history told in the third person is no anecdote's turn: the rule needs the writer's
"I" in the past in most of the sentences before it.

A first-person essay may open on the writer ("Like many of my friends, I left university with ... in student
loans.", "I remember ...", "My mother had told me ...") and state its claim about the world with no "But now"
(session 29, issue #11: the key points were the scene, not the debt and what it does). The first sentence after at
least MIN_HOOK such opening sentences is the claim when it is the writer's present-tense statement whose subject
is not "I" ("Student debt is not good debt for my generation: ..."); otherwise nothing is read (a report's
"Like many towns, X has lost ..." has no "I" at all).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context
    from newsbrief.models import Document, Sentence

__all__ = ["anecdote", "anecdote_turn", "hook_thesis"]

_TURN = re.compile(r"^(?:but|and|yet)?\s*,?\s*now\b", re.I)
_I = re.compile(r"\b(?:I|I'm|I'd|I've|me|my|we|us|our)\b")
_QUOTE = re.compile(r"^[\"“‘']")
ANECDOTE_REACH = 12  # sentences before the turn searched for the anecdote
MIN_ANECDOTE = 4  # first-person past-tense sentences of the writer's own among them
_GENRES = ("opinion", "feature")
ANECDOTE_DENSITY = 0.4  # of the span from the first such line to the turn


def _past_first_person(doc: Document, sentence: Sentence) -> bool:
    """The writer's "I" (or "we") in a past-tense sentence outside quotation marks."""
    if _QUOTE.match(sentence.text.strip()) or not _I.search(sentence.text):
        return False
    return any(t.tag == "VBD" for t in doc.sentence_tokens(sentence))


def _present(doc: Document, sentence: Sentence) -> bool:
    return any(t.tag in ("VBZ", "VBP") for t in doc.sentence_tokens(sentence))


# The writer's own "I": a first-person essay's hook speaks of the writer, its claim of the world (session 29).
_SINGULAR = re.compile(r"\b(?:I|I'm|I’m|I'd|I’d|I've|I’ve|me|my|mine|myself)\b")
MIN_HOOK = 3  # opening sentences about the writer before the claim (the audit's essay: four)
CLAIM_WORDS = 8  # a claim states what the essay argues; a shorter line is a beat between scenes
_PRESENT = ("VBZ", "VBP")
_BELIEFS = frozenset("believe think argue say suspect fear know".split())  # the writer's own stance on a claim


def _about_writer(ctx: Context, sentence: Sentence) -> bool:
    text = sentence.text.strip()
    return ctx.voice_of(sentence.index).voice == "reporter" and not _QUOTE.match(text) \
        and bool(_SINGULAR.search(text))


def _claim(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """The writer's claim about the world: the writer's own present-tense statement whose subject is not "I", or
    the writer's present belief in a claim ("I now believe that ...")."""
    text = sentence.text.strip()
    if _QUOTE.match(text) or text.endswith("?") or ctx.voice_of(sentence.index).voice != "reporter":
        return False
    tokens = doc.sentence_tokens(sentence)
    roots = [t for t in tokens if t.dep == "ROOT"]
    if len(roots) != 1:
        return False
    root = roots[0]
    heads = [t for t in tokens if t.head == root.i and t.dep in ("nsubj", "nsubjpass", "aux", "auxpass")]
    if any(t.dep.startswith("nsubj") and _SINGULAR.fullmatch(t.text) for t in heads):
        # "I now believe that student debt is delaying ...": the writer's belief states the claim in its clause
        return root.lemma.lower() in _BELIEFS and root.tag in _PRESENT and any(
            t.head == root.i and t.dep == "ccomp" for t in tokens)
    return root.tag in _PRESENT or any(t.dep.startswith("aux") and t.tag in _PRESENT for t in heads)


def hook_thesis(doc: Document, ctx: Context) -> Sentence | None:
    """A first-person essay's claim right after its opening about the writer (at least MIN_HOOK sentences in the
    writer's "I": "Like many of my friends, I left university with ...", "I remember ...") when the claim is the
    writer's present-tense statement about the world ("Student debt is not good debt for my generation: ..."),
    else None. The hook's scene is colour (:func:`anecdote`); the claim is the point (session 29, issue #11)."""
    hook = 0
    for sentence in doc.sentences:  # "Student debt is not good debt for my generation" is the claim, "my" or not
        if not _about_writer(ctx, sentence) or _claim(doc, ctx, sentence):
            break
        hook += 1
    if hook < MIN_HOOK or hook >= len(doc.sentences):
        return None
    claim = doc.sentences[hook]
    words = len(claim.text.split())  # "Flying is worse." after a column's opening is a beat, not the claim
    return claim if words >= CLAIM_WORDS and _claim(doc, ctx, claim) else None


def anecdote_turn(doc: Document, ctx: Context) -> Sentence | None:
    """A column's turn back to the present ("But now, ..., X is fading.") after a first-person anecdote in the
    past (see the module docstring), or a first-person essay's claim after its hook (:func:`hook_thesis`), else
    None."""
    if ctx.genre not in _GENRES:
        return None
    if (claim := hook_thesis(doc, ctx)) is not None:
        return claim
    for sentence in doc.sentences[MIN_ANECDOTE:]:
        text = sentence.text.strip()
        if not _TURN.match(text) or ctx.voice_of(sentence.index).voice != "reporter" or not _present(doc, sentence):
            continue
        before = doc.sentences[max(0, sentence.index - ANECDOTE_REACH) : sentence.index]
        if sum(1 for s in before if _past_first_person(doc, s)) >= MIN_ANECDOTE:
            return sentence
    return None


def anecdote(doc: Document, ctx: Context, turn: Sentence | None = None, *, known: bool = False) -> set[int]:
    """The anecdote before a column's turn: from its first first-person line in the past to the turn, when such
    lines are at least ANECDOTE_DENSITY of that span (the lines between, "To the other passengers it must've felt
    like ...", are the same story). Colour: no key points. With ``known``, ``turn`` is the turn already read
    (point_readings), else it is read here."""
    turn = turn if known else anecdote_turn(doc, ctx)
    if turn is None:
        return set()
    told = [s.index for s in doc.sentences[1 : turn.index] if _past_first_person(doc, s)]
    for start in told:  # the widest span dense enough
        span = range(start, turn.index)
        if sum(1 for i in told if i >= start) >= ANECDOTE_DENSITY * len(span):
            return set(span)
    return set()
