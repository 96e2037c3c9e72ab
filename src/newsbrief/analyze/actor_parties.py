"""The parties that act: who a reader needs first in the Actors list (reader Audit 12, 13.4 item 10, 13.5).

The audit found the main counter-party, the body that holds a summit and a speaker's own title-and-surname
mention handled worse than places that are only settings. Three causes, three repairs:

- **Mentions the NER model missed.** spaCy's small model tags a company it does not know in one sentence and
  not in the next ("Corvane owns 30%" untagged, "to Corvane" a place): :func:`repeat_mentions` adds every
  other occurrence of an organisation's or a place's exact name, as a proper noun outside any other name,
  so a party named four times counts four times and its "Corvane has refused" counts as an act; a "place"
  the model leaves untagged in this way, that acts and is never a setting, is a company
  (:func:`company_not_place`).
- **Bodies the model never tagged.** It leaves some acronyms untagged in every sentence ("The RSPCA is
  investigating"): an acronym written in capitals that is the subject of a verb, with "the" before it or
  written twice, is an organisation (:func:`untagged_bodies`; Audit 16 missed the society that investigated).
- **Acting through members.** "African Union leaders have urged", "the League's heads of state turned up":
  an organisation whose leaders, officials or spokespeople are the subject of a verb acts
  (:func:`member_verb`).
- **A title and a surname.** "Officer Tull" is "police officer Dean Tull" when a role title (a post, not an
  honorific such as "Sheikh") stands before a surname that exactly one full-named person carries
  (:func:`fold_titled_surnames`); with two Hales, "Coach Hale" stays apart.

Parties that speak, act or stand in the headline rank first, and places after the people and organisations
that act unless they speak or govern in the headline's story (:func:`rank_tier`): "Japan's Mitsui" makes
Japan a setting, "Chile said" an actor. An organisation named in a speaker's role ("an adviser at the
Red Cross") is a party through its member (:func:`speaks_through`).
Token and string matching over the parse the annotate stage made, because the cues are a name's exact
spelling and one dependency arc.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from newsbrief.analyze.actor_names import ACTOR_LABELS, TITLE_WORDS, Actor
from newsbrief.models import Document, Entity, Token
from newsbrief.nlp.entity_states import is_country
from newsbrief.nlp.non_persons import after_clock

# Role titles that stand before a surname ("Officer Tull", "Detective Ruiz"): posts, from the title list
# plus the ranks of police and courts; honorifics ("Sheikh", "Mr") are the name stage's business.
ROLE_TITLES = TITLE_WORDS | frozenset(
    "detective constable trooper agent deputy corporal patrolman patrolwoman sheriff marshal nurse "
    "pastor principal".split()
)
# Peerage and knighthood titles written before a surname: "Baroness Amos" is the Valerie Amos the article names
# (Audit 25 listed both); folded only into the one full-named person of that surname, so "Lady Gaga" stays.
_PEERAGE = frozenset("lord lady baroness baron earl viscount dame sir".split())
# Honorifics before a surname that the name stage keeps as part of the name ("Sheikh Munajjid", "Imam Rauf"): a form
# of address, folded like a post into the one full-named person of that surname (Audit 50, FNC-1 body 1064 listed the
# cleric twice); "Mr"/"Dr" are stripped earlier, but a name the model ran together with them is folded here as well.
_HONORIFICS = frozenset("sheikh shaikh sheik imam mufti mullah ayatollah rabbi cleric mr mrs ms dr".split())
# Particles of Arabic, Dutch, German, French, Spanish and Italian surnames, written apart ("bin Laden", "van Dijk") or
# joined by a hyphen ("al-Munajjid", "el-Sisi"): a title before the bare surname names the same person.
_PARTICLES = frozenset("al el bin ibn ben abu bint van von de der den del della di da du le la ter ten dos".split())
_PARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ash|as|at|az|an|ar|bin|ibn|ben|abu|abd)[-‘’']", re.I)
# Nouns for the people through whom a body acts: "African Union leaders said", "the League's heads of state".
# Arcs from an organisation up to the apposition that describes a person: "at" -> "virologist" -> name.
_AFFILIATION_STEPS = 4
# A body's parts a member sits on (Audit 46 47.2: "Senate" listed only from "NAME of the Senate energy committee").
_SUB_BODIES = frozenset("committee subcommittee panel caucus".split())
# The label of a mention the NER model left untagged (:func:`repeat_mentions`).
UNTAGGED = ""
_MAX_ACRONYM = 6  # "RSPCA", "NSPCC", "UNICEF"; longer words in capitals are shouting, not names
MEMBER_NOUNS = frozenset(
    "leader member official spokesman spokeswoman spokesperson head chief executive director president "
    "chairman chairwoman minister delegate delegation representative lawyer negotiator envoy board "
    "researcher scientist".split()
)


def subject_verb(doc: Document, token: Token) -> Token | None:
    """The verb ``token`` is the subject of, through coordination ("the US and China agreed")."""
    tokens = doc.tokens
    while token.dep == "conj" and token.head != token.i:
        token = tokens[token.head]
    if token.dep in ("nsubj", "nsubjpass") and tokens[token.head].pos in ("VERB", "AUX"):
        return tokens[token.head]
    return None


def member_verb(doc: Document, head: Token) -> Token | None:
    """The verb a body's members are the subject of ("African Union leaders have urged" -> "urged")."""
    if head.dep not in ("compound", "poss", "nmod"):
        return None
    parent = doc.tokens[head.head]
    if parent.lemma.lower() not in MEMBER_NOUNS:
        return None
    return subject_verb(doc, parent)


