"""Actor names: a name cleaned as written, and the mentions of one actor merged.

:func:`clean_name` strips possessives, honorifics and abbreviated titles ("Mr.", "Dr", "Sen.") from a name.
:func:`cluster_actors` groups the PERSON, ORG and GPE mentions outside credits into one :class:`Actor` per entity:
case variants and country spellings fold together; a surname ("Vang") joins the full name ("Erik Vang") even where
the NER model gave the two different labels; an organisation joins its acronym when the article gives both ("the
Environment Agency (EA)"). :func:`resolve_person` finds the actor a name means (:mod:`newsbrief.analyze.antecedents`
the one an opening "he"/"she" means).

The word lists of titles and nouns for people are here because names are cleaned of them (actor_roles reads them too).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from newsbrief.analyze.actor_asked import asked_name
from newsbrief.analyze.actor_credits import credit_spans, in_spans
from newsbrief.analyze.actor_fused import unfuse
from newsbrief.analyze.actor_jobs import without_job_word
from newsbrief.analyze.actor_variants import fold_abbreviated_parts, join_variants, principal, sub_body
from newsbrief.analyze.doc_index import NameIndex, name_words, sentence_at_token
from newsbrief.lexicon import COUNTRY_ALIASES
from newsbrief.models import Document, Entity, Token
from newsbrief.nlp.name_parts import ORG_WORDS as _ORG_WORDS
from newsbrief.nlp.name_parts import body_name, run_on_name
from newsbrief.nlp.speech import BUSINESS_NOUNS, whole_possessives

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE"})
_LABEL_ORDER = {"PERSON": 0, "ORG": 1, "GPE": 2}  # a tie in the label vote goes to the first
# "Kim's", "Iraq 's" (tokenised datasets write the possessive apart), "Reynolds'".
_POSSESSIVE = re.compile(r"\s?(?:'s|’s|'|’)$")
# Honorifics and abbreviated titles before a name are not part of it. Only the unambiguous ones: "Gen" without a dot is
# a first name (Gen Nakatani), "St." a saint or a street, "Lady"/"Sir" are part of stage and titled names (Lady Gaga).
# British copy writes the ranks without the dot ("Cdr Mark Reed"; Audit 18 showed "Cdr" in a name; Audit 50 #7
# "Maj Ahmad Yaya"): never first names.
_HONORIFIC = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Lt|Gen|Col|Capt|Sgt|Cpl|Pvt|Pte|Maj|Adm|Cmdr|Cdr|Rev|Hon|Pres|"
    r"Atty|Supt|Insp|Det|Fr|Cllr)\.|(?:Mr|Mrs|Ms|Mx|Dr|Prof|Miss|Cdr|Cmdr|Capt|Sgt|Cpl|Pte|Supt|Insp|Cllr|Maj|Lt|Brig))"
    r"\s+(?=[A-Z]|(?:van|von|de|der|den|del|della|di|da|du|le|"
    r"la|ter|ten|al|el|bin|ibn|ben|abu)\b[\s-]\w)"  # also before a particle: "Ms van Dijk", "Dr al-Rashid"
)
TITLE_WORDS = frozenset(
    "president prime minister secretary chancellor leader chairman chairwoman chair chief "
    "executive officer ceo director governor mayor senator representative rep. sen. gov. "
    "spokesman spokeswoman spokesperson ambassador general gen. admiral commander king queen "
    "prince princess premier envoy official minister deputy vice head founder analyst "
    "professor prof. dr. judge justice attorney lawyer economist coach captain manager "
    "editor correspondent researcher scientist adviser advisor diplomat commissioner "
    "inspector superintendent colonel lieutenant sergeant officer bishop pope chancellor "
    "foreign defence defense finance interior health trade state former acting opposition "
    "senior top national regional federal "
    # Campus, civic, church and firm offices, written before a name or set beside it (session 19, the lead's
    # Newsroom row 36: "X, the provost" had no role). Not "dean": a given name too ("Dean Smith").
    "provost vice-provost vice-chancellor registrar bursar rector headteacher headmaster headmistress "
    "comptroller treasurer alderman alderwoman magistrate coroner sheriff archbishop vicar chaplain rabbi imam "
    "pastor ombudsman".split()
)
# Title words that only qualify a role ("former adviser"); alone they are not a role.
ROLE_MODIFIERS = frozenset(
    "former acting senior top national regional federal deputy vice state foreign defence defense "
    "finance interior health trade opposition chief".split()
)
# Nouns that name what a person is or does: the head of a role ("chief economist", "a
# midfielder for Ajax", "the boy's mother"). Wider than the official titles above, which
# alone may refer back to their holder ("the minister").
PERSON_NOUNS = TITLE_WORDS - ROLE_MODIFIERS | frozenset(
    "strategist trader negotiator doctor physician surgeon nurse teacher student pupil author writer novelist "
    "poet playwright essayist screenwriter filmmaker "
    "actor actress singer musician rapper artist star player striker midfielder defender goalkeeper "
    "quarterback cornerback linebacker "
    "forward winger batsman bowler boss owner partner member resident victim suspect candidate "
    "lawmaker legislator activist campaigner worker employee investor banker fellow historian expert "
    "engineer designer producer chef pilot soldier agent detective chairperson speaker whip "
    "secretary-general cardinal priest rabbi imam mp congressman congresswoman councillor councilman "
    "councilwoman sheriff prosecutor solicitor barrister broker consultant psychologist psychiatrist "
    "dentist journalist reporter columnist photographer presenter host anchor comedian athlete "
    "champion runner sprinter cyclist boxer fighter wrestler jockey trainer referee umpire "
    "co-founder founder ceo cfo coo cto president-elect vice-president mother father son daughter "
    "wife husband brother sister widow grandmother grandfather girlfriend boyfriend fiancee fiance "
    "spokesman spokeswoman aide assistant administrator economist analyst entrepreneur billionaire "
    "businessman businesswoman manager coordinator organiser organizer volunteer pastor lecturer "
    "dean principal headteacher headmaster researcher scholar officer chairman treasurer clerk "
    "attorney-general general-secretary secretary general curator archivist librarian controller auditor".split()
)
# Who a story meets on the scene, for colour (reader Audits 15 and 16: "Rescuer Claude Fuilla", "rescue worker JP",
# "Neighbour Dan Kerr"): glued before a name by the NER model, not part of it; named once, not a party
# (actor_walk_ons.bystander).
BYSTANDER_NOUNS = frozenset(
    "witness eyewitness neighbour neighbor resident rescuer passer-by passerby onlooker bystander shopper "
    "commuter spectator villager local motorist holidaymaker tourist onlooker diner customer".split()
)
_STRIPPED_TITLES = {t.rstrip(".") for t in TITLE_WORDS - frozenset("king queen prince princess".split())} \
    | {"mr", "mrs", "ms", "dr", "miss"} | BYSTANDER_NOUNS  # compared without the dot: BBC "Prof X" is "Prof. X"
_STRIPPED_TITLES |= {"maj", "lt", "col", "capt", "sgt", "cpl", "adm", "brig", "cdr", "cmdr", "pte", "pvt"}  # ranks
# Forms of address that say nothing of a role ("Dr. Khaldun" says less than her post).
ADDRESS = frozenset("mr mr. mrs mrs. ms ms. mx mx. dr dr. miss sir dame hon. fr.".split())
@dataclass
class Actor:
    """A merged actor while clustering (mutable; becomes an Item at the end)."""

    name: str
    label: str
    mentions: list[Entity] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)

    def mentions_sorted(self) -> list[Entity]:
        """Mentions in text order."""
        return sorted(self.mentions, key=lambda e: e.start)


# A lower-case function word that ends a name is the next phrase's ("Pan American Energy to expand"); no name ends so.
_TRAILING_FUNCTION = re.compile(r"\s+(?:to|of|for|and|or|in|on|at|with|by|from|the|a|an)$")


def clean_name(text: str) -> str:
    """Strip possessives, leading articles, honorifics and surrounding punctuation from a name."""
    text = re.sub(r"\s+", " ", text).strip(" \t\n\"'“”‘’,.;:()")
    text = _POSSESSIVE.sub("", text).strip()
    text = re.sub(r"^[^\w\"'“‘(]+", "", text)  # "® Honey", "• Lee": symbols before a name
    if text.lower().startswith("the ") and len(text.split()) > 1:
        text = text[4:]
    while (stripped := _HONORIFIC.sub("", text)) != text:
        text = stripped
    if text.count("(") > text.count(")"):
        text = text[: text.rindex("(")].rstrip()  # "World Health Organisation (WHO": the bracket was cut
    while (cut := _TRAILING_FUNCTION.sub("", text)) != text and cut:
        text = cut  # "Pan American Energy to": the model ran the name into the verb phrase (Audit 23)
    return text


# ----------------------------------------------------------------------------- clustering


def display_name(actor: Actor, label: str | None = None) -> str:
    """The actor's name as the actors section shows it: a person's without titles."""
    return person_name(actor.name) if (label or actor.label) == "PERSON" else actor.name


def person_name(name: str) -> str:
    """A PERSON name without the titles the NER model sometimes includes ("President Trump");
    royals keep theirs ("Prince Harry" is his name)."""
    words = without_job_word(name.split())  # "Cabbie Dave Sidaway" (actor_jobs)
    while len(words) > 1 and words[0].lower().rstrip(".") in _STRIPPED_TITLES and words[0][:1].isupper():
        words = words[1:]
    return " ".join(words)


def _initials(name: str) -> str:
    """Capital letters of a name's words ("Organisation for Economic Co-operation" -> "OEC")."""
    return "".join(c for c in name if c.isupper())


