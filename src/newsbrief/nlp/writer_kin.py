"""A first-person writer's relative shown as the writer's, not as "my" (issue #11, Audit 46 #1, session 29).

A reader's account or a column resolves a "she says" to the relative the sentence before named ("My cousin is a
nurse. She says ..."): the mention as written is "My cousin". A brief that prints "My cousin — says: ..." speaks
in its own first person, so a reader takes the cousin for the brief's or cannot tell whose it is. The speaker is
shown as "the writer's cousin" ("Our neighbour": "the writer's neighbour"); the mention as written
(``source_text``) stays as it was, so the evaluation's head word does not change.

On a readers' page the "my" is the teller's, not the journalist's: "Petra Lindqvist, from Uppsala, wrote:" sets out
her account, and its "My cousin ... She says ..." is her cousin's. When the sentence just before the relative's
words is a named person's (the account's teller, or anyone whose words the "my" sits in), the relative is shown
as that person's ("Petra Lindqvist's cousin"); a reader of the brief took "the writer's cousin" for the
journalist's (session 30).
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
_MARKS = re.compile("[\"“”]")

_T = TypeVar("_T", Attribution, SentenceVoice)


def writers_kin_name(speaker: str | None, teller: str | None = None) -> str | None:
    """``speaker`` with a leading "my"/"our" read as the writer's ("My cousin" -> "the writer's cousin"), or as
    ``teller``'s when the words it sits in are a named person's ("Petra Lindqvist's cousin")."""
    if not speaker or not _FIRST_PERSON.match(speaker):
        return speaker
    return (f"{teller}'s " if teller else "the writer's ") + _FIRST_PERSON.sub("", speaker, count=1)


def _teller(sentences: Sequence[Sentence], voices: Sequence[SentenceVoice], index: int) -> str | None:
    """The named person whose set-out words (a block with no cue or quotation marks of its own) the sentence before
    sentence ``index``, in its paragraph, is: the one a "my" in it means. None for the writer's own sentence, a
    sentence that names its own source (its "my" may be the writer's) or a voice that is no name."""
    before = next((v for v in voices if v.sentence == index - 1), None)
    if before is None or before.voice != "person" or not before.speaker or before.explicit or index < 1:
        return None
    if sentences[index - 1].paragraph != sentences[index].paragraph or _MARKS.search(sentences[index - 1].text):
        return None  # another paragraph, or a quotation carried on: whose "my" it is, the layout does not say
    speaker = before.speaker
    if _FIRST_PERSON.match(speaker) or speaker.lower().startswith(("the ", "a ", "an ")) or "'s " in speaker \
            or not speaker[:1].isupper():
        return None  # "My cousin", "the writer's cousin", "a reader": no name to own the relative
    return speaker


def _renamed(item: _T, teller: str | None) -> _T:
    shown = writers_kin_name(item.speaker, teller)
    return item if shown == item.speaker else dataclasses.replace(item, speaker=shown)


def writers_kin(found: Sequence[tuple[Sentence, Attribution]], voices: Sequence[SentenceVoice],
                sentences: Sequence[Sentence] = ()) -> tuple[list[tuple[Sentence, Attribution]], list[SentenceVoice]]:
    """The attributions and voices with every "my X" speaker shown as "the writer's X", or as the teller's when
    ``sentences`` (the document's) show the relative named inside a named person's set-out account."""
    def teller(index: int) -> str | None:
        return _teller(sentences, voices, index) if index < len(sentences) else None

    return [(s, _renamed(a, teller(s.index))) for s, a in found], [_renamed(v, teller(v.sentence)) for v in voices]
