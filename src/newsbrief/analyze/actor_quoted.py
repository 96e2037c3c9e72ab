"""Names in quotation marks and provinces (session 26; Audit 40, 41.4 item 5).

- **Titles of works.** A name the text always writes inside quotation marks, the marks enclosing nothing else
  ("the band's \u201cLover's Parade,\u201d", "raps on \u2018Lover's Parade\u2019"), is the title of a song, film or
  book, whatever the model called it; never an actor. A quoted one-word name that speaks ("'Rich' said") is a
  person and stays.
- **Lyrics.** A "name" opening with a first-person contraction ("I'm Big Cash Frank, everywhere") is a line of a
  lyric or a quote; the mention is dropped and the rest of its cluster keeps the name it is otherwise written by.
- **Nicknames.** A person written with a quoted nickname ("Frankie \u201cCool Money\u201d Dixon") is the one the
  nickname names alone ("Cool Money performs"), whatever label the model gave it.
- **Provinces.** A name heading a provincial office ("Babil's provincial governor", "a Babil police official") is
  a place (Audit 40's "Wasit (organisation)").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.analyze.actor_names import Actor, clean_name
from newsbrief.models import Document

__all__ = ["join_nicknames", "province_named", "quoted_title", "without_lyrics"]

MAX_TITLE_WORDS = 6  # a song's or a book's title; a longer quotation is speech
_SPEECH = re.compile(r"^[\u201d\u2019\"']?\s*(?:said|says|told|asked|added|replied|wrote|writes|explained)\b")
# A first-person contraction cannot open a name: "I'm Big Cash Frank" is a lyric's line.
_FIRST_PERSON = re.compile(r"^(?:I|We)[\u2019'](?:m|ll|ve|d|re)\s+")
# What follows a province's name and no company's: "Babil's provincial governor", "a Babil police official",
# "Babil province". "Governor" alone is not enough ("a Fed governor").
_PROVINCE_OFFICE = re.compile(
    r"^(?:[\u2019']s)?\s+(?:(?:provincial|province|governorate|regional|district)\b|police\s+(?:official|chief|"
    r"commander|officer|spokesman|source)s?\b|(?:state\s+)?(?:governor's office|provincial council))")


# Short words a title keeps in lower case ("Lover's Lane in the Rain").
_TITLE_SMALL = frozenset("a an and as at by for from in into of on or the to with".split())
_REACH = 60  # characters searched either side of a mention for its quotation marks


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether the characters ``start:end`` of ``text`` lie inside a pair of quotation marks that enclose a short
    title-cased phrase and nothing else ("\u201cLover's Parade,\u201d", "\u2018Lover's Parade\u2019")."""
    opened = -1
    for i in range(start - 1, max(start - _REACH, 0) - 1, -1):
        if text[i] in "\n\u201d":
            return False
        if text[i] in "\u201c\u2018\"":
            opened = i
            break
    if opened < 0:
        return False
    closed = -1
    for j in range(end, min(end + _REACH, len(text))):
        if text[j] in "\n\u201c\u2018":
            return False
        if text[j] in "\u201d\"" or (text[j] == "\u2019" and not text[j + 1 : j + 2].isalpha()):
            closed = j
            break
    if closed < 0:
        return False
    words = re.findall(r"[^\W\d_][\w\u2019'-]*", text[opened + 1 : closed])
    return 0 < len(words) <= MAX_TITLE_WORDS and all(w[0].isupper() or w.lower() in _TITLE_SMALL for w in words)


def quoted_title(doc: Document, actor: Actor) -> bool:
    """True when every mention of ``actor`` is a whole quotation and none speaks (module docstring)."""
    text = doc.article.text
    mentions = actor.mentions
    if not mentions:
        return False
    for mention in mentions:
        if not _quoted(text, mention.start, mention.end):
            return False
        if _SPEECH.match(text[mention.end : mention.end + 20].lstrip(",. ")):
            return False  # "'Rich' said he had no regrets": a person called by a quoted name
    return True


def without_lyrics(actors: Sequence[Actor]) -> list[Actor]:
    """The actors without mentions that open with "I'm" (module docstring); an actor left with none is dropped."""
    kept: list[Actor] = []
    for actor in actors:
        lyric = [m for m in actor.mentions if _FIRST_PERSON.match(m.text)]
        if not lyric:
            kept.append(actor)
            continue
        rest = [m for m in actor.mentions if m not in lyric]
        if not rest:
            continue
        names = [clean_name(m.text) for m in rest]
        aliases = {a for a in actor.aliases if not _FIRST_PERSON.match(a)} | {n for n in names if n}
        name = actor.name
        if _FIRST_PERSON.match(name):
            name = max(aliases, key=lambda n: (len(n.split()), names.count(n), n))
        kept.append(Actor(name=name, label=actor.label, mentions=rest, aliases=aliases))
    return kept


def _nickname(name: str) -> str | None:
    """The quoted nickname inside a person's name ("Frankie \u201cCool Money\u201d Dixon" -> "Cool Money")."""
    found = re.search(r"[\"\u201c\u2018]([A-Z][^\"\u201c\u201d\u2018\u2019]{1,40}?)[\"\u201d\u2019]", name)
    return found.group(1).strip() if found else None


def join_nicknames(actors: Sequence[Actor]) -> list[Actor]:
    """Join an actor named by a person's quoted nickname alone to that person (module docstring)."""
    people: dict[str, Actor] = {}
    for actor in actors:
        for alias in (actor.name, *actor.aliases):
            nick = _nickname(alias)
            if nick and len(alias.split()) > len(nick.split()):
                people.setdefault(nick.lower(), actor)
    if not people:
        return list(actors)
    kept: list[Actor] = []
    for actor in actors:
        person = people.get(actor.name.lower())
        if person is None or person is actor:
            kept.append(actor)
            continue
        person.mentions.extend(actor.mentions)
        person.aliases |= actor.aliases
        person.label = "PERSON"
    return kept


def province_named(doc: Document, actor: Actor) -> bool:
    """True when a mention of ``actor`` heads a provincial office (module docstring)."""
    text = doc.article.text
    return any(_PROVINCE_OFFICE.match(text[m.end : m.end + 40]) for m in actor.mentions)
