"""A person's alias folded into the person (Audit 35 #9: "Jihadi John" and "Mohammed Emwazi" listed as two).

A reader takes a name and its alias for one person when the article ties them in one sentence:

- the alias right after the name: "Marco Bellini, known as 'Il Lupo'", "X, better known as Y", "X, nicknamed Y",
  "X (aka Y)";
- the alias first, the name it was unmasked as after it: "the militant known as 'Y' has been named as X",
  "... identified as X", "Y, whose real name is X";
- the real name given to a description that takes up the alias of the sentence before: "Y, the New York rapper
  who ..., has died. The performer, real name X, died ..." (reader Audit 49 #8: the stage name, typed an
  organisation by its word "Bank", was listed beside the person). The alias is the name that opens the sentence
  before, whatever the model's label: "real name" is said of a person only.

The real name stays the entry; the alias's mentions count as the person's. Names a sentence only sets side by side
("X met Y, known as Z") are not joined: the alias must follow the name it qualifies, or the unmasking cue must
introduce the other name.

:func:`named_in` tells whether a headline names an actor (moved here from ``actors`` at its module limit).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.analyze.actor_names import Actor, clean_name
from newsbrief.models import Document, Entity
from newsbrief.nlp.name_parts import ORG_WORDS

# A cheap test on the whole text before any per-mention work (most articles have no alias at all).
_ANY_CUE = re.compile(r"known as|nicknamed|dubbed|\balias\b|\baka\b|a\.k\.a\.|real name", re.I)
# The cue and an opening quote: "known as '", "better known as", "aka".
_CUE = (r"(?:(?:also|better|widely|popularly|commonly) )?(?:known as|nicknamed|dubbed|alias|aka|a\.k\.a\.)"
        r"\s*[\"'“‘]?\s*$")
# Right before the alias's mention.
_ALIAS_BEFORE = re.compile(_CUE, re.I)
# Between the real name and its alias written right after it: "X, known as", "X (aka".
_NAME_THEN_ALIAS = re.compile(r"^\s*[,(]\s*" + _CUE, re.I)
# Right before the real name when the alias came first: "has been named as X", "whose real name is X".
_UNMASKED_BEFORE = re.compile(
    r"(?:(?:named|identified|unmasked|revealed|exposed) as|real name (?:is|was)|real name,)\s*$", re.I)
_WINDOW = 40  # characters looked at before a mention for a cue (the longest cue with its quote fits)
# Words that make a "person" a building or a body the model mistyped ("St Anne's Church, known as the Stump"):
# those are not a person's real name (the Newsroom/XSum rows before and after: a church took its nickname).
_NOT_PERSONAL = ORG_WORDS | frozenset(
    "church cathedral chapel abbey mosque temple synagogue tower bridge stadium arena hall house palace castle "
    "park street road square station".split())


def _personal(name: str) -> bool:
    """A name a person bears: no possessive inside, no body or building word."""
    words = name.lower().replace("’", "'").split()
    return not any(w.endswith("'s") or w.rstrip(".") in _NOT_PERSONAL for w in words)


def _cued(text: str, mention: Entity, cue: re.Pattern[str]) -> bool:
    return cue.search(text[max(0, mention.start - _WINDOW) : mention.start]) is not None


def _real_name(text: str, alias: Entity, people: Sequence[tuple[Actor, Entity]]) -> Actor | None:
    """The other person the alias mention is tied to in its sentence (module docstring), if any."""
    for actor, mention in people:
        if mention.sentence_index != alias.sentence_index:
            continue
        if mention.end <= alias.start and _NAME_THEN_ALIAS.match(text[mention.end : alias.start]):
            return actor  # "Marco Bellini, known as 'Il Lupo'"
        if mention.start > alias.end and _cued(text, mention, _UNMASKED_BEFORE):
            return actor  # "known as 'Y' ... has been named as X"
    return None


# "The performer, real name X", "The singer, whose real name is X": a description of one word or two after "The"
# opening its sentence, then the real name. The description refers back to the sentence before.
_DESCRIBED_REAL = re.compile(r"^\s*[\"'“‘]?The (?:[a-z-]+ ){0,2}[a-z-]+, (?:whose )?real name(?: is| was)?,?\s*$")


def _opener(doc: Document, actors: list[Actor], sentence_index: int) -> Actor | None:
    """The actor whose mention opens sentence ``sentence_index`` (its subject named first), if any."""
    if sentence_index < 0:
        return None
    start = doc.sentences[sentence_index].start
    text = doc.article.text
    for actor in actors:
        if any(m.sentence_index == sentence_index and not text[start : m.start].strip(" \"'“‘")
               for m in actor.mentions):
            return actor
    return None


def _fold_described(doc: Document, actors: list[Actor]) -> list[Actor]:
    """Fold the opener of the sentence before "The performer, real name X" into X (module docstring)."""
    text = doc.article.text
    gone: set[int] = set()
    for person in actors:
        if person.label != "PERSON" or id(person) in gone:
            continue
        for mention in person.mentions:
            sentence = doc.sentences[mention.sentence_index]
            if not _DESCRIBED_REAL.match(text[sentence.start : mention.start]):
                continue
            alias = _opener(doc, actors, mention.sentence_index - 1)
            if alias is not None and alias is not person and id(alias) not in gone:
                person.mentions.extend(alias.mentions)
                person.aliases.update({alias.name, *alias.aliases})
                gone.add(id(alias))
                break
    return [a for a in actors if id(a) not in gone]


def fold_aliases(doc: Document, actors: list[Actor]) -> list[Actor]:
    """``actors`` with every alias folded into the person the article says it names (module docstring)."""
    text = doc.article.text
    if _ANY_CUE.search(text) is None:
        return actors
    actors = _fold_described(doc, actors)
    gone: set[int] = set()
    for alias in actors:
        if alias.label != "PERSON" or not _personal(alias.name):
            continue
        others = [(a, m) for a in actors if a is not alias and a.label == "PERSON" and id(a) not in gone
                  and _personal(a.name) for m in a.mentions]
        for mention in alias.mentions:
            if not _cued(text, mention, _ALIAS_BEFORE):
                continue
            person = _real_name(text, mention, others)
            if person is not None:
                person.mentions.extend(alias.mentions)
                person.aliases.update({alias.name, *alias.aliases})
                gone.add(id(alias))
                break
    return [a for a in actors if id(a) not in gone]


def _firm_in(title: str, surname: str, actor: Actor) -> bool:
    """Whether the headline's surname opens a longer name, not the person's, that the body's mentions write
    ("Harlow Paints to close plants" beside "founded by Edwin Harlow": the firm's name; actor_firms)."""
    found = re.search(rf"(?<!\w){re.escape(surname)}\s+([A-Z]\w+)", title)
    return found is not None and found.group(1) not in actor.name.split() and not any(
        found.group(0) in m.text for m in actor.mentions)


def named_in(text: str, actor: Actor) -> bool:
    """True when ``text`` (a headline) names the actor: an alias, or a person's surname."""
    text = re.sub(r"['’]s\b", "", text)
    names = set(actor.aliases) | {actor.name} | {clean_name(m.text) for m in actor.mentions}
    if actor.label == "PERSON" and not _firm_in(text, actor.name.split()[-1], actor):
        names.add(actor.name.split()[-1])
    for name in names:
        flags = re.I if len(name.split()) > 1 else 0
        if len(name) > 1 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, flags):
            return True
    return False
