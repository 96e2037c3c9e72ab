"""Whole titles next to a name, never fragments of the words around it (reader Audit 46, docs/audit.md 47.4 item 6).

1. An adverbial idiom is no part of a title: "or at least President NAME" gave the role "least President", since the
   parser hangs the superlative of "at least" on the name. A superlative right after a preposition ends the title
   walk (actor_roles).
2. "First Lady" is a title of two words. The model tags "Lady NAME" as the name and leaves "First" out, so the
   Actors list showed "Lady NAME" with no title of her own. The name loses its "Lady" where "First" stands before
   it, and the role is "First Lady" (actor_amends builds it where the title walk finds none).
3. A surname written after a title is the holder's of that title. In "First Lady Leila Nadir ... President Omar
   Nadir ... President Nadir said", the bare "Nadir" went to the first-named of the two (the rule for relatives in
   actor_variants), and the First Lady took her husband's title and mentions ("Lady NAME - President"). A titled
   surname mention goes to the one person of that surname named with the same title, when the person it was
   filed under is never so named; a surname the model tagged without the given name before it ("Elena [Marsh]")
   goes to the person of that given name.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsbrief.analyze.actor_names import TITLE_WORDS, Actor
from newsbrief.analyze.doc_index import name_words
from newsbrief.models import Document, Entity, Token

__all__ = ["first_lady_span", "idiom_word", "retitle_relatives"]

_FIRST = "first"
_LADY = frozenset({"lady", "gentleman"})  # "First Gentleman" is the same post held by a man


def idiom_word(tokens: Sequence[Token], i: int, sentence_start: int) -> bool:
    """Whether token i ends an adverbial idiom opened by a preposition ("at least", "at most"): the superlative
    modifies the clause, not the title (module docstring, 1)."""
    return i > sentence_start and tokens[i].tag in ("JJS", "RBS") and tokens[i - 1].tag == "IN"


def _first_lady_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether tokens k and k+1 read "First Lady" (or "first lady", "First Gentleman")."""
    return k >= 0 and k + 1 < len(tokens) and tokens[k].text.lower() == _FIRST \
        and tokens[k + 1].text.lower() in _LADY


def first_lady_span(doc: Document, entity: Entity) -> tuple[int, int] | None:
    """The token span of "First Lady" right before the name of ``entity`` (inside the entity or before it)."""
    tokens = doc.tokens
    for k in range(entity.token_start - 3, entity.token_start + 1):
        between = tokens[k + 2 : entity.token_start] if k >= 0 else ()
        if _first_lady_at(tokens, k) and k + 2 <= entity.token_end \
                and all(t.pos == "PROPN" and t.text[:1].isupper() for t in between):
            return (k, k + 2)  # the given name may stand between, untagged ("First Lady Elena [Marsh]")
    return None


def _without_lady(doc: Document, actor: Actor) -> None:
    """Drop the "Lady" (or "First Lady") the model took into a First Lady's name (module docstring, 2)."""
    words = actor.name.split()
    cut = 2 if len(words) > 3 and words[0].lower() == _FIRST else 1
    if len(words) > cut + 1 and words[cut - 1].lower() in _LADY \
            and any(first_lady_span(doc, m) for m in actor.mentions):
        actor.name = " ".join(words[cut:])


def _title_before(doc: Document, entity: Entity) -> str:
    """The title word written right before a mention's name ("President" in "President Nadir"), or the first word
    of a mention the model took the title into, lower case; "" when there is none."""
    tokens = doc.tokens
    inside = tokens[entity.token_start] if entity.token_end - entity.token_start > 1 else None
    before = tokens[entity.token_start - 1] if entity.token_start > 0 else None
    for token in (inside, before):
        if token is not None and token.text[:1].isupper() and token.text.lower() in TITLE_WORDS:
            return token.text.lower()
    return ""


def _full_titles(doc: Document, actor: Actor) -> set[str]:
    """The title words written with the actor's full-name mentions (a bare surname's title is what is in doubt)."""
    return {t for m in actor.mentions if " " in m.text.strip() and (t := _title_before(doc, m))}


def retitle_relatives(doc: Document, actors: list[Actor]) -> list[Actor]:
    """The actors with First Ladies' names cleaned and each titled surname mention given to the one person of that
    surname named in full with that title (module docstring, 2-3)."""
    people = [a for a in actors if a.label == "PERSON" and len(a.name.split()) > 1]
    for actor in people:
        _without_lady(doc, actor)
    if len(people) < 2:
        return actors
    titles = {id(a): _full_titles(doc, a) for a in people}
    for actor in people:
        for mention in [m for m in actor.mentions if " " not in m.text.strip()]:
            word = mention.text.strip().lower()
            given = doc.tokens[mention.token_start - 1].text if mention.token_start > 0 else ""
            title = _title_before(doc, mention)
            # "Elena [Marsh]" with only the surname tagged: the person of that given name and surname
            holders = [b for b in people if b is not actor and b.name.split()[0] == given
                       and word in name_words(b.name)] if given != actor.name.split()[0] else []
            if not holders:
                if not title or title in titles[id(actor)]:
                    continue  # untitled, or the person is named in full with that title too
                holders = [b for b in people if b is not actor and word in name_words(b.name)
                           and title in titles[id(b)]]
            if len(holders) == 1:
                actor.mentions.remove(mention)
                holders[0].mentions.append(mention)
    return actors
