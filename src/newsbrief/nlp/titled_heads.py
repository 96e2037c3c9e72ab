"""A titled name the model missed, heading a speaker's phrase whose apposition it tagged instead.

"Mr Griffin, MEP for North West England, responded ..., saying: '...'": the small model tagged no person in
"Mr Griffin" but took the title in the apposition ("MEP") for one, so the party leader's words went to "Labour
MEP", his critic named with the same title (Audit 43 #5, docs/audit.md 44). When the phrase's head is a proper
noun right after an honorific and every person the model tagged lies in its apposition, the titled name speaks and
the apposition is its role. Rules over the dependency parse in :class:`~newsbrief.nlp.speech._Doc`.

The same holds with no honorific when the name the model missed opens the phrase and the person it tagged is
only named inside a description of the speaker ("Ann Vale, famous for being the daughter of the property legend
Victor, said ..."): the daughter speaks, not the father named in the writer's aside (Audit 43 #6).

:func:`nominal_head` finds the head noun of a phrase the parser read as a clause: in "Kerr's veteran hunting
companion" the gerund "hunting" became the cue's subject with "companion" its object, which left the possessive name
the only person in the phrase and so the speaker (session 30, the lead's reading of an untuned essay).
"""

from __future__ import annotations

from newsbrief.models import Token
from newsbrief.nlp.speaker_kinds import gerund_noun
from newsbrief.nlp.speech import _HONORIFICS, _clean, _Doc, span_head

__all__ = ["described_head", "nominal_head", "titled_head"]


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


# Links that make a name part of a description of the head rather than a second name for it.
_DESCRIBING = frozenset({"prep", "pobj", "acl", "relcl", "amod", "advcl", "pcomp"})


def _inside_description(d: _Doc, token: Token, head: Token) -> bool:
    """Whether ``token`` hangs from ``head`` through a preposition, clause or adjective (not a bare apposition)."""
    tokens = d.doc.tokens
    for _ in range(12):
        if token.head == token.i or token.head == head.i:
            return token.dep in _DESCRIBING and token.head == head.i
        if token.dep in _DESCRIBING:
            return True
        token = tokens[token.head]
    return False


def described_head(d: _Doc, first: int, last: int, people: list[Token]) -> tuple[str | None, str | None] | None:
    """(speaker, None) when first..last is "NAME NAME, DESCRIPTION" whose persons the model tagged all lie inside the
    description (see the module docstring); None otherwise. The description is no role, so none is given."""
    tokens = d.doc.tokens
    head = span_head(d, first, last)
    if not people or head.pos != "PROPN" or head.ent_type == "PERSON" or head.i == first:
        return None  # one bare word may be a firm or a place; a two-word name is read
    if not all(t.pos == "PROPN" and t.ent_type != "PERSON" for t in tokens[first : head.i + 1]):
        return None
    if head.i + 1 > last or tokens[head.i + 1].text != "," or not all(t.i > head.i + 1 for t in people):
        return None
    if not all(_inside_description(d, t, head) for t in people):
        return None
    return d.resolve_name(_clean(d.span_text(first, head.i)), tokens[first].start) or None, None


def nominal_head(d: _Doc, first: int, last: int) -> Token:
    """The head of tokens first..last, or the noun that ends the phrase when the parser made a gerund inside it the
    head ("veteran hunting companion": "hunting" a verb, "companion" its object). A gerund with more after its
    object ("fishing the river for trout") keeps its head: only a phrase that ends in that object is a noun
    phrase."""
    tokens = d.doc.tokens
    head = span_head(d, first, last)
    if head.i == first:
        return head
    end = last
    while end > head.i and tokens[end].pos == "PUNCT":
        end -= 1
    noun = gerund_noun(d, head)
    return noun if noun.i == end else head
