"""Amendments to the actors' roles and clusters that the role reader and the clusterer cannot make on their own
(reader Audit 44, docs/audit.md 45.2 and 45.4 item 6; actor_names and actor_roles are at the size limit).

1. A role is a noun phrase. The parser sometimes hangs a clause's opening on the title before a name set off by a
   comma ("But late yesterday the health minister, NAME"), and the role reader then prints the debris. The debris is
   cut: a conjunction that opens the role, everything through the last time word, and the article left in front.
2. A former post keeps its "former". "Ex-Acme (ACM) CEO NAME": the ticker in brackets stops the title walk, so the
   role read is the bare "CEO", and a reader takes him for the serving chief; the "ex-" before it is put back.
3. A survey, index or poll named after its firm ("the Harlow Survey") is a publication, not a person; the model tags
   it PERSON and the clusterer then files the publisher's surname ("Harlow said") under it. The surname mentions go
   to the person of that surname and the publication is dropped.
4. A surname the model took for a place or a body ("Chauhan" as a place beside "Hansraj Chauhan", the petitioner)
   joins the named person when the text treats it as a person: it speaks or claims, or has a counsel or a family.
5. Roles the title walk misses (actor_roles is at the size limit): an office in capitals before the name ("Labour
   MEP NAME", whose "MEP" is no title word of the walk), and a title after a possessive that heads the name in
   apposition with no comma ("its chief executive NAME", which the parser hangs the other way round).
6. A rank, a given name and a surname of which the model tagged only the surname, as a place or a body ("Cardinal
   Luis Ferro has written a prayer" with "Ferro" a place): the person "Luis Ferro", who acts in the story.
7. A product never speaks: a name the model tagged PRODUCT that is the subject of a speech verb ("Kestrel Networks
   International said in a statement", a broadcaster whose decision is the news; Audit 44 45.5) is a body, and its
   short form ("Kestrel said", the first word of the long name) is the same body.
8. A bare word that opens several people's full names ("Kim" of "Kim Jong Un", "Kim Jong Il" and "Kim Yo Jong", a
   family name written first) is, at each mention, the person of that word named last before it: the clusterer files
   all of them under one (Audit 52 #8 gave the dead father, named once, every "Kim" of a story about his son).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newsbrief.analyze.actor_agency import name_head
from newsbrief.analyze.actor_fused import TITLE_ACRONYMS
from newsbrief.analyze.actor_names import PERSON_NOUNS, Actor, clean_name
from newsbrief.analyze.actor_parties import subject_verb
from newsbrief.analyze.actor_roles import SPEECH_LEMMAS, Role, roles_of
from newsbrief.analyze.actor_titles import first_lady_span, retitle_relatives
from newsbrief.models import Document, Entity

# Words that open a clause, never a title ("But", "And", "Meanwhile").
_OPENERS = frozenset("but and or yet so while when whereas although though because after before meanwhile also "
                     "still however".split())
# A time word inside a title is the clause's adverb ("late yesterday the health minister").
_TIME = re.compile(r"\b(?:yesterday|today|tonight|tomorrow|earlier|later|recently|meanwhile|"
                   r"(?:on|last|this|late|early|next) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                   r"week|month|year|night|morning|afternoon|evening))\b,?\s*", re.I)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
# "Ex-Acme (ACM) ", "former ", "ex-": a former post written before a title the walk did not reach.
_FORMER_BEFORE = re.compile(r"(?:^|[\s(])((?:[Ff]ormer|[Ee]x)(?:-[A-Z][\w&.]*)?)(?:\s+\([A-Z.]{1,6}\))?\s+$")
_FORMER_IN = re.compile(r"\b(?:former|ex|then)\b", re.I)


def _trimmed(role: Role) -> Role | None:
    """The role without the clause debris in front of it; None when nothing of a title is left."""
    text = role.text
    words = text.split()
    if words and words[0].lower().strip(",") in _OPENERS:
        text = " ".join(words[1:])
    times = list(_TIME.finditer(text))
    if times:
        text = text[times[-1].end():]
    text = _ARTICLE.sub("", text.strip())
    if text == role.text:
        return role
    if not text or (role.head and role.head not in text.lower()):
        return None  # the head went with the debris: withhold the role
    moved = len(role.text) - len(text) if not role.apposition or role.start < role.sentence.start else 0
    return replace(role, text=text, start=role.start + moved)


def _former(doc: Document, role: Role) -> Role:
    """The role with the "former"/"ex-" written before the title put back."""
    if role.apposition or _FORMER_IN.search(role.text):
        return role
    before = doc.article.text[max(role.sentence.start, role.start - 40):role.start]
    found = _FORMER_BEFORE.search(before)
    if found is None:
        return role
    return replace(role, text=f"{found.group(1)} {role.text}", start=role.start - len(before) + found.start(1))


def _office(doc: Document, entity: Entity) -> Role | None:
    """ "Labour MEP NAME": the office in capitals (and the party before it) in the mention or right before it."""
    tokens = doc.tokens
    inside = [k for k in range(entity.token_start, entity.token_end - 1) if tokens[k].text in TITLE_ACRONYMS]
    if inside:
        start, end = entity.token_start, inside[-1] + 1
    elif entity.token_start > 0 and tokens[entity.token_start - 1].text in TITLE_ACRONYMS:
        start = end = entity.token_start
        start -= 1
    else:
        return None
    sentence = doc.sentences[entity.sentence_index]
    while start > sentence.token_start and tokens[start - 1].pos == "PROPN" and tokens[start - 1].head in range(
            start, end):
        start -= 1  # the party: "Labour MEP"
    while start < end and tokens[start].pos in ("DET", "PRON"):
        start += 1
    text = doc.article.text[tokens[start].start : tokens[end - 1].end]
    return Role(text, tokens[end - 1].text.lower(), sentence, tokens[start].start, entity.end)


def _possessed_title(doc: Document, entity: Entity) -> Role | None:
    """ "its chief executive NAME": a title right before the name that heads it in apposition, no comma between."""
    tokens = doc.tokens
    head = tokens[entity.token_start - 1] if entity.token_start > 0 else None
    name = tokens[entity.token_end - 1]
    if head is None or name.dep != "appos" or name.head != head.i or head.text.lower() not in PERSON_NOUNS:
        return None
    start = head.i
    while start > 0 and tokens[start - 1].dep in ("amod", "compound") and tokens[start - 1].head in range(
            start, head.i + 1) and tokens[start - 1].pos != "PROPN":
        start -= 1  # "chief executive", "managing director"
    owner = next((t for t in tokens[max(start - 4, 0):start] if t.dep == "poss" and t.head == head.i), None)
    if owner is None:
        return None  # "the aid worker NAME" in a list of victims: a description, which the walk leaves out on purpose
    start = owner.left + (tokens[owner.left].pos == "DET")  # whose: "its chief executive", "Ruiz's counsel"
    sentence = doc.sentences[entity.sentence_index]
    text = doc.article.text[tokens[start].start : head.end]
    return Role(text, head.text.lower(), sentence, tokens[start].start, entity.end)


def _first_lady(doc: Document, entity: Entity) -> Role | None:
    """"First Lady" before the name, as the role (actor_titles, 2)."""
    span = first_lady_span(doc, entity)
    if span is None:
        return None
    tokens = doc.tokens
    return Role(f"{tokens[span[0]].text} {tokens[span[1] - 1].text}", "", doc.sentences[entity.sentence_index],
                tokens[span[0]].start, entity.end)


def sound_roles(doc: Document, actor: Actor) -> list[Role]:
    """The roles of an actor (actor_roles, and the ones it misses) with sentence debris cut and a former post marked
    (module docstring, 1-2 and 5)."""
    roles = roles_of(doc, actor)
    if not roles:
        roles = [r for e in actor.mentions_sorted() for r in (_office(doc, e), _possessed_title(doc, e),
                                                                _first_lady(doc, e)) if r]
    found = []
    for role in roles:
        trimmed = _trimmed(role)
        if trimmed is not None:
            found.append(_former(doc, trimmed))
    return found


# Publications named after their firm: "the Harlow Survey", "the Brandt Index", "the Kessel Poll".
_PUBLICATION = frozenset("survey surveys index poll report review guide rankings ranking list".split())


def _publication(actor: Actor) -> bool:
    words = actor.name.split()
    return actor.label == "PERSON" and len(words) == 2 and words[-1].lower() in _PUBLICATION


# A one-word mention the text treats as a person: it speaks or claims, or has a counsel or a family.
_PERSON_CUE = re.compile(r"(?:['’]s (?:counsel|lawyer|lawyers|attorney|wife|husband|son|daughter|family|mother|"
                         r"father|brother|sister)\b| (?:had |has |have )?(?:said|says|told|claimed|claims|alleged|"
                         r"added|denied|testified)\b)")
_SETTING_BEFORE = re.compile(r"\b(?:in|at|to|from|near|across|into|of)\s+$")


def _surname_of(actors: Sequence[Actor], word: str) -> Actor | None:
    """The one multi-word person whose surname is ``word`` (or a body's name ending so, which the model may have
    tagged for the person: "Hansraj Chauhan, a former follower", typed a person later by its apposition)."""
    found = [a for a in actors if a.label in ("PERSON", "ORG") and len(a.name.split()) > 1
             and _family_name(a.name) == word and not _publication(a)]
    return found[0] if len(found) == 1 else None


# A Korean given name written with a hyphen after the family name ("Choe Kwan-il", "Kim Jong-un"): the family name comes
# first (Audit 51 #8 listed "Choe" beside "Choe Kwan-il").
_HYPHENED_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


def _family_name(name: str) -> str:
    """The name's family name: its last word, or the first of two before a hyphened given name ("Choe Kwan-il")."""
    words = name.split()
    return words[0] if len(words) == 2 and _HYPHENED_GIVEN.match(words[1]) else words[-1]


