"""Argument without "I" or "should": verdicts, sarcasm and weighed views (reader Audit 21, docs/audit.md 22.4 item 7).

The genre line (:mod:`newsbrief.analyze.genre`) counts the writer's own sentences that judge. Three shapes of
argument escaped it and made argued pieces read as news:

- **A verdict on what may be done** ("This simply cannot be permitted", "is unacceptable") or on why something
  happened ("The spill is no accident"), and the writer speaking for readers in the body ("has shown us"): an
  attack piece on a company with no "I" in it (:func:`judges_plainly`).
- **Sarcasm**: a one-word cheer or shrug standing as a sentence ("Great!", "Of course.") and a flat verdict on
  people's competence ("They are bad at their jobs"): a sports column read as a report (:func:`mocks`).
- **Weighing views and options** ("One view holds ...", "Another argues ...", "a further option", "There are no
  easy options"): a correspondent's analysis; a report gives such views to named sources
  (:func:`weighs`). Such a piece that also dismisses one view ("is a myth") weighs; it is no fact-check
  (:func:`weighs_views`).

A report keeps all of these inside its quotations, which the genre line never counts as the writer's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbrief.models import Document

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

_PLAIN_VERDICT = re.compile(
    r"\b(?:can(?:not|'t| not)|must not|should not|must never) (?:simply )?(?:be|go) (?:permitted|allowed|"
    r"tolerated|accepted|excused|ignored|unpunished|unchallenged)\b|\b(?:is|are|was|were) (?:simply |quite )?"
    r"(?:unacceptable|inexcusable|indefensible|unforgivable)\b|\b(?:is|are|was|were) no (?:accident|coincidence)\b|"
    r"\b(?:has|have) (?:shown|taught|reminded) us\b", re.I)
# A sentence that is only a cheer or a shrug: the columnist's sarcasm ("Great! ... Five men. Of course.").
_SARCASTIC_SHORT = re.compile(
    r"^(?:(?:oh|well|and),? )?(?:great|wonderful|brilliant|perfect|terrific|fantastic|lovely|super|of course|"
    r"naturally|obviously|sure|shocking|what a surprise|surprise,? surprise|go figure|bravo|congratulations|nice|"
    r"good job|well done|classic)[.!]+$", re.I)
_INCOMPETENT = re.compile(r"\b(?:is|are|was|were|been) (?:\w+ )?(?:bad|terrible|awful|hopeless|useless|lousy|"
                          r"incompetent|clueless) at (?:their|his|her|its|the) (?:jobs?|work)\b", re.I)
# Views weighed against each other in the writer's voice, and options laid out as options.
_WEIGHS = re.compile(
    r"\b(?:one|a|the|another|an opposing|the opposing|the other) (?:view|school of thought|argument|camp) "
    r"(?:holds|is|says|argues|suggests)\b|^(?:an)?other(?:s)? (?:argue|argues|reach|believe|contend|counter)\b|"
    r"\b(?:in|on) (?:this|that) view\b|\b(?:a|another|the|one|a further|a third|the last|the final) "
    r"(?:further |other |second |third |last |final |only |military |diplomatic )?option\b|"
    r"\bno (?:easy|simple|good) (?:options|answers|choices|solutions)\b|\b(?:different|opposite) conclusion\b|"
    r"\bthe (?:risk|danger|trouble|difficulty) (?:is|here is) that\b", re.I)


def judges_plainly(text: str) -> bool:
    """True for a verdict on what may be done or why something happened, or a writer's "has shown us"."""
    return bool(_PLAIN_VERDICT.search(text))


def mocks(text: str) -> bool:
    """True for a sarcastic cheer or shrug standing as a sentence, or a verdict on people's competence."""
    return bool(_SARCASTIC_SHORT.match(text.strip()) or _INCOMPETENT.search(text))


def weighs(text: str) -> bool:
    """True for a sentence weighing one view or option against another in the writer's voice."""
    return bool(_WEIGHS.search(text.strip()))


# Sentences weighing views or options, in the writer's voice, that make a piece an analysis rather than a
# fact-check when it also dismisses one view ("The claim that the regime is about to fall is a myth"): a
# fact-check judges a claim true or false, it does not lay out options. The analysis of
# tests/analyze/test_genre_audit21.py has five; a debunk (its cases, the FNC-1 hoax debunks) has none.
MIN_WEIGHED = 2


def weighs_views(doc: Document, ctx: Context) -> bool:
    """True when the writer weighs views or options in at least MIN_WEIGHED sentences of their own."""
    return sum(1 for s in doc.sentences if ctx.voice_of(s.index).voice == "reporter" and weighs(s.text)) \
        >= MIN_WEIGHED


__all__ = ["MIN_WEIGHED", "judges_plainly", "mocks", "weighs", "weighs_views"]
