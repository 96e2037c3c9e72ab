"""What kind of thing a name is: the words and appositions that show a name is an event, a work, a
thing or an organisation rather than a person ("the anesthetic Propofol", "their work Starry Night",
"a subsidiary called Granjas Carrol", "Davis Cup"), and a person's full name the NER model did not
tag ("Chetan Bhagat" beside a tagged "Bhagat"). Split from :mod:`newsbrief.analyze.actor_names`,
whose clustering calls these checks for every mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.analyze.actor_names import ACTOR_LABELS, ADDRESS, PERSON_NOUNS, TITLE_WORDS, clean_name
from newsbrief.analyze.doc_index import sentence_at_token
from newsbrief.models import Document, Entity, Token
from newsbrief.nlp.attribution import CUE_LEMMAS, DOCUMENT_NOUNS, ORGANISATION_NOUNS, UNNAMED_NOUNS
from newsbrief.nlp.entity_states import is_country
from newsbrief.nlp.non_persons import after_clock

# The last word of an event's name, never of a person's ("Davis Cup", "US Open", "Golden Globe Awards").
EVENT_WORDS = frozenset("Cup Open Championship Championships Games Trophy Prize Award Awards Festival Finals "
                        "Series League Summit Index Fund Act Olympics Marathon".split())
# Common nouns that put a name in apposition to a thing, not a person ("the anesthetic Propofol").
THING_NOUNS = frozenset("""
magazine newspaper paper tabloid journal publication broadcaster channel network station website site blog app
television radio
platform brand product drug medicine medication anaesthetic anesthetic sedative painkiller vaccine virus disease
bar restaurant hotel club band album song film movie show series book novel startup start-up chain retailer
store shop airline carmaker automaker label studio tournament competition trophy festival award prize ship vessel
aircraft rocket spacecraft probe satellite mission hurricane storm typhoon cyclone law bill treaty fund index
software game device phone car vehicle work installation artwork painting sculpture exhibition exhibit
opera poem canal river bridge
""".split())
# Nouns that name a kind of organisation: a name they call or name is that organisation's ("a
# Smithfield subsidiary called Granjas Carrol"), whatever the model tagged it.
ORGANISATION_KIND_NOUNS = frozenset(
    "subsidiary company firm business group charity organisation organization unit venture startup "
    "start-up agency outfit operator".split()
)
# Creatures and made creatures a text may give a name ("The robot bear, named Barnaby,", "a dog called Rex"): the
# name is no person's (reader Audit 42 #9, a carol-singing mechanical bear listed as a person). Thing nouns are left
# out: "a cruise ship named Obama" may be a joke on a person (session 16c).
CREATURE_NOUNS = frozenset("""
bear dog puppy cat kitten horse pony donkey cow bull pig sheep goat rabbit hamster parrot bird owl eagle hawk swan
duck goose penguin dolphin whale seal shark tortoise turtle snake lizard crocodile alligator lion tiger leopard
cheetah elephant giraffe rhino hippo gorilla chimp chimpanzee monkey panda koala kangaroo fox wolf deer
robot android droid mascot toy doll puppet teddy statue machine animatronic
""".split())
_NAMING_VERBS = frozenset("named called dubbed nicknamed".split())
QUOTE_OPENERS = "'\"‘“"
QUOTE_CLOSERS = "'\"’”"
# a lookahead, so that an apostrophe ("Jackson's 'Thriller'") cannot swallow the quotation after it
_QUOTED_NAME = re.compile(f"(?=[{QUOTE_OPENERS}]([^{QUOTE_OPENERS}{QUOTE_CLOSERS}\n]{{1,60}})[{QUOTE_CLOSERS}])")
# Lower-case words inside personal names ("Ludwig van Beethoven", "Ursula von der Leyen").
NAME_PARTICLES = frozenset("van von der den de da das dos del della di du la le bin ibn al el ter ten y zu".split())


def thing_names(doc: Document) -> set[str]:
    """Names the article shows to be things at one mention at least, for every mention of them:
    a name put in apposition to a thing noun ("the powerful anesthetic Propofol", "music magazine
    Billboard") or a name in quotation marks ("the bar is called 'Oxy Pure'": a title or a brand)."""
    text = doc.article.text
    # every short span alone in quotation marks, read once (tagged as an entity there or not)
    quoted = {m.group(1) for m in _QUOTED_NAME.finditer(text)}
    # A quoted full name whose surname the article also uses alone for a person is a person in scare quotes
    # ("the woman misidentified as 'Ana Ruiz'" beside "Ruiz has had"); a title's last word is never a surname alone.
    surnames = {e.text for e in doc.entities if e.label == "PERSON" and " " not in e.text.strip()}
    things: set[str] = set()
    for entity in doc.entities:
        # any label: "the anesthetic Propofol" tagged as a product there names a thing that the
        # model calls a person at its next mention ("prescribed Propofol")
        if entity.label not in ACTOR_LABELS:
            continue
        before = doc.tokens[entity.token_start - 1] if entity.token_start > 0 else None
        # a noun before the name, not a verb read as one ("State TV showed Kim Jong Un": "show" is a TV show's noun;
        # Audit 52 #8 lost the story's subject, named nine times, as a thing)
        thing_noun = before is not None and before.text.islower() and before.lemma.lower() in THING_NOUNS \
            and before.pos not in ("VERB", "AUX")
        # the family name may be written first and used alone ("no one else may be named 'Kim Jong-un'" beside
        # "cheese-loving Kim was made Supreme Leader"; FNC-1 1678 lost the leader the story is about)
        scare = len(entity.text.split()) > 1 and (entity.text.split()[-1] in surnames
                                                  or entity.text.split()[0] in surnames)
        if thing_noun or _named_creature(doc, entity) or (entity.text in quoted and not scare):
            things.add(clean_name(entity.text).lower())
    return things


def _named_creature(doc: Document, entity: Entity) -> bool:
    """True for a name a creature or a made thing is given: "a dog called Rex", "The robot bear, named Barnaby"."""
    k = entity.token_start
    if k < 2 or doc.tokens[k - 1].text.lower() not in _NAMING_VERBS:
        return False
    noun = doc.tokens[k - 2] if doc.tokens[k - 2].text != "," or k < 3 else doc.tokens[k - 3]
    if not (noun.text.islower() and noun.lemma.lower() in CREATURE_NOUNS):
        return False
    # a person's name given to a thing in a joke ("a cruise ship named Obama" beside "President Obama") stays his
    return re.search(rf"\b[A-Z][\w.'’-]*\s+{re.escape(entity.text.strip())}\b", doc.article.text) is None


def called_organisations(doc: Document) -> set[str]:
    """Lower-cased names an organisation noun calls or names: "a subsidiary called Granjas Carrol"."""
    tokens = doc.tokens
    found: set[str] = set()
    for entity in doc.entities:
        k = entity.token_start
        if k >= 2 and tokens[k - 1].text.lower() in ("called", "named") \
                and tokens[k - 2].lemma.lower() in ORGANISATION_KIND_NOUNS:
            found.add(clean_name(entity.text).lower())
    return found


def not_a_person(doc: Document, entity: Entity, name: str) -> bool:
    """A PERSON mention that names no person: "the 737 Max", "Destiny 2", "He" opening a
    sentence, a plural people ("Yazidis", "Spurs", "Ministers"), a thing with an article
    ("the Moon", "the Gateway")."""
    tokens = doc.tokens
    if any(c.isdigit() for c in name) or name.split()[-1] in EVENT_WORDS:
        return True  # "LC500 Convertible", "Destiny 2": products; "Davis Cup", "US Open": events
    if len(name.split()) > 1:
        # "Buzz electric van": a lower-case word that is no name particle ("van", "de", "bin") is a thing's name
        return any(w[:1].islower() and w.isalpha() and w not in NAME_PARTICLES for w in name.split())
    before = tokens[entity.token_start - 1] if entity.token_start > 0 else None
    if before is not None and (before.like_num or before.text.lower() in ("the", "a", "an")):
        return True  # "the 737 Max", "Galaxy S24 Ultra": a model name; "the Moon": a thing
    head = tokens[entity.token_end - 1]
    lowered = name.lower()
    return tokens[entity.token_start].is_stop or head.tag == "NNPS" or lowered in PERSON_NOUNS \
        or (lowered.endswith("s") and lowered[:-1] in PERSON_NOUNS)


# Person nouns an organisation or a country can also be in apposition ("Poland, a member of
# NATO", "Acme, the owner of the site", "France, the host"): no cue of a person.
_SHARED_ROLE_NOUNS = frozenset(
    "owner partner member investor host producer champion leader head player star agent speaker trainer "
    "designer forward broker consultant victim suspect candidate chair boss worker employee general".split()
)
_ROLE_CUE = "|".join(sorted(re.escape(w) for w in PERSON_NOUNS - _SHARED_ROLE_NOUNS if w.isalpha()))
# "... in Tlalcoya, the security official said": a reporting clause after a place, not a role in
# apposition to it (reader Audit 8: a town shown as a person).
_NOT_REPORTING = r"(?!\s+(?:said|says|told|tells|added|adds|stated|explained|confirmed|noted|announced|warned)\b)"
# What only a person takes: an honorific before the name ("Mr. Braun"), an age or "who"
# after it ("Braun, 38,", "Tamsin Hale, who runs a surf school"), or a role in apposition
# ("Eva-Marie Persson, an economist at ...", which the small model tagged as an organisation). The name
# before a comma is bounded: unbounded, each capital of a long glued word rescanned the rest of the word.
_PERSON_CUES = re.compile(
    r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+(?P<after>[A-Z][\w'’-]+)"
    # Not after a preposition of place: "a rebel spokesman in Misrata, who has asked ..." is the spokesman's "who"
    # (Audit 48 #1: the besieged city typed a person).
    r"|(?<!\bin )(?<!\bat )(?<!\bfrom )(?<!\bnear )(?<!\binto )"
    r"(?P<before>[A-Z][\w'’-]{1,60})\s*,\s*(?:\d{1,3}\s*[,–—-]|who\b"
    rf"|(?:a|an|the)\s+(?:[\w'’.-]+\s+){{0,3}}?(?:{_ROLE_CUE})\b{_NOT_REPORTING})"
    # A lower-case role noun right before a first name and a surname ("former NFL quarterback Marcus Hale wrote"),
    # which the small model tagged as an organisation after a book's title (the lead's Newsroom reading, session 16).
    rf"|\b(?:{_ROLE_CUE})\s+[A-Z][a-z'’-]{{1,30}}\s+(?P<titled>[A-Z][\w'’-]{{1,30}})\b(?!\s*[A-Z&])"
)


def person_cued(text: str) -> set[str]:
    """Capitalised words the text treats as a person's name (see _PERSON_CUES), wherever the
    name is written: the NER model may not have tagged that occurrence. A state is never one ("Russia and China,
    who used their veto": Audit 31's "China (person)")."""
    found = {m.group("after") or m.group("before") or m.group("titled") for m in _PERSON_CUES.finditer(text)}
    return {name for name in found if not is_country(name)}


# Tags a first name never has: "Tuesday Bhagat said", "India's Bhagat", "Tata Bhagat Group".
_NOT_FIRST_NAME = frozenset("GPE NORP ORG LOC FAC DATE TIME PRODUCT EVENT WORK_OF_ART LAW LANGUAGE".split())
# Titles of rank written like a first name ("Baroness Amos" is Valerie Amos, not another Amos).
_RANKS = frozenset("lord lady baroness baron earl duke duchess count countess viscount marquess sheikh emir "
                   "sultan saint st sir dame".split())


def person_surnames(doc: Document, named: Sequence[tuple[Entity, str]]) -> set[str]:
    """Words the article uses as a person's surname: the last word of a name tagged as a person,
    and a one-word name tagged as an organisation that speaks ("Bhagat told a radio station",
    "said Bhagat"); a thing named in one word ("Horizon") never speaks."""
    tokens = doc.tokens
    surnames = {name.split()[-1] for entity, name in named if entity.label == "PERSON"}
    for entity, name in named:
        last = tokens[entity.token_end - 1]
        if entity.label == "ORG" and " " not in name and last.dep == "nsubj" \
                and tokens[last.head].lemma.lower() in CUE_LEMMAS:
            surnames.add(name)
    return surnames


def _first_name(tokens: tuple[Token, ...], surname: Token) -> Token | None:
    """The capitalised given name written just before ``surname``, alone (not the last word of a
    longer name: "New York Times"), and no title or form of address ("President Obama")."""
    if surname.i == 0:
        return None
    first = tokens[surname.i - 1]
    word = first.text.lower().rstrip(".")
    if first.pos != "PROPN" or not first.text[:1].isupper() or not first.text.isalpha() or first.text.isupper() \
            or first.ent_type in _NOT_FIRST_NAME or first.is_stop or word in TITLE_WORDS | PERSON_NOUNS \
            or word in ADDRESS or f"{word}." in ADDRESS or word in _RANKS:
        return None
    before = tokens[first.i - 1] if first.i > 0 else None
    # a nationality before the name is no part of it ("the rising Canadian Eugenie Bouchard": the lead's
    # reading found the report's subject missing from Actors)
    if before is not None and before.pos == "PROPN" and before.text[:1].isupper() and before.ent_type != "NORP" \
            and before.text.lower().rstrip(".") not in TITLE_WORDS | PERSON_NOUNS | ADDRESS \
            and f"{before.text.lower()}." not in ADDRESS:
        return None
    return first


def untagged_full_names(doc: Document, surnames: set[str]) -> list[Entity]:
    """PERSON mentions for full names the NER model left untagged whose last word is one of
    ``surnames`` (words the article uses as a person's surname): "Chetan Bhagat, the novelist,
    said" where only a later "Bhagat" was tagged, or "Chetan Bhagat" inside another speaker's
    quotation. A full name the model tagged as a person at this place is not repeated."""
    tokens = doc.tokens
    tagged = {t.i for e in doc.entities if e.label == "PERSON" for t in tokens[e.token_start : e.token_end]}
    other_names = {clean_name(e.text).lower() for e in doc.entities if e.label != "PERSON"}
    found: list[Entity] = []
    for token in tokens:
        if token.text not in surnames or token.pos != "PROPN" or token.i in tagged:
            continue
        first = _first_name(tokens, token)
        if first is None or first.i in tagged:
            continue
        name = doc.article.text[first.start : token.end]
        if name.lower() in other_names:
            continue  # "Union Carbide" tagged as an organisation elsewhere
        sentence = sentence_at_token(doc, token.i)
        found.append(Entity(name, "PERSON", first.start, token.end, sentence.index if sentence else 0,
                            first.i, token.i + 1))
    return found


# Nouns after a name that only a body has speak for ("a Defra spokesman", "Ofwat officials").
# Words of a field or trade that name an outlet, a firm or a body and never a person's given name or
# surname before another name word ("Pro Football Focus", "Baseball Prospectus", "Health Data Group").
_FIELD_WORDS = frozenset("football baseball basketball soccer hockey tennis golf cricket rugby racing sports sport "
                         "science sciences health finance policy data analytics media research tech".split())
# Last words of an outlet's or a body's name that are no surname ("Football Outsiders", "Sports Reference").
_BODY_LAST_WORDS = frozenset("focus prospectus outsiders insider reference analytics institute foundation labs "
                             "studios ventures holdings".split())


def body_named(name: str) -> bool:
    """True when a name tagged as a person is an outlet's or a body's by its own words: a field word
    before its last word, or a last word no surname is (the lead's reading typed the analytics outlet
    Pro Football Focus as a person)."""
    words = [w.lower() for w in name.split()]
    return len(words) >= 2 and (any(w in _FIELD_WORDS for w in words[:-1]) or words[-1] in _BODY_LAST_WORDS)


_BODY_SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson spokespeople official officials".split())
# Lower-case nouns before a name that say it is a body ("gardening charity Plantlife", "watchdog Ofwat").
_BODY_KIND_NOUNS = ORGANISATION_KIND_NOUNS | frozenset(
    "charity watchdog regulator union trust foundation council ministry department body".split())


_COMMON_BODIES = ORGANISATION_NOUNS | UNNAMED_NOUNS | DOCUMENT_NOUNS | frozenset("ministers police".split())


def organisation_cued(doc: Document) -> set[str]:
    """Lower-cased one-word names the text treats as a body's, whatever the NER model tagged them: an
    acronym ("NHS", "HTA"), a name with a body's spokesman or officials ("a Defra spokesman"), or a kind
    of body before it ("charity Plantlife"). ("Ofwat said it would ..." is no cue: "Melissa said it was
    fun" reads the same.)"""
    return {t.text.lower() for t in doc.tokens if t.pos == "PROPN" and t.text[:1].isupper() and _body_cued(doc, t)} \
        | _group_cued(doc)


# Nouns for the members or a part of an armed group or a movement: "Boko Haram leader NAME", "a Boko Haram faction",
# "Taliban fighters". No person's name stands before them (Audit 51 #12 typed Boko Haram a person; "supporters",
# "aides" and "administration" do follow a person's name and are left out).
_GROUP_MEMBERS = frozenset("militants fighters insurgents gunmen rebels faction factions militia commander commanders "
                           "leader leaders member members cell cells splinter wing".split())


def _group_cued(doc: Document) -> set[str]:
    """Lower-cased names of two words or more the text sets before a group's member noun as its modifier, at a
    mention that is neither possessive nor apposed (see _GROUP_MEMBERS)."""
    tokens = doc.tokens
    found: set[str] = set()
    for entity in doc.entities:
        if entity.label not in ("PERSON", "ORG") or entity.token_end - entity.token_start < 2 \
                or entity.token_end >= len(tokens):
            continue
        last, after = tokens[entity.token_end - 1], tokens[entity.token_end]
        if after.text.islower() and after.text in _GROUP_MEMBERS and last.dep == "compound" and last.head == after.i:
            found.add(entity.text.lower())
    return found


def _body_cued(doc: Document, token: Token) -> bool:
    """One mention's cue that a name is a body's (see organisation_cued)."""
    tokens = doc.tokens
    word = token.text
    after = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
    before = tokens[token.i - 1] if token.i > 0 else None
    if 2 <= len(word) <= 6 and word.isalpha() and word.isupper():
        # an acronym, not a word of a name written in capitals ("JONAS BERG, senior fellow")
        return not any(t is not None and t.text.isupper() and t.text.isalpha() for t in (before, after))
    if after is not None and after.lemma.lower() in _BODY_SPOKESPEOPLE and token.dep == "compound":
        return True
    if _makers_apposed(tokens, token.i):
        return True
    return before is not None and before.text.islower() and before.lemma.lower() in _BODY_KIND_NOUNS


# Plural nouns of a business's trade set beside one name ("Durex, the makers of ...", reader Audit 42 #12, a company
# listed as a person): one person is never "the makers"; "Ana Ruiz, the maker of the film" stays a person.
_MAKERS = frozenset("makers manufacturers producers publishers developers distributors brewers distillers "
                    "bakers sellers retailers creators".split())
MAKERS_REACH = 3  # "the makers", "the British makers", "the toy makers": the noun within three words of the comma


def _makers_apposed(tokens: Sequence[Token], i: int) -> bool:
    """True when the name at token ``i`` is followed by ", the <...> makers" (see _MAKERS)."""
    if i + 2 >= len(tokens) or tokens[i + 1].text != "," or tokens[i + 2].text.lower() != "the":
        return False
    return any(t.text.lower() in _MAKERS for t in tokens[i + 3: i + 3 + MAKERS_REACH])


def untagged_speakers(doc: Document, person_words: set[str]) -> list[Entity]:
    """Organisation mentions for a proper noun the NER model left untagged that speaks ("Defra said the delay
    would ...", "Ofwat warned"): a speaker of a reported statement is an actor. Every untagged mention of that
    name counts; they are a person's after a person noun ("the rapper Macklemore"). Words of a person's name are
    left to the people's rules."""
    tokens = doc.tokens
    tagged = {i for e in doc.entities for i in range(e.token_start, e.token_end)}
    names: set[tuple[str, ...]] = set()
    for token in tokens:
        head = tokens[token.head]
        if token.dep != "nsubj" or head.lemma.lower() not in CUE_LEMMAS or head.pos != "VERB" \
                or token.pos != "PROPN" or token.i in tagged or not token.text[:1].isupper() or token.is_stop \
                or after_clock(doc, token.i):
            continue  # "at 12:02 p.m. CT on Saturday, a lawyer said": a time zone, not a speaker (Audit 17)
        first = token.i
        while first > 0 and tokens[first - 1].pos == "PROPN" and tokens[first - 1].dep == "compound" \
                and first - 1 not in tagged:
            first -= 1
        words = tuple(t.text for t in tokens[first : token.i + 1])
        if any(w in person_words or w.lower() in TITLE_WORDS | PERSON_NOUNS for w in words) \
                or words[-1].lower() in _COMMON_BODIES:
            continue  # "The Government has warned": a common noun written with a capital
        names.add(words)
    found: list[Entity] = []
    for words in names:
        size = len(words)
        mentions = [token.i for token in tokens[: len(tokens) - size + 1]
                    # "Young people" after "Young said": the word as an adjective or adverb is no mention (#11)
                    if tuple(t.text for t in tokens[token.i : token.i + size]) == words
                    and not any(i in tagged for i in range(token.i, token.i + size))
                    and not (size == 1 and token.pos in ("ADJ", "ADV"))]
        # "the rapper Macklemore said": a person noun right before the name says whose it is (Audit 28 29.5, the
        # rapper left untagged was listed an organisation; "a Durex spokesperson" puts the noun after the name)
        label = "PERSON" if any(i > 0 and tokens[i - 1].text in PERSON_NOUNS for i in mentions) else "ORG"
        for i in mentions:
            sentence = sentence_at_token(doc, i)
            found.append(Entity(" ".join(words), label, tokens[i].start, tokens[i + size - 1].end,
                                sentence.index if sentence else 0, i, i + size))
    return found


def short_name(doc: Document, name: str) -> str:
    """The short form that names ``name``'s person in a repair ("[Lee] warned"): the surname when the
    name's order is sure, the full name when not. A last word hyphenated onto a lower-case piece
    ("Ban Ki-moon", "Kim Jong-un") is a given name written after the family name: the short form is
    the first word when the article itself uses it alone ("Mr Ban said", "Ban told"), else the full
    name (reader Audit 8 printed "[Ki-moon] warned"). Particles stay with the surname ("al-Masri")."""
    words = name.split()
    if len(words) < 2:
        return name
    last = words[-1]
    given_after = "-" in last and not last.split("-")[-1][:1].isupper() \
        and last.split("-")[0].lower() not in NAME_PARTICLES
    if not given_after:
        return last
    first = words[0]
    alone = re.search(rf"(?<![\w-]){re.escape(first)}(?!\s+{re.escape(' '.join(words[1:]))})(?![\w-])",
                      doc.article.text)
    return first if alone else name