def _firsts(name: str) -> str:
    """The letters an acronym of ``name`` takes: a capitalised word's initial, an acronym word whole.

    "BGC Partners" spells "BGCP", never "BP": taking only the first letter of "BGC" credited BP's mentions to
    the broker BGC Partners (Audit 18, 19.4 item 5).
    """
    words = [re.sub(r"[^A-Za-z]", "", w) for w in name.split()]
    return "".join(w if w.isupper() and len(w) > 1 else w[0] for w in words if w[:1].isupper())


def _is_acronym_of(acronym: str, name: str) -> bool:
    """True when ``acronym`` is spelled by the initials of ``name``'s capitalised words."""
    letters = re.sub(r"[^A-Za-z]", "", acronym)
    if len(letters) < 2 or not letters.isupper() or len(name.split()) < 2:
        return False
    return letters == _firsts(name) or letters == _initials(name)


def cluster_actors(doc: Document) -> list[Actor]:
    """Group entity mentions into actors: "Kim" joins "Kim Jong-un", "U.S." joins "United States",
    "EA" joins "Environment Agency"; mentions inside credits are left out."""
    from newsbrief.analyze.actor_kinds import (  # they use this module
        body_named,
        called_organisations,
        not_a_person,
        organisation_cued,
        person_cued,
        person_surnames,
        thing_names,
        untagged_full_names,
        untagged_speakers,
    )

    credits = credit_spans(doc)
    cued = person_cued(doc.article.text)
    things = thing_names(doc)
    possessives = whole_possessives(doc)
    named: list[tuple[Entity, str]] = []
    run_on_end = 0  # a name run on past a link takes in the entities after it ("... Towards a Malaria Vaccine")
    for entity in doc.entities:
        if entity.label not in ACTOR_LABELS or in_spans(entity.start, credits) or entity.start < run_on_end:
            continue
        full = run_on_name(doc, entity)
        run_on_end = entity.start + len(full) if full else run_on_end
        name = clean_name(full or entity.text)
        if not name or not any(c.isalpha() for c in name):
            continue
        if entity.label == "PERSON" and (name.lower() in things or not_a_person(doc, entity, name)):
            continue
        entity, name = _business_named(entity, asked_name(doc, entity, name))  # not "Will Gadhafi be ...?"
        if name.split()[-1] in possessives:
            name += "'s"  # "Lloyd's", "Sainsbury's": the "'s" is part of the name
        named.append((entity, COUNTRY_ALIASES.get(name.lower(), name)))
    # A body the model did not tag that speaks ("Defra said ..."): an organisation, and an actor.
    person_words = {w for e, n in named if e.label == "PERSON" for w in n.split()}
    named += [(e, e.text) for e in untagged_speakers(doc, person_words) if not in_spans(e.start, credits)]
    # A surname the model tagged ("Bhagat", as a person or an organisation) whose full name it
    # did not ("Chetan Bhagat, the novelist, said"): the full name is a person's mention too.
    named += [(e, e.text) for e in untagged_full_names(doc, person_surnames(doc, named))
              if not in_spans(e.start, credits)]
    named = unfuse(doc, _strip_leading_places(named), PERSON_NOUNS, TITLE_WORDS, cued)  # "MEP Mr" (actor_fused)
    groups: dict[str, list[tuple[Entity, str]]] = defaultdict(list)
    for entity, name in named:
        # "Professor Helen Tregear" and "Helen Tregear" are one name.
        groups[(person_name(name) if entity.label == "PERSON" else name).lower()].append((entity, name))
    # One group per name, whatever the label; the label is the one the model gave most. The
    # name kept is the fullest as written (other stages quote it: "[Professor Helen Tregear]
    # said"); the actors section shows it without the title (display_name).
    actors: list[Actor] = []
    for mentions in groups.values():
        votes = Counter(entity.label for entity, _ in mentions)
        label = min(votes, key=lambda lab: (-votes[lab], _LABEL_ORDER[lab]))
        names = Counter(name for _, name in mentions)
        best = max(names, key=lambda n: (len(n.split()), names[n], sum(c.isupper() for c in n) < len(n), n))
        actor = Actor(name=best, label=label, mentions=[e for e, _ in mentions], aliases=set(names))
        if label != "PERSON" and any(alias.split()[-1] in cued and all(w[:1].isupper() for w in alias.split())
                                     for alias in actor.aliases):
            actor.label = "PERSON"
        actors.append(actor)
    _relabel_organisations(actors)
    called = called_organisations(doc) | organisation_cued(doc)
    for actor in actors:
        if actor.label == "PERSON" and any(alias.lower() in called or body_named(alias) for alias in actor.aliases) \
                and not any(alias.split()[-1] in cued for alias in actor.aliases):
            actor.label = "ORG"
    # "Chowdry" is "Chowdhry" (Audit 24); "Mo" is "Mohammed Islam", "Future BP" is BP (Audit 33; actor_variants)
    actors = join_variants(doc, _merge_people(actors))
    _relabel_organisations(actors)  # a merge may have joined a surname-like "Studio" to "Lumen Studio"
    actors = _merge_acronyms(doc, fold_abbreviated_parts(_merge_organisations(actors)), credits)  # "U.N. X" is X
    _add_surname_mentions(doc, actors, credits)
    return sorted(actors, key=lambda a: (-len(a.mentions), a.mentions_sorted()[0].start))