def _personal(doc: Document, actor: Actor) -> bool:
    """Whether the text treats every mention of a one-word place or body as a person's (module docstring, 4)."""
    text = doc.article.text
    if any(_SETTING_BEFORE.search(text[max(0, m.start - 12):m.start]) for m in actor.mentions):
        return False
    return any(_PERSON_CUE.match(text, m.end) for m in actor.mentions)


# Ranks said only of people, before a given name ("Cardinal Luis Ferro"); not "General", "Lord" or "President", which
# open the names of firms, streets and airports.
_RANKS = frozenset("cardinal archbishop bishop rabbi imam sheikh pastor reverend senator colonel judge".split())


def _ranked_person(doc: Document, actor: Actor) -> Actor | None:
    """The person a one-word place or body is the surname of, after a rank and a given name (docstring, 6)."""
    tokens = doc.tokens
    if actor.label not in ("GPE", "ORG") or len(actor.mentions) != 1 or " " in actor.name:
        return None
    mention = actor.mentions[0]
    start = mention.token_start
    sentence = doc.sentences[mention.sentence_index]
    if start - 2 < sentence.token_start:
        return None
    rank, given = tokens[start - 2], tokens[start - 1]
    if rank.text.lower() not in _RANKS or not rank.text[:1].isupper() or given.pos != "PROPN" \
            or not given.text.istitle() or given.ent_type or given.end == mention.start:
        return None
    name = f"{given.text} {actor.name}"
    entity = Entity(doc.article.text[given.start : mention.end], "PERSON", given.start, mention.end,
                    mention.sentence_index, given.i, mention.token_end)
    return Actor(name, "PERSON", [entity], {name})


