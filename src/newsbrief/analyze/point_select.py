"""The choice of key points among scored sentences: maximal marginal relevance, no repeats (moved from summary.py).

A key point is read alone, so a sentence that opens on "That", "This" or "It" standing for what the sentence before
it told ("That provoked swift responses ...", FNC-1 body 1064) is chosen only when that sentence is a point too
(point_anaphors.dangling_reference).
"""

from __future__ import annotations

import re

import numpy as np

from newsbrief.analyze.context import Context
from newsbrief.analyze.point_anaphors import dangling_reference
from newsbrief.analyze.position_checks import is_cue_only
from newsbrief.models import Document, Sentence

DUPLICATE_SIMILARITY = 0.6  # TF-IDF cosine above which a candidate repeats a chosen point
# MMR redundancy weight: 0.35-0.5 was a plateau on all three dev sets (R1 +0.1 to +0.4 over
# the threshold alone on each); 0.3 changed nothing and 0.6 started to lose on Newsroom.
MMR_LAMBDA = 0.45
# A sentence restating a chosen one can have a low TF-IDF cosine yet nearly all its content
# words inside the other: at CONTAINMENT of the shorter one's content lemmas it is the same
# point. When the chosen one is a headline-style deck ("Two officers charged with ...") and
# the other the lede's full sentence, the full sentence takes its place.
CONTAINMENT = 0.8
MIN_CONTAINED_TERMS = 4


def _finite(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence has a finite verb ("were charged"), unlike a deck ("officers charged")."""
    return any(t.tag in ("VBD", "VBZ", "VBP", "MD") or t.pos == "AUX" for t in doc.sentence_tokens(sentence))


def same_point(ctx: Context, a: Sentence, b: Sentence) -> bool:
    """True when ``a`` repeats ``b``: a near-duplicate by TF-IDF cosine, one restating the other, or the two sharing
    a predicate word for word (:func:`shared_predicate`)."""
    return ctx.similarity(a.index, b.index) > DUPLICATE_SIMILARITY or restates(ctx, a.index, b.index) \
        or shared_predicate(a.text, b.text)


# A lede told twice (a deck and the lede, or a rewritten first paragraph) shares its predicate word for word while
# the subjects and the tails differ: "The North Korean dictator Kim Jong Un has not been seen in public for more than
# a month, leading to rumors ..." and "The saber-rattling North Korean leader has not been seen in public for more
# than a month, spurring rumors ..." (Audit 52 #8, KP2 restating KP1; TF-IDF cosine and term containment were below
# their thresholds). A run of SHARED_RUN words holding a verb form of the closed class below is one statement twice;
# a long name shared by two sentences ("the Deepwater Horizon rig in the Gulf of Mexico") holds none.
SHARED_RUN = 8
_WORD = re.compile(r"[\w'’-]+")
_VERB_FORMS = frozenset("has have had is are was were been be will would can could said says".split())


def shared_predicate(a: str, b: str) -> bool:
    """True when the texts share a run of SHARED_RUN words (case aside) with a verb form in it (see SHARED_RUN)."""
    left, right = [w.lower() for w in _WORD.findall(a)], [w.lower() for w in _WORD.findall(b)]
    if min(len(left), len(right)) < SHARED_RUN:
        return False
    grams = {tuple(left[k : k + SHARED_RUN]) for k in range(len(left) - SHARED_RUN + 1)}
    return any(gram in grams and _VERB_FORMS & set(gram)
               for gram in (tuple(right[k : k + SHARED_RUN]) for k in range(len(right) - SHARED_RUN + 1)))


def restates(ctx: Context, i: int, j: int) -> bool:
    """True when one sentence's content words lie almost all inside the other's."""
    a, b = set(ctx.terms[i]), set(ctx.terms[j])
    shorter = min(len(a), len(b))
    return shorter >= MIN_CONTAINED_TERMS and len(a & b) / shorter >= CONTAINMENT


def select_points(doc: Document, ctx: Context, count: int, known: list[float]) -> list[Sentence]:
    """The ``count`` best sentences by maximal marginal relevance, best first.

    Each pick maximises its score (``known``, summary.sentence_scores) minus MMR_LAMBDA times its TF-IDF similarity
    to the closest point already chosen, so a second point adds news rather than restating the first;
    near-duplicates (DUPLICATE_SIMILARITY) are never chosen.
    """
    scores = np.array(known, dtype=np.float64)
    matrix = ctx.sentence_matrix
    # A short article showed "X, a spokesman, told reporters on Sunday." as a key point only because it had
    # room for every sentence (session 15): a bare cue is never a point, even as a last resort.
    attributions = ctx.attributions.attributions
    bare_cues = {s.index for s in doc.sentences if is_cue_only(doc, attributions, ctx.voice_of(s.index))}
    leaning = {s.index for s in doc.sentences if dangling_reference(doc, s, ctx.actors)}
    # overlap[i]: the highest cosine of sentence i with a chosen point, updated with one
    # sparse product per chosen point (MMR over all sentences in O(count * words)).
    overlap = np.zeros(len(scores))
    open_ = np.ones(len(scores), dtype=bool)
    chosen: list[Sentence] = []
    skipped: list[Sentence] = []
    while open_.any() and len(chosen) < count:
        marginal = np.where(open_, scores - MMR_LAMBDA * overlap, -np.inf)
        best = doc.sentences[int(np.argmax(marginal))]  # the first of equals, in article order
        if chosen and best.index in bare_cues:
            open_[best.index] = False
            continue  # a bare cue's words are in the sentence it sets up: never a point of its own
        open_[best.index] = False
        if best.index in leaning and not any(c.index == best.index - 1 for c in chosen):
            continue  # "That provoked ...": its referent, the sentence before, is no point (point_anaphors)
        if any(same_point(ctx, best, c) for c in chosen):
            skipped.append(best)
            continue
        chosen.append(best)
        overlap = np.maximum(overlap, matrix.to_all(best.index))
    candidates = [s for s in doc.sentences if open_[s.index]]
    # A headline-style deck gives way to the lede's full sentence telling the same point.
    for k, point in enumerate(chosen):
        if not _finite(doc, point):
            fuller = [s for s in skipped + candidates if _finite(doc, s) and same_point(ctx, s, point)
                      and not any(same_point(ctx, s, c) for c in chosen if c is not point)]
            if fuller:
                chosen[k] = min(fuller, key=lambda s: s.index)
    return chosen
