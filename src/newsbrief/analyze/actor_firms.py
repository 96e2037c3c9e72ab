"""An organisation listed twice under two forms of its name (Audit 36 37.5): a firm's first word and its full
name ("Brantwell" and "Brantwell Hoskins Global"), and two spellings of one word inside a long name ("Eastern
Islamist Defence Front", "Eastern Islamic Defence Front").

- **A firm's short name.** A one-word organisation that opens exactly one longer organisation's name is that
  body, when the words the full name adds are names, not common nouns: none is a body's word ("Foundation",
  already folded by ``actor_names``) and none is written in lower case anywhere in the text ("Google Maps" and
  "Apple Music" stay apart when the article writes "maps" or "music"; a partner's surname never is), and the
  two are not named in one sentence (a maker and its product: "Orion unveiled the Orion Watch"). A closing "of"
  and the firm's country ("Anadarko Petroleum of America") are no part of the name's words.
- **A founder's surname as the firm's short name** (session 30). A bare surname the model tags a place or a body
  ("Shares in Brantley rose", "Brantley's rival"), or one that opens a longer name ("Brantley Foods said"), is the
  firm, not the founder ("founded by Arthur Brantley") the name stage joined it to by the surname: it leaves his
  count, and joins the organisation whose name it opens if one is listed; a bare surname the model tags a person,
  followed by no name, stays his.
- **A spelling of one word.** Two organisations of three or more words that differ in one word only, two near
  spellings of it (few edits, first letter kept), are one body, under the spelling the article writes first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.analyze.actor_lookup import edits
from newsbrief.analyze.actor_names import Actor
from newsbrief.models import Document, Entity
from newsbrief.nlp.entity_states import is_country
from newsbrief.nlp.name_parts import ORG_WORDS

__all__ = ["firm_surnames", "fold_firm_names"]


def _near(word: str, other: str) -> bool:
    """Two spellings of one word: at most two edits, a third of the shorter word, the first letter kept."""
    distance = edits(word.lower(), other.lower())
    return distance <= 2 and 3 * distance <= min(len(word), len(other)) and word[:1] == other[:1]


def _spelling(actor: Actor, other: Actor) -> bool:
    """Whether two organisations' names differ in one near-spelt word of three or more (module docstring)."""
    a, b = actor.name.split(), other.name.split()
    if len(a) < 3 or len(a) != len(b):
        return False
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(differ) == 1 and _near(*differ[0])


def _short_name(doc: Document, actor: Actor, organisations: Sequence[Actor]) -> Actor | None:
    """The one longer organisation whose name ``actor``'s one word opens and completes with names (docstring)."""
    word = actor.name
    if " " in word or word.lower() in ORG_WORDS:
        return None
    longer = [o for o in organisations if o is not actor and o.name.split()[0] == word and " " in o.name]
    if len(longer) != 1:
        return None
    extra = _without_home(longer[0].name.split()[1:])
    text = doc.article.text
    if any(w.lower() in ORG_WORDS or not w[:1].isupper() or f" {w.lower()} " in text for w in extra):
        return None
    # A maker and its product named in one sentence ("Orion unveiled the Orion Watch") are two things.
    together = {m.sentence_index for m in actor.mentions} & {m.sentence_index for m in longer[0].mentions}
    return None if together else longer[0]


def _without_home(words: list[str]) -> list[str]:
    """A firm's name words without a closing "of" and the country it is from ("Anadarko Petroleum of America",
    "Mitsui of Japan"; Audit 48 #5: the partner listed under neither name): the country is no part of the short
    name."""
    if "of" in words:
        cut = words.index("of")
        if is_country(" ".join(words[cut + 1:])):
            return words[:cut]
    return words


def _join(into: Actor, actor: Actor) -> None:
    into.mentions.extend(actor.mentions)
    into.aliases |= actor.aliases | {actor.name}


def fold_firm_names(doc: Document, actors: Sequence[Actor]) -> list[Actor]:
    """The actors with an organisation's short name and its spellings folded into one entry (module docstring)."""
    organisations = [a for a in actors if a.label == "ORG"]
    if len(organisations) < 2:
        return list(actors)
    absorbed: set[int] = set()
    for actor in organisations:
        target = _short_name(doc, actor, organisations)
        if target is None:
            target = next((o for o in organisations if o is not actor and id(o) not in absorbed
                           and o.mentions and actor.mentions and _spelling(o, actor)
                           and o.mentions_sorted()[0].start < actor.mentions_sorted()[0].start), None)
        if target is not None and id(target) not in absorbed:
            _join(target, actor)
            absorbed.add(id(actor))
    return [a for a in actors if id(a) not in absorbed]


def _firm_named(doc: Document, word: str, organisations: Sequence[Actor]) -> str | None:
    """The longer name ``word`` opens: a listed organisation's, or one the headline and the body both write
    ("Harlow Paints to close plants" and "Harlow Paints said"), which the model may leave untagged."""
    firms = [o.name for o in organisations if o.name.split()[0] == word]
    if len(firms) == 1:
        return firms[0]
    title = doc.article.source.title or ""
    if word not in title:
        return None  # the pattern holds the word as written: no match without it (and no pattern compiled per word)
    found = re.search(rf"(?<!\w){re.escape(word)} [A-Z][a-z]+\b", title)
    return found.group() if found and found.group() in doc.article.text else None


def _firm_word(doc: Document, person: Actor, mention: Entity, firm: str) -> bool:
    """Whether a one-word mention of a person's surname is the firm's: the model tagged it a place or a body, or the
    firm's next word follows it ("Harlow Paints said")."""
    if mention.text.strip() != person.name.split()[-1]:
        return False
    return mention.label in ("ORG", "GPE") or doc.article.text.startswith(firm, mention.start)


def firm_surnames(doc: Document, actors: Sequence[Actor]) -> list[Actor]:
    """The actors with a person's surname mentions that are a firm's (module docstring) taken from the person and
    given to the one organisation whose longer name the word opens, if the list has it."""
    organisations = [a for a in actors if a.label == "ORG" and " " in a.name]
    for person in (a for a in actors if a.label == "PERSON" and " " in a.name):
        surname = person.name.split()[-1]
        firm = _firm_named(doc, surname, organisations)
        if firm is None or firm == person.name:
            continue
        moved = [m for m in person.mentions if _firm_word(doc, person, m, firm)]
        if not moved or len(moved) == len(person.mentions):
            continue
        person.mentions[:] = [m for m in person.mentions if m not in moved]
        if not any(m.text.strip() == surname for m in person.mentions):
            person.aliases.discard(surname)  # nor is the word his alias (a headline's "Harlow")
        target = next((o for o in organisations if o.name == firm), None)
        if target is not None:
            target.mentions.extend(m for m in moved if m.label != "PERSON")
            target.aliases.add(surname)
    return list(actors)