def _business_named(entity: Entity, name: str) -> tuple[Entity, str]:
    """ "Insurer Lloyd's" tagged as a person: the organisation "Lloyd's" (sixth reader audit: "Insurer
    Lloyd (person)"); a kind of business written as a title before its name (BUSINESS_NOUNS)."""
    first, _, rest = name.partition(" ")
    if entity.label != "PERSON" or not rest or first.lower() not in BUSINESS_NOUNS or not first[:1].isupper():
        return entity, name
    if entity.text.rstrip().endswith(("'s", "’s")):
        rest += "'s"  # "Lloyd's" is the name, not a possessive
    return replace(entity, label="ORG"), rest


def _strip_leading_places(named: list[tuple[Entity, str]]) -> list[tuple[Entity, str]]:
    """ "Burnley Andros Townsend" (a caption run into a name) is "Andros Townsend" when the
    article names "Burnley" apart as a place or an organisation and "Andros Townsend" as a
    person; "Ukraine Kurt Volker" tagged as one person is "Kurt Volker"."""
    places = {n.lower() for e, n in named if e.label != "PERSON" and len(n.split()) == 1}
    people = {n.lower() for e, n in named if e.label == "PERSON" and len(n.split()) >= 2}
    countries = {n.lower() for e, n in named if e.label == "GPE" and len(n.split()) == 1}
    surnames = {n.lower() for e, n in named if e.label == "PERSON" and len(n.split()) == 1}
    stripped: list[tuple[Entity, str]] = []
    for entity, name in named:
        first, _, rest = name.partition(" ")
        person_like = bool(rest) and (entity.label == "PERSON" or rest.split()[-1].lower() in surnames)
        if first.lower() in places and (rest.lower() in people or (
                person_like and first.lower() in countries and len(rest.split()) >= 2)):
            name = rest
        stripped.append((entity, name))
    return stripped


