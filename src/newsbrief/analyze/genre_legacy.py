"""A critic's appreciation after a death: the writer weighs what the dead artist left behind (reader Audit 40 #12).

Audit 40 read an LA Times critic's appreciation of a rapper, written the week he died, as "News report". Its
paragraphs name songs in quotation marks and quote lyrics, so the genre's reading of the writer's own sentences
(paragraphs without quotation marks) had too few of them left, and genre_accounts.tribute wants a life told ("grew
up", "studied") that an appreciation of the work does not tell. What marks it instead:

- **a death in the opening**: "died" in a sentence of the first OPENING_PARAGRAPHS paragraphs;
- **the legacy weighed in the writer's own words**, in MIN_LEGACY sentences at least: "his influence remains",
  "never saw royalties to match their influence", "the trail leads back to ...", "has lasted, handed down from
  singer to singer". A song's or an album's title in quotation marks ("Sunday Groove,") is the writer's, so a short
  quoted title (TITLE_WORDS words at most) does not make a sentence someone else's; a longer quotation does.

An obituary report gives the praise of the influence to mourners, in quotation marks, and names it once or twice in
its own voice ("Her influence was recognised in 2005, when she was given an award").
"""

from __future__ import annotations

import re

from newsbrief.models import Document

__all__ = ["appreciates", "weighs_legacy"]

OPENING_PARAGRAPHS = 2
MIN_LEGACY = 3  # the audited appreciation has four; an obituary report one or two of its own
TITLE_WORDS = 4  # "Sunday Groove," "Rapper's Delight": a title, not a quotation
_DEATH = re.compile(r"\b(?:died|has died|was killed|passed away)\b")
_LEGACY = re.compile(r"\b(?:influence|legacy|influential)\b|\b(?:has|have|had) (?:lasted|endured|outlived)\b|"
                     r"\blives? on\b|\bhanded down\b|\b(?:leads?|led|runs?|goes|go|traces?) back to\b", re.I)
_TITLE = re.compile(r"[\"“]([^\"“”]{1,60})[\"”]")
_QUOTE = re.compile(r"[\"“”]")


def _own_words(text: str) -> bool:
    """True when the sentence quotes no one: no quotation marks but around a short title."""
    stripped = _TITLE.sub(lambda m: " " if len(m.group(1).split()) <= TITLE_WORDS else m.group(0), text)
    return not _QUOTE.search(stripped)


def appreciates(doc: Document) -> bool:
    """True for a critic's appreciation after a death (see the module docstring)."""
    if not doc.sentences:
        return False
    opening = {p for p in sorted({s.paragraph for s in doc.sentences})[:OPENING_PARAGRAPHS]}
    if not any(_DEATH.search(s.text) and _own_words(s.text) for s in doc.sentences if s.paragraph in opening):
        return False
    return sum(1 for s in doc.sentences if _own_words(s.text) and _LEGACY.search(s.text)) >= MIN_LEGACY


# A legacy weighed by scholars (reader Audit 43 #3, a wire analysis "Debate swirls over X's legacy" on the day a
# long-ruling president fell, read as "News report"): the headline or lede frames a verdict on a leader's record
# ("the debate over his legacy is growing louder", "how history will judge her"), and the body gives the verdicts
# to scholars and analysts introduced by role. A report on the fall itself names the event in its lede and quotes
# an expert or two without framing a legacy.
_LEGACY_FRAME = re.compile(
    r"\b(?:debate|debates|debated|argument|verdict|verdicts|judge|judged|judgement|judgment|assess\w*|weigh\w*|"
    r"mixed|contested|divided|question)\b[^.;]{0,40}\b(?:legacy|legacies|record|place in history)\b|"
    r"\b(?:legacy|record|place in history)\b[^.;]{0,40}\b(?:debated|contested|mixed|divides|divided|in question)\b|"
    r"\bhow history will (?:judge|remember)\b", re.I)
_SCHOLAR = re.compile(r"\b(?:professor|historian|scholar|analyst|political scientist|senior fellow|research fellow|"
                      r"director of the (?:Center|Centre|Institute))\b", re.I)
LEGACY_OPENING = 3  # the headline and the lede's first sentences frame the piece
MIN_SCHOLARS = 2  # two scholars' verdicts at least: one expert quoted on the day's event is a report's


def weighs_legacy(doc: Document) -> bool:
    """True when the headline or the opening frames a verdict on a legacy and MIN_SCHOLARS sentences give views to
    scholars introduced by role (see the comment above): an analysis."""
    opening = [doc.article.source.title or ""] + [s.text for s in doc.sentences[:LEGACY_OPENING]]
    if not any(_LEGACY_FRAME.search(text) for text in opening):
        return False
    return sum(1 for s in doc.sentences if _SCHOLAR.search(s.text)) >= MIN_SCHOLARS