def regroup_surnames(doc: Document, actors: list[Actor]) -> list[Actor]:
    """The actors with a publication named after its firm dropped, stray surname mentions joined to the person
    of that surname, and a ranked person's surname made the person (module docstring, 3-4 and 6)."""
    kept: list[Actor] = []
    for actor in _share_opening_words(doc, retitle_relatives(doc, actors)):  # "First Lady NAME"; "Kim" (8)
        words = actor.name.split()
        if _publication(actor):
            owner = _surname_of(actors, words[0])
            if owner is not None:
                owner.mentions.extend(m for m in actor.mentions if clean_name(m.text) == words[0])
            continue  # a publication never acts: dropped
        owner = _surname_of(actors, actor.name) if actor.label in ("GPE", "ORG") and len(words) == 1 else None
        if owner is not None and _personal(doc, actor):
            owner.mentions.extend(actor.mentions)
            owner.aliases |= actor.aliases
            owner.label = "PERSON"  # the surname's counsel and claims are a person's, whatever the full name's tag
            continue
        kept.append(_ranked_person(doc, actor) or actor)
    return kept


def _share_opening_words(doc: Document, actors: list[Actor]) -> list[Actor]:
    """The actors with each bare mention of a word that opens several people's full names moved to the one named in
    full last before it (module docstring, 8); within one sentence a possessor ("NAME's children") ranks below the
    name it is set in ("Analysts believe Kim Yo Jong, the youngest of Kim Jong Il's children, ... Little Kim went to
    school with ...": the sister, the subject, not the father; Audit 52 #8 kept the dead father by that "Kim")."""
    owners: dict[str, list[Actor]] = {}
    for actor in actors:
        if actor.label == "PERSON" and len(actor.name.split()) > 1:
            owners.setdefault(actor.name.split()[0], []).append(actor)
    for word, people in owners.items():
        if len(people) < 2:
            continue
        full = [((m.sentence_index, not _possessor(doc, m), m.start), n) for n, a in enumerate(people)
                for m in a.mentions if " " in clean_name(m.text)]
        for actor in people:
            for mention in [m for m in actor.mentions if clean_name(m.text) == word]:
                before = [(key, n) for key, n in full if key[2] < mention.start]
                if not before or people[max(before)[1]] is actor:
                    continue
                actor.mentions.remove(mention)
                people[max(before)[1]].mentions.append(mention)
                people[max(before)[1]].aliases.add(word)
    return actors


