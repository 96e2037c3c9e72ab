"""A title whose "of" phrase ends on a place, with a person's name set off by a comma after it (reader Audit 41 #9).

"The hospital hasn't confirmed the birth and the bishop of nearby town Camerino, NAME, hasn't made any comment": the
parser hangs the name on the place ("Camerino"), the last word before the comma, not on the title ("bishop"), so
actor_roles found no title before the name and the bishop, named once and silent, was dropped from Actors (#9 had
no actors at all). :func:`office_holder` climbs from the place to the title that owns the "of" phrase, so the
name holds "bishop of nearby town Camerino". The climb is one "of" phrase only, and the title test stays the
caller's: "the capital of Norland, Vessa," reaches "capital", which is no title, and gives no one a role.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsbrief.models import Token

__all__ = ["office_holder"]


def office_holder(tokens: Sequence[Token], head: Token, is_title: Callable[[Token], bool]) -> Token:
    """The title owning the "of" phrase that ``head`` (the word a name is apposed to) closes, when ``head`` is no
    title itself and the phrase's owner is one; else ``head``."""
    if is_title(head) or head.dep != "pobj":
        return head
    preposition = tokens[head.head]
    if preposition.text.lower() != "of" or preposition.head == preposition.i:
        return head
    owner = tokens[preposition.head]
    return owner if owner.i < head.i and owner.pos == "NOUN" and is_title(owner) else head
