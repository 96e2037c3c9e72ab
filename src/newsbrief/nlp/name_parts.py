"""Reading people's names off the tokens: names with "'s" (Lloyd's), names given an age, and a first name the
NER model left out of a person's name ("Eman Dara" typed as the person "Dara").

spaCy's small English model often types only the surname of an unfamiliar name as a person and leaves the
first name untyped. The speaker rules resolve a bare surname to the person last named in full before it
(:meth:`newsbrief.nlp.speech._Doc.resolve_name`); with the first name lost, a principal and her father who
share the surname look like one bare "Dara" and one full "Atiq Dara", and every "Dara said" went to the father
named only at the end (Audit 19, docs/audit.md 20.3). A capitalised proper noun compounded onto a one-word
person name, untyped and not a title or form of address, is the rest of that name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsbrief.models import Document, Entity, Token

__all__ = ["CLUB_WORDS", "ORG_WORDS", "aged_names", "body_name", "compound_of", "full_person_name",
           "joined_split_names", "run_on_name", "titled_names", "whole_possessives", "without_column_heads"]

# Last words that say what kind of body a name is: "Dick Clark Productions" tagged as a person is a company.
ORG_WORDS = frozenset(
    "productions inc inc. corp corp. co co. ltd ltd. llc plc group association agency council party "
    "events services solutions systems technologies industries enterprises logistics motors ventures "
    "insurance communications labs networks pharmaceuticals capital energy "
    "bank university college institute club fc committee commission foundation department ministry "
    "records studio studios entertainment media company corporation holdings partners union league "
    "authority board court school hospital airlines airways".split()
)
# Words that end a football club's name: "Manchester United" tagged as a person is a club.
CLUB_WORDS = frozenset("united city fc afc athletic rovers wanderers albion hotspur".split())
# Service nouns a company names itself by, with its place after ("<Name> Trains Wales", "<Name> Water Scotland"):
# inside a name they say it is a body even where the place ends it (the lead's reading of an unseen XSum storm
# round-up, "Arriva Trains Wales (person)"). Not "power" or "gas" alone: surnames ("Samantha Power").
_SERVICE_WORDS = frozenset(
    "trains rail railway railways buses bus coaches ferries ferry airways airlines airport water energy "
    "telecom trams tramways shipping utilities".split()
)
# Body nouns that mark a name as a body in its middle too ("<Name> University Hospitals Trust"); abbreviations
# ("co", "inc") and words that double as first names or surnames ("court", "union", "party") are left out.
# "Health" in the middle names a health body ("Public Health <Place>"), never a person.
_MIDDLE_BODY_WORDS = _SERVICE_WORDS | frozenset(
    "bank university college institute foundation ministry department company corporation agency council "
    "authority hospital hospitals commission health".split()
)


def body_name(words: list[str]) -> bool:
    """True when the lower-cased words of a name of two or more words read as a body's: the last word says what
    kind of body it is, or a word after the first is a service or body noun ("Coastway Trains Wales").
    A person's name never carries one after its first word ("Florence Wales", "Samantha Power")."""
    if len(words) < 2:
        return False
    if words[-1] in ORG_WORDS | CLUB_WORDS | _SERVICE_WORDS - {"water", "ferry", "bus"}:
        return True
    return any(word in _MIDDLE_BODY_WORDS for word in words[1:-1])

# Titles, ranks and forms of address written before a surname ("President Dara", "Dr Dara"): never a first name.
_TITLES = frozenset("""
mr mrs ms mx miss dr prof professor sir dame lord lady sheikh imam rabbi rev reverend father sister brother
president minister premier chancellor senator sen rep governor gov mayor judge justice king queen prince princess
emir sultan general gen colonel col lieutenant lt major captain capt sergeant sgt commander admiral officer
inspector detective chief secretary ambassador bishop cardinal pope pastor coach uncle aunt
provost registrar bursar rector comptroller treasurer alderman magistrate coroner sheriff archbishop vicar
chaplain superintendent headteacher headmaster headmistress
""".split())


def full_person_name(doc: Document, entity: Entity) -> tuple[int, str] | None:
    """(character start, text) of a one-word person ``entity`` with the untyped first name before it, or None."""
    if entity.label != "PERSON" or entity.token_end - entity.token_start != 1 or entity.token_start == 0:
        return None
    tokens = doc.tokens
    first, last = tokens[entity.token_start - 1], tokens[entity.token_start]
    if first.pos != "PROPN" or first.dep != "compound" or first.head != last.i or first.ent_type \
            or not first.text[:1].isupper() or first.text.isupper() or first.text.lower().rstrip(".") in _TITLES:
        return None
    return first.start, doc.article.text[first.start : last.end]


