"""A person's name that names a thing: a franchise, a work, a body ("the Harry Potter films", "the Obama
administration").

Reader Audit 35 (#2) found an actor's '"...," he said' given to a film franchise: the sentence before listed
his roles "in the <Name> franchise", the model typed the franchise's name as a person, and the pronoun took
the last person named. A name written as the modifier of a common noun right after it (the parser's
``compound``) is the title of the thing that noun names, not someone who can speak. A person named before
his own role ("Chancellor Ana Ruiz", "spokesman Tom Lee") has the role first, so this does not touch him.

Rules over the dependency parse; no model of its own.
"""

from __future__ import annotations

from newsbrief.models import Document

__all__ = ["names_a_thing"]


def names_a_thing(doc: Document, last: int) -> bool:
    """Whether the name ending at token ``last`` modifies a common noun right after it ("the James Bond films",
    "a Tom Lee spokesman" is left alone: a person noun after a name is that person's role or his own aide)."""
    tokens = doc.tokens
    token = tokens[last]
    if token.dep != "compound" or token.head != last + 1 or last + 1 >= len(tokens):
        return False
    head = tokens[last + 1]
    return head.pos == "NOUN" and head.text[:1].islower() and head.ent_type != "PERSON"
