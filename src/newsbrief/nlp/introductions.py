"""People a sentence introduces by description: who a "he said" or a "His ..." in the next sentence means.

News writing brings a new speaker in with a description and then lets a pronoun carry on:
"This is backed by another eyewitness, by the name of Abu Farid." then '"...," he told the BBC';
"One man who believes the war is already here is Omar Haidar, a shopkeeper." then "He is fiercely
critical ..."; "Another witness, a baker called Samir Haddad, described ...". The name is not the
grammatical subject a centering rule looks for (it is a passive's agent, the complement of "is", or
hangs from "called" / "by the name of"), so the pronoun went to the person named before (Audit 8:
two eyewitness quotations given to the activist quoted earlier, a closing speaker's words given to a
movement named in passing).

Rules over the dependency parse only (no model of their own): the constructions that name a person
("by the name of X", "called X", "named X", "known as X", an apposition, "One man ... is X") are
read for what they are; a name found this way is a person's whatever the NER model typed it (it
typed one such name as a nationality and another as an organisation in the audited articles).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.referents import _FEMALE_NOUNS, _MALE_NOUNS
from newsbrief.nlp.speech import UNNAMED_NOUNS

# Nouns that describe a person ("another eyewitness", "one man", "a local shopkeeper" is any noun with
# a name in apposition; these are the ones that may stand without one).
PERSON_NOUNS = UNNAMED_NOUNS | _FEMALE_NOUNS | _MALE_NOUNS | frozenset(
    "eyewitness eyewitnesses one person individual resident local shopkeeper baker nurse soldier defector "
    "refugee veteran pensioner mother father".split()) | frozenset(
    # the speakers Audit 23 gave to the nearest name ("a nun from El Salvador", "one rebel fighter", "our
    # correspondent"): a described person, not a name
    "nun priest monk fighter fighters rebel rebels correspondent correspondents reporter reporters journalist "
    "journalists".split())
# Verbs whose complement is the name given ("a baker called Samir", "a man named Victor").
_NAMING = frozenset({"call", "name", "know", "dub"})
# Entity types that a name never has when it is a person's, however it is introduced.
_NOT_PEOPLE = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "GPE", "LOC", "FAC"})


def children_map(doc: Document, sentence: Sentence) -> dict[int, list[int]]:
    """Token index -> its dependents' indices, for the tokens of ``sentence``."""
    children: dict[int, list[int]] = {}
    for token in doc.sentence_tokens(sentence):
        if token.head != token.i:
            children.setdefault(token.head, []).append(token.i)
    return children


def _kids(doc: Document, children: Mapping[int, Sequence[int]], token: Token) -> list[Token]:
    return [doc.tokens[c] for c in children.get(token.i, ())]


def name_span(doc: Document, token: Token) -> tuple[int, int] | None:
    """Token span of the capitalised name that ends at ``token`` ("Abu Farid", "Karl Bremer"), or None
    when ``token`` is no name."""
    if token.pos != "PROPN" or not token.text[:1].isupper() or token.ent_type in _NOT_PEOPLE:
        return None
    first = token.i
    while first > 0 and doc.tokens[first - 1].pos == "PROPN" and doc.tokens[first - 1].head == token.i \
            and doc.tokens[first - 1].text[:1].isupper():
        first -= 1
    return first, token.i


def _through_of(doc: Document, children: Mapping[int, Sequence[int]], noun: Token) -> tuple[int, int] | None:
    """ "the name of X": the name X."""
    for prep in _kids(doc, children, noun):
        if prep.dep == "prep" and prep.text.lower() == "of":
            for obj in _kids(doc, children, prep):
                if obj.dep == "pobj" and (span := name_span(doc, obj)) is not None:
                    return span
    return None


def described_name(doc: Document, children: Mapping[int, Sequence[int]], noun: Token,
                   depth: int = 0) -> tuple[int, int] | None:
    """The name a person noun is given in its own phrase: an apposition ("the club's owner, Lena Park";
    "another witness, a baker called X"), "called/named/known as X", "by the name of X"."""
    if depth > 2:
        return None
    for kid in _kids(doc, children, noun):
        if kid.dep == "appos":
            found = name_span(doc, kid) if kid.pos == "PROPN" else described_name(doc, children, kid, depth + 1)
            if found is not None:
                return found
        elif kid.dep == "acl" and kid.lemma.lower() in _NAMING:
            for obj in _kids(doc, children, kid):
                if obj.dep in ("oprd", "dobj", "attr", "xcomp") and (span := name_span(doc, obj)) is not None:
                    return span
                if obj.dep in ("prep", "agent") and obj.text.lower() in ("as", "by"):
                    found = next((s for o in _kids(doc, children, obj) if o.dep == "pobj"
                                  for s in (name_span(doc, o) or _through_of(doc, children, o),) if s), None)
                    if found is not None:
                        return found
        elif kid.dep == "prep" and kid.text.lower() == "by":
            found = next((_through_of(doc, children, o) for o in _kids(doc, children, kid)
                          if o.dep == "pobj" and o.lemma.lower() == "name"), None)
            if found is not None:
                return found
    return None


def _identified(doc: Document, children: Mapping[int, Sequence[int]], subject: Token) -> tuple[int, int] | None:
    """ "One man who believes ... is Omar Haidar": the name a person noun is said to be."""
    verb = doc.tokens[subject.head]
    if verb.lemma.lower() != "be" or subject.lemma.lower() not in PERSON_NOUNS:
        return None
    for kid in _kids(doc, children, verb):
        if kid.i > subject.i and kid.dep in ("attr", "nsubj") and (span := name_span(doc, kid)) is not None:
            return span
    return None


def _agent(doc: Document, children: Mapping[int, Sequence[int]], verb: Token) -> tuple[int, int] | None:
    """The person a passive verb's agent names: "by another eyewitness, by the name of X", "by Jo Kim"."""
    for agent in _kids(doc, children, verb):
        if agent.dep != "agent":
            continue
        for obj in _kids(doc, children, agent):
            if obj.dep != "pobj":
                continue
            if obj.lemma.lower() == "name" and (span := _through_of(doc, children, obj)) is not None:
                return span
            if obj.ent_type == "PERSON" and (span := name_span(doc, obj)) is not None:
                return span
            if obj.lemma.lower() in PERSON_NOUNS and (span := described_name(doc, children, obj)) is not None:
                return span
    return None


def introduced_person(doc: Document, children: Mapping[int, Sequence[int]], subject: Token) -> tuple[int, int] | None:
    """Token span of the person a main-clause ``subject`` introduces by description (see the module
    docstring): the name given to a person noun, the one a person noun is said to be, or the agent
    of a passive whose subject is no person; None when the subject introduces no one that way."""
    if subject.dep == "nsubjpass":
        return _agent(doc, children, doc.tokens[subject.head]) if subject.ent_type != "PERSON" else None
    if subject.pos != "NOUN" and subject.lemma.lower() != "one":
        return None
    return _identified(doc, children, subject) or (
        described_name(doc, children, subject) if subject.lemma.lower() in PERSON_NOUNS else None)


__all__ = ["PERSON_NOUNS", "children_map", "described_name", "introduced_person", "name_span"]