def whole_possessives(doc: Document) -> frozenset[str]:
    """Names written with "'s" at every mention, one of which stands alone as a noun ("Lloyd's said",
    "Sainsbury's, which sold tickets"): the "'s" is part of the name (Lloyd's, McDonald's), not a
    possessive, and a name shown without it is cut short (seventh reader audit: "Lloyd")."""
    tokens = doc.tokens
    alone: set[str] = set()
    bare: set[str] = set()
    for t in tokens:
        if t.pos != "PROPN" or not t.text[:1].isupper():
            continue
        if t.i + 1 < len(tokens) and tokens[t.i + 1].text in ("'s", "’s"):
            after = tokens[t.i + 2] if t.i + 2 < len(tokens) else None
            if t.dep != "poss" and (after is None or after.pos not in ("NOUN", "PROPN", "ADJ", "NUM")):
                alone.add(t.text)
        else:
            bare.add(t.text)
    return frozenset(alone - bare)


def aged_names(doc: Document) -> frozenset[str]:
    """Proper nouns followed by an age ("Pacitti, 24, ...", "Callum, 19,", "Nouri, a 30-year-old ...")."""
    tokens = doc.tokens
    aged = set()
    for t in tokens[:-3]:
        age = tokens[t.i + 2]
        if t.pos == "PROPN" and tokens[t.i + 1].text == "," and age.text.isdigit() and 0 < int(age.text) < 120 \
                and tokens[t.i + 3].text == ",":
            aged.add(t.text)
        elif t.pos == "PROPN" and tokens[t.i + 1].text == "," and age.text.lower() in ("a", "an") \
                and "".join(x.text for x in tokens[t.i + 3 : t.i + 8]).split("-")[1:] == ["year", "old"]:
            aged.add(t.text)  # "Nouri, a 30-year-old teacher," (Audit 9: such a name typed as a place)
    return frozenset(aged)


# Titles that only a person bears and that no common firm or place name starts with ("General Motors", "Major
# League", "Justice Department", "Cardinal Health" and "King's College" are why the list is short and a two-word
# name after "Cardinal" must carry a first name as well).
_PERSON_TITLES = frozenset("""
cardinal bishop archbishop pope rabbi imam ayatollah sheikh senator congressman congresswoman governor mayor
minister president premier chancellor judge ambassador
""".split())
_TITLED_RUN = 3  # a title, a first name and a surname at most; a longer capitalised run is a body's name


def titled_names(doc: Document) -> frozenset[str]:
    """Surnames written after a person's title and a first name ("Cardinal Norbeto Quito", "Senator Ana Lima"),
    whatever the NER model typed them: it read such a cardinal's surname as a place, so the "He urged ..." of the
    next sentence went to a minister named three sentences back (Audit 44 #3, docs/audit.md 45.3)."""
    tokens = doc.tokens
    titled = set()
    for t in tokens[:-2]:
        first, last = tokens[t.i + 1], tokens[t.i + 2]
        after = tokens[t.i + 3] if t.i + 3 < len(tokens) else None
        if t.text.lower() not in _PERSON_TITLES or not t.text[:1].isupper() or t.text.isupper() \
                or not all(w.pos == "PROPN" and w.text.isalpha() and w.text[:1].isupper() and not w.text.isupper()
                           and w.text.lower() not in ORG_WORDS | CLUB_WORDS for w in (first, last)):
            continue
        if after is not None and after.pos == "PROPN" and after.text[:1].isupper():
            continue  # a longer run ("President Hotel Group Asia"): a body's name, not a titled person
        if t.ent_type and t.ent_type != "PERSON" and len({t.ent_type, first.ent_type, last.ent_type}) > 1:
            continue  # the title inside a body's name the model read as one ("Minister Road" then a person)
        titled.add(last.text)
    return frozenset(titled)


# Capitalised links inside a body's name ("Global Initiative Towards an HIV Cure", "Campaign For Nuclear
# Disarmament"): the small model ends the entity at the link and the name read "... Initiative Towards" (the lead's
# reading of an unseen Newsroom medical report, session 16).
_NAME_LINKS = frozenset("towards toward for against of on in to with and from".split())
_RUN_ON_ARTICLES = frozenset("a an the".split())
_MAX_RUN_ON = 6


def run_on_name(doc: Document, entity: Entity) -> str | None:
    """The full text of a name the model cut at a capitalised link word, or None when ``entity`` does not end
    on one. The name runs on through an article and capitalised words to its last capitalised word; with none
    after the link, the link is dropped ("Global Initiative")."""
    tokens = doc.tokens
    last = tokens[entity.token_end - 1]
    if entity.token_end - entity.token_start < 2 or not last.text[:1].isupper() \
            or last.text.lower() not in _NAME_LINKS:
        return None
    text = doc.article.text
    end = tokens[entity.token_end - 2].end
    for token in tokens[entity.token_end : entity.token_end + _MAX_RUN_ON]:
        if token.text[:1].isupper() and token.text.isalnum():
            end = token.end
        elif token.text.lower() not in _RUN_ON_ARTICLES or token.start - tokens[token.i - 1].end > 1:
            break
    return text[entity.start : end]


