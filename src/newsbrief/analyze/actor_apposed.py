"""Roles apposed to a name: a title set off before it, and an apposition after it.

**A title whose "of" phrase ends on a place**, with a person's name set off by a comma after it (reader Audit 41 #9).

"The hospital hasn't confirmed the birth and the bishop of nearby town Camerino, NAME, hasn't made any comment": the
parser hangs the name on the place ("Camerino"), the last word before the comma, not on the title ("bishop"), so
actor_roles found no title before the name and the bishop, named once and silent, was dropped from Actors (#9 had
no actors at all). :func:`office_holder` climbs from the place to the title that owns the "of" phrase, so the
name holds "bishop of nearby town Camerino". The climb is one "of" phrase only, and the title test stays the
caller's: "the capital of Norland, Vessa," reaches "capital", which is no title, and gives no one a role.

**An apposition after the name** (:func:`appositive`): "Erik Vang, chief economist at the Oslo Institute," holds
"chief economist at the Oslo Institute". It ends at the next comma; a relative clause the comma cuts is no part of
it: "Big Bank Hank, the New York rapper who, as part of the Sugarhill Gang, released ..." held "New York rapper who"
(Audit 49 #8, docs/audit.md 50.2), and a role ends before its relative pronoun when the clause runs past the role.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsbrief.analyze.actor_names import PERSON_NOUNS
from newsbrief.models import Document, Entity, Token

__all__ = ["MAX_ROLE_WORDS", "appositive", "office_holder"]

MAX_ROLE_WORDS = 16  # an apposition longer than this is a clause about the person, not a role
_POSSESSED_WORDS = 4  # a possessed head noun ("’s Central Command") lies within this many words
# Relative pronouns and determiners (Penn tags): "who", "whom", "which", "that", "whose".
_RELATIVE_TAGS = frozenset({"WP", "WP$", "WDT"})


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


def _before_cut_relative(tokens: Sequence[Token], head: int, end: int) -> int:
    """Where a role ends that the comma cut inside a relative clause: before the relative pronoun ("the New York
    rapper who, as part of the group, released ..." -> "the New York rapper"). A relative clause the role holds whole
    ("a scientist who led the study") stays."""
    for token in tokens[head + 1 : end + 1]:
        if token.tag in _RELATIVE_TAGS and _clause_right(tokens, token) > end:
            return token.i - 1
    return end


def _through_name(tokens: Sequence[Token], end: int) -> int:
    """Where a role ends that the parser cut inside a name: "lead singer for Guys Underground" runs to the end of the
    band's name, which the parser split ("Underground" hung on the verb; Audit 50 #6 printed "lead singer for Guys")."""
    kind = tokens[end].ent_type
    while kind in ("ORG", "GPE", "FAC", "WORK_OF_ART") and end + 1 < len(tokens) \
            and tokens[end + 1].ent_type == kind and tokens[end + 1].pos != "PUNCT":
        end += 1
    return end


def _clause_right(tokens: Sequence[Token], pronoun: Token) -> int:
    """The last token of the relative clause ``pronoun`` opens (the clause's verb's subtree); the pronoun itself
    when the parser hangs it on no clause."""
    verb = tokens[pronoun.head]
    return verb.right if verb.i != pronoun.i and verb.dep == "relcl" else max(pronoun.i, verb.right)


def _through_possessive(tokens: Sequence[Token], end: int) -> int:
    """Where a role ends that the parser cut at a possessive: "head of the U.S. military’s Central Command" runs
    through "’s" to the noun it owns (Audit 25: the parser hung "’s Central Command" on the name, and the role read
    "head of the U.S. military")."""
    k = end + 1
    if k >= len(tokens) or tokens[k].tag != "POS":
        return end
    j = k + 1
    while j < len(tokens) and tokens[j].pos in ("PROPN", "NOUN", "ADJ") and j - k <= _POSSESSED_WORDS:
        j += 1
    return j - 1 if j > k + 1 and tokens[j - 1].pos in ("PROPN", "NOUN") else end


def appositive(doc: Document, entity: Entity) -> tuple[int, int] | None:
    """Token span of an apposition after a name ("Erik Vang, chief economist at ...,"), without
    relative clauses; only when its head names what a person is or does."""
    head = entity.token_end - 1
    tokens = doc.tokens
    heads = _conjuncts_up(tokens, head)
    for token in tokens[entity.token_end : min(entity.token_end + MAX_ROLE_WORDS, len(tokens))]:
        if token.dep == "appos" and token.head in heads and tokens[token.left - 1].text in (",", "(", "—", "–") \
                and _own_apposition(tokens, entity, token):
            if (token.lemma.lower() not in PERSON_NOUNS and token.text.lower() not in PERSON_NOUNS) \
                    or tokens[token.left].text.lower() == "whose":
                # "Pratcher, whose older brother, Larry Jr., ...": the role is the relative's (the lead's Newsroom 25)
                return None
            after = tokens[token.right + 1] if token.right + 1 < len(tokens) else None
            if after is not None and after.tag in ("VBZ", "VBD", "VBP") and after.pos in ("VERB", "AUX"):
                # "killed Jamal Reed, the family's lawyer tells CNN": the subject of the next clause,
                # misparsed as an apposition, is another person's title (reader Audit 12, 13.4 item 6).
                return None
            end = token.right
            for t in tokens[token.i + 1 : token.right + 1]:
                # "the chief economist at Flexport, which coordinates ...": the role ends at
                # the next comma; a participle or a relative clause ("a lawmaker representing
                # the Yazidis", "a scientist who led the study") is part of it unless too long.
                if t.text == "," and t.i < end:
                    end = t.i - 1
                    break
            end = _before_cut_relative(tokens, token.i, end)  # "the New York rapper who, as part of ..."
            end = _through_name(tokens, _through_possessive(tokens, end))
            start = token.left
            while start < token.i and tokens[start].pos == "DET":
                start += 1
            if end - start + 1 > MAX_ROLE_WORDS:
                relative = next((t for t in tokens[token.i + 1 : end + 1] if t.dep == "relcl"), None)
                end = tokens[relative.left].i - 1 if relative is not None else end
            while end > token.i and tokens[end].pos == "PUNCT":
                end -= 1
            if end - start + 1 > MAX_ROLE_WORDS:
                return None
            return (start, end + 1)
    return None


def _conjuncts_up(tokens: Sequence[Token], head: int) -> set[int]:
    """The name's head and the coordinated names before it ("A and B and C"), to one of which the parser attaches
    an apposition written after the last: the lead's Newsroom row 13 gave the last name's "literary editor of the
    magazine" to the second."""
    heads = {head}
    while tokens[head].dep == "conj" and tokens[head].head != head and tokens[head].head not in heads:
        head = tokens[head].head
        heads.add(head)
    return heads


def _own_apposition(tokens: Sequence[Token], entity: Entity, appos: Token) -> bool:
    """Whether the apposition is this name's: in "A and B and C, <role>," the role is C's, the name right before its
    comma; it is A's only when no coordinated name comes between ("Ruth Kemp, a retired judge, and Paul Drury")."""
    if appos.head == entity.token_end - 1:
        return not any(t.dep == "conj" and t.pos == "PROPN" for t in tokens[entity.token_end : appos.left])
    return appos.left - 1 == entity.token_end  # a later conjunct: the comma follows it at once