def _relabel_organisations(actors: Sequence[Actor]) -> None:
    """ "Dick Clark Productions" tagged as a person is an organisation: its last word says so;
    so is "Ascom North America" when "Ascom" alone is an organisation named more often."""
    # Built once: relabelling a person (a name of two or more words) never changes it.
    organisations = single_word_organisations(actors)
    for actor in actors:
        if actor.label == "PERSON" and organisation_like(actor, actors, organisations):
            actor.label = "ORG"


def single_word_organisations(actors: Sequence[Actor]) -> dict[str, int]:
    """The organisations named by one word, lower-cased, with their mention counts."""
    return {a.name.lower(): len(a.mentions) for a in actors if a.label == "ORG" and " " not in a.name}


def organisation_like(actor: Actor, actors: Sequence[Actor], organisations: dict[str, int] | None = None) -> bool:
    """A name that reads as an organisation's: its last word says what kind of body it is, or
    its first word is an organisation named alone more often.

    ``organisations`` is :func:`single_word_organisations` of ``actors`` when the caller
    asks for many actors (building it per call made a long text's actors O(n^2)).
    """
    words = actor.name.lower().split()
    if len(words) < 2:
        return False
    if organisations is None:
        organisations = single_word_organisations(actors)
    return body_name(words) or organisations.get(words[0], 0) > len(actor.mentions)