def _occurrences(doc: Document, words: Sequence[str], where: dict[str, list[int]],
                 dropped: frozenset[tuple[int, int]] = frozenset()) -> list[tuple[int, int]]:
    """Token spans spelling ``words`` exactly as proper nouns outside any name the NER model found, or that are
    ``dropped`` (a body's name the model tagged a person and the name stage left out); ``where`` gives the indices
    of each token text (built once: the scan per actor was O(tokens x actors))."""
    tokens = doc.tokens
    found: list[tuple[int, int]] = []
    size = len(words)
    for i in where.get(words[0], []):
        span = tokens[i : i + size]
        if len(span) < size or any(t.text != w for t, w in zip(span, words, strict=True)) \
                or span[-1].pos not in ("PROPN", "NOUN"):
            continue  # the small model tags an unknown name at a sentence's start a noun ("Corvane, however,")
        if any(t.ent_type in ACTOR_LABELS for t in span) and (i, i + size) not in dropped:
            continue  # a name of its own ("the Washington Post"), or a mention already counted
        before = tokens[i - 1] if i > 0 else None
        after = tokens[i + size] if i + size < len(tokens) else None
        if (before is not None and before.pos == "PROPN") or (after is not None and after.pos == "PROPN"):
            continue  # part of a longer name ("Deepwater Horizon")
        found.append((i, i + size))
    return found


def _common_word(doc: Document, name: str, lowered: set[str]) -> bool:
    """True when the text also writes the name in lower case, as a word ("Reform", "reform")."""
    if " " not in name:
        return name.lower() in lowered
    low = name.lower()
    return low in doc.article.text and re.search(rf"\b{re.escape(low)}\b", doc.article.text) is not None


