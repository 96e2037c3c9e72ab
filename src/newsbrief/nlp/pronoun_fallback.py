"""The last resort of a "he"/"she" that no nearer sentence resolves: the last person named before it,
except that a person named only as a possessor ("a truce with President Karl Vost's troops") gives way to
the named subject of that same sentence ("rebel leader Tomas Brevik set out terms ..."), whom centering
ranks first. Audit 41 #1: "But ultimately, he said, the opposition's goal remains regime change" went to
Gadhafi, named in "Gadhafi's forces", not to the opposition leader who was the sentence's subject.

Split from :mod:`newsbrief.nlp.speakers` (which stays under its size limit); rules over the dependency
parse in :class:`~newsbrief.nlp.speech._Doc`.
"""

from __future__ import annotations

from collections.abc import Callable

from newsbrief.models import Sentence
from newsbrief.nlp.pronoun_candidates import addressed, credit_line
from newsbrief.nlp.pronoun_chains import subject_in
from newsbrief.nlp.speech import _clean, _Doc

__all__ = ["after_preposition", "last_named_person"]


def after_preposition(d: _Doc, i: int) -> bool:
    """ "the medical officer of health for Manchester": a name governed by a preposition is a place or
    body the model took for a person far more often than the one a later "he" means (sixth reader
    audit: "Manchester — says")."""
    token = d.doc.tokens[i]
    return token.dep == "pobj" and d.doc.tokens[token.head].text.lower() in ("for", "in", "from", "at", "of")


def _possessor(d: _Doc, i: int) -> bool:
    """Whether the name ending at token ``i`` is only a possessor ("Vost's troops")."""
    tokens = d.doc.tokens
    marks = ("'s", "’s", "'", "’")
    # the model's entity may hold the "'s" itself ("Helen Price's")
    return tokens[i].dep == "poss" or (tokens[i].text in marks and tokens[i].dep == "case") \
        or (i + 1 < len(tokens) and tokens[i + 1].text in marks and tokens[i + 1].dep == "case")


# Unnamed men and women a "he"/"she" can mean ("her boyfriend", "the man"): kin and plain person nouns, not titles.
_KIN = {"he": frozenset("man boy boyfriend husband father son brother uncle nephew grandfather grandson widower "
                        "fiance stepfather stepson dad".split()),
        "she": frozenset("woman girl girlfriend wife mother daughter sister aunt niece grandmother granddaughter "
                         "widow fiancee stepmother stepdaughter mum mom".split())}


def _unnamed_kin(d: _Doc, sentence: Sentence, cut: int, pronoun: str) -> int:
    """The offset of the last unnamed man or woman (agreeing with ``pronoun``) mentioned between ``cut`` and
    ``sentence`` outside quotations ("her boyfriend", no name in apposition), or -1. A person named before that
    mention is not the last-resort antecedent: the unnamed one is nearer (FNC-1 15: "He thought he was getting
    his gifts" after "Twitter DMs between her boyfriend and another woman" went to "Twitter")."""
    nouns = _KIN.get(pronoun, frozenset())
    tokens = d.doc.tokens
    for token in reversed(tokens[: sentence.token_start]):
        if token.start < cut:
            break
        if token.pos == "NOUN" and token.tag == "NN" and token.lemma.lower() in nouns and not d.in_quote(token.start) \
                and not any(tokens[c].dep in ("appos", "compound") and tokens[c].pos == "PROPN"
                            for c in d.children.get(token.i, ())) \
                and not (token.i + 1 < len(tokens) and tokens[token.i + 1].pos == "PROPN"):
            return token.start
    return -1


def last_named_person(d: _Doc, sentence: Sentence, cut: int, skip: Callable[[str | None], bool],
                      pronoun: str) -> str | None:
    """The last person named before ``sentence`` (from offset ``cut``) a "he"/"she" may mean: not inside a
    quotation, not governed by a preposition, not the one spoken to; a possessor yields to the named
    subject of its own sentence."""
    doc = d.doc
    nearer = _unnamed_kin(d, sentence, cut, pronoun)
    for entity in reversed(doc.entities):
        if entity.label != "PERSON" or entity.start < cut or entity.end > sentence.start \
                or d.in_quote(entity.start):
            continue
        if entity.start < nearer:
            return None  # "... between her boyfriend and another woman. He thought ...": the boyfriend, unnamed
        name = d.resolve_name(_clean(entity.text))
        end = entity.token_end - 1
        own = next((s for s in doc.sentences if s.start <= entity.start < s.end), None)
        if skip(name) or after_preposition(d, end) or addressed(doc, end) or (own is not None and credit_line(own)):
            continue  # a correspondent's credit line names the box's writer, not a speaker (session 27)
        if _possessor(d, end):
            subject = subject_in(d, own, False, skip, pronoun=pronoun) if own is not None else None
            if isinstance(subject, str) and subject and subject != name:
                return subject
        return name
    return None
