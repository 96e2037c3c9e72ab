"""Full names the NER model typed as things, set right by the surname written alone as a person (session 20,
round 3; the lead's reading of an unseen Newsroom tennis report).

The small English model often types an unfamiliar foreign full name as a product, a body or a place
("Ernests Kalnins" PRODUCT, "Aivars Ozols" ORG, both with the surname alone tagged PERSON two sentences later),
and the story's subject of a whole half then never reaches the Actors list: the full name is no person and the
bare surname, named twice, is a one-word name that never acts. The article's own tagging settles it: a two- or
three-word name, every word capitalised, whose last word the model tags PERSON when it stands alone, is that
person. Names that open with a place word ("Fort Myers", "Port Elizabeth") or hold a body word ("Hathaway
Trust") are left alone; so is a name written after "the" (a person's name never takes one).
"""

from __future__ import annotations

import re

from newsbrief.models import Document, Entity
from newsbrief.nlp.non_persons import name_key, relabelled

__all__ = ["people_by_surname"]

# Labels the model gives an unfamiliar full name in place of PERSON (WORK_OF_ART is left: a programme named after its
# host, "Padre Alberto", is retyped so on purpose by entity_retypes; seen on the tennis report and on invented
# Baltic and Czech names: PRODUCT, ORG, GPE).
_THING_LABELS = frozenset("PRODUCT ORG GPE LOC NORP FAC".split())

# First words of places named after people ("Fort Worth", "Port Elizabeth", "Mount Kenya", "Cape Town").
_PLACE_FIRST = frozenset("""
Fort Port Mount Mt Lake Saint St San Santa Santo New North South East West Cape Point Glen Camp Lake Upper Lower
Greater Little Great Old Grand Royal Isle Puerto Porto Villa Casa Punta Las Los La El Le Les Al
""".split())

# Words of a body's or a thing's name; a person's full name holds none of them.
_THING_WORDS = frozenset("""
Trust Fund Foundation Group Bank Company Co Corp Inc Ltd Holdings Partners Capital Motors Motor Airlines Airways
Institute University College School Hospital Church Council Party Club Team Centre Center Society Association
Agency Ministry Department Court Tower Hall House Street Road Avenue Park Bridge Stadium Arena Award Prize Cup
Trophy Series Festival Museum Gallery Times Post News Press Journal Review Report Records Studios Bros Brothers
""".split())

_WORD = re.compile(r"^[A-ZÀ-Þ][\w'’.-]*$")
_MAX_WORDS = 3


def _full_name(doc: Document, entity: Entity, lone: set[str]) -> bool:
    """Whether a thing-typed entity is a full name whose surname is tagged PERSON alone (module docstring)."""
    if entity.label not in _THING_LABELS:
        return False
    words = name_key(entity.text).split()
    if not 2 <= len(words) <= _MAX_WORDS or words[-1] not in lone or words[0] in _PLACE_FIRST:
        return False
    if any(not _WORD.match(word) or word in _THING_WORDS for word in words):
        return False
    before = doc.tokens[entity.token_start - 1].text.lower() if entity.token_start > 0 else ""
    return before != "the"


def people_by_surname(doc: Document) -> Document:
    """``doc`` with thing-typed full names relabelled PERSON where the surname alone is tagged PERSON (module
    docstring)."""
    lone = {name_key(e.text) for e in doc.entities if e.label == "PERSON" and " " not in name_key(e.text)}
    if not lone:
        return doc
    people = {name_key(e.text) for e in doc.entities if e.label == "PERSON"}
    names = {name_key(e.text) for e in doc.entities if e.text not in people and _full_name(doc, e, lone)}
    if not names:
        return doc
    return relabelled(doc, lambda e: "PERSON" if e.label in _THING_LABELS and name_key(e.text) in names else None)
