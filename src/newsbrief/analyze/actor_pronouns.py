"""A one-word name the model tagged a body, continued by "he" or "she" (moved out of ``actor_typing``, which was
at the 500-line limit; session 20 round 3 added the same-sentence reading).

"Gatland won the title. He guided Wales ..." (session 18c) and "Franchitti seemed to like it, though he probably
won't need it" (the lead's unseen Newsroom motor-racing row, session 20: a driver who speaks four times was listed
as an organisation) write a person: a firm or a club is "it" or "they". The pronoun only counts when the sentence
names no person the model tagged, so it has no other person to take.
"""

from __future__ import annotations

from newsbrief.models import Document, Token

__all__ = ["he_continues"]

_HE_SHE = frozenset(("he", "she"))
# Clauses joined to the name's clause whose subject the pronoun is ("though he ...", "and he ...", "because she").
_JOINED = frozenset("advcl conj ccomp".split())


def _same_sentence(doc: Document, subject: Token, tokens: tuple[Token, ...]) -> bool:
    """Whether a "he"/"she" subject of a clause joined to the verb ``subject`` governs follows in its sentence."""
    verb = subject.head
    for token in tokens:
        if token.i > subject.i and token.text.lower() in _HE_SHE and token.dep == "nsubj":
            clause = doc.tokens[token.head]
            if clause.dep in _JOINED and clause.head == verb:
                return True
    return False


def he_continues(doc: Document, index: int, subject: Token | None = None) -> bool:
    """Whether sentence ``index`` names no person the model tagged and a "he"/"she" subject continues it: opening
    the next sentence, or (given the name's ``subject`` token) in a clause joined to the name's own."""
    sentence = doc.sentences[index]
    tokens = doc.tokens[sentence.token_start : sentence.token_end]
    if any(t.ent_type == "PERSON" for t in tokens):
        return False
    if subject is not None and _same_sentence(doc, subject, tokens):
        return True
    if index + 1 >= len(doc.sentences):
        return False
    first = doc.tokens[doc.sentences[index + 1].token_start]
    return first.text.lower() in _HE_SHE and first.dep == "nsubj"