def _merge_people(actors: list[Actor]) -> list[Actor]:
    """Fold a shorter name into the full name of the person it names.

    "Kim" joins "Kim Jong-un" (every word of the short name is in the long one; when
    several fit, the most mentioned). The NER model labels the same name differently
    from one sentence to the next: a surname tagged as a place or an organisation
    ("Sondland" as GPE) joins the person, and a full name tagged as a place whose
    surname is elsewhere a person ("Usain Bolt" as GPE, "Bolt" as PERSON) is a person.
    """
    people_surnames = {a.name.lower() for a in actors if a.label == "PERSON" and len(a.name.split()) == 1}
    # A surname whose full name the article already gives belongs to that person: "Burnley
    # Townsend" (a caption run into a name) is not a second Townsend.
    taken = {a.name.split()[-1].lower() for a in actors if a.label == "PERSON" and len(a.name.split()) > 1}
    for actor in actors:
        words = actor.name.split()
        if actor.label != "PERSON" and 2 <= len(words) <= 4 and words[-1].lower() in people_surnames \
                and words[-1].lower() not in taken and all(w[:1].isupper() for w in words):
            actor.label = "PERSON"
    full = sorted((a for a in actors if a.label == "PERSON" and len(a.name.split()) > 1),
                  key=lambda a: -len(a.name.split()))
    index = NameIndex(full)
    kept: list[Actor] = []
    absorbed: set[int] = set()
    for actor in sorted(actors, key=lambda a: -len(a.name.split())):
        lowered = set(actor.name.lower().split())
        fits = [
            other for other in index.with_words(lowered)
            if id(other) not in absorbed and other is not actor and len(other.name.split()) > len(lowered)
            and lowered <= set(name_words(other.name))
            and (actor.label == "PERSON" or actor.name.lower() == other.name.lower().split()[-1])
        ]
        if not fits and actor.label == "ORG" and len(lowered) == 1:
            # "Scooter" tagged as an organisation: the first name of the one person so named,
            # used less often than the full name ("Ascom" named nine times is not the first
            # word of "Ascom North America" tagged as a person).
            fits = [other for other in index.first_word(lowered)
                    if len(other.mentions) > len(actor.mentions)]
            fits = fits if len(fits) == 1 else []
        if not fits and actor.label != "PERSON":
            # "Superintendent Jennifer McCormick" tagged as an organisation: a title before a person
            fits = [other for other in index.ending(actor.name.lower()) if other is not actor
                    and id(other) not in absorbed and actor.name.lower().endswith(" " + other.name.lower())
                    and actor.name.split()[0].lower().rstrip(".") in PERSON_NOUNS | ADDRESS]
        if fits:
            target = principal(actor.name, fits, actor.mentions_sorted()[0].start)  # (actor_variants)
            target.mentions.extend(actor.mentions)
            target.aliases |= actor.aliases
            absorbed.add(id(actor))
            continue
        kept.append(actor)
    return kept


