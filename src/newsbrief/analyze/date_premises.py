"""A date inside an argument the writer reports in order to weigh it: "When the colonel seized power in 1969 he joined
three provinces -- hence, the argument goes, no parliament could hold them together."

Reader Audit 37 (A6, docs/audit.md 38.5 "Key dates") found the only Timeline entry of an opinion piece was such a
date: right, but background to a view the writer goes on to qualify, and a reader would delete it. The aside "the
argument goes" (or "the thinking goes", "so the reasoning runs", "the theory goes", "the logic goes") marks the whole
sentence as a premise of somebody's reasoning, not an event the piece reports, so its dates date nothing. A sentence
without the aside keeps its dates ("... and the argument over their borders began" names an argument, no aside).

A regular expression over the sentence's text; no parse walk.
"""

from __future__ import annotations

import re

from newsbrief.models import Sentence
from newsbrief.nlp.dates import DateValue

__all__ = ["dates_a_premise"]

_ASIDE = re.compile(r"\b(?:the|this|that) (?:argument|thinking|reasoning|theory|logic|line of thinking) "
                    r"(?:goes|runs)\b", re.I)


def dates_a_premise(sentence: Sentence, value: DateValue) -> bool:
    """True when ``value`` sits in a sentence that reports somebody's reasoning (see the module docstring)."""
    text = sentence.text
    return (" goes" in text or " runs" in text) and bool(_ASIDE.search(text))
