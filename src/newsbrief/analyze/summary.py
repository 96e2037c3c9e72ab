"""Key points: the 3 to 5 sentences that best tell what the article reports.

Unsupervised scoring: lead position (news puts the main event first),
centrality in the TF-IDF sentence graph, similarity to the headline, and
penalties for sentences a reader cannot use alone (questions, bare quotes,
openings that point back at an earlier sentence). Maximal marginal relevance
keeps the points from repeating each other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.analyze import register
from newsbrief.analyze.actors import Actor, resolve_person
from newsbrief.analyze.context import Context, cite
from newsbrief.models import Document, Item, Sentence

# Weights of the score parts. First version, set by reading briefs of the
# example articles; the issue "Brief quality" tunes them on the dev sets.
W_POSITION, W_CENTRALITY, W_TITLE = 0.5, 0.3, 0.2
MMR_LAMBDA = 0.7  # relevance vs. novelty in maximal marginal relevance
DANGLING = re.compile(
    r"^(?:He|She|They|It|This|These|That|Those|His|Her|Their|Its|But|However|Also|And|So|"
    r"Yet|Still|Meanwhile|Instead|Moreover|Furthermore|Such|There)\b"
)
_BOILERPLATE = re.compile(
    r"\b(click here|share this|sign up|subscribe|newsletter|all rights reserved|read more|"
    r"follow us|cookie)\b", re.I
)


def points_for(doc: Document) -> int:
    """How many key points an article of this length gets (3 to 5)."""
    n = len(doc.sentences)
    return 3 if n < 25 else 4 if n < 45 else 5


def sentence_score(doc: Document, ctx: Context, sentence: Sentence) -> float:
    """Stand-alone worth of a sentence as a key point."""
    i = sentence.index
    word_count = len(sentence.text.split())
    position = 1.0 / (1.0 + 0.35 * i)
    score = (W_POSITION * position + W_CENTRALITY * ctx.centrality[i]
             + W_TITLE * ctx.title_similarity[i])
    if word_count < 8 or word_count > 60:
        score *= 0.5
    if sentence.text.rstrip().endswith("?"):
        score *= 0.4
    stripped = sentence.text.lstrip("\"“'‘")
    if stripped != sentence.text:
        score *= 0.6  # a sentence that is mostly a quote rarely states the news
    if DANGLING.match(stripped):
        score *= 0.6
    if _BOILERPLATE.search(sentence.text):
        score *= 0.1
    return score


def select(doc: Document, ctx: Context, count: int) -> list[Sentence]:
    """Choose ``count`` sentences by maximal marginal relevance over ``sentence_score``."""
    scores = {s.index: sentence_score(doc, ctx, s) for s in doc.sentences}
    top = max(scores.values(), default=1.0) or 1.0
    chosen: list[Sentence] = []
    pool = list(doc.sentences)
    while pool and len(chosen) < count:
        def mmr(s: Sentence) -> float:
            redundancy = max((ctx.similarity(s.index, c.index) for c in chosen), default=0.0)
            return MMR_LAMBDA * scores[s.index] / top - (1 - MMR_LAMBDA) * redundancy

        best = max(pool, key=mmr)
        pool.remove(best)
        if chosen and max(ctx.similarity(best.index, c.index) for c in chosen) > 0.6:
            continue  # near-duplicate of a chosen point
        chosen.append(best)
    return chosen


def _subject_name(doc: Document, sentence: Sentence) -> str | None:
    """The proper-noun subject of a sentence's main verb ("Mayor Ana Ruiz opened ...")."""
    for token in doc.sentence_tokens(sentence):
        if token.dep == "nsubj" and token.pos == "PROPN" and doc.tokens[token.head].dep == "ROOT":
            return token.text
    return None


def resolve_opening(doc: Document, sentence: Sentence, actors: Sequence[Actor]) -> str:
    """Replace an opening "He"/"She" by the person it refers to, bracketed ("[Lee] warned").

    The referent is the last person named before the sentence, or else the
    proper-noun subject of the previous sentence (for names the NER model missed).
    """
    match = re.match(r"^(He|She)\b", sentence.text)
    if not match:
        return sentence.text
    name: str | None = None
    for entity in reversed(doc.entities):
        if entity.label == "PERSON" and entity.end <= sentence.start:
            if entity.sentence_index >= sentence.index - 2:
                name = resolve_person(doc, actors, entity.text).split()[-1]
            break
    if name is None and sentence.index > 0:
        name = _subject_name(doc, doc.sentences[sentence.index - 1])
    if name is None:
        return sentence.text
    return f"[{name}]" + sentence.text[match.end():]


@register("summary")
def analyze_summary(doc: Document, ctx: Context) -> tuple[Item, ...]:
    """Key points in article order (main event first), ranked by score in ``attrs``."""
    chosen = select(doc, ctx, points_for(doc))
    ranks = {s.index: rank for rank, s in enumerate(chosen, start=1)}
    return tuple(
        Item(
            text=resolve_opening(doc, s, ctx.actors),
            citations=(cite(s),),
            attrs=(("rank", ranks[s.index]),),
        )
        for s in sorted(chosen, key=lambda s: s.index)
    )
