"""A first name the NER model left out of a person's name ("Eman Dara" typed as the person "Dara").

spaCy's small English model often types only the surname of an unfamiliar name as a person and leaves the
first name untyped. The speaker rules resolve a bare surname to the person last named in full before it
(:meth:`newsbrief.nlp.speech._Doc.resolve_name`); with the first name lost, a principal and her father who
share the surname look like one bare "Dara" and one full "Atiq Dara", and every "Dara said" went to the father
named only at the end (Audit 19, docs/audit.md 20.3). A capitalised proper noun compounded onto a one-word
person name, untyped and not a title or form of address, is the rest of that name.
"""

from __future__ import annotations

from newsbrief.models import Document, Entity

__all__ = ["full_person_name"]

# Titles, ranks and forms of address written before a surname ("President Dara", "Dr Dara"): never a first name.
_TITLES = frozenset("""
mr mrs ms mx miss dr prof professor sir dame lord lady sheikh imam rabbi rev reverend father sister brother
president minister premier chancellor senator sen rep governor gov mayor judge justice king queen prince princess
emir sultan general gen colonel col lieutenant lt major captain capt sergeant sgt commander admiral officer
inspector detective chief secretary ambassador bishop cardinal pope pastor coach uncle aunt
""".split())


def full_person_name(doc: Document, entity: Entity) -> tuple[int, str] | None:
    """(character start, text) of a one-word person ``entity`` with the untyped first name before it, or None."""
    if entity.label != "PERSON" or entity.token_end - entity.token_start != 1 or entity.token_start == 0:
        return None
    tokens = doc.tokens
    first, last = tokens[entity.token_start - 1], tokens[entity.token_start]
    if first.pos != "PROPN" or first.dep != "compound" or first.head != last.i or first.ent_type \
            or not first.text[:1].isupper() or first.text.isupper() or first.text.lower().rstrip(".") in _TITLES:
        return None
    return first.start, doc.article.text[first.start : last.end]
