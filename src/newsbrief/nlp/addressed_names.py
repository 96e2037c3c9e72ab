"""A form of address and a surname ("Mrs Pellman", "Miss Okoro", "Mr Hale") after a person named in full is that
person, unless the text shows the full name to be of the other gender.

Session 26's lost speaker case: "Rosa Pellman opened her bakery ... Mrs Pellman said the rent had tripled" kept
"Mrs Pellman" as a second speaker, because the NER model took the title into the name and a bare surname is
all :meth:`~newsbrief.nlp.speech._Doc.resolve_name` joins. The gender check keeps a wife apart from her husband:
"Peter Hale built the boatyard with his brother ... Mrs Hale said" is not Peter Hale.
"""

from __future__ import annotations

from newsbrief.nlp.referents import genders
from newsbrief.nlp.speech import _Doc

__all__ = ["addressed_name"]

_FEMALE_ADDRESS = frozenset({"mrs", "ms", "miss"})
_MALE_ADDRESS = frozenset({"mr"})


def addressed_name(d: _Doc, name: str, at: int) -> str:
    """The full name that ``name`` ("Mrs Pellman", written at character ``at``) means, else ``name`` as it is:
    the nearest full name written before with that surname, when the text does not show it to be of the
    other gender than the form of address."""
    words = name.split()
    address = words[0].lower().rstrip(".") if words else ""
    if len(words) != 2 or address not in _FEMALE_ADDRESS | _MALE_ADDRESS:
        return name
    full = d.resolve_name(words[1], at)
    if full == words[1]:
        return name  # no one of that surname named in full before: the name as written
    gender = genders(d).get(full)
    if gender is not None and gender != ("f" if address in _FEMALE_ADDRESS else "m"):
        return name  # "Peter Hale ... his brother ... Mrs Hale": his wife, not him
    return full
