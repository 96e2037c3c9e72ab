"""Which of several holders of a role "the spokesman", "the lawyer" means: the one the text brought in
last. A definite role noun points back to the nearest earlier mention of the same noun; when that mention
is indefinite ("a foreign ministry spokesman would neither confirm nor deny it"), a new, unnamed holder
was brought in, and the definite one is that holder, not a person the text named with the role before.

Audit 41 #1: a British Foreign Office spokesman's two lines ("the spokesman said") were given to the
Libyan government's spokesman, named with the same role four paragraphs before. Rules over the
dependency parse in :class:`~newsbrief.nlp.speech._Doc`, with no model of their own.
"""

from __future__ import annotations

from newsbrief.nlp.speech import SPOKESPEOPLE, UNNAMED_NOUNS, _Doc, span_head

__all__ = ["newer_role_mention"]

# Determiners that bring in a new holder of a role ("a spokesman", "another lawyer", "one official").
_INDEFINITE = frozenset({"a", "an", "another", "one"})


def _core(d: _Doc, noun: int) -> tuple[int, int]:
    """The noun's phrase up to the noun itself ("a Danish foreign ministry spokesman"), without what follows."""
    tokens = d.doc.tokens
    first = noun
    while first > 0 and tokens[first - 1].head == noun and tokens[first - 1].dep in (
            "det", "amod", "compound", "nmod", "poss", "case", "punct") and tokens[first - 1].text not in (",", '"'):
        first -= 1
    while first > 0 and tokens[first - 1].dep in ("compound", "amod", "case", "poss") \
            and first <= tokens[first - 1].head <= noun:
        first -= 1  # "Foreign" of "a British Foreign Office spokesman", hung from "Office"
    return first, noun


def newer_role_mention(d: _Doc, first: int, last: int) -> tuple[int, int] | None:
    """The span of the unnamed holder a definite role subject first..last ("the spokesman") means, when the
    nearest earlier mention of its noun brought in a new holder ("a Danish foreign ministry spokesman");
    None when the nearest one is definite or named ("government spokesman Peter Lund"), or there is none."""
    tokens = d.doc.tokens
    head = span_head(d, first, last)
    lemma = head.lemma.lower()
    if tokens[first].text.lower() != "the" or head.pos not in ("NOUN", "PROPN") \
            or lemma not in UNNAMED_NOUNS | SPOKESPEOPLE:
        return None
    for k in range(first - 1, -1, -1):
        token = tokens[k]
        if token.lemma.lower() != lemma or token.pos not in ("NOUN", "PROPN") or d.in_quote(token.start):
            continue
        children = [tokens[c] for c in d.children.get(k, ())]
        if any(c.dep == "appos" and c.ent_type == "PERSON" for c in children) \
                or (k + 1 < len(tokens) and tokens[k + 1].ent_type == "PERSON"):
            return None  # "the spokesman, Peter Lund", "spokesman Peter Lund": a named holder
        if token.dep == "appos" and tokens[token.head].ent_type == "PERSON":
            return None  # "Peter Lund, a government spokesman": named
        indefinite = any(c.dep == "det" and c.text.lower() in _INDEFINITE for c in children)
        return _core(d, k) if indefinite else None
    return None
