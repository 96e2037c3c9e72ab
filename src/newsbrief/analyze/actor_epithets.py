"""An outlet named once and then called by its kind: "Italian newspaper NAME said ... The newspaper said ..." (reader
Audit 41 #9, an ANSA wire whose whole story is a newspaper's report; its brief had no actors at all).

The attribution stage gives the second report to "the newspaper", which names no actor, so the paper spoke once and
actor_sources.story_outlet (an outlet whose report is the story speaks again) did not hold. :func:`epithet_speaker`
reads "the newspaper" as the one outlet the text introduced with that noun right before its name ("newspaper
NAME") earlier on. With two such outlets, or none, the epithet names no one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.analyze.actor_names import Actor
from newsbrief.models import Document
from newsbrief.nlp.non_persons import OUTLET_NOUNS

__all__ = ["epithet_speaker"]

_EPITHET = re.compile(r"(?:the|that) (\w+)", re.I)


def epithet_speaker(doc: Document, actors: Sequence[Actor], speaker: str | None, sentence: int) -> str | None:
    """The name of the one outlet that ``speaker`` ("the newspaper"), in sentence ``sentence``, calls by the noun the
    text set before its name in an earlier sentence; else None."""
    found = _EPITHET.fullmatch((speaker or "").strip())
    noun = found.group(1).lower() if found else ""
    if noun not in OUTLET_NOUNS:
        return None
    named = {actor.name for actor in actors for mention in actor.mentions
             if mention.sentence_index < sentence and mention.token_start > 0
             and doc.tokens[mention.token_start - 1].text.lower() == noun}
    return named.pop() if len(named) == 1 else None
