"""The one royal a definite "the monarch", "the king" means ("The Valdorian monarch said he had ...").

Audit 42 (#7): a report of a king's interview calls him "King Abdullah" once and then "the Jordanian monarch";
the role noun is not one of the unnamed sources' nouns, so the subject named no one, and the king's next "he
remarked" went to the spokeswoman quoted just before. A royal title is written before the name, not in
apposition, so the role table of :func:`newsbrief.nlp.referents.role_people` never files it.
"""

from __future__ import annotations

from collections import Counter

from newsbrief.nlp.speech import _Doc

__all__ = ["royal_holder"]

# The nouns a text uses for a sovereign after naming him or her with a title.
_ROYAL_NOUNS = frozenset({"monarch", "king", "queen", "sovereign", "emir", "sultan"})
_ROYAL_TITLES = frozenset({"king", "queen", "emir", "sultan"})


def _royals(d: _Doc, until: int) -> Counter[str]:
    """The people the text names with a royal title written before the name, before token ``until``: how
    often each is named, by resolved name."""
    tokens = d.doc.tokens
    found: Counter[str] = Counter()
    for entity in d.doc.entities:
        if entity.label != "PERSON" or entity.token_start >= until:
            continue
        words = entity.text.split()
        titled = words[0].lower() in _ROYAL_TITLES and len(words) > 1
        before = tokens[entity.token_start - 1] if entity.token_start > 0 else None
        if titled or (before is not None and before.text in ("King", "Queen", "Emir", "Sultan")):
            name = " ".join(words[1:]) if titled else entity.text
            found[d.resolve_name(name.strip())] += 1
    return found


def royal_holder(d: _Doc, first: int, last: int) -> str | None:
    """The titled royal a subject "the [Jordanian] monarch" / "the king" (first..last) means; None when
    the subject is another noun or the text names no royal before it, or two as often."""
    tokens = d.doc.tokens
    head = tokens[last]
    if tokens[first].text.lower() != "the" or head.text.lower() not in _ROYAL_NOUNS:
        return None
    # the king the report is about, not his father named once in passing ("who succeeded his father King
    # Hussein"): the royal named most often so far, when no other is named as often
    ranked = _royals(d, first).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]