def repeat_mentions(doc: Document, actors: Sequence[Actor]) -> list[Actor]:
    """The actors with the mentions of their exact name the NER model left untagged (module docstring).

    A person's tagged surnames join them in the name stage; the surname the model left untagged ("Tanner said"
    after "Jill Tanner") is added here when exactly one person carries it (:func:`_surname_words`). A name of
    fewer than four letters ("UN", "EU") is too often part of something else to be matched bare, and a name the
    text also writes in lower case is a common word as well.
    """
    starts = [s.start for s in doc.sentences]
    where: dict[str, list[int]] = {}
    for token in doc.tokens:
        where.setdefault(token.text, []).append(token.i)
    lowered = {text for text in where if text.islower()}
    surnames = _surname_words(actors)
    # "the Postmates app", "partnered with Postmates": a plural-looking firm's name the model tagged a person at
    # most mentions, which the name stage drops as no person's (actor_kinds.not_a_person), while one mention tagged a
    # body made it an actor named once (CNN/DM row 45). Those dropped person-tagged spans count for a body.
    claimed = {i for actor in actors for m in actor.mentions for i in range(m.token_start, m.token_end)}
    dropped = frozenset((e.token_start, e.token_end) for e in doc.entities if e.label == "PERSON"
                        and not any(i in claimed for i in range(e.token_start, e.token_end)))
    result: list[Actor] = []
    for actor in actors:
        words = surnames.get(id(actor)) or actor.name.split()
        if (actor.label == "PERSON" and id(actor) not in surnames) or len(" ".join(words)) < 4 \
                or not all(w[:1].isupper() for w in words) or _common_word(doc, " ".join(words), lowered):
            result.append(actor)
            continue
        taken = {i for m in actor.mentions for i in range(m.token_start, m.token_end)}
        extra = []
        for first, last in _occurrences(doc, words, where, dropped if actor.label == "ORG" else frozenset()):
            if first in taken:
                continue
            start, end = doc.tokens[first].start, doc.tokens[last - 1].end
            sentence = max(bisect.bisect_right(starts, start) - 1, 0)
            extra.append(Entity(doc.article.text[start:end], UNTAGGED, start, end, sentence, first, last))
        result.append(Actor(actor.name, actor.label, [*actor.mentions, *extra], set(actor.aliases))
                      if extra else actor)
    return result


def surname_subject(doc: Document, token: Token) -> bool:
    """Whether a capitalised word that is also a common word ("Still", "Young", "Long") stands as a person's
    surname: a verb follows it, or an adverb and a verb ("Still again was cut", "Long will play"), or an age
    ("Still, 25, has"). A comma alone after it is a connective's ("Still, the talks ..."), a noun an adjective's
    ("Young people"). Issue #11: the article's full name ("Devon Still") says whether anyone carries it."""
    tokens = doc.tokens
    nxt = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
    if nxt is None or not token.text.istitle():
        return False
    if nxt.text == ",":
        return token.i + 2 < len(tokens) and tokens[token.i + 2].like_num
    if nxt.pos == "ADV" and token.i + 2 < len(tokens):
        nxt = tokens[token.i + 2]
    return nxt.pos in ("VERB", "AUX")


def word_surname_mentions(doc: Document, actors: Sequence[Actor]) -> list[Actor]:
    """The actors with the bare surnames the parser read as common words ("Still again was cut", "Long will
    play": an adverb or adjective, never the proper noun the name stage counts) where :func:`surname_subject`
    shows a person; a surname two people share, or another actor's name holds, is left alone."""
    surnames = _surname_words(actors)  # one person's surname only
    owners = {surnames[id(actor)][0]: actor for actor in actors if id(actor) in surnames}
    taken = {i for actor in actors for m in actor.mentions for i in range(m.token_start, m.token_end)}
    starts = [s.start for s in doc.sentences]
    found: dict[int, list[Entity]] = {}
    for token in doc.tokens:
        person = owners.get(token.text)
        if person is None or token.i in taken or token.ent_type or token.pos == "PROPN" \
                or not surname_subject(doc, token):
            continue
        sentence = max(bisect.bisect_right(starts, token.start) - 1, 0)
        found.setdefault(id(person), []).append(
            Entity(token.text, "PERSON", token.start, token.end, sentence, token.i, token.i + 1))
    return [Actor(a.name, a.label, [*a.mentions, *found[id(a)]], set(a.aliases)) if id(a) in found else a
            for a in actors]


def _surname_words(actors: Sequence[Actor]) -> dict[int, list[str]]:
    """The surname of each full-named person that no other actor's name contains (with two Dysons, or a
    "Tanner" in a company's name, a bare "Tanner" is not surely this person), by the actor's id."""
    words: dict[str, int] = {}
    for actor in actors:
        for word in set(actor.name.split()):
            words[word] = words.get(word, 0) + 1
    return {id(a): [a.name.split()[-1]] for a in actors if a.label == "PERSON" and len(a.name.split()) > 1
            and words[a.name.split()[-1]] == 1}


def _acronym(token: Token, pos: tuple[str, ...] = ("PROPN",)) -> bool:
    """A proper noun in capitals of 3-6 letters the NER model left outside any entity ("RSPCA"); with ``pos``
    also the same word the tagger took for a common noun at another mention ("DGSN revealed": NNS)."""
    letters = token.text.replace("&", "")
    return token.pos in pos and not token.ent_type and 3 <= len(letters) <= _MAX_ACRONYM \
        and letters.isalpha() and letters.isupper()


