"""A titled name the model missed, heading a speaker's phrase whose apposition it tagged instead.

"Mr Griffin, MEP for North West England, responded ..., saying: '...'": the small model tagged no person in
"Mr Griffin" but took the title in the apposition ("MEP") for one, so the party leader's words went to "Labour
MEP", his critic named with the same title (Audit 43 #5, docs/audit.md 44). When the phrase's head is a proper
noun right after an honorific and every person the model tagged lies in its apposition, the titled name speaks and
the apposition is its role. Rules over the dependency parse in :class:`~newsbrief.nlp.speech._Doc`.
"""

from __future__ import annotations

from newsbrief.models import Token
from newsbrief.nlp.speech import _HONORIFICS, _clean, _Doc, span_head

__all__ = ["titled_head"]


def titled_head(d: _Doc, first: int, last: int, people: list[Token]) -> tuple[str | None, str | None] | None:
    """(speaker, role) when first..last is "Mr NAME, APPOSITION" with the model's persons only in the apposition;
    None otherwise (a name the model tagged, or no honorific, is left to the usual rules)."""
    tokens = d.doc.tokens
    head = span_head(d, first, last)
    if not people or head.pos != "PROPN" or head.ent_type == "PERSON" or head.i - 1 < first:
        return None
    if tokens[head.i - 1].text.lower().rstrip(".") not in _HONORIFICS or not all(t.i > head.i + 1 for t in people):
        return None
    if head.i + 1 > last or tokens[head.i + 1].text != ",":
        return None
    name = d.resolve_name(_clean(d.span_text(head.i - 1, head.i)), tokens[head.i - 1].start)
    role = _clean(d.span_text(head.i + 2, last)) if head.i + 2 <= last else ""
    return name or None, role or None
