"""Key points of a debunking item, and lines that cannot lead (reader Audit 36).

Audit 36 read a blog item on a viral mock-up whose opening told the rumour, asked a rhetorical question ("If X can
exist, why not?") and then gave its verdict ("Alas, the wrapper ... isn't real"): the brief led with the question
and showed the verdict third. The verdict in the opening is the item's news and leads (:func:`opening_debunk`); a
question asks and is never the point (:func:`cannot_lead`). The same audit read a long essay whose first key point
was "But of course these heavy-handed tactics, like all the others, have failed.": the tactics are named only in
the sentences before it, so alone it says nothing a reader can place; such a line does not lead either.

Audit 38 read a blog debunk opening "<Name> has not been arrested." and then "The news of his incarceration is, yet
again, a hoax.": the verdict led and its "his" named nobody, while the denial that names the subject was dropped. An
opening's short outright denial leads in place of a verdict after it that leans on a pronoun (:func:`_flat_denial`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbrief.nlp.debunk import debunk_verdict

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context
    from newsbrief.models import Document, Sentence

__all__ = ["OPENING_SENTENCES", "cannot_lead", "opening_debunk"]

# The opening a debunking item gives its verdict in: the item of Audit 36 gave it third, after the rumour and a
# rhetorical question; a verdict further down judges a detail, not the item's story.
OPENING_SENTENCES = 4

# "isn't real", "is not a real product": a denial that the thing exists (debunk.debunk_verdict reads "fake",
# "a hoax", "false"). Not "real estate", "real terms", "real reason" (a noun phrase, no denial of the thing).
_NOT_REAL = re.compile(r"\b(?:is|are|was|were)(?:n['’]t| not) (?:(?:a|an) )?real\b(?! (?:estate|terms|reason|"
                       r"problem|issue|question|story|point|danger|risk|threat|test|concern|cause))", re.I)
_QUOTE_OPENING = "\"“'‘"

# A line leaning on a referent shown only before it: "But of course these heavy-handed tactics ...", "And such
# measures ...", "Yet those promises ...". The connective and "of course" are skipped; "these/those/such" must be
# followed by a word (a noun phrase), so "These are ..." (a pronoun, ANAPHORIC's case) is left to the other rules.
_LEANS_ON_REFERENT = re.compile(r"^(?:(?:but|and|yet|so|still)\s*,?\s+)?(?:(?:of course|then again|again)\s*,?\s+)?"
                                r"(?:these|those|such)\s+(?!are\b|were\b|is\b|was\b|have\b|had\b|who\b|which\b)"
                                r"[a-z]", re.I)


# "has not been arrested", "is not dead", "did not resign", "was never ...": an outright denial of the thing.
_DENIAL = re.compile(r"\b(?:has|have|had|is|are|was|were|did|does|do|will)(?:n['’]t|\s+not|\s+never)\b", re.I)
# A verdict that names the subject only by a pronoun ("the news of his arrest", "It is a hoax").
_PRONOUN = re.compile(r"\b(?:he|she|it|they|his|her|its|their|him|them)\b", re.I)
# An outright denial is a short statement: the Audit 38 lede had 5 words; a longer sentence tells more than the denial.
DENIAL_WORDS = 14


def _question(sentence: Sentence) -> bool:
    return sentence.text.rstrip(" \"”’'").endswith("?") and sentence.text[:1] not in _QUOTE_OPENING


def cannot_lead(sentence: Sentence) -> bool:
    """True for a line that is never an article's point: a question in the writer's voice in the opening (a hook
    that asks; the answer is the point; a column's closing question to its readers is its point, session 20b), or a
    line leaning on a referent it does not name (see _LEANS_ON_REFERENT)."""
    return (_question(sentence) and sentence.index < OPENING_SENTENCES) \
        or bool(sentence.index and _LEANS_ON_REFERENT.match(sentence.text.strip()))


def opening_debunk(doc: Document, ctx: Context, denial_only: bool = False) -> Sentence | None:
    """The writer's verdict in the opening that the thing the item tells of is not real (see the module docstring),
    when a sentence before it tells that thing; else None. ``denial_only``: only "isn't real" counts, not a word
    such as "bogus" that may describe the hoax being told ("The headline from the bogus story read: ...", a
    fact-check whose own refutation comes later; tests/analyze/test_hoax_audit18)."""
    for sentence in doc.sentences[1:OPENING_SENTENCES]:
        text = sentence.text
        if text[:1] in _QUOTE_OPENING or _question(sentence) \
                or (ctx.voice_of(sentence.index).voice != "reporter" and not _own_outlet(text)):
            continue
        if _NOT_REAL.search(text) or (not denial_only and debunk_verdict(text)):
            return _flat_denial(doc, ctx, sentence) or sentence
    return None


# The outlet speaking as "we" ("the picture is a hoax, as MTV News found out when we reached out to Durex", Audit 42
# #12): the attribution names the writer's own outlet, so the verdict is the writer's; quoted words are a speaker's.
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")  # "us" lower-case only: "US officials" is no "we"
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")


def _own_outlet(text: str) -> bool:
    """True when the sentence speaks as "we" outside quotation marks: the writer's outlet holds the verdict."""
    return bool(_WE.search(_QUOTED.sub(" ", text)))


def opening_denial(doc: Document, ctx: Context) -> Sentence | None:
    """A fact-check's first sentence when it denies the thing outright and the opening's verdict after it names the
    subject only by a pronoun (see _flat_denial); else None. A fact-check takes its refutation first otherwise; this
    one sentence names what the verdict leans on (Audit 38 #11, read as a fact-check after genre_assess)."""
    point = opening_debunk(doc, ctx)
    return point if point is not None and point.index == 0 else None


def _flat_denial(doc: Document, ctx: Context, verdict: Sentence) -> Sentence | None:
    """The item's first sentence when it denies the thing outright ("X has not been arrested.") and the verdict
    after it names the subject only by a pronoun; else None (see the module docstring)."""
    first = doc.sentences[0]
    text = first.text.strip()
    if not _PRONOUN.search(verdict.text) or text[:1] in _QUOTE_OPENING or _question(first) \
            or len(text.split()) > DENIAL_WORDS or ctx.voice_of(0).voice != "reporter":
        return None
    return first if _DENIAL.search(text) else None
