"""Hand-made features of a (claim, article) pair for the stance model.

The bag-of-words part of the model (:mod:`newsbrief.stories.stance`) tells
related from unrelated pairs well, but it sees headline and body words
separately, so it cannot see *how* an article treats the claim. These few
dense features do: how much of the claim the article repeats (word, bigram,
character n-gram overlap, as in the FNC-1 official baseline), whether it uses
refuting words ("hoax", "fake", "denied" — the baseline's list, extended) or
hedging words ("reportedly", "unconfirmed"), and whether a negation stands
near the claim's own words in the article. The rare ``disagree`` class lives
in the refuting and negation features; ``discuss`` in the hedging ones.

Plain Python and regular expressions, no parser: FNC-1 has 50,000 pairs and
the features must take seconds, not a spaCy pass per body.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import TypeVar

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_STOP = frozenset(ENGLISH_STOP_WORDS)
T = TypeVar("T")

# The official baseline's refuting words, plus the forms news bodies use for debunking.
REFUTING = frozenset({
    "fake", "fraud", "hoax", "false", "deny", "denies", "denied", "denying", "not", "despite", "nope", "doubt",
    "doubts", "bogus", "debunk", "debunked", "debunks", "pranks", "prank", "retract", "retracted", "refute",
    "refuted", "refutes", "untrue", "myth", "rumour", "fabricated", "satire", "satirical", "misleading",
    "dismissed", "rejects", "rejected", "never", "no",
})
# Words that report a claim without taking a side (the ``discuss`` class).
HEDGING = frozenset({
    "reportedly", "allegedly", "alleged", "apparently", "claims", "claimed", "claim", "rumor", "rumors",
    "rumour", "rumours", "unconfirmed", "unverified", "may", "might", "could", "possibly", "purportedly",
    "suggests", "suggested", "appears", "seems", "speculation", "according", "reports", "report",
})
_NEGATION = frozenset({"not", "no", "never", "n't", "neither", "nor", "none", "nothing", "without"})
_CONTRACTION = re.compile(r"n't\b")
_WINDOW = 5  # tokens either side of a claim word in which a negation counts (a clause, roughly)

FEATURE_NAMES: tuple[str, ...] = (
    "jaccard", "claim_in_body", "claim_in_lead", "bigram_in_body", "trigram_in_body", "char4_in_body",
    "best_sentence_overlap", "claim_refuting", "claim_hedging", "claim_negated",
    "body_refuting_rate", "body_hedging_rate", "lead_refuting", "lead_hedging",
    "near_refuting", "near_hedging", "negation_near_claim", "refuting_parity_claim", "refuting_parity_body",
    "log_body_words", "log_claim_words", "question_claim",
)


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens; "n't" is split off so that "didn't" counts as a negation."""
    return _WORD.findall(_CONTRACTION.sub(" n't", text.lower()).replace(" n't", " not"))


def content(words: Sequence[str]) -> list[str]:
    """The words of ``words`` that are not stop words (refuting and negation words are kept)."""
    return [w for w in words if (w not in _STOP or w in REFUTING) and len(w) > 1]


def _ngrams(words: Sequence[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def _share(part: AbstractSet[T], whole: AbstractSet[T]) -> float:
    """The share of ``part`` found in ``whole`` (0 for an empty part)."""
    return len(part & whole) / len(part) if part else 0.0


def _rate(words: Sequence[str], lexicon: frozenset[str]) -> float:
    return sum(w in lexicon for w in words) / max(len(words), 1)


def _near_claim(body: Sequence[str], claim: set[str]) -> tuple[int, int, int]:
    """Refuting, hedging and negation words within ``_WINDOW`` tokens of a claim word in the body."""
    refuting = hedging = negated = 0
    hits = [i for i, w in enumerate(body) if w in claim]
    near: set[int] = set()
    for i in hits:
        near.update(range(max(0, i - _WINDOW), min(len(body), i + _WINDOW + 1)))
    for j in near:
        word = body[j]
        refuting += word in REFUTING
        hedging += word in HEDGING
        negated += word in _NEGATION
    return refuting, hedging, negated


@dataclass(frozen=True)
class _Body:
    """What the features need of one article body, computed once (FNC-1 pairs each body with ~30 claims)."""

    words: tuple[str, ...]
    word_set: frozenset[str]
    content_set: frozenset[str]
    lead_set: frozenset[str]
    lead_words: tuple[str, ...]
    bigrams: frozenset[tuple[str, ...]]
    trigrams: frozenset[tuple[str, ...]]
    char4: frozenset[str]
    sentences: tuple[tuple[str, ...], ...]
    refuting_rate: float
    hedging_rate: float


@functools.lru_cache(maxsize=4096)
def _body(text: str) -> _Body:
    words = tokens(text)
    lower = text.lower()
    lead_words = tokens(text[:600])
    return _Body(
        words=tuple(words), word_set=frozenset(words), content_set=frozenset(content(words)),
        lead_set=frozenset(tokens(text[:255])),  # the official baseline's "first 255 characters"
        lead_words=tuple(lead_words), bigrams=frozenset(_ngrams(words, 2)), trigrams=frozenset(_ngrams(words, 3)),
        char4=frozenset(lower[i:i + 4] for i in range(max(len(lower) - 3, 0))),
        sentences=tuple(t for t in (tuple(tokens(s)) for s in _SENTENCE.split(text)) if t),
        refuting_rate=100 * _rate(words, REFUTING), hedging_rate=100 * _rate(words, HEDGING),
    )


def _best_sentences(body: _Body, claim: set[str], keep: int = 3) -> tuple[float, list[str]]:
    """The best overlap of one body sentence with the claim, and the words of the ``keep`` best sentences."""
    scored = sorted(((_share(claim, set(words)), words) for words in body.sentences), key=lambda pair: -pair[0])
    best = scored[0][0] if scored else 0.0
    return best, [w for _, words in scored[:keep] for w in words]


def pair_features(claim_text: str, body_text: str) -> list[float]:
    """The dense features of one (claim, article) pair, in the order of :data:`FEATURE_NAMES`."""
    body = _body(body_text)
    claim_words = tokens(claim_text)
    claim_set = set(content(claim_words))
    lower = claim_text.lower()
    char4_claim = {lower[i:i + 4] for i in range(max(len(lower) - 3, 0))}
    best, best_words = _best_sentences(body, claim_set)
    near_refuting, _, near_negation = _near_claim(body.words, claim_set)
    hits = max(sum(w in claim_set for w in body.words), 1)
    claim_refuting = sum(w in REFUTING for w in claim_words)
    return [
        len(claim_set & body.content_set) / max(len(claim_set | body.content_set), 1),
        _share(claim_set, body.word_set),
        _share(claim_set, body.lead_set),
        _share(_ngrams(claim_words, 2), body.bigrams),
        _share(_ngrams(claim_words, 3), body.trigrams),
        _share(char4_claim, body.char4),
        best,
        float(claim_refuting),
        float(sum(w in HEDGING for w in claim_words)),
        float(any(w in _NEGATION for w in claim_words)),
        body.refuting_rate,
        body.hedging_rate,
        100 * _rate(body.lead_words, REFUTING),
        100 * _rate(body.lead_words, HEDGING),
        100 * _rate(best_words, REFUTING),
        100 * _rate(best_words, HEDGING),
        (near_negation + near_refuting) / hits,
        float(claim_refuting % 2),
        float(round(body.refuting_rate * len(body.words) / 100) % 2),
        math.log1p(len(body.words)),
        math.log1p(len(claim_words)),
        float(claim_text.rstrip().endswith("?")),
    ]
