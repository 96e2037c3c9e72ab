"""A first-person writer's relative shown as the writer's, not as "my" (issue #11, Audit 46 #1, session 29).

A reader's account or a column resolves a "she says" to the relative the sentence before named ("My cousin is a
nurse. She says ..."): the mention as written is "My cousin". A brief that prints "My cousin — says: ..." speaks
in its own first person, so a reader takes the cousin for the brief's or cannot tell whose it is. The speaker is
shown as "the writer's cousin" ("Our neighbour": "the writer's neighbour"); the mention as written
(``source_text``) stays as it was, so the evaluation's head word does not change.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TypeVar

from newsbrief.models import Attribution, Sentence, SentenceVoice

__all__ = ["writers_kin", "writers_kin_name"]

# "My cousin", "our best friend", "My husband's younger brother": a first-person possessor opening the name.
_FIRST_PERSON = re.compile(r"^(?:my|our)\s+(?=\w)", re.I)

_T = TypeVar("_T", Attribution, SentenceVoice)


def writers_kin_name(speaker: str | None) -> str | None:
    """``speaker`` with a leading "my"/"our" read as the writer's ("My cousin" -> "the writer's cousin")."""
    if not speaker or not _FIRST_PERSON.match(speaker):
        return speaker
    return "the writer's " + _FIRST_PERSON.sub("", speaker, count=1)


def _renamed(item: _T) -> _T:
    shown = writers_kin_name(item.speaker)
    return item if shown == item.speaker else dataclasses.replace(item, speaker=shown)


def writers_kin(found: Sequence[tuple[Sentence, Attribution]],
                voices: Sequence[SentenceVoice]) -> tuple[list[tuple[Sentence, Attribution]], list[SentenceVoice]]:
    """The attributions and voices with every "my X" speaker shown as "the writer's X"."""
    return [(s, _renamed(a)) for s, a in found], [_renamed(v) for v in voices]
