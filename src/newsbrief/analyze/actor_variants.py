"""A surname spelled two ways in one article is one person.

Reader Audit 24 (docs/audit.md 25.4 item 4) read a column in which an analyst's surname was also spelled with
one letter fewer ("Chowdhry", then "Chowdry"): the second spelling became a second actor, typed an
organisation, and its words were filed under a stranger. Writers and sub-editors drop or swap a letter of an
unfamiliar name; a one-word name one letter away from the surname of a person the article names in full is that
person, when only one person's surname is that close.

Near misses kept apart: two full names whose surnames differ by one letter ("Anna Chen", "Tom Chan") are two
people (only a one-word name joins), a short surname ("Lee", "Lea") is too easily another word or person (both
spellings need five letters or more), and a name that the article places something in ("in Mehrota") is a place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.models import Document

if TYPE_CHECKING:
    from newsbrief.analyze.actor_names import Actor

__all__ = ["merge_spelling_variants", "sub_body"]

_MIN_LETTERS = 5  # "Chowdry"/"Chowdhry" join; "Lee"/"Lea", "Chen"/"Chan" do not
# Nouns for a body's organ: "NATO Military Committee", "UN Security Council" are units of NATO and the UN, which
# the article names apart (Audit 25 listed the alliance folded into its committee, and the committee twice).
_UNITS = frozenset("committee commission council command board court department ministry office".split())
_LOCATIVE = frozenset("in at from to into near outside inside across toward towards".split())


def one_letter_apart(a: str, b: str) -> bool:
    """True when ``b`` is ``a`` with one letter added, dropped or changed (not when they are equal); the first
    letters must agree ("Mehrotra"/"Mehrota", "Chowdhry"/"Chowdry")."""
    from newsbrief.analyze.actor_typing import edits  # here: actor_typing reaches this module through actor_names

    a, b = a.lower(), b.lower()
    return a[:1] == b[:1] and abs(len(a) - len(b)) <= 1 and edits(a, b) == 1


def merge_spelling_variants(doc: Document, actors: list[Actor]) -> list[Actor]:
    """``actors`` with each one-word name that is a one-letter variant of exactly one full-named person's surname
    folded into that person (its mentions and aliases join; see the module notes)."""
    people = [a for a in actors if a.label == "PERSON" and len(a.name.split()) > 1]
    surnames = {p.name.split()[-1].lower() for p in people}
    kept: list[Actor] = []
    for actor in actors:
        word = actor.name.strip()
        fits = [p for p in people if p is not actor and _variant(word, p.name.split()[-1])]
        # a place or a thing one letter off a surname ("Spain" beside "Bob Swain") is not that person (session 15
        # review); a misspelt surname the model took for a place counts only as the subject of a verb
        if not _personlike(doc, actor) or " " in word or len(fits) != 1 or word.lower() in surnames \
                or _placed(doc, actor):
            kept.append(actor)
            continue
        fits[0].mentions.extend(actor.mentions)
        fits[0].aliases |= actor.aliases
    return kept


def _variant(word: str, surname: str) -> bool:
    return len(word) >= _MIN_LETTERS and len(surname) >= _MIN_LETTERS and word[:1].isupper() \
        and one_letter_apart(word, surname)


def _personlike(doc: Document, actor: Actor) -> bool:
    """A person or organisation, or a place-typed name that acts as a verb's subject ("Mehrota says ...")."""
    if actor.label in ("PERSON", "ORG"):
        return True
    return actor.label == "GPE" and any(doc.tokens[m.token_start].dep == "nsubj" for m in actor.mentions)


def _placed(doc: Document, actor: Actor) -> bool:
    """True when a mention of the actor follows a locative preposition ("in Mehrota"): a place."""
    return any(m.token_start > 0 and doc.tokens[m.token_start - 1].text.lower() in _LOCATIVE for m in actor.mentions)


def sub_body(words: list[str]) -> bool:
    """True when a body's lower-cased name is a unit of another named by its first word: two or more words after it,
    the last a unit noun ("nato military committee"); "big machine records" and "labour party" add one word and
    are the short name's own body."""
    return len(words) >= 3 and words[-1] in _UNITS
