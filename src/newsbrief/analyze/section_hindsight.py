"""Outlook items that tell the past in hindsight or a view the writer takes apart (reader Audit 37, docs/audit.md 38;
session 23).

* **Hindsight.** "Little did the agency know that the same fighters would one day form the backbone of the group":
  the "would" is the future of a past moment, told by a writer who knows how it turned out; it is history, not an
  outlook (:func:`hindsight`). So is a narrated "would later" / "would go on to" with no verb of saying, hoping or
  believing before it, and a belief told in the past perfect ("had even dared to imagine that it could ...", reader
  Audit 36 A6). "The chief executive said the firm would one day list its shares" stays (a reported plan).
* **A past view the writer takes apart.** "Many diplomats I met thought this was the solution - replace the
  president and the problem would be solved", followed within two sentences by "Replacing the top tier might look
  neat on paper, but ...": a "would" under a past verb of belief, with no time to come, whose next lines rebut it
  ("on paper", "in theory", "in reality", "wishful thinking") is the view the piece rejects, not its outlook
  (:func:`view_taken_apart`). "Traders believed the bank would cut rates next month" (a time to come, no rebuttal)
  stays.
* **A forecast told with irony.** An essay's "Even if there is a spill, the firm confidently predicts that ...
  effects will be minimal" (reader Audit 36 A6): a forecast whose verb of saying carries a manner adverb of
  complacency ("confidently predicts", "cheerfully explains", "blithely assures") is quoted to be mocked, in a piece
  that is not a news report, and so is a forecast quoted from the same source in the next two sentences
  (:func:`ironic_forecast`). A news report's "Analysts confidently predict growth" stays.
"""

from __future__ import annotations

import re

from newsbrief.analyze.section_present import time_to_come
from newsbrief.models import Document, Sentence

_LITTLE_DID = re.compile(r"^\W*(?:but\s+|and\s+)?little did\s+\w+", re.I)
_NARRATED_LATER = re.compile(r"\bwould (?:later|go on to|one day|eventually|subsequently)\b", re.I)
# A verb that reports what someone says, hopes or believes: then the "would" is that party's expectation.
_REPORTING = re.compile(r"\b(?:said|says|say|told|tells|hopes?|hoped|believes?|believed|thinks?|thought|expects?|"
                        r"expected|predicts?|predicted|promised|vowed|insisted|argued|claimed|wrote|added|warned|"
                        r"according to|announced|pledged)\b", re.I)


# "The firm had even dared to imagine that it could keep the pictures out of the news": a belief held before the
# story's events (past perfect), told once it has been overtaken.
_HAD_BELIEVED = re.compile(r"\bhad (?:\w+ly |even |once |long |always )?(?:dared to |come to )?"
                           r"(?:imagined?|thought|believed?|assumed?|hoped|expected|supposed)\b", re.I)


def hindsight(sentence: Sentence) -> bool:
    """True for a "little did X know", a narrated "would later" or a belief told in the past perfect (see the module
    docstring)."""
    text = sentence.text
    if _LITTLE_DID.search(text) or (_HAD_BELIEVED.search(text) and not time_to_come(text)):
        return True
    found = _NARRATED_LATER.search(text)
    return found is not None and not _REPORTING.search(text) and not time_to_come(text)


_BELIEVED = re.compile(r"\b(?:thought|believed|assumed|imagined|were convinced|was convinced|reckoned|supposed)\b",
                       re.I)
_WOULD = re.compile(r"\bwould\b", re.I)
# The writer's rebuttal of the view: it works only in theory, or the reality is otherwise.
_REBUTTAL = re.compile(r"\b(?:(?:look|looks|sound|sounds|seem|seems)\s+(?:\w+\s+)?(?:neat|tidy|good|fine|simple|"
                       r"easy|sensible|attractive|logical|elegant)\s+on paper|on paper,? but|in theory,? but|"
                       r"in reality|in practice,? (?:it|the|this|that)|the reality is|the truth is|wishful thinking|"
                       r"(?:is|was) (?:not|never) (?:that|so) simple|far from (?:it|the truth))\b", re.I)
_REBUTTAL_REACH = 2


def view_taken_apart(doc: Document, sentence: Sentence) -> bool:
    """True for a "would" under a past belief that the next sentences rebut (see the module docstring)."""
    text = sentence.text
    if not _WOULD.search(text) or not _BELIEVED.search(text) or time_to_come(text):
        return False
    following = doc.sentences[sentence.index + 1: sentence.index + 1 + _REBUTTAL_REACH]
    return any(_REBUTTAL.search(s.text) for s in following)


_IRONIC = re.compile(r"\b(?:confidently|cheerfully|blithely|breezily|airily|smugly|serenely|cheerily|glibly)\s+"
                     r"(?:predicts?|predicted|explains?|explained|assures?|assured|declares?|declared|forecasts?|"
                     r"promises?|promised|insists?|insisted|states?|stated)\b", re.I)


# A forecast quoted from the same mocked document in the next sentences ("The effects on fish, meanwhile, 'would
# likely be sublethal'") carries the irony on: its modal sits inside quotation marks.
_QUOTED_MODAL = re.compile(r"[\"“][^\"“”]{0,200}?\b(?:would|will|could|may|might)\b[^\"“”]{0,200}[\"”]")
_IRONY_REACH = 2


def ironic_forecast(doc: Document, sentence: Sentence, genre: str | None) -> bool:
    """True for a forecast told with a verb of complacency in a piece that is not a news report, or one quoted from
    the same source in the sentences after it (see above)."""
    if genre in (None, "news", "live"):
        return False
    if _IRONIC.search(sentence.text):
        return True
    earlier = doc.sentences[max(0, sentence.index - _IRONY_REACH): sentence.index]
    return bool(_QUOTED_MODAL.search(sentence.text)) and any(_IRONIC.search(s.text) for s in earlier)