def without_column_heads(doc: Document) -> Document:
    """The document with a column's name cut off the writer's name the model tagged with it ("Postcard, Amany Eid"
    from a blog's "Postcard, Amany Eid" line; Audit 27, 28.4): the writer keeps her name as a person
    (:func:`_column_head`)."""
    cuts = {n: cut for n, entity in enumerate(doc.entities) if (cut := _column_head(doc, entity)) is not None}
    if not cuts:
        return doc
    tokens = list(doc.tokens)
    entities = list(doc.entities)
    for n, (first, last) in cuts.items():
        entity = entities[n]
        for i in range(entity.token_start, entity.token_end):
            tokens[i] = replace(tokens[i], ent_type="PERSON" if first <= i < last else "")
        start, end = tokens[first].start, tokens[last - 1].end
        entities[n] = replace(entity, text=doc.article.text[start:end], label="PERSON", start=start, end=end,
                              token_start=first, token_end=last)
    return replace(doc, tokens=tuple(tokens), entities=tuple(entities))


def _column_head(doc: Document, entity: Entity) -> tuple[int, int] | None:
    """Token span of the name after the comma when the entity is one word, a comma and a two- or three-word name
    ("Postcard, Amany Eid:"), and that first word is named nowhere else in the text (a surname written first,
    "Eid, Amany", would be). A column's name is a common noun set as a title; a list of two people has two names."""
    if entity.label not in ("PERSON", "ORG"):
        return None
    tokens = doc.tokens
    span = tokens[entity.token_start : entity.token_end]
    if len(span) < 4 or span[1].text != "," or not span[0].text.isalpha() or not span[0].text.istitle():
        return None
    last = entity.token_end
    while last > entity.token_start + 2 and not tokens[last - 1].text[:1].isalpha():
        last -= 1  # "Postcard, Amany Eid:" keeps its colon out of the name
    words = [t.text for t in tokens[entity.token_start + 2 : last]]
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return None
    head = span[0].text
    if any(head in other.text.split() for other in doc.entities if other is not entity):
        return None
    return (entity.token_start + 2, last)


# Particles inside Arabic, Dutch, German, French, Spanish and Italian names ("Zine El Abidine Ben Ali", "Abu Bakr",
# "Vincent van Gogh"): the model sometimes ends one PERSON span on them or starts the next there (Audit 28 29.4
# pattern 5: "Zine El" listed as a person beside "Abidine Ben Ali"). Two person spans touching at such a word are
# one name; two touching without one ("the Trump Putin summit") are left apart.
_NAME_PARTICLES = frozenset("""
El Al al el Bin bin Ben ben Ibn ibn Abu Abi Bint Van van Von von De de Da da Di di Du du Le La Del del Dos dos Der
der Ter ter
""".split())
_MAX_PARTICLE_RUN = 3  # capitalised words a name ending on a particle runs on to ("Zine El" + "Abidine Ben Ali")


def joined_split_names(doc: Document) -> Document:
    """PERSON spans the model split at a name particle joined: a span ending on a particle takes the person span
    (or up to _MAX_PARTICLE_RUN untagged capitalised words) right after it; a span right before a person span
    that opens with a particle takes it too ("Zine El Abidine" + "Ben Ali")."""
    tokens = list(doc.tokens)
    by_start = {e.token_start: e for e in doc.entities}
    entities: list[Entity] = []
    skip: set[int] = set()
    for entity in doc.entities:
        if id(entity) in skip:
            continue
        end = _particle_end(doc, entity, by_start)
        if end > entity.token_end:
            for i in range(entity.token_start, end):
                nxt = by_start.get(i)
                if nxt is not None and nxt is not entity:
                    skip.add(id(nxt))
                tokens[i] = replace(tokens[i], ent_type="PERSON")
            entity = replace(entity, text=doc.article.text[entity.start : tokens[end - 1].end],
                             end=tokens[end - 1].end, token_end=end)
        entities.append(entity)
    changed = entities != list(doc.entities)
    return replace(doc, tokens=tuple(tokens), entities=tuple(entities)) if changed else doc


def _particle_end(doc: Document, entity: Entity, by_start: dict[int, Entity]) -> int:
    """Where the person ``entity`` split at a particle really ends (its own end when it was not split)."""
    tokens = doc.tokens
    end = entity.token_end
    if entity.label != "PERSON" or end >= len(tokens):
        return end
    nxt = by_start.get(end)
    ends_on_particle = tokens[end - 1].text in _NAME_PARTICLES and end - 1 > entity.token_start
    if nxt is not None and nxt.label == "PERSON" and (ends_on_particle or tokens[end].text in _NAME_PARTICLES):
        return nxt.token_end
    if not ends_on_particle or nxt is not None:
        return end
    run = end
    while run < min(end + _MAX_PARTICLE_RUN, len(tokens)) and tokens[run].text[:1].isupper() \
            and tokens[run].text.replace("-", "").isalpha() and run not in by_start:
        run += 1
    return run


def compound_of(tokens: Sequence[Token], token: Token, head: Token) -> bool:
    """Whether ``token`` modifies ``head`` through compounds only ("Greenway Foods spokesperson"), not a word of a
    possessor ("Mr Wade's spokesman": "Mr" is Wade's title; session 32 showed the speaker as "Mr")."""
    for _ in range(6):
        if token.dep != "compound" or token.head == token.i:
            return False
        token = tokens[token.head]
        if token.i == head.i:
            return True
    return False
