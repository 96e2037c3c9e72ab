"""Reading people's names off the tokens: names with "'s" (Lloyd's), names given an age, and a first name the
NER model left out of a person's name ("Eman Dara" typed as the person "Dara").

spaCy's small English model often types only the surname of an unfamiliar name as a person and leaves the
first name untyped. The speaker rules resolve a bare surname to the person last named in full before it
(:meth:`newsbrief.nlp.speech._Doc.resolve_name`); with the first name lost, a principal and her father who
share the surname look like one bare "Dara" and one full "Atiq Dara", and every "Dara said" went to the father
named only at the end (Audit 19, docs/audit.md 20.3). A capitalised proper noun compounded onto a one-word
person name, untyped and not a title or form of address, is the rest of that name.
"""

from __future__ import annotations

from newsbrief.models import Document, Entity

__all__ = ["aged_names", "full_person_name", "whole_possessives"]

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


def whole_possessives(doc: Document) -> frozenset[str]:
    """Names written with "'s" at every mention, one of which stands alone as a noun ("Lloyd's said",
    "Sainsbury's, which sold tickets"): the "'s" is part of the name (Lloyd's, McDonald's), not a
    possessive, and a name shown without it is cut short (seventh reader audit: "Lloyd")."""
    tokens = doc.tokens
    alone: set[str] = set()
    bare: set[str] = set()
    for t in tokens:
        if t.pos != "PROPN" or not t.text[:1].isupper():
            continue
        if t.i + 1 < len(tokens) and tokens[t.i + 1].text in ("'s", "’s"):
            after = tokens[t.i + 2] if t.i + 2 < len(tokens) else None
            if t.dep != "poss" and (after is None or after.pos not in ("NOUN", "PROPN", "ADJ", "NUM")):
                alone.add(t.text)
        else:
            bare.add(t.text)
    return frozenset(alone - bare)


def aged_names(doc: Document) -> frozenset[str]:
    """Proper nouns followed by an age ("Pacitti, 24, ...", "Callum, 19,", "Nouri, a 30-year-old ...")."""
    tokens = doc.tokens
    aged = set()
    for t in tokens[:-3]:
        age = tokens[t.i + 2]
        if t.pos == "PROPN" and tokens[t.i + 1].text == "," and age.text.isdigit() and 0 < int(age.text) < 120 \
                and tokens[t.i + 3].text == ",":
            aged.add(t.text)
        elif t.pos == "PROPN" and tokens[t.i + 1].text == "," and age.text.lower() in ("a", "an") \
                and "".join(x.text for x in tokens[t.i + 3 : t.i + 8]).split("-")[1:] == ["year", "old"]:
            aged.add(t.text)  # "Nouri, a 30-year-old teacher," (Audit 9: such a name typed as a place)
    return frozenset(aged)