def _possessor(doc: Document, mention: Entity) -> bool:
    """Whether the mention is a possessor ("Kim Jong Il's children"): a name inside another noun's phrase."""
    return any(doc.tokens[i].dep == "poss" for i in range(mention.token_start, mention.token_end))


def _speaks(doc: Document, entity: Entity) -> bool:
    verb = subject_verb(doc, name_head(doc, entity.token_start, entity.token_end))
    return verb is not None and verb.lemma.lower() in SPEECH_LEMMAS


def speaking_products(doc: Document, actors: Sequence[Actor]) -> list[Actor]:
    """The actors plus the bodies the model tagged as products, found by their speaking (module docstring, 7)."""
    known = {a.name for a in actors} | {alias for a in actors for alias in a.aliases}
    products = [e for e in doc.entities if e.label == "PRODUCT" and clean_name(e.text) not in known]
    speaking = sorted({clean_name(e.text) for e in products if _speaks(doc, e)}, key=len, reverse=True)
    added: dict[str, Actor] = {}
    for entity in products:
        name = clean_name(entity.text)
        # the longest speaking name this one is, or opens ("Kestrel" of "Kestrel Networks International")
        owner = next((n for n in speaking if n == name or n.startswith(name + " ")), None)
        if owner is not None and name:
            actor = added.setdefault(owner, Actor(owner, "ORG", [], {owner}))
            actor.mentions.append(replace(entity, label="ORG"))
            actor.aliases.add(name)
    return [*actors, *added.values()]
