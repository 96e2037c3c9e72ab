"""Background or news: whether an opening sentence tells what led up to the news or the news itself.

Split out of :mod:`newsbrief.analyze.point_openings` (session 36, which had passed 500 lines); that module and
:mod:`newsbrief.analyze.point_reported` ask these tests of a lede and the sentences after it:

- :func:`earlier_background`: a main verb in the past perfect, or a date before the news ("a year ago", a year
  before the publication's, a fronted "One week ago, ...");
- :func:`recent_news`: a present or present perfect main verb, a date by the day, or a report of something in the
  present tense;
- :func:`background_state`: what a firm or person has long been or once did ("has been making tanks for 30
  years", "was founded in 1984"), or how things stood before the news.

Parse-based (tags and dependency labels of the annotation stage), as the other opening rules are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsbrief.analyze.doc_index import entities_of
from newsbrief.analyze.point_still import dated_by_day
from newsbrief.models import Document, Sentence, Token

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context


# Background before the news (the lead's Newsroom reading, session 13: a player's "is cancer-free" was key point
# 3 behind "was diagnosed with cancer in June 2014"): a sentence whose main verb is in the past perfect ("had
# undergone surgery") or that is dated before the news ("a year ago", "last season", a year before the
# publication's) tells what led up to the news; a later sentence in the present tense or dated by the day, or
# a report of one ("said on Wednesday that he is cancer-free"), tells the news.
_EARLIER_WORDS = re.compile(r"\b(?:ago|last (?:year|season|spring|summer|autumn|fall|winter|decade)|years? earlier|"
                            r"previous (?:year|season))\b", re.I)
_YEAR_IN = re.compile(r"\b(?:1[89]|20)\d\d\b")
# A decade dates a past sentence before the news ("was one of the most familiar faces ... in the 1990s"); in a present
# one it tells how long a state has lasted ("unchanged since the 1930s is up for sale": a CNN/DM lede, kept).
_DECADE_IN = re.compile(r"\b(?:1[89]|20)\d0s\b")
_REPORTS = frozenset("say announce confirm tell reveal write post share".split())


def earlier_background(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """True when the sentence's main verb is in the past perfect or a date in it lies before the news."""
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is not None and root.tag == "VBN" and any(
            t.head == root.i and t.dep == "aux" and t.text.lower() == "had" for t in tokens):
        return True
    entities = [e for e in entities_of(doc, sentence) if e.label == "DATE"]
    # A fronted "One week ago, ..." dates the whole sentence before the news, whatever day it names after it
    # ("... emerged from Friday prayers": a Friday of the week before; session 36's labelled set).
    if any(e.start == sentence.start and _EARLIER_WORDS.search(e.text) for e in entities):
        return True
    if dated_by_day(doc, sentence):
        return False
    for entity in entities:
        years = [int(y) for y in _YEAR_IN.findall(entity.text)]
        if told_in_past(doc, sentence):
            years += [int(d[:4]) for d in _DECADE_IN.findall(entity.text)]
        if _EARLIER_WORDS.search(entity.text) or (years and (ctx.published is None or max(years) < ctx.published.year)):
            return True
    return False


def recent_news(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence tells something now or of the day: a present or present perfect main verb, a date
    by the day, or a report ("said", "announced") of something in the present tense."""
    if acts_now(doc, sentence) or dated_by_day(doc, sentence):
        return True
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None or root.lemma.lower() not in _REPORTS:
        return False
    told = [t for t in tokens if t.head == root.i and t.dep == "ccomp"]
    return any(t.tag in ("VBZ", "VBP") or any(a.head == t.i and a.tag in ("VBZ", "VBP") for a in tokens) for t in told)


_FOUNDING = frozenset("found establish form start set launch create build open".split())
_EARLIER = frozenset("previously long always already once formerly".split())
_SPAN = re.compile(r"\b(?:years|decades|centuries|generations)\b|\b(?:19|20)\d\d\b")


def background_state(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence's main verb tells what a firm or person has long been or once did (see above), or how
    something was before the news ("were elusive even before the spill")."""
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None:
        return False
    children = [t for t in tokens if t.head == root.i]
    if root.lemma.lower() == "be" and root.tag == "VBD" and any(
            t.dep == "prep" and t.lemma.lower() == "before" and _predicate_of(tokens, t, root) for t in tokens):
        return True  # "were elusive even before the spill": how things stood before the news (Audit 53 A1, KP2)
    passive = any(c.dep == "auxpass" for c in children)
    if passive:
        return root.lemma.lower() in _FOUNDING and root.tag == "VBN"  # "was founded in 1984"
    if not any(c.dep == "aux" and c.lemma.lower() == "have" for c in children):
        return False
    if any(c.dep == "advmod" and c.lemma.lower() in _EARLIER for c in children):
        return True  # "has previously supplied", "has long made"
    # "has been making tanks for more than 30 years", "has worked there since 1990"
    spans = [c for c in children if c.dep == "prep" and c.lemma.lower() in ("for", "since")]
    return any(_SPAN.search(doc.article.text[doc.tokens[c.left].start : doc.tokens[c.right].end]) for c in spans)


def told_in_past(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence's main verb is a simple past ("emerged", "was")."""
    root = next((t for t in doc.sentence_tokens(sentence) if t.dep == "ROOT"), None)
    return root is not None and root.tag == "VBD"


def _predicate_of(tokens: Sequence[Token], token: Token, root: Token) -> bool:
    """True when ``token`` hangs from the root through its predicate only ("were hard to find even before ...": the
    root's complement and its infinitive), not through a clause of its own."""
    by_index = {t.i: t for t in tokens}
    head = by_index.get(token.head)
    while head is not None and head.i != root.i and head.dep in ("acomp", "xcomp"):
        head = by_index.get(head.head)
    return head is not None and head.i == root.i


def acts_now(doc: Document, sentence: Sentence) -> bool:
    """True when the main verb is in the present or present perfect ("is shipping", "ships", "has won")."""
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None:
        return False
    if root.lemma.lower() == "be":
        # "... is now 19 and a university student": a present "be" set against the past by "now" tells the news of
        # a then-and-now lede (session 36's labelled set); a bare present "be" describes.
        return root.tag in ("VBZ", "VBP") and any(t.head == root.i and t.text.lower() == "now" for t in tokens)
    auxes = [t for t in tokens if t.head == root.i and t.dep in ("aux", "auxpass")]
    if not auxes:
        return root.tag in ("VBZ", "VBP")
    return auxes[0].tag in ("VBZ", "VBP") and not any(a.tag == "MD" for a in auxes)