def _merge_organisations(actors: list[Actor]) -> list[Actor]:
    """Fold the short form of an organisation's name into the full one: "Statehouse" into
    "Indiana Statehouse", "State Department" into "U.S. State Department" (the full name
    adds at most two words before), "Big Machine" into "Big Machine Records" (it adds a
    word that says what kind of body it is)."""
    organisations = [a for a in actors if a.label == "ORG"]
    # The longer names a shorter one can fold into, by the words they share: the full name's
    # last words after one or two more (suffixes), or its first words before a body's word.
    longer_names: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for k, other in enumerate(organisations):
        longer = other.name.lower().split()
        for extra in (1, 2):
            if extra < len(longer):
                longer_names[tuple(longer[extra:])].add(k)
        if longer and longer[-1] in _ORG_WORDS and not sub_body(longer):
            for size in range(1, len(longer)):
                longer_names[tuple(longer[:size])].add(k)
    absorbed: set[int] = set()
    for actor in sorted(organisations, key=lambda a: len(a.name.split())):
        words = actor.name.lower().split()
        if all(w in _ORG_WORDS for w in words):
            continue  # "Department", "the Board": too general to say which
        fits = []
        for other in (organisations[k] for k in sorted(longer_names.get(tuple(words), ()))):
            longer = other.name.lower().split()
            if other is actor or id(other) in absorbed or len(longer) <= len(words):
                continue
            extra = len(longer) - len(words)
            if (longer[extra:] == words and extra <= 2) or (longer[: len(words)] == words
                                                          and longer[-1] in _ORG_WORDS):
                fits.append(other)
        if fits:
            target = principal(actor.name, fits, actor.mentions_sorted()[0].start)  # (actor_variants)
            target.mentions.extend(actor.mentions)
            target.aliases |= actor.aliases
            absorbed.add(id(actor))
    return [a for a in actors if id(a) not in absorbed]


def _merge_acronyms(doc: Document, actors: list[Actor], credits: Sequence[tuple[int, int]]) -> list[Actor]:
    """Fold an organisation's acronym into its full name when the article gives both.

    "the Environment Agency (EA)" states it; elsewhere the acronym must be spelled by the
    initials of the name's capitalised words ("ISTA" for "Indiana State Teachers
    Association"). Acronym tokens the NER model did not tag count as mentions too.
    """
    declared = _declared_acronyms(doc.article.text, actors)
    if not declared:
        return actors
    kept: list[Actor] = []
    for actor in actors:
        target = declared.get(actor.name)
        if target is not None and target is not actor:
            target.mentions.extend(actor.mentions)
            target.aliases |= actor.aliases
        else:
            kept.append(actor)
    by_text: dict[str, list[Token]] = defaultdict(list)  # one pass over the tokens, not one per acronym
    for token in doc.tokens:
        if token.text in declared:
            by_text[token.text].append(token)
    for acronym, target in declared.items():
        target.aliases.add(acronym)
        seen = {m.token_start for m in target.mentions}
        for token in by_text[acronym]:
            if token.i not in seen and not in_spans(token.start, credits) and not token.ent_type:
                target.mentions.append(Entity(token.text, target.label, token.start, token.end,
                                              _sentence_index(doc, token.i), token.i, token.i + 1))
    return kept


