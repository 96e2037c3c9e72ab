"""A report's news told after a hook: the development credited to a report or to sources leads (reader Audit 46 #12,
docs/audit.md 47.3).

A tech report opened on a hook about the year ("... has been a year full of surprises"), then background (two rivals'
lawsuits dropped), then its news, credited to a report ("X will supply more parts for Y's next phone, a report from
Seoul says"). Its key points led with the background and the hook; the news was key point 3. Such a report names its
news where it first credits it: the first sentence of the opening that ends on its credit to a report ("..., a report
says", "..., a new study suggests"), opens on one ("According to a report in ..."), or gives it to sources ("industry
sources say"), when the sentences before it credit nothing and the first is a hook (point_theses.is_hook) or
background (point_background.earlier_background, background_state). That sentence leads.

A report whose lede is news of its own ("Shares in X rose 6 percent on Monday") keeps it: its first sentence is no
hook or background, so a report it cites later is no delayed lede. Nor is a credit after news told in the writer's
voice ("The firm has won a $2bn order. Industry sources say more could follow."): the news came first.
"""

from __future__ import annotations

import re

from newsbrief.analyze.context import Context
from newsbrief.analyze.point_background import background_state, earlier_background, recent_news
from newsbrief.analyze.point_theses import is_hook
from newsbrief.models import Document, Sentence

__all__ = ["reported_lede"]

_CREDITED = re.compile(
    r",\s+(?:a|an|the|another)\s+(?:new\s+|fresh\s+|latest\s+|separate\s+)?(?:report|study|survey|filing|newspaper|"
    r"paper|magazine|website|blog|analyst\s+note)\b[^.;\"“”]{0,60}?\b(?:says|said|suggests|suggested|claims|claimed|"
    r"reports|reported|shows|showed)\.?\s*$|"
    r"^According to (?:a|an|the)\s+(?:new\s+|fresh\s+|latest\s+)?(?:report|study|survey|filing)\b|"
    r"\b(?:industry\s+|unnamed\s+|anonymous\s+)?sources\b[^.;\"“”]{0,40}?\b(?:say|said|suggest|suggested|claim|claimed)\b",
    re.I)
_QUOTE = re.compile(r"[\"“”]")
_SEEMS = frozenset("appear seem look".split())
LEDE_REACH = 5  # sentences: a report tells its news by the fifth
MIN_WORDS = 8
MAX_WORDS = 60


def _sets_up(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """True for an opening that is no news itself: a hook or background."""
    return is_hook(sentence) or earlier_background(doc, ctx, sentence) or background_state(doc, sentence)


def reported_lede(doc: Document, ctx: Context) -> Sentence | None:
    """The news of a report that opens on a hook or background, credited to a report or sources (see the module
    docstring), or None."""
    if ctx.genre != "news" or not doc.sentences or not _sets_up(doc, ctx, doc.sentences[0]):
        return None
    for sentence in doc.sentences[1:LEDE_REACH]:
        if _QUOTE.search(sentence.text):
            continue  # someone's words, not the report's news
        if _CREDITED.search(sentence.text):
            return sentence if MIN_WORDS <= len(sentence.text.split()) <= MAX_WORDS else None
        if recent_news(doc, sentence) and not _bridge(doc, sentence):
            return None  # the news told in the writer's voice ("It has won a $2bn order"): what sources add is not it
    return None


def _bridge(doc: Document, sentence: Sentence) -> bool:
    """True for a bridge whose main verb only seems ("Now the two rivals appear to be growing closer."): no news."""
    root = next((t for t in doc.sentence_tokens(sentence) if t.dep == "ROOT"), None)
    return root is not None and root.lemma.lower() in _SEEMS