# Body nouns an acronym names when written before them ("the country's DGSN security service said").
_BODY_HEADS = frozenset("service agency police ministry federation authority department force council association "
                        "union directorate commission bureau regulator".split())


def _headed_body(doc: Document, token: Token) -> bool:
    """The acronym names the body noun after it, and that body acts ("the DGSN security service said")."""
    if token.dep != "compound":
        return False
    head = doc.tokens[token.head]
    return head.lemma.lower() in _BODY_HEADS and subject_verb(doc, head) is not None


# Acts of authority over a person: "The Oregon Medical Board suspended Weiss's licence", "the FA fined Reyes".
_SANCTIONS = frozenset("suspend revoke fine charge sue ban bar expel sack fire dismiss arrest indict convict sentence "
                       "censure discipline strike disqualify reprimand investigate prosecute acquit clear".split())
_OBJECT_STEPS = 3  # "Weiss's licence" -> "licence" -> "suspended": the person owns or is the object


def sanctions(doc: Document, actor: Actor, people: set[int]) -> bool:
    """True when the body is the subject of an act of authority whose object is (or belongs to) a person of the
    story (``people``: token indices of the listed people's mentions): a party though named once outside the
    lead (Audit 19 missed the medical board that suspended the doctor's licence)."""
    for mention in actor.mentions:
        verb = subject_verb(doc, doc.tokens[mention.token_end - 1])
        if verb is None or verb.lemma.lower() not in _SANCTIONS:
            continue
        for i in people:
            token = doc.tokens[i]
            for _ in range(_OBJECT_STEPS):
                if token.head == token.i or token.dep not in ("dobj", "poss", "compound", "appos"):
                    break
                if token.dep == "dobj" and token.head == verb.i:
                    return True
                token = doc.tokens[token.head]
    return False


# Sides of a case or a conflict that a story names only by a plural common noun and quotes as a group
# ("Prosecutors say Weiss gave ...", "Investigators said"): Audit 19 missed the prosecutors of a trial story.
# Not "protesters": a crowd of people, not a body with a side's voice; Audit 26 (27.4 item 8) read "Protesters
# (organisation)" in a protest story as padding of the wrong type.
_GROUP_PARTIES = frozenset("prosecutors prosecution investigators detectives regulators rebels "
                           "firefighters inspectors".split())
_GROUP_VERBS = frozenset("say tell claim allege argue contend accuse charge insist believe state warn".split())


def group_parties(doc: Document, actors: Sequence[Actor]) -> list[Actor]:
    """The actors plus the groups of ``_GROUP_PARTIES`` that a sentence gives a claim of their own ("Prosecutors
    say ..."), as organisations named by the noun; a group only mentioned ("a lawyer for the protesters") is not."""
    found: dict[str, list[Token]] = {}
    for token in doc.tokens:
        word = token.text.lower()
        if word in _GROUP_PARTIES and token.pos == "NOUN" and not token.ent_type and token.dep != "compound":
            found.setdefault(word, []).append(token)
    starts = [s.start for s in doc.sentences]
    added: list[Actor] = []
    for word, occurrences in found.items():
        if not any((verb := subject_verb(doc, t)) is not None and verb.lemma.lower() in _GROUP_VERBS
                   for t in occurrences):
            continue
        name = word.capitalize()
        mentions = [Entity(t.text, UNTAGGED, t.start, t.end, max(bisect.bisect_right(starts, t.start) - 1, 0),
                           t.i, t.i + 1) for t in occurrences]
        added.append(Actor(name, "ORG", mentions, {name}))
    return [*actors, *added]


# The names of universities and colleges: "University of Leeds", "Bristol University", "Imperial College London".
_ACADEMIC = re.compile(r"\b(?:University|College|Polytechnic|Universit[éeä]t?|Universidad|Università)\b")


