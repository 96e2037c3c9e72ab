"""Resorts, developments and events the NER model typed as people (session 20, round 3; the lead's reading of
unseen Newsroom rows: a real-estate travel piece listed two resorts as people, a motor-racing report a race).

A person of a story does something in it: speaks, acts, is "he" or "she", or holds a role. A "person" that does
none of these and is written the way places and events are written is a place or an event, and the Actors list
is better without it (its type is unknown, so it is dropped rather than retyped). The place cues, read on each
mention's head word:

- the object of a place or comparison preposition ("as expensive as Playa Verde", "in Vista del Mar",
  "unlike Punta Soledad");
- a modifier of a common noun ("the Grand Prix Halifax street course race", "the Vista del Mar area");
- a name opening with a word that opens place names and no given name ("Las", "Punta", "Cap", "Fort").

One cue is enough, since the silence is the main evidence; a person named twice in passing with neither
voice nor deed is no great loss to the list (judged on the 60 Newsroom and 60 XSum rows, session 20).

:func:`actor_type` is the type shown for a listed actor: a country listed acts as a state (``actors._is_actor`` keeps
no country that is only a setting), so it is a "state", not a "place" (issue #11: "the US imposes sanctions" read as
a place); other places that act (a city, a region) stay places.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from newsbrief.analyze.actor_names import Actor
from newsbrief.models import ActorType, Document, Token
from newsbrief.nlp.entity_states import is_country

__all__ = ["actor_type", "place_like"]

_ACTOR_TYPES: dict[str, ActorType] = {"PERSON": "person", "ORG": "organisation"}

# Prepositions whose object is a place or the standard of a comparison ("as dear as Playa Verde").
_PLACE_PREPOSITIONS = frozenset("in at near as like unlike than around outside inside across toward towards".split())

# Words that open place names and no English given name ("Las Terrenas", "Punta Cana", "Cap Cana", "Fort Myers").
_PLACE_OPENERS = frozenset("""
Las Los Punta Cap Casa Puerto Porto Playa Praia Fort Port Mount Mt Lake Cape Isla Ile Isle Costa
Villa Bahia Cabo Monte Sierra Rio Lago Baie Pointe Plage
""".split())

# Verbs a place is the subject of ("will have 350 residences", "is a fishing village", "lies to the south").
_PLACE_VERBS = frozenset("have be include offer feature boast lie sit stand overlook border attract open".split())


def _head(tokens: Sequence[Token], start: int, end: int) -> Token:
    """The mention's head: the first of its tokens whose head lies outside it."""
    for token in tokens[start:end]:
        if not start <= token.head < end or token.head == token.i:
            return token
    return tokens[end - 1]


def _place_cued(doc: Document, start: int, end: int) -> bool:
    """Whether the mention at tokens ``start:end`` is written as a place or an event is (module docstring)."""
    head = _head(doc.tokens, start, end)
    parent = doc.tokens[head.head]
    if head.dep == "pobj" and parent.lemma.lower() in _PLACE_PREPOSITIONS:
        # "as" only in a comparison ("as expensive as X"): "leaders such as McCain" and "identified as Jeffrey
        # Laviolette" name people (a Newsroom and an XSum row lost them without this)
        return parent.text.lower() != "as" or doc.tokens[parent.head].pos in ("ADJ", "ADV")
    return head.dep == "compound" and parent.pos == "NOUN"


class Evidence(Protocol):
    """What the actors stage knows of an entity (``actor_evidence.Evidence``), as read here."""

    @property
    def actor(self) -> Actor: ...
    @property
    def label(self) -> str: ...
    @property
    def voiced(self) -> int: ...
    @property
    def acts(self) -> bool: ...
    @property
    def pronouns(self) -> int: ...
    @property
    def role(self) -> object: ...
    @property
    def headline(self) -> bool: ...


def _place_verb(doc: Document, start: int, end: int) -> bool:
    """Whether the mention at tokens ``start:end`` is no subject, or the subject of what a place does ("will have
    350 residences", "is a fishing village", "lies to the south")."""
    head = _head(doc.tokens, start, end)
    return head.dep not in ("nsubj", "nsubjpass") or doc.tokens[head.head].lemma.lower() in _PLACE_VERBS


def place_like(doc: Document, item: Evidence) -> bool:
    """Whether a PERSON-typed entity with no sign of a person of the story (a voice, a deed, a "he"/"she"
    reference, a role, a place in the headline) is written as a place or an event (module docstring)."""
    if item.label != "PERSON" or item.voiced or item.pronouns or item.role is not None or item.headline:
        return False
    actor = item.actor
    words = actor.name.split()
    if len(words) > 1 and words[0] in _PLACE_OPENERS and all(_place_verb(doc, m.token_start, m.token_end)
                                                               for m in actor.mentions):
        return True  # "Las Olas will have 120 residences": what a place does
    return not item.acts and any(_place_cued(doc, m.token_start, m.token_end) for m in actor.mentions)


def actor_type(label: str, name: str) -> ActorType:
    """The type shown for a listed actor of this label and name (module docstring)."""
    if label == "GPE":
        return "state" if is_country(name) else "place"
    return _ACTOR_TYPES.get(label, "place")
