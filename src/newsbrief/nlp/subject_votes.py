"""The "he"/"she", "his"/"her" that vote for the gender of a sentence's named subject
(:func:`newsbrief.nlp.referents.genders`).

A sentence that names one person, as its subject, votes with the gendered pronouns after the name: "Castell
said she ...". A sentence naming two people gave no vote, since either may be meant. Two kinds of second name
cannot be what the pronoun means, and no longer stop the vote (Newsroom 44: neither the lawyer nor her client
got a gender, so her closing "she told Hannity" went to him):

- a name written only as the owner of a thing ("the law surrounding Ridge's claims", "on Ridge's behalf"): a
  possessor is seldom the antecedent while the sentence's subject is named, unless what it owns is a person
  ("Ridge's wife"), who may be the one meant;
- a name written after every such pronoun: "Castell sent a letter that she signed on Ridge's behalf".

An object pronoun is most often someone else ("said Sam Berne, head of the team that found her", Audit 16),
so it never votes.
"""

from __future__ import annotations

from newsbrief.models import Sentence
from newsbrief.nlp.speech import UNNAMED_NOUNS, _Doc

__all__ = ["subject_pronouns", "vote"]

_GENDERED = frozenset("he him his himself she her hers herself".split())
_OBJECTS = frozenset({"dobj", "pobj", "dative", "obj"})
# What a possessor may own that is a person the pronoun may mean ("Ridge's wife, and she said").
_PEOPLE = UNNAMED_NOUNS | frozenset(
    "wife husband daughter son mother father sister brother partner girlfriend boyfriend widow child friend "
    "lawyer client aide deputy boss mother-in-law".split())


def _possessor(d: _Doc, last: int) -> bool:
    """Whether the name ending at token ``last`` only owns a thing ("Ridge's claims"), not a person."""
    token = d.doc.tokens[last]
    if token.dep != "poss" or token.head == token.i:
        return False
    owned = d.doc.tokens[token.head]
    return owned.lemma.lower() not in _PEOPLE and owned.text.lower() not in _PEOPLE


def subject_pronouns(d: _Doc, sentence: Sentence, spans: list[tuple[int, int]], names: list[str],
                     name: str, last: int) -> set[str]:
    """The gendered pronouns after the subject ``name`` (ending at token ``last``) that vote for its gender: none
    unless it is the subject and every other name in the sentence is a possessor of a thing or written after the
    pronouns (see the module docstring)."""
    tokens = d.doc.tokens
    if tokens[last].dep not in ("nsubj", "nsubjpass"):
        return set()
    pronouns = [t for t in d.doc.sentence_tokens(sentence) if t.i > last and t.text.lower() in _GENDERED
                and not d.in_quote(t.start) and t.dep not in _OBJECTS]
    if not pronouns:
        return set()
    rivals = [(first, end) for (first, end), other in zip(spans, names, strict=True) if other != name]
    if any(first < pronouns[-1].i and not _possessor(d, end) for first, end in rivals):
        return set()
    return {t.text.lower() for t in pronouns}


def vote(tally: list[int], pronouns: set[str], female: frozenset[str], male: frozenset[str]) -> None:
    """Add one vote to ``tally`` [female, male] when ``pronouns`` are of one gender only."""
    if pronouns & female and not pronouns & male:
        tally[0] += 1
    elif pronouns & male and not pronouns & female:
        tally[1] += 1

