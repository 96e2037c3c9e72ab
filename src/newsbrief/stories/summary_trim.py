"""What a story summary's point can leave out of its sentence, and the words several outlets share.

Two small helpers of :mod:`newsbrief.stories.summary`, kept apart so that module stays readable:

* :func:`trim` drops what a reader does not miss and that cannot change what the
  sentence says: a wire dateline ("dallas (ap) — ", "Huntington beach (cbsla) – ")
  and short parentheticals ("1.8 kilometers (1.1 miles)", "(associated press)"),
  never inside a quotation (where a bracket is the quoted speaker's own words or an
  editor's clarification) and never leaving fewer than six words. The words saved
  leave room for another point in the same budget. Attribution tails (", police
  said") are kept: who says so is part of the point, and dropping them gained nothing
  on the development stories (+0.0 ROUGE-1 on either half).
* :func:`concepts` are the point's words and word pairs (lemmas; pairs of two stop
  words excluded), the units of the concept-coverage objective (Gillick & Favre,
  2009): a concept weighs one for each further article of the story that uses it.
* :func:`never_a_point` tells the sentences that are the page, not the story: the
  article brief's furniture phrases, the ingest furniture kinds whose phrases do not
  occur in reporting (a copyright line, a credit, a share widget, a contact line, a
  bare link), and notices addressed to the page's reader (an account or subscription
  wall, a tweet widget's location notice, a web archive's crawl notice). Shape alone
  (no final stop) does not count: truncated feeds end sentences that way.
* :func:`keys` are a sentence's names and numbers, what two outlets' reports of
  one fact share (the summary's same-point test).

Regular expressions only: the annotation (spaCy) has already been done upstream,
and these rules look at characters.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import pairwise

from newsbrief.analyze.openings import BOILERPLATE
from newsbrief.ingest.furniture import furniture_kind
from newsbrief.lexicon import DANGLING_OPENERS, words
from newsbrief.models import Document, Sentence

# A wire dateline, also lower-cased as in Multi-News: a place, the wire or site in brackets,
# then a dash. Only in the first 60 characters, so a bracketed outlet later in a sentence stays.
_WIRE = re.compile(
    r"^[^()\"“”]{0,60}?\((?:ap|reuters|cnn|afp|upi|associated press|[\w.-]+\.(?:com|org|net)"
    r"|[a-z]{2,5}(?:\s\d{1,2})?)\)\s*(?:--|—|–|-)\s*", re.I)
# A short parenthetical (a conversion, an abbreviation, a credit) with the space before it.
_PARENTHETICAL = re.compile(r"\s+\([^()\[\]]{1,60}\)")
_QUOTE = re.compile(r"[\"“”]")
MIN_WORDS = 6  # a trimmed point keeps at least this many words, or the sentence is shown whole
MIN_REST = 40  # characters that must follow a dropped dateline


def wire_prefix(text: str) -> int:
    """Length of a wire dateline opening ``text`` (0 if there is none)."""
    match = _WIRE.match(text)
    return match.end() if match and len(text) - match.end() >= MIN_REST else 0


def trim(text: str) -> str:
    """``text`` without short parentheticals, unless it quotes someone or would be too short."""
    if _QUOTE.search(text):
        return text
    shorter = _PARENTHETICAL.sub("", text)
    return shorter if len(shorter.split()) >= MIN_WORDS else text


def concepts(doc: Document, sentence: Sentence) -> frozenset[str]:
    """The sentence's content lemmas and its pairs of adjacent word lemmas (not both stop words)."""
    tokens = [t for t in doc.sentence_tokens(sentence) if t.pos not in ("PUNCT", "SPACE", "SYM")]
    found = {t.lemma.lower() for t in tokens if not t.is_stop and any(c.isalnum() for c in t.text)}
    found.update(f"{a.lemma.lower()} {b.lemma.lower()}" for a, b in pairwise(tokens)
                 if not (a.is_stop and b.is_stop))
    return frozenset(found)


def concept_weights(concept_sets: Sequence[frozenset[str]], articles: Sequence[int]) -> dict[str, float]:
    """Each concept's weight: the number of the story's articles using it, less one (0: one article)."""
    per_article: dict[int, set[str]] = {}
    for found, article in zip(concept_sets, articles, strict=True):
        per_article.setdefault(article, set()).update(found)
    counts: Counter[str] = Counter(c for found in per_article.values() for c in found)
    return {c: float(n - 1) for c, n in counts.items() if n > 1}


def new_weight(found: Iterable[str], covered: set[str], weights: dict[str, float]) -> float:
    """The weight of the concepts in ``found`` that no chosen point covers yet."""
    return sum(weights.get(c, 0.0) for c in found if c not in covered)


# Furniture kinds named by phrases that reporting does not use (ingest.furniture keeps these even
# against its lead-paragraph rule); "subhead", "related", "caption" or "other" can come from shape
# alone (a line without a final stop), which a truncated sentence of a feed also has.
FURNITURE_KINDS = frozenset({"legal", "credit", "widget", "ad", "byline", "boilerplate", "link", "embed"})
# Notices a page addresses to its reader, not found by the furniture phrases: an account or
# subscription wall, the reader's own e-mail, inbox, browser or tweets, a tweet widget's location
# notice, a web archive's crawl notice. Written from the kinds of junk pages among the Multi-News
# development documents (67 sentences matched, all notices); reporting states them in the third person.
_NOTICE = re.compile(
    r"\b(?:create|already have|sign in to|log in to) (?:an|your) account\b|\b(?:keep|continue) reading\b"
    r"|\bunlimited (?:digital )?access\b|\byour (?:e-?mail address|password|inbox|browser|tweets?|location)\b"
    r"|\btweet (?:with a location|location history)\b|\b(?:add|embed) (?:this|the) tweet\b"
    r"|\bcrawl data\b|\bwayback machine\b", re.I)


def never_a_point(text: str) -> bool:
    """True when the sentence is page furniture or a notice to the page's reader (see the module docstring)."""
    return bool(BOILERPLATE.search(text) or _NOTICE.search(text) or furniture_kind(text) in FURNITURE_KINDS)


def opens_dangling(shown: str) -> bool:
    """True when the text a point shows opens with a pronoun or connective pointing outside itself
    (an opening the repair left alone because it took the referent for the article's own subject)."""
    opening = words(shown)[:1]
    return bool(opening) and opening[0] in DANGLING_OPENERS and not shown.startswith("[")


_KEY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"})
_ARTICLE = re.compile(r"^(?:the|a|an)\s+|['’]s$")


def keys(doc: Document, sentence: Sentence) -> frozenset[str]:
    """Names and numbers of a sentence, lower-cased: what two reports of one fact share.

    A name is a named entity without its article ("the Delmont Chemicals" is "delmont
    chemicals"), or a proper noun the entity recogniser missed (it misses many in
    lower-cased text); a number is a token written in digits, without thousands commas.
    """
    entities = [e for e in doc.sentence_entities(sentence) if e.label in _KEY_LABELS]
    inside = {i for e in entities for i in range(e.token_start, e.token_end)}
    names = {_ARTICLE.sub("", e.text.lower()) for e in entities}
    for token in doc.sentence_tokens(sentence):
        if token.like_num and any(c.isdigit() for c in token.text):
            names.add(token.text.replace(",", ""))
        elif token.pos == "PROPN" and token.i not in inside and not token.is_stop:
            names.add(token.text.lower())
    return frozenset(n for n in names if any(c.isalnum() for c in n))