def _declared_acronyms(text: str, actors: Sequence[Actor]) -> dict[str, Actor]:
    """Each acronym the article gives with the actor whose full name it stands for."""
    declared: dict[str, Actor] = {}
    # Actors by the letters of their name as an acronym, so that a full name is compared
    # only with the acronyms its initials spell (not with every actor: O(n^2)).
    spelled: dict[str, list[int]] = defaultdict(list)
    for k, other in enumerate(actors):
        letters = re.sub(r"[^A-Za-z]", "", other.name)
        if other.label != "PERSON" and len(letters) >= 2 and letters.isupper():
            spelled[letters].append(k)
    for actor in actors:
        if actor.label == "PERSON" or len(actor.name.split()) < 2:
            continue
        for mention in actor.mentions:
            m = re.match(r"\s*\(([A-Z][A-Za-z&.]{1,9})\)", text[mention.end : mention.end + 14])
            if m and _initials(actor.name).startswith(m.group(1)[0]):
                declared.setdefault(m.group(1), actor)
        firsts = _firsts(actor.name)
        for k in sorted({*spelled.get(firsts, ()), *spelled.get(_initials(actor.name), ())}):
            other = actors[k]
            if other is not actor and _is_acronym_of(other.name, actor.name):
                declared.setdefault(other.name, actor)
    return declared


def _sentence_index(doc: Document, token_index: int) -> int:
    sentence = sentence_at_token(doc, token_index)
    return sentence.index if sentence is not None else 0


def _add_surname_mentions(doc: Document, actors: Iterable[Actor], credits: Sequence[tuple[int, int]]) -> None:
    """Count a known person's bare surname where the NER model missed it ("Trump spoke")."""
    surnames: dict[str, Actor] = {}
    for actor in actors:
        parts = actor.name.split()
        if actor.label == "PERSON" and len(parts) > 1 and parts[-1].lower() not in ADDRESS:
            # a surname two people share is counted for the first: a count, not an attribution (dropping it
            # dropped the first one from the actors, and the prose then named the other one's given name)
            surnames.setdefault(parts[-1], actor)
    if not surnames:
        return
    # Tokens already inside a mention (an untagged full name found by untagged_full_names).
    counted = {i for actor in surnames.values() for m in actor.mentions for i in range(m.token_start, m.token_end)}
    for token in doc.tokens:
        match = surnames.get(token.text)
        if match is None or token.pos != "PROPN" or token.ent_type in ("PERSON", "ORG", "GPE") \
                or token.is_stop or in_spans(token.start, credits) or token.i in counted:
            continue
        match.mentions.append(
            Entity(token.text, "PERSON", token.start, token.end, _sentence_index(doc, token.i), token.i, token.i + 1)
        )


def resolve_person(doc: Document, actors: Sequence[Actor], text: str) -> str:
    """The canonical actor name for a person's name as written (or the name itself)."""
    name = clean_name(text)
    lowered = set(name.lower().split())
    if len(lowered) == 1 and sum(actor.label == "PERSON" and len(actor.name.split()) > 1
                                 and lowered <= set(actor.name.lower().split()) for actor in actors) > 1:
        return name  # "Ibrahim" when two people are called Ibrahim: not a guess between them (Audit 16)
    for actor in actors:
        if actor.label == "PERSON" and (
            name in actor.aliases or (lowered and lowered <= set(actor.name.lower().split()))
        ):
            return actor.name
    return name
