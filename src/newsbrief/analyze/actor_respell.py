"""Names set right before actors are weighed: a transliterated name spelled two ways, a social-media account
named after its owner, and a field of study read as a body (session 16c; reader Audit 26, docs/audit.md 27.4
pattern 6).

1. Transliterated names are spelled several ways in one article ("Ghadhafi", then "Gadhafi"); the model tags
   some spellings a person and others a body. A one-word name that is a one-word person's name with one 'h'
   inserted or one letter doubled ("Gadhafi"/"Ghadhafi", "Gadafi"/"Gaddafi") is that person, and takes the
   person's type. Only these two edits join one-word names: a one-letter change ("Jonas"/"Jones") joins two
   names of different people too often. Session 15's rule for a full-named person's surname is in actor_variants.
   The same holds for a surname written without its Arabic article ("Abadi" for "Haider al-Abadi", "Sisi" for
   "Abdel Fattah el-Sisi"), which the model often tags a body: it joins the one full-named person whose last word
   is the article and that name.
2. "the Banksy Instagram account", "Smith Twitter feed": the model tags owner and platform as one name. The
   account is its owner's voice, so the actor is the owner ("Banksy"), joined with the owner's other mentions.
3. "a professor of Wetland Ecology at X University": the capitalised words after an academic title and "of"/"in"
   are a field of study, part of the title, not a body; a name every mention of which sits there is dropped.
4. A ship is a thing, not an organisation: "the tanker Exxon Valdez", "the cruise ship Ocean Star" (a vessel noun
   right before the name), "the Exxon Valdez spill" (a wreck noun right after it) or "Exxon Valdez ran aground".
   Near misses: the company "Exxon" that pays or speaks is another name and stays; a person is never a ship here
   ("a cruise ship named Obama" in a cartoon leaves Obama a person). A name that is the subject of a verb of
   speech or claim is no ship: "the BP spill" beside "BP claims to be doing all it can" is the firm's (Audit 31).
5. A capital written for its government ("Moscow insists", "Beijing's veto") is its country when the country is
   an actor too (reader Audit 31: "Moscow (place)" listed beside "Russia"): those mentions join the country, and
   the capital is one of its names. A mention that is a setting ("talks in Moscow", "flew to Beijing") stays the
   city's. A capital whose country the story never names stays as written (the reader sees "Moscow" act).
   "Washington" is no capital in the shared table (a surname and a US state), but beside the United States it is
   the same actor when it acts ("Washington also worries ...": Audit 38 A6 listed both); a text that names the
   state ("Washington state", "the state of Washington") keeps it apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.analyze.actor_aliases import fold_aliases
from newsbrief.analyze.actor_names import Actor
from newsbrief.models import Document, Entity
from newsbrief.nlp.attribution import CUE_LEMMAS
from newsbrief.nlp.entity_states import capital_country, is_country, setting_mention

__all__ = ["h_or_double_variant", "respell"]

_MIN_LETTERS = 5  # as in actor_variants: shorter names are too often other words
# The Arabic article written hyphenated before a surname ("al-Abadi", "el-Sisi", "ash-Shara").
_PARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)-(?=\w)", re.IGNORECASE)
_VESSELS = frozenset("tanker supertanker ship liner ferry freighter trawler vessel yacht submarine frigate destroyer "
                     "carrier warship steamer schooner".split())
_WRECK_AFTER = re.compile(r"\s+(?:(?:oil\s+)?spill|disaster|wreck|r[au]n\s+aground|capsized)\b",
                          re.IGNORECASE)
_ACCOUNT_NOUNS = ("account", "page", "feed", "channel")
_PLATFORM = re.compile(r"^(?P<owner>.+?)\s+(?:Instagram|Twitter|Facebook|YouTube|TikTok|Snapchat)(?:\s+(?:account|page|"
                       r"feed|channel))?$")
# The academic titles that take a field: "professor of", "lecturer in", "chair of" (a "chair of the Senate" is a
# body, but a body's name there has "the" before it, which the field test below refuses).
_ACADEMIC = frozenset("professor professors lecturer lecturers reader chair fellow instructor teacher".split())
_FIELD_PREPOSITIONS = frozenset({"of", "in"})


def h_or_double_variant(a: str, b: str) -> bool:
    """True when one of two different words is the other with one 'h' inserted ("Gadhafi"/"Ghadhafi") or one
    letter doubled ("Gadafi"/"Gaddafi"), compared without case."""
    short, long_ = sorted((a.lower(), b.lower()), key=len)
    if len(long_) != len(short) + 1:
        return False
    for i, char in enumerate(long_):
        if long_[:i] + long_[i + 1 :] == short and (char == "h" or (i > 0 and long_[i - 1] == char)):
            return True
    return False


def respell(doc: Document, actors: Sequence[Actor]) -> list[Actor]:
    """``actors`` with accounts folded into their owners, spelling variants into the person, fields of study
    dropped, capitals that act folded into their countries (module notes 1-3, 5) and aliases into the person."""
    kept = _join_variants(_fold_accounts([a for a in actors if not _field_only(doc, a) and not _vessel(doc, a)]))
    return fold_aliases(doc, _fold_capitals(doc, kept))  # "X, known as 'Y'" is one person (actor_aliases)


# The names the United States goes by in an actor list, and the words that make "Washington" the state.
_US_NAMES = ("United States", "the United States", "US", "U.S.", "USA", "America")
_US_STATE = re.compile(r"\bWashington\s+[Ss]tate\b|\bstate\s+of\s+Washington\b|\bWashington,\s+D\.?C\b")


def _seat(doc: Document, name: str) -> str | None:
    """The country whose government ``name`` stands for (module note 5), "Washington" included where the text
    does not name the state (nor "Washington, DC", a city named as a place)."""
    if name == "Washington":
        return None if _US_STATE.search(doc.article.text) else "United States"
    return capital_country(name)


def _fold_capitals(doc: Document, actors: list[Actor]) -> list[Actor]:
    """Module note 5: a capital's mentions outside a setting join its country when the country is an actor."""
    countries = {a.name: a for a in actors if a.label != "PERSON" and is_country(a.name)}
    for us in (countries[n] for n in _US_NAMES if n in countries):
        countries.setdefault("United States", us)
    kept: list[Actor] = []
    for actor in actors:
        country = countries.get(_seat(doc, actor.name) or "") if actor.label != "PERSON" else None
        acting = [m for m in actor.mentions if not setting_mention(doc, m)] if country else []
        if country is None or not acting:
            kept.append(actor)
            continue
        country.mentions.extend(acting)
        country.aliases.add(actor.name)
        actor.mentions = [m for m in actor.mentions if m not in acting]
        if actor.mentions:
            kept.append(actor)  # "talks in Moscow" stays the city's (the walk-on rules drop a mere setting)
    return kept


