"""A gender vote from a pronoun bound inside what a named person says, in a sentence that names two people:
"Maria Lopez said she had warned Tom Reed" (the "she" cannot be Reed, whom her own clause warns, so it is
Lopez) and "Tom Reed said his treasurer, Maria Lopez, had left" (the "his" cannot be Lopez, the treasurer it
owns, so it is Reed).

:func:`newsbrief.nlp.referents.genders` takes no pronoun vote from a sentence naming two people, since either
may be meant; Session 12's opening cases (tests/analyze/test_session12_openings.py) then left both people
agreeing with a later "He"/"She" and the repair unnamed. Only these two bound positions vote: the pronoun is
the subject of the reported clause (or owns that subject), and every other name in the sentence is an
argument of that clause or in apposition to the noun the pronoun owns, so grammar rules it out.
"""

from __future__ import annotations

from newsbrief.models import Sentence, Token
from newsbrief.nlp.speech import _Doc

__all__ = ["bound_votes"]

_FEMALE = frozenset({"she", "her"})
_MALE = frozenset({"he", "his"})
_ARGUMENTS = frozenset({"dobj", "obj", "dative", "iobj"})


def _reported_pronouns(d: _Doc, verb: Token) -> list[tuple[Token, Token]]:
    """(pronoun, the clause it heads or whose subject it owns) in each clause ``verb`` reports."""
    tokens = d.doc.tokens
    found: list[tuple[Token, Token]] = []
    for c in d.children.get(verb.i, ()):
        clause = tokens[c]
        if clause.dep != "ccomp":
            continue
        for s in d.children.get(clause.i, ()):
            subject = tokens[s]
            if subject.dep != "nsubj":
                continue
            if subject.text.lower() in ("he", "she"):
                found.append((subject, clause))
            found += [(tokens[p], clause) for p in d.children.get(subject.i, ())
                      if tokens[p].dep == "poss" and tokens[p].text.lower() in ("his", "her")]
    return found


def _ruled_out(d: _Doc, name: Token, pronoun: Token, clause: Token) -> bool:
    """Whether the name (its last token) cannot be what ``pronoun`` means: an argument of the clause the
    pronoun is subject of, or in apposition to the noun the pronoun owns."""
    if pronoun.dep == "poss":
        return name.dep == "appos" and name.head == pronoun.head
    return name.head == clause.i and name.dep in _ARGUMENTS


def bound_votes(d: _Doc, sentence: Sentence, spans: list[tuple[int, int]], names: list[str],
                votes: dict[str, list[int]]) -> None:
    """Add a vote [female, male] for the named subject of a saying verb whose reported clause holds a bound
    "he"/"she"/"his"/"her" (see the module docstring), when the sentence names two people or more."""
    tokens = d.doc.tokens
    if len(set(names)) < 2:
        return
    for (_, last), name in zip(spans, names, strict=True):
        subject = tokens[last]
        if subject.dep != "nsubj" or d.in_quote(subject.start):
            continue
        others = [tokens[other] for (_, other), n in zip(spans, names, strict=True) if n != name]
        for pronoun, clause in _reported_pronouns(d, tokens[subject.head]):
            if d.in_quote(pronoun.start) or not all(_ruled_out(d, o, pronoun, clause) for o in others):
                continue
            tally = votes.setdefault(name, [0, 0])
            tally[pronoun.text.lower() in _MALE] += 1
            break
