"""A round-up's announced question and the answer its voices give (reader Audit 48, docs/audit.md 49.3 #3; issue #11).

A round-up of experts' views opens on its hook and announces the round-up in the writer's own voice: "The regime is
under pressure. But questions are being asked about what comes next. <Outlet> spoke to some experts to hear what
they think the endgame could be." Its point is the answer its voices give (a long war, a divided country), which
comes after the announcement. Audit 48's #3 had all three set-up lines as its key points and the forecast only in
Quotes and Outlook.

- **The announcement.** A sentence in the writer's voice, outside quotation marks, that says the writer consulted a
  group of voices: "spoke to / talked to / turned to (some | several | three ...) experts / analysts / observers
  ...", "we asked (readers | analysts ...)", "here is what they said / think". A third party's "asked a panel of
  experts to report" is a news act, not the writer's round-up (T17 reports, read in session 32). The announcement
  stands in the opening: among the first OPENING_PARAGRAPHS paragraphs and the first OPENING_SHARE of the piece.
- **The hook.** Every sentence before the announcement, and the announcement itself, and a short "Here is what they
  said." right after it: set-up, weighted down by HOOK_FACTOR ("questions are being asked", "the regime is under
  pressure" announce a question; they answer none).
- **The answer.** The first sentence after the hook that states something alone: no question, no announcement, at
  least MIN_WORDS words. Speech reported in the writer's words ("Professor X said the war was likely to drag on") is
  preferred to a quotation within ANSWER_REACH sentences, as it names its speaker.

- **An open question announced.** "But questions are being asked as to what will emerge ..." says only that a
  question is open (a wh-question, now being asked): it is a set-up wherever it stands, and its score goes to the
  statement after it (summary.is_setup). "Questions have been raised about whether procedures were followed" reports
  a doubt on a matter of fact and stays (T17's oil-spill reports, read in session 32).

A report whose lede tells news and later says "Officials spoke to experts about the risk" keeps its lede: the
announcement must come before any sentence with a named speaker's statement (the hook carries no reported speech).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context
    from newsbrief.models import Document, Sentence

__all__ = ["announced_answer", "announced_hook", "hook_factors", "open_question"]

# The voices a round-up consults: a group named by what they know, not one named person.
_VOICES = (r"(?:experts?|analysts?|observers?|specialists?|academics?|economists?|insiders?|commentators?|scholars?|"
           r"historians?|diplomats?|strategists?|veterans?|scientists?|readers|insiders|people in the know)")
_CONSULTED = re.compile(
    r"\b(?:spoke|speaks|talked|talks|turned|turns|went|go(?:es)?|put (?:the|this|that|these|those) (?:question|"
    r"questions)) to (?:\w+[ -]){0,4}?" + _VOICES + r"\b"
    r"|\b(?:we|I)\s+(?:have\s+)?asked\s+(?:\w+[ -]){0,4}?" + _VOICES + r"\b"
    r"|^(?:so\s+)?here(?:'s|’s| is| are) what (?:they|the \w+|\w+ " + _VOICES + r") "
    r"(?:said|say|think|told|had to say)\b"
    r"|^what follows (?:is|are) (?:some of )?(?:their|the \w+'s) (?:thoughts|views|answers|verdicts?)\b",
    re.I)
_QUOTE_MARKS = "\"“'‘"
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
OPENING_PARAGRAPHS = 6  # the announcement stands among the first paragraphs (Audit 48 #3: in the sixth, after
# three one-line questions)
OPENING_SHARE = 0.5  # ... and in the first half of the piece: a later "we asked analysts" is a step, not a frame
SHORT_ANNOUNCEMENT = 10  # "Here is what they said." after the announcement is part of it
ANSWER_REACH = 3  # sentences after the hook searched for reported speech before a quotation is taken
MIN_WORDS = 6
HOOK_FACTOR = 0.2  # as point_setups.MYSTERY_FACTOR: below the answers once the round-up is announced


def _consults(sentence: Sentence) -> bool:
    """True for the writer's announcement of a round-up of voices (see _CONSULTED), outside quotation marks."""
    text = sentence.text.strip()
    return text[:1] not in _QUOTE_MARKS and bool(_CONSULTED.search(_QUOTED.sub("", text)))


def announced_hook(doc: Document, ctx: Context) -> list[Sentence]:
    """The round-up's hook up to and including its announcement (see the module docstring), or [] when none."""
    if not doc.sentences or ctx.genre in ("live", "review"):
        return []
    first = doc.sentences[0].paragraph
    reach = max(1, int(len(doc.sentences) * OPENING_SHARE))
    for sentence in doc.sentences[:reach]:
        if sentence.paragraph - first >= OPENING_PARAGRAPHS:
            return []
        if ctx.voice_of(sentence.index).voice != "reporter":
            return []  # a named speaker's statement before the announcement: a report with its news told
        if _consults(sentence):
            end = sentence.index + 1
            while end < len(doc.sentences) and _consults(doc.sentences[end]) \
                    and len(doc.sentences[end].text.split()) <= SHORT_ANNOUNCEMENT:
                end += 1  # "Here is what they said." goes with the announcement
            return list(doc.sentences[:end])
    return []


def _states(sentence: Sentence) -> bool:
    text = sentence.text.strip()
    return not text.endswith(("?", ":")) and not _consults(sentence) and len(text.split()) >= MIN_WORDS


def announced_answer(doc: Document, ctx: Context) -> Sentence | None:
    """The first answer after a round-up's announcement (see the module docstring), or None."""
    hook = announced_hook(doc, ctx)
    if not hook:
        return None
    after = [s for s in doc.sentences[hook[-1].index + 1 :] if _states(s)]
    reported = next((s for s in after[:ANSWER_REACH] if s.text.strip()[:1] not in _QUOTE_MARKS), None)
    return reported or next(iter(after), None)


def hook_factors(doc: Document, ctx: Context) -> list[float]:
    """Per sentence, HOOK_FACTOR for a round-up's hook and announcement when an answer follows, else 1."""
    factors = [1.0] * len(doc.sentences)
    if announced_answer(doc, ctx) is None:
        return factors
    for sentence in announced_hook(doc, ctx):
        factors[sentence.index] = HOOK_FACTOR
    return factors


_OPEN_QUESTION = re.compile(
    r"^(?:(?:but|and|now|yet|so)\s+)?(?:(?:serious|many|some|new|further|big|hard)\s+)?questions\s+(?:are|were)\s+"
    r"(?:(?:now|also|increasingly|already)\s+)?being\s+(?:asked|raised|posed)\b[^.?!]{0,30}?\b(?:as to|about|over)\s+"
    r"(?:what|how|who|whom|when|where|why|which)\b", re.I)


def open_question(sentence: Sentence) -> bool:
    """True for the writer's announcement that a question is open (see _OPEN_QUESTION): a set-up."""
    return bool(_OPEN_QUESTION.match(sentence.text.strip()))
