"""People the model typed as bodies or listed twice, set right by how the article writes them (session 16b).

The speaker lookup and the spelling merge that once opened this module are in
:mod:`newsbrief.analyze.actor_lookup` (session 36 split them off along that seam).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.analyze.actor_names import PERSON_NOUNS, Actor
from newsbrief.analyze.actor_pronouns import he_continues
from newsbrief.analyze.actor_roles import SPEECH_LEMMAS, Role
from newsbrief.analyze.actor_rosters import person_conjoined
from newsbrief.analyze.actor_things import company_cued
from newsbrief.models import Document, Token
from newsbrief.nlp.entity_states import capital_country, is_country
from newsbrief.nlp.name_parts import body_name

# People the model typed as bodies or listed twice, set right by how the article writes them (session 16b). Reader
# Audit 25 (docs/audit.md 26.4 pattern 5) read two such errors: - **A name apposed to a person noun is a person.** A
# comatose baby shown to reporters ("Nasib, a baby in a coma"; "the baby, Nasib,") was typed as an organisation,
# and, named by one word that never acts, could drop out of the list. A name in apposition with "baby", "child",
# "boy", "girl", "woman", "man", "patient" and the like, either way round, is a person, and the apposition is
# evidence enough that the article presents them. - **Initials that stand for a named person join that person.** A
# column printed an email exchange in which the publisher was "PO" after "Pierre Omidyar (PO)"; "PO" became a second
# actor, typed an organisation. Upper-case initials that are exactly the initials of a person the article names in
# full join that person when the text introduces them after the full name ("Pierre Omidyar (PO)") or uses them as
# the label of a turn ("PO: I never ..."). Initials given after a company's name ("Pacific Oil (PO)") are the
# company's and stay apart, and so do initials that merely match a person's with neither cue.

__all__ = ["apposed_person", "body_tagged", "coordinated_person", "counted_person", "join_initials", "join_nicknames",
           "leader_named", "surnamed_person"]

# A leader's tenure named after him: "the Lincoln administration" is Lincoln acting, though the model tags the name
# an organisation there (Audit 27, the lead's reading of Newsroom row 40: "Lincoln (organisation)"). Party words
# make the same phrase ("the Labour administration") and stay bodies; an all-capital acronym ("the SNP
# administration") is a body too.
_TENURE_NOUNS = frozenset("administration presidency premiership governorship mayoralty chancellorship regime".split())
# A ruler's own rule, read only after a possessive ("Duvalier's regime", "Duvalier's autocratic rule"; Audit 37:
# "Gadhafi (organisation)" in an argument piece on arming Libya's rebels): "the Labour administration" needs no "'s".
_RULE_NOUNS = frozenset("regime rule reign dictatorship".split())
_PARTY_WORDS = frozenset("""
Labour Tory Tories Conservative Conservatives Liberal Liberals Democrat Democrats Democratic Republican Republicans
Socialist Socialists Green Greens Coalition Unionist Nationalist Likud Fidesz Congress Communist Junta
""".split())

# Nouns for a person that a bare name may stand in apposition with ("Nasib, a baby in a coma"). Roles and titles
# are read by actor_roles; these say only that the name is a person's.
_PERSON_KINDS = frozenset("""
baby babies child children boy girl woman man patient toddler infant teenager teen youngster kid schoolboy
schoolgirl pensioner widow widower newborn
""".split())
# A role noun the name is set beside, either way round ("The chief forecaster, Dimitar Kolev, said"): the model
# tagged such speakers a body or a place on a live page, where they then lost their slot (session 17, Audit 27 28.5)
_APPOSED_NOUNS = _PERSON_KINDS | PERSON_NOUNS | frozenset("forecaster shopkeeper".split())
_INITIALS = re.compile(r"^[A-Z]{2,4}$")
_TURN_LABEL = "{}:"  # "PO: I never told Matt to go" opens a turn of an exchange


def apposed_person(doc: Document, actor: Actor) -> bool:
    """True when a mention of ``actor`` stands in apposition with a person noun, either way round ("Nasib, a baby
    in a coma"; "the baby, Nasib,")."""
    tokens = doc.tokens
    # A full name set beside any role noun is a person's; a one-word name only beside a kind of person, since a
    # company is set beside roles too ("Transocean, the owner of the rig")
    if counted_person(doc, actor):
        return True  # "two athletes, Simon Donato and Turbo Trebilcock"
    words = actor.name.split()
    nouns = _APPOSED_NOUNS if len(words) > 1 and not body_name([w.lower() for w in words]) else _PERSON_KINDS
    for mention in actor.mentions:
        span = range(mention.token_start, mention.token_end)
        for i in span:
            token = tokens[i]
            if token.dep == "appos" and token.head not in span and tokens[token.head].lemma.lower() in nouns:
                return True  # "the baby, Nasib,"
        last = mention.token_end - 1
        window = tokens[mention.token_end : min(mention.token_end + 4, len(tokens))]
        if any(t.dep == "appos" and t.head == last and t.lemma.lower() in nouns for t in window):
            return True  # "Nasib, a baby in a coma"
    return False


# What a person does as the subject of a clause and a body does not: speak (the speech verbs), or an act of a body,
# a hand or a player ("the message Hartley sent him"). A body's acts ("won", "signed", "ended", "played") are left
# out: "Arsenal won" (session 18).
_PERSONAL_VERBS = SPEECH_LEMMAS | frozenset("""
send hit throw pitch slide tackle kick punch shoot marry smile laugh cry apologise apologize retire limp homer
bat catch dive spit shout whisper nod shrug grin sob weep""".split())
_ARTICLES = frozenset("the a an this that".split())  # "the Church says": a body's noun (Newsroom row 58)
_GIVEN_SHAPE = re.compile(r"^[A-Z][a-z]+$")


def surnamed_person(doc: Document, actor: Actor) -> bool:
    """True when a two-word name the model tagged a body is written as a person's: its surname stands alone
    elsewhere as the subject of a person's act or speech ("Hartley sent him a message"). A body
    is shortened to its first word ("Goldman", "Morgan"), not its last; a name with a body's word ("Chase Bank")
    or a company's cue ("Chase shares") stays a body (the lead's reading of Newsroom dev row 3, session 18: a
    baseball player listed as an organisation because his given name is a bank's). A one-word name is read by
    :func:`_one_word_person` (a role noun before it, "himself" after it, a "he" continuing it)."""
    words = actor.name.split()
    # An untagged repeat ("see Gadhafi blink", where the model tagged no entity) is no vote against the body label
    if len(words) == 1 and _GIVEN_SHAPE.match(words[0]) and actor.label in ("ORG", "GPE") \
            and not is_country(words[0]) and not capital_country(words[0]) \
            and all(m.label in ("ORG", "GPE", "") for m in actor.mentions) and not company_cued(doc, actor.name):
        return _one_word_person(doc, actor)
    if len(words) != 2 or not all(_GIVEN_SHAPE.match(w) for w in words) or body_name([w.lower() for w in words]) \
            or any(m.label != "ORG" for m in actor.mentions) or company_cued(doc, actor.name):
        return False
    tokens = doc.tokens
    # Every bare surname, tagged or not: the model left "Hartley sent him" untagged where it tagged the others.
    before = {t.i + 1: t.text.lower() for t in tokens}
    return any(t.text == words[1] and t.dep == "nsubj" and t.ent_type in ("", "ORG") and t.pos == "PROPN"
               and before.get(t.i, "") not in _ARTICLES | {words[0].lower()}
               and tokens[t.head].lemma.lower() in _PERSONAL_VERBS for t in tokens)


# Role nouns that only a person holds, written right before a one-word name ("Wales coach Gatland", "striker
# Tomlin"). Not the roles a firm or a club holds too ("asset manager BlackRock", "partner Google", "market leader
# Tesco", "owner", "host", "sponsor").
_PERSONAL_ROLES = frozenset("""
coach striker midfielder defender goalkeeper winger forward captain skipper batsman bowler jockey quarterback
pitcher referee umpire spokesman spokeswoman senator minister president chancellor premier governor mayor
judge colonel general sergeant lieutenant professor doctor actor actress singer rapper novelist author
""".split())
_REFLEXIVES = frozenset(("himself", "herself"))
_PLURAL_AUX = frozenset(("are", "were", "have"))


def _one_word_person(doc: Document, actor: Actor) -> bool:
    """True when a one-word name the model tagged a body is written as a person's (session 18c, the lead's XSum
    row 140: "Gatland (organisation)", a coach): a personal role noun right before it ("Wales coach Gatland"), a
    "himself"/"herself" apposition after it ("Gatland, himself a former Ireland coach"), or, as the subject of a
    sentence that names no other person, a "he"/"she" subject opening the next ("Gatland won ... He guided
    Wales"). "Arsenal won ... Arsenal signed" has none of these and stays a body."""
    tokens = doc.tokens
    if any(_plural_subject(tokens, m.token_end - 1) for m in actor.mentions):
        return False  # "Arsenal have won ... He scored twice": a club takes a plural verb, a person never does
    for mention in actor.mentions:
        before = tokens[mention.token_start - 1] if mention.token_start else None
        if before is not None and before.text.islower() and before.lemma.lower() in _PERSONAL_ROLES:
            return True
        first = tokens[mention.token_start]
        if (before is not None and _personal_title(tokens, before)) or first.text.lower() in _TITLES \
                or _personal_object(tokens, mention.token_end - 1):
            return True
        after = [t.text.lower() for t in tokens[mention.token_end : mention.token_end + 2]]
        if len(after) == 2 and after[0] == "," and after[1] in _REFLEXIVES:
            return True
        last = tokens[mention.token_end - 1]
        if last.dep == "nsubj" and he_continues(doc, mention.sentence_index, last):
            return True
    return False


# Capitalised military titles written before a surname ("Colonel Gadhafi", "Col. Gadhafi"); "leader" only after a
# nationality or a place ("Libyan leader Gadhafi"), since "market leader Tesco" is a firm (Audit 31 A7).
_TITLES = frozenset("colonel col col. general gen gen. lieutenant lt lt. major maj maj. sergeant sgt sgt.".split())
# What only a person's body does as the subject of a verb ("We want to see Gadhafi blink"); a club or firm may win,
# sign or say, never blink or flinch.
_BODILY_VERBS = frozenset("blink flinch nod shrug grin smile frown wink weep sob laugh sneeze limp".split())
# Verbs whose object is a ruler ("topple Gadhafi", "oust Mubarak"), and relatives only a person has ("Gadhafi's
# son"); "Gadhafi's forces" and "Gadhafi's regime" say neither.
_RULER_VERBS = frozenset("topple oust depose overthrow unseat".split())
_KIN = frozenset("son sons daughter daughters wife husband father mother brother sister widow cousin nephew".split())


def _personal_title(tokens: Sequence[Token], before: Token) -> bool:
    """Whether ``before`` is a personal title of the name after it ("Colonel", "Libyan leader")."""
    if before.text.lower() in _TITLES:
        return True
    return before.text == "leader" and before.i > 0 and tokens[before.i - 1].ent_type in ("NORP", "GPE")


def _personal_object(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is a person's by what it does or undergoes: the subject of a bodily act, the object of a
    ruler's fall, or the owner of a relative."""
    token = tokens[i]
    head = tokens[token.head]
    if token.dep == "nsubj" and head.lemma.lower() in _BODILY_VERBS:
        return True
    if token.dep == "dobj" and head.lemma.lower() in _RULER_VERBS:
        return True
    return token.dep == "poss" and head.lemma.lower() in _KIN


def _plural_subject(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is the subject of a verb in the plural ("Arsenal have", "Arsenal are", "Arsenal play")."""
    if tokens[i].dep != "nsubj":
        return False
    verb = tokens[tokens[i].head]
    return verb.tag == "VBP" or verb.text.lower() in _PLURAL_AUX or any(
        t.head == verb.i and t.dep == "aux" and t.text.lower() in _PLURAL_AUX for t in tokens[verb.left : verb.i])


def counted_person(doc: Document, actor: Actor, subject: bool = False) -> bool:
    """True when a mention stands in apposition to a counted role noun, alone or in a pair or list: "two Canadian
    endurance athletes, Simon Donato and Turbo Trebilcock," (the lead's TV column, session 19: the hosts of the show
    were missing). The parser often makes the names a conjunct of the noun, so both readings count. With ``subject``
    only when the counted noun belongs to the sentence's subject ("The hosts of the show, two athletes, A and B,
    go"), not to an object's phrase ("the killings of two journalists, A and B")."""
    tokens = doc.tokens
    for mention in actor.mentions:
        token = tokens[mention.token_end - 1]
        while token.dep == "conj" and tokens[token.head].pos == "PROPN" and token.head != token.i:
            token = tokens[token.head]  # "Turbo Trebilcock" joined to "Simon Donato"
        noun = tokens[token.head]
        if token.dep in ("appos", "conj") and noun.tag == "NNS" and noun.lemma.lower() in _APPOSED_NOUNS \
                and any(t.head == noun.i and t.dep == "nummod" for t in tokens[noun.left : noun.i]) \
                and (not subject or _in_subject(tokens, noun)):
            return True
    return False


def _in_subject(tokens: Sequence[Token], token: Token) -> bool:
    """Whether ``token`` lies in a clause's subject: up through appositions, conjuncts and prepositions (the parser
    hangs "two athletes" on the show's title in "The hosts of 'Boundless,' two athletes") to a subject."""
    for _ in range(6):
        if token.dep in ("nsubj", "nsubjpass"):
            return True
        if token.dep not in ("appos", "conj", "pobj", "prep") or token.head == token.i:
            return False
        token = tokens[token.head]
    return False


def coordinated_person(doc: Document, actor: Actor) -> bool:
    """True when a mention is coordinated with another person's name ("A and B and C, <role>, took the stand"): the
    parties of a shared act are all actors, though the middle one is named once with no role (the lead's Newsroom
    row 13: the last witness, named once, was no actor)."""
    tokens = doc.tokens
    for mention in actor.mentions:
        head = tokens[mention.token_end - 1]
        if head.dep == "conj" and tokens[head.head].ent_type == "PERSON":
            return True
        window = tokens[mention.token_end : min(mention.token_end + 6, len(tokens))]
        if any(t.dep == "conj" and t.head == head.i and t.ent_type == "PERSON" for t in window):
            return True
    return False


def leader_named(doc: Document, actor: Actor) -> bool:
    """True when a one-word body's name modifies a tenure noun ("the Lincoln administration"): the leader."""
    name = actor.name
    if " " in name or not name.istitle() or name in _PARTY_WORDS:
        return False
    tokens = doc.tokens
    return any((tokens[m.token_end - 1].dep in ("compound", "nmod", "amod")
                and tokens[tokens[m.token_end - 1].head].lemma.lower() in _TENURE_NOUNS)
               or (tokens[m.token_end - 1].dep == "poss"
                   and tokens[tokens[m.token_end - 1].head].lemma.lower() in _RULE_NOUNS) for m in actor.mentions)


def body_tagged(doc: Document, actor: Actor, role: Role | None, pronouns: int, voiced: int) -> bool:
    """True for a one-word "person" the model itself tags a body at another mention, and that nothing shows to be a
    person: no role, no "he"/"she", no word of its own (Audit 27, the lead's reading of Newsroom row 50: the
    aluminium producer "Alcoa" tagged a person where it is helped, a body where its gains evaporate). A name set
    beside a person noun ("Nasib, a baby in a coma") is a person whatever the model said."""
    if role is None and _headed_by_the(doc, actor):
        return True
    return " " not in actor.name and any(m.label == "ORG" for m in actor.mentions) and role is None \
        and not pronouns and not voiced and not apposed_person(doc, actor)


# Dependencies of a name that modifies another noun ("the Willow Barn rule", "the Obama administration"): "the"
# there is the other noun's, so the name may still be a person's.
_MODIFYING = frozenset({"compound", "amod", "nmod", "poss"})


def _headed_by_the(doc: Document, actor: Actor) -> bool:
    """A full "person's" name the text writes as the head of a noun phrase with "the" ("pay for a vase in the Willow
    Barn"): a shop or a brand, since a person's name takes no article (Audit 31: a shop chain typed a person, where
    the model itself tagged "the ... Barn" a place). A title between ("the late Ann Roe") leaves the name alone."""
    if actor.label != "PERSON" or " " not in actor.name:
        return False
    names = {name.lower() for name in (actor.name, *actor.aliases) if " " in name}
    for entity in doc.entities:  # the model's own "the X" span, whatever label it gave it
        last = entity.token_end - 1
        if entity.text[:4].lower() == "the " and entity.text[4:].lower() in names \
                and doc.tokens[last].dep not in _MODIFYING and not person_conjoined(doc, last):
            return True
    return any(m.token_start > 0 and doc.tokens[m.token_start - 1].text == "the" and " " in m.text  # not "The Blaze"
               and doc.tokens[m.token_end - 1].dep not in _MODIFYING and not person_conjoined(doc, m.token_end - 1)
               for m in actor.mentions)  # "the Kim Kardashian and Kanye West cover" (actor_rosters)


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def _stands_for(text: str, initials: str, name: str) -> bool:
    """Whether the text introduces ``initials`` after ``name`` or uses them as the label of a turn."""
    introduced = re.search(rf"{re.escape(name)}\s*\(\s*{initials}\s*\)", text) is not None
    turn = re.search(rf"(?m)^\s*{re.escape(_TURN_LABEL.format(initials))}", text) is not None
    return introduced or turn


def join_initials(doc: Document, actors: list[Actor]) -> list[Actor]:
    """``actors`` with each set of initials that stands for one full-named person folded into that person (its
    mentions and aliases join; see the module notes)."""
    text = doc.article.text
    people = [a for a in actors if a.label == "PERSON" and len(a.name.split()) > 1]
    kept: list[Actor] = []
    for actor in actors:
        name = actor.name.strip()
        fits = [p for p in people if p is not actor and _INITIALS.match(name) and _initials(p.name) == name
                and any(_stands_for(text, name, alias) for alias in {p.name, *p.aliases} if " " in alias)]
        if len(fits) != 1:
            kept.append(actor)
            continue
        fits[0].mentions.extend(actor.mentions)
        fits[0].aliases |= actor.aliases | {name}
    return join_nicknames(doc, kept)


# A nickname in quotes inside a person's name: 'Mike "The Situation" Sorrentino' (the lead's Newsroom row 38,
# session 19: a later '"The Situation" told a photographer' was listed as an organisation of its own). The model
# cuts such a name anywhere (the given name a person, the nickname and surname a work, the surname a place), so
# the name is read from the text: a given name, a quoted capitalised nickname of up to three words, a surname.
_NICKNAMED = re.compile(r"\b([A-Z][a-z]+)\s+[\"“]\s*((?:[Tt]he\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})\s*[\"”]"
                        r"\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
_LEADING_THE = re.compile(r"^(?:[Tt]he\s+)")


def _bare(name: str) -> str:
    return _LEADING_THE.sub("", name.strip(" \"“”‘’'")).lower()


def join_nicknames(doc: Document, actors: list[Actor]) -> list[Actor]:
    """``actors`` with every piece of a nicknamed person's name (the nickname, the surname, the given name named
    only there, the whole) folded into one person named as written ('Mike "The Situation" Sorrentino'): "The
    Situation said" is that person speaking."""
    for match in _NICKNAMED.finditer(doc.article.text):
        given, nick, surname = match.group(1), _bare(match.group(2)), match.group(3).lower()
        full = re.sub(r"\s+", " ", match.group(0))
        pieces = {nick, surname, f"{given} {surname}".lower(), _bare(full)}
        group = [a for a in actors if _bare(a.name) in pieces or (
            _bare(a.name) == given.lower() and all(match.start() <= m.start < match.end() for m in a.mentions))]
        if not any(_bare(a.name) != nick for a in group):
            continue  # the quoted words alone ('Hurricane "The Beast" Maria' names no person's pieces)
        owner = max(group, key=lambda a: (a.label == "PERSON", len(a.name)))
        for actor in group:
            if actor is not owner:
                owner.mentions.extend(actor.mentions)
                owner.aliases |= actor.aliases | {actor.name}
        owner.aliases |= {owner.name}
        owner.name, owner.label = full, "PERSON"
        actors = [a for a in actors if a is owner or a not in group]
    return actors
