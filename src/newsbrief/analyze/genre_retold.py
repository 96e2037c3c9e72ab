"""A debunk that retells a story going round and then says how little of it is true (reader Audit 40).

Audit 40 #8 was a blog item that told a story "currently circulating", said which tabloids "picked up the story" and
what they wrote, and then: "The only issue with all of these sites covering the story, however, is that almost none
of it is true, as <another blog> points out." It went on with the local paper that "debunked" the story and the
facts that answer it. nlp/debunk.py found no retold claim (the story is told about a person, not as a carrier's
quoted claim), so the genre line read a news report; a reader reads a fact-check.

The reading here needs three things, all in the writer's own voice (a source's "police said the story was false" is
the source's, as in nlp/debunk.py's hand-over):

- the story told as one that goes round: a carrier noun ("story", "rumour", "report", "video") with a word of
  spreading ("circulating", "going round", "went viral", "picked up the story");
- after it, in the opening paragraphs, a verdict on the whole of it: "none of it is true", "hardly any of it is
  true", "the story is not true", "the story is false";
- one more of the writer's sentences that calls something false ("debunked", "a hoax", "misidentified"):
  the item's business is the debunk, not one denial in passing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbrief.models import Document
from newsbrief.nlp.debunk import calls_false

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

_GOES_ROUND = re.compile(
    r"\b(?:stor(?:y|ies)|rumou?rs?|reports?|claims?|tales?|videos?|posts?|photos?|pictures?)\b[^.;]{0,80}?"
    r"\b(?:circulating|going (?:round|around|viral)|went viral|doing the rounds|making the rounds|spreading|"
    r"(?:been )?shared)\b|\bpicked up the (?:story|stories|rumou?r|report|claim|tale)\b", re.I)
# A verdict on the whole story: "(almost) none of it is true", "hardly any of it is true", "the story is not true".
_WHOLE = re.compile(
    r"\b(?:(?:almost |nearly |virtually )?none|hardly any|little|nothing|not much|very little) of (?:it|this|that|"
    r"these|those|the (?:story|stories|claims?|reports?|tale))\b (?:is|was|are|were) (?:true|accurate|real|correct)\b|"
    r"\b(?:the|this|that) (?:story|stories|rumou?r|claims?|reports?|tale) (?:is|was|are|were)(?: not|n't|n’t) "
    r"(?:true|accurate|real)\b|\b(?:the|this|that) (?:story|rumou?r|claim|report|tale) (?:is|was) "
    r"(?:false|untrue|made up|fabricated|a hoax)\b", re.I)
# The verdict handed to a source ("Police said the story was false") is the source's: a report's denial.
_HANDED_OVER = re.compile(r"\b(?:said|says|told|tells|according to|insisted|confirmed|denied|denies)\b", re.I)
_QUOTE_OPENING = "\"“‘'"
OPENING_PARAGRAPHS = 3  # where the verdict stands: Audit 40 #8 had it in its third paragraph


def retold_then_denied(doc: Document, ctx: Context) -> bool:
    """True when the writer tells a story going round, says how little of it is true in the opening paragraphs, and
    calls something false once more (see the module docstring)."""
    if not doc.sentences:
        return False
    end = doc.sentences[0].paragraph + OPENING_PARAGRAPHS
    writers = [s for s in doc.sentences if ctx.voice_of(s.index).voice == "reporter"
               and s.text.lstrip()[:1] not in _QUOTE_OPENING]
    told = next((s for s in writers if s.paragraph < end and _GOES_ROUND.search(s.text)), None)
    if told is None:
        return False
    verdict = next((s for s in writers if told.index < s.index and s.paragraph < end and _WHOLE.search(s.text)
                    and not _HANDED_OVER.search(s.text)), None)
    return verdict is not None and any(s.index != verdict.index and calls_false(s.text) for s in writers)


__all__ = ["retold_then_denied"]