def _fold_accounts(actors: list[Actor]) -> list[Actor]:
    by_name = {a.name.lower(): a for a in actors}
    kept: list[Actor] = []
    for actor in actors:
        match = _PLATFORM.match(actor.name)
        if match is None:
            kept.append(actor)
            continue
        owner = match.group("owner").strip()
        # "the Banksy Instagram account said": the account's words are its owner's (voices match by alias)
        actor.aliases |= {f"{det}{actor.name} {noun}" for det in ("", "the ") for noun in _ACCOUNT_NOUNS}
        target = by_name.get(owner.lower())
        if target is None or target is actor:
            actor.aliases.add(actor.name)
            actor.name = owner
            kept.append(actor)
            continue
        target.mentions.extend(actor.mentions)
        target.aliases |= actor.aliases | {actor.name}
        if actor.label == "PERSON" and target.label == "GPE":
            target.label = "PERSON"  # "Banksy" read as a place, his account as a person: a person
    return kept


def _join_variants(actors: list[Actor]) -> list[Actor]:
    people = [a for a in actors if a.label == "PERSON" and " " not in a.name.strip()
              and len(a.name.strip()) >= _MIN_LETTERS]
    # full-named people whose surname carries the article, by that surname without it
    full = [a for a in actors if a.label == "PERSON" and " " in a.name.strip() and _PARTICLE.match(a.name.split()[-1])]
    kept: list[Actor] = []
    for actor in actors:
        word = actor.name.strip()
        if " " in word or actor.label not in ("PERSON", "ORG"):
            kept.append(actor)
            continue
        bare = [p for p in full if _PARTICLE.sub("", p.name.split()[-1]) == word]
        fits = bare or [p for p in people if p is not actor and len(word) >= _MIN_LETTERS and word[:1] == p.name[:1]
                        and h_or_double_variant(word, p.name)]
        # of two people-spellings, the one written more often keeps both (it is met again later in the loop)
        if len(fits) != 1 or (not bare and actor in people and len(actor.mentions) > len(fits[0].mentions)):
            kept.append(actor)
            continue
        fits[0].mentions.extend(actor.mentions)
        fits[0].aliases |= actor.aliases | {actor.name}
    return kept


def _field_only(doc: Document, actor: Actor) -> bool:
    """True when every mention of a body follows an academic title and "of"/"in" (module notes, 3)."""
    return actor.label == "ORG" and bool(actor.mentions) and all(_after_title(doc, m) for m in actor.mentions)


def _after_title(doc: Document, mention: Entity) -> bool:
    i = mention.token_start
    return i >= 2 and doc.tokens[i - 1].text.lower() in _FIELD_PREPOSITIONS \
        and doc.tokens[i - 2].text.lower() in _ACADEMIC


def _vessel(doc: Document, actor: Actor) -> bool:
    """True when the article writes the name as a ship's (module notes, 4)."""
    # not a person: "a cruise ship named Obama sinking into the sea" (a cartoon in a Newsroom row) is about Obama
    if actor.label not in ("ORG", "PRODUCT", "FAC"):
        return False
    text = doc.article.text
    return any((m.token_start > 0 and doc.tokens[m.token_start - 1].text.lower() in _VESSELS)
               or _WRECK_AFTER.match(text, m.end, m.end + 30) is not None for m in actor.mentions) \
        and not _claims(doc, actor)


def _claims(doc: Document, actor: Actor) -> bool:
    """True when a mention is the subject of a verb of speech or claim ("Norvik claims to be doing all it can"): a
    ship says nothing, so "the Norvik spill" is the firm's spill (Audit 31: BP's letters page lost BP)."""
    tokens = doc.tokens
    return any(tokens[m.token_end - 1].dep == "nsubj"
               and tokens[tokens[m.token_end - 1].head].lemma.lower() in CUE_LEMMAS for m in actor.mentions)
