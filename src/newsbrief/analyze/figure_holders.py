"""What a share on a noun is of, and values the NER model tags as something else.

A percentage written on a noun, "20 percent purity", "3 percent growth", names a property, not a thing:
a reader needs what has that purity or growth. When the noun is the object of a verb ("the economy
posted 3 percent growth") the verb's clause says so and is read by :mod:`newsbrief.analyze.figure_measures`;
when the noun hangs on a preposition ("enriched uranium *to* 20 percent purity", "the material, enriched
*to* 20 percent purity") the clause was left out and the bullet read "20 percent purity" (the lead's reading of
Newsroom dev row 43, session 17). :func:`with_holder` adds the verb and its object, or the noun a participle
describes, or the verb's subject; with none of them the figure is withheld.

A vote's tally after its object, "The Senate passed the bill 52 to 48", is tagged a DATE by the NER model
(session 17d's open case): :func:`tally_entities` gives it back as one CARDINAL value, "52 to 48", whose
verb and object say what was voted.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence
from newsbrief.models import Document, Entity

# The holder's phrase: its determiner, possessive, compounds and adjectives, not its clauses.
_HOLDER_DEPS = frozenset({"det", "poss", "compound", "amod", "case", "nummod"})
_PERCENT_WORDS = frozenset({"%", "percent", "per", "cent", "percentage", "points", "point"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# "52 to 48", "7-2": two small numbers; a span of years ("1995 to 1998") is a date, and stays one
_TALLY = re.compile(r"^(\d{1,3})\s*(?:to|-|–)\s*(\d{1,3})$")
# Verbs whose "N to M" after the object is a vote's tally; the same set figure_values reads
_TALLY_VERBS = frozenset("vote pass approve reject defeat back elect confirm endorse adopt carry".split())


def _phrase(s: ParsedSentence, noun: int) -> set[int]:
    """A noun with its left modifiers ("the enriched material"), no relative clause or apposition."""
    return {noun} | {c for c in s.children[noun] if c < noun and s.tok(c).dep in _HOLDER_DEPS}


def _named_noun(s: ParsedSentence, i: int) -> bool:
    return s.inside(i) and s.tok(i).pos in ("NOUN", "PROPN")


def _described(s: ParsedSentence, verb: int) -> int | None:
    """The noun a participle describes: its head ("the material enriched to ...") or, set off by a comma,
    the noun just before it ("the material, enriched to ...", which the parser may hang elsewhere)."""
    if s.tok(verb).tag != "VBN":
        return None
    if s.tok(verb).dep == "acl" and _named_noun(s, s.head(verb)):
        return s.head(verb)
    if s.text(verb - 1) == "," and _named_noun(s, verb - 2):
        return verb - 2
    return None


def _holder(s: ParsedSentence, verb: int) -> set[int] | None:
    """The words saying what a verb's share is of: its object, the noun it describes, or its subject."""
    kids = s.children[verb]
    obj = next((c for c in kids if s.tok(c).dep == "dobj" and _named_noun(s, c)), None)
    if obj is not None:
        return {verb} | _phrase(s, obj)
    described = _described(s, verb)
    if described is not None:
        return {verb} | _phrase(s, described)
    subject = next((c for c in kids if s.tok(c).dep in _SUBJECTS and _named_noun(s, c)), None)
    if subject is not None:
        return {verb} | _phrase(s, subject)
    return None


def with_holder(s: ParsedSentence, figure: Figure | None) -> Figure | None:
    """A share on a noun after a preposition ("enriched uranium to 20 percent purity") with what holds it,
    or None when the clause names nothing that does; every other figure as it is."""
    if figure is None or figure.label != "PERCENT" or figure.clause or figure.noun is None:
        return figure
    noun = figure.noun
    value = set(range(figure.value_start, figure.value_end))
    if set(figure.what) - value - _phrase(s, noun) or s.tok(noun).dep != "pobj":
        return figure  # "71 percent of the residents": the figure says what it is of
    if any(s.text(i).lower() not in _PERCENT_WORDS and not s.tok(i).like_num for i in value):
        return figure
    preposition = s.head(noun)
    verb = s.head(preposition)
    if preposition == noun or verb == preposition or s.tok(verb).pos not in ("VERB", "AUX"):
        return figure  # "a rise in 3 percent inflation": a noun's own phrase, read as written
    holder = _holder(s, verb)
    if holder is None:
        return None  # "rose to 20 percent purity" with nothing named: what is pure, a reader asks
    return replace(figure, clause=tuple(sorted((holder | {preposition}) - value - set(figure.what))))


def tally_entities(doc: Document) -> list[Entity]:
    """A vote's tally the NER model tagged a DATE ("passed the bill 52 to 48"), as a CARDINAL entity."""
    found: list[Entity] = []
    for entity in doc.entities:
        match = _TALLY.match(entity.text)
        if entity.label != "DATE" or match is None or entity.token_end - entity.token_start != 3:
            continue
        first = doc.tokens[entity.token_start]
        verb = doc.tokens[first.head]
        if verb.lemma.lower() not in _TALLY_VERBS or first.head >= first.i:
            continue  # "from 52 to 48 days": no vote
        if not any(t.head == verb.i and t.dep == "dobj" and t.i < first.i for t in doc.tokens[verb.i : first.i]):
            continue  # the tally follows the voted object; "by 2 to 1" and the like are read elsewhere
        found.append(replace(entity, label="CARDINAL"))
    return found