def untagged_bodies(doc: Document, actors: Sequence[Actor]) -> list[Actor]:
    """The actors plus the organisations the NER model left untagged everywhere (module docstring)."""
    tokens = doc.tokens
    known = {a.name for a in actors} | {alias for a in actors for alias in a.aliases}
    found: dict[str, list[Token]] = {}
    for token in tokens:
        if _acronym(token, ("PROPN", "NOUN")) and token.text not in known:
            found.setdefault(token.text, []).append(token)
    starts = [s.start for s in doc.sentences]
    added: list[Actor] = []
    for name, occurrences in found.items():
        if not any(_acronym(t) for t in occurrences):
            continue  # a common noun in capitals everywhere ("GDP", "DNA") names no body
        subject = any(subject_verb(doc, t) is not None or _headed_body(doc, t) for t in occurrences)
        the = any(t.i > 0 and tokens[t.i - 1].text.lower() == "the" and tokens[t.i - 1].head == t.i
                  for t in occurrences)
        # Named once, it is a body when a body noun follows it or it acts with authority ("FMRFF has banned").
        marked = any(_headed_body(doc, t) or (t.dep == "nsubj" and tokens[t.head].lemma.lower() in _SANCTIONS)
                     for t in occurrences)
        if not subject or not (the or len(occurrences) > 1 or marked) \
                or any(after_clock(doc, t.i) for t in occurrences):
            continue  # "12:02 p.m. CT ... CT on Saturday": a time zone is never a body (Audit 17)
        mentions = [Entity(t.text, UNTAGGED, t.start, t.end, max(bisect.bisect_right(starts, t.start) - 1, 0),
                           t.i, t.i + 1) for t in occurrences]
        added.append(Actor(name, "ORG", mentions, {name}))
    return [*actors, *added]


def lone_subject(doc: Document, actor: Actor, inactive: frozenset[str]) -> bool:
    """True for a body named once, as the subject of an act ("The RSPCA is investigating"), not as a modifier
    ("a former Inter Milan right back"): in the lead, a party though named once (Audit 16)."""
    if len(actor.mentions) != 1:
        return False
    start = actor.mentions[0].token_start
    if start > 0 and doc.tokens[start - 1].pos in ("ADJ", "NOUN", "PROPN", "NUM"):
        return False  # "the former Inter Milan right back": a modifier the parser may take for the subject
    if _abstract_opening(doc, start, actor.mentions[0].token_end):
        return False  # "Defiance and hope replaced ...": an abstract noun capitalised to open the lede
    verb = subject_verb(doc, doc.tokens[actor.mentions[0].token_end - 1])
    return verb is not None and verb.lemma.lower() not in inactive


def _abstract_opening(doc: Document, start: int, end: int) -> bool:
    """A one-word "body" the tagger calls a common noun, opening its sentence (or the text after a dateline's
    dash) and joined by "and" to a lower-case common noun: "Defiance and hope replaced ..." (Audit 34 #6 listed
    "Defiance" as an organisation). Bodies are proper nouns to the tagger and pair with names ("the UN and the EU")."""
    tokens = doc.tokens
    token = tokens[start]
    if end - start != 1 or token.pos != "NOUN" or (start > 0 and tokens[start - 1].pos != "PUNCT"):
        return False
    return any(t.head == start and t.dep == "conj" and t.pos == "NOUN" and t.text.islower()
               for t in tokens[start + 1 : min(start + 4, len(tokens))])


def company_not_place(actor: Actor, acts: bool, never_setting: bool) -> bool:
    """True for a "place" that is a company: it acts, is never a setting ("in Corvane"), and the model left
    some of its mentions untagged, which it does not do with the places it knows ("Corvane owns 30%"). A country
    is never one: its untagged mentions are inside a longer place's name ("the Gulf of Mexico"; the lead's reading
    of t17 bpoil_guardian 2010-06-28/270 showed "Mexico (organisation)")."""
    return actor.label == "GPE" and acts and never_setting and any(m.label == UNTAGGED for m in actor.mentions) \
        and not is_country(actor.name)


def _bare_surname(words: Sequence[str]) -> list[str]:
    """A surname's words without its particles, lower-cased: "al-Munajjid" and "bin Laden" are "munajjid" and
    "laden", so "Sheikh Munajjid" finds "Mohammed Saleh al-Munajjid" (FNC-1 body 1064, Audit 50)."""
    bare = [_PARTICLE_PREFIX.sub("", w).lower() for w in words if w.lower() not in _PARTICLES]
    return [w for w in bare if w]


