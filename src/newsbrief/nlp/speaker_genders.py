"""Genders the text shows through the speakers its "he said"/"she said" resolved to.

Audit 42 (#7): a spokeswoman named in apposition to "A spokesperson for the embassy" and then quoted with "she
said" had no gender in :func:`newsbrief.nlp.referents.genders` (the sentence naming her also holds the role
noun, so its pronouns cast no vote), and the king's next "he remarked" went to her. Once a "she" source has
been read as her, she is a woman for every later "he"/"she": a sentence-ordered record, filled as the sources
resolve, consulted only when the text's own votes say nothing.

Last, when neither says anything, a full name's given name (:mod:`newsbrief.nlp.given_names`): "Beatrice
Megevand-Roggo ... she said" is not the president named in the sentence between.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from newsbrief.models import Token
from newsbrief.nlp.given_names import given_name_gender
from newsbrief.nlp.speech import _Doc

__all__ = ["note_pronoun_speaker", "said_gender"]

# Per document: resolved name -> [female, male] "he"/"she" sources read as that person.
_SAID: WeakKeyDictionary[_Doc, dict[str, list[int]]] = WeakKeyDictionary()


def note_pronoun_speaker(d: _Doc, speaker: str, subject: Token) -> None:
    """Record that the source ``subject``, a "he" or "she" outside any quotation, was read as ``speaker``."""
    word = subject.text.lower()
    if word not in ("he", "she") or d.in_quote(subject.start):
        return
    tally = _SAID.setdefault(d, {}).setdefault(d.resolve_name(speaker), [0, 0])
    tally[word == "he"] += 1


def said_gender(d: _Doc, name: str, given: bool = False) -> str | None:
    """"f" or "m" when every "he"/"she" source read so far as ``name`` agrees (and there is one), else None; with
    ``given``, else what the given name of ``name`` written in full says."""
    tally = _SAID.get(d, {}).get(d.resolve_name(name))
    if not tally or (tally[0] and tally[1]):
        return given_name_gender(d.resolve_name(name)) if given else None
    return "f" if tally[0] else "m"