def fold_titled_surnames(actors: Sequence[Actor]) -> list[Actor]:
    """Join "Officer Tull" to the one full-named person surnamed Tull ("Dean Tull"); see the module docstring."""
    # compared without the dot: BBC "Prof Lund" (XSum)
    titles = {t.rstrip(".") for t in ROLE_TITLES | _PEERAGE | _HONORIFICS}
    people = [a for a in actors if a.label == "PERSON" and len(a.name.split()) > 1
              and a.name.split()[0].lower() not in titles]
    into: dict[int, Actor] = {}
    for actor in actors:
        words = actor.name.split()
        # "Later Baroness Amos", tagged as a body with the sentence's first word: a rank before a surname is the
        # person whatever the model's label (Audit 25)
        peer = actor.label in ("PERSON", "ORG") and len(words) in (2, 3) and words[-2].lower() in _PEERAGE
        if not peer and (actor.label != "PERSON" or len(words) < 2 or words[0].lower().rstrip(".") not in titles
                         or len(_bare_surname(words[1:])) != 1):
            continue
        surname = _bare_surname(words[1:] if not peer else words[-1:])
        same = [p for p in people if _bare_surname(p.name.split()[-1:]) == surname and p is not actor]
        if len(same) == 1:
            into[id(actor)] = same[0]
    if not into:
        return list(actors)
    merged: dict[int, Actor] = {}
    for actor in actors:
        target = into.get(id(actor))
        if target is None:
            merged.setdefault(id(actor), Actor(actor.name, actor.label, list(actor.mentions), set(actor.aliases)))
            continue
        whole = merged.setdefault(id(target), Actor(target.name, target.label, list(target.mentions),
                                                    set(target.aliases)))
        whole.mentions.extend(actor.mentions)
        whole.aliases |= actor.aliases | {actor.name}
    return [merged[id(a)] for a in actors if id(a) in merged]


def rank_tier(label: str, voiced: int, acts: bool, governs: bool, headline: bool, references: int = 2) -> int:
    """Where an actor ranks before its salience counts: 0 for the parties that speak, stand in the headline, or
    act and are named again (``references``: mentions and "he"/"she" subjects); 1 for the others (a person named
    once who acts, a person named with a role, a speaker's organisation); 2 for a place that neither speaks nor
    governs in the headline's story (a setting, or a state named in passing). Issue #11 (Audit 18): three people
    named once in the lead (salience 3 with the lead's weight) outranked a quoted official under the cap."""
    if label == "GPE":
        return 0 if voiced or (governs and headline) else 2
    return 0 if voiced or headline or (acts and references >= 2) else 1


def speaks_through(doc: Document, actor: Actor, speakers: set[int]) -> bool:
    """True when the organisation is named in an apposition to a person who speaks ("Dr Lena Vogt, a
    virologist at the Pasteur Institute, said"; "Ann Hill, Red Cross chief executive"): the body is a
    party through its member. ``speakers`` holds the token indices of the speakers' mentions. A university is
    not: its professors speak as experts in their own name, and the university listed beside each was padding
    that duplicated them (Audit 19, two in one brief); it is a party when it speaks or acts itself. A body named
    again is a party through a title before its quoted chief's name too ("X chief executive NAME says"; Audit 46
    47.5), but not through a committee of it that a member sits on."""
    if _ACADEMIC.search(actor.name):
        return False
    for mention in actor.mentions:
        token = doc.tokens[mention.token_end - 1]
        if token.dep == "compound" and doc.tokens[token.head].text.lower() in _SUB_BODIES:
            continue  # "a Republican on the Senate energy committee": a member's seat, not the body speaking
        for _ in range(_AFFILIATION_STEPS):
            if token.dep not in ("pobj", "prep", "compound", "poss", "nmod", "appos") or token.head == token.i:
                break
            if token.head in speakers and (token.dep == "appos" or (
                    token.dep == "compound" and token.text.lower() in ROLE_TITLES and len(actor.mentions) > 1)):
                return True  # "NAME, a virologist at X"; "X chief executive NAME" of a body named again
            token = doc.tokens[token.head]
    return False
