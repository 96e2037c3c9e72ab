"""Actors: people, organisations and countries, with aliases merged and roles from the text."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from newsbrief.analyze.context import Context, cite
from newsbrief.models import ActorInfo, ActorType, Document, Entity, Item, Sentence, Token

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE"})
_ACTOR_TYPES: dict[str, ActorType] = {"PERSON": "person", "ORG": "organisation"}
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# Different spellings of the same country that news text uses interchangeably.
_COUNTRY_ALIASES = {
    "u.s.": "United States", "us": "United States", "the united states": "United States",
    "united states": "United States", "america": "United States", "u.s.a.": "United States",
    "usa": "United States", "uk": "United Kingdom", "u.k.": "United Kingdom",
    "britain": "United Kingdom", "great britain": "United Kingdom",
    "the united kingdom": "United Kingdom", "united kingdom": "United Kingdom",
    "the uk": "United Kingdom", "eu": "European Union", "the eu": "European Union",
    "the european union": "European Union", "european union": "European Union",
    "u.s": "United States", "u.k": "United Kingdom", "u.s.a": "United States",
}
TITLE_WORDS = frozenset(
    "president prime minister secretary chancellor leader chairman chairwoman chair chief "
    "executive officer ceo director governor mayor senator representative rep. sen. gov. "
    "spokesman spokeswoman spokesperson ambassador general gen. admiral commander king queen "
    "prince princess premier envoy official minister deputy vice head founder analyst "
    "professor prof. dr. judge justice attorney lawyer economist coach captain manager "
    "editor correspondent researcher scientist adviser advisor diplomat commissioner "
    "inspector superintendent colonel lieutenant sergeant officer bishop pope chancellor "
    "foreign defence defense finance interior health trade state former acting opposition "
    "senior top national regional federal".split()
)
# Title words that only qualify a role ("former adviser"); alone they are not a role.
_ROLE_MODIFIERS = frozenset(
    "former acting senior top national regional federal deputy vice state foreign defence defense "
    "finance interior health trade opposition".split()
)
SPEECH_LEMMAS = frozenset(
    "say tell warn add note argue insist claim state explain announce declare write "
    "predict acknowledge admit caution stress suggest urge describe call reply respond "
    "recall conclude believe think vow pledge promise deny confirm report".split()
)


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


def clean_name(text: str) -> str:
    """Strip possessives, leading articles and surrounding punctuation from an entity name."""
    text = re.sub(r"\s+", " ", text).strip(" \t\n\"'“”‘’,.;:()")
    text = _POSSESSIVE.sub("", text).strip()
    if text.lower().startswith("the ") and len(text.split()) > 1:
        text = text[4:]
    return text


def cluster_actors(doc: Document) -> list[Actor]:
    """Group entity mentions into actors: "Kim" joins "Kim Jong-un", "U.S." joins "United States"."""
    actors: dict[tuple[str, str], Actor] = {}
    ordered = sorted(
        (e for e in doc.entities if e.label in ACTOR_LABELS),
        key=lambda e: -len(clean_name(e.text).split()),
    )
    for entity in ordered:
        name = clean_name(entity.text)
        if not name or not any(c.isalpha() for c in name):
            continue
        label = entity.label
        if label == "PERSON" and len(name.split()) == 1 and entity.token_start > 0 \
                and doc.tokens[entity.token_start - 1].like_num:
            continue  # "the 737 Max", "Galaxy S24 Ultra": a model name, not a person
        if label == "GPE":
            name = _COUNTRY_ALIASES.get(name.lower(), name)
        key = (label, name.lower())
        actor = actors.get(key)
        if actor is None and label == "PERSON":
            parts = name.lower().split()
            # A shorter name joins the longer names whose words contain all of its
            # words ("Kim" -> "Kim Jong-un"); when several fit, the most mentioned.
            fits = [
                a
                for (lab, full), a in actors.items()
                if lab == "PERSON" and set(parts) <= set(full.split()) and full != name.lower()
            ]
            if fits:
                actor = max(fits, key=lambda a: len(a.mentions))
        if actor is None:
            actor = Actor(name=name, label=label)
            actors[key] = actor
        actor.mentions.append(entity)
        actor.aliases.add(name)
    _merge_mislabelled_people(actors)
    _add_surname_mentions(doc, actors.values())
    return sorted(actors.values(), key=lambda a: (-len(a.mentions), a.mentions[0].start))


def _merge_mislabelled_people(actors: dict[tuple[str, str], Actor]) -> None:
    """Fold "Sondland" tagged as a place or "Trump" as an organisation into the person.

    The NER model labels the same bare surname differently from one sentence to the
    next; a non-person actor whose whole name is a known person's surname (or full
    name) is that person.
    """
    people: dict[str, Actor] = {}
    for actor in actors.values():
        parts = actor.name.split()
        if actor.label == "PERSON" and len(parts) > 1:
            people.setdefault(parts[-1].lower(), actor)
            people.setdefault(actor.name.lower(), actor)
    for key, actor in list(actors.items()):
        person = people.get(actor.name.lower()) if actor.label != "PERSON" else None
        if person is not None:
            person.mentions.extend(actor.mentions)
            person.aliases |= actor.aliases
            del actors[key]


def _add_surname_mentions(doc: Document, actors: Iterable[Actor]) -> None:
    """Count a known person's bare surname where the NER model missed it ("Trump spoke")."""
    surnames: dict[str, Actor] = {}
    for actor in actors:
        parts = actor.name.split()
        if actor.label == "PERSON" and len(parts) > 1:
            surnames.setdefault(parts[-1], actor)
    if not surnames:
        return
    for token in doc.tokens:
        match = surnames.get(token.text)
        if match is None or token.pos != "PROPN" or token.ent_type in ("PERSON", "ORG", "GPE"):
            continue
        sentence_index = next(
            (s.index for s in doc.sentences if s.token_start <= token.i < s.token_end), 0
        )
        match.mentions.append(
            Entity(token.text, "PERSON", token.start, token.end, sentence_index, token.i, token.i + 1)
        )


def resolve_person(doc: Document, actors: Sequence[Actor], text: str) -> str:
    """The canonical actor name for a person's name as written (or the name itself)."""
    name = clean_name(text)
    lowered = set(name.lower().split())
    for actor in actors:
        if actor.label == "PERSON" and (
            name in actor.aliases or (lowered and lowered <= set(actor.name.lower().split()))
        ):
            return actor.name
    return name


def previous_subject(doc: Document, actors: Sequence[Actor], sentence_index: int) -> str | None:
    """The named subject of the sentence before ``sentence_index``: the likeliest referent
    of an opening "he"/"she" (centering), found even when the NER model mislabels the
    name ("Passenger Amara Diallo described the crossing." tagged as an organisation)."""
    if sentence_index <= 0:
        return None
    previous = doc.sentences[sentence_index - 1]
    for token in doc.sentence_tokens(previous):
        if (token.dep == "nsubj" and token.pos == "PROPN" and doc.tokens[token.head].dep == "ROOT"
                and token.ent_type not in ("GPE", "LOC", "NORP", "FAC", "PRODUCT")):
            first = token.i
            while first > previous.token_start and doc.tokens[first - 1].pos == "PROPN" \
                    and doc.tokens[first - 1].dep == "compound":
                first -= 1
            return resolve_person(doc, actors, doc.article.text[doc.tokens[first].start : token.end])
    return None


def _title_before(doc: Document, entity: Entity) -> tuple[int, int] | None:
    """Token span of a title written right before a name ("South Korean President")."""
    sentence = doc.sentences[entity.sentence_index]
    i = entity.token_start - 1
    start = entity.token_start
    has_title = False
    while i >= sentence.token_start:
        token = doc.tokens[i]
        word = token.text.lower()
        if token.pos in ("DET", "PUNCT", "VERB", "AUX", "ADP", "PRON", "CCONJ", "SCONJ"):
            if token.tag == "POS" and i - 1 >= sentence.token_start:  # "Korea's leader"
                i -= 1
                start = i + 1
                continue
            break
        if token.ent_type == "PERSON":
            break
        if word in TITLE_WORDS:
            has_title = True
        elif not (token.pos in ("PROPN", "ADJ", "NOUN") and (token.text[:1].isupper()
                                                            or token.ent_type in ("NORP", "GPE",
                                                                                  "ORG"))):
            break
        start = i
        i -= 1
    if not has_title or start == entity.token_start:
        return None
    # Trim leading tokens that are not part of a title or a nationality/organisation.
    while start < entity.token_start and doc.tokens[start].pos in ("PART", "PUNCT"):
        start += 1
    return (start, entity.token_start)


def _appositive(doc: Document, entity: Entity) -> tuple[int, int] | None:
    """Token span of an appositive after a name ("Lee, South Korea's president,")."""
    head = entity.token_end - 1
    for token in doc.tokens[entity.token_end : min(entity.token_end + 25, len(doc.tokens))]:
        if token.dep == "appos" and token.head == head:
            words = {t.text.lower() for t in doc.tokens[token.left : token.right + 1]}
            if words & TITLE_WORDS:
                return (token.left, token.right + 1)
    return None


def _span_text(doc: Document, start: int, end: int) -> str:
    return doc.article.text[doc.tokens[start].start : doc.tokens[end - 1].end]


def actor_role(doc: Document, actor: Actor) -> tuple[str, Sentence, int, int] | None:
    """The role the text gives ``actor``, with the sentence and char span stating it."""
    for entity in actor.mentions_sorted():
        sentence = doc.sentences[entity.sentence_index]
        span = _title_before(doc, entity)
        if span:
            role = _span_text(doc, *span)
            if not set(role.lower().split()) <= _ROLE_MODIFIERS:  # "former" alone is no role
                return role, sentence, doc.tokens[span[0]].start, entity.end
        span = _appositive(doc, entity)
        if span:
            role = _span_text(doc, *span)
            return role, sentence, entity.start, doc.tokens[span[1] - 1].end
    return None


def position_sentence(doc: Document, actor: Actor) -> Sentence | None:
    """The first sentence where the actor is the subject of a speech or stance verb."""
    for entity in actor.mentions_sorted():
        tokens: tuple[Token, ...] = doc.tokens
        head = tokens[entity.token_end - 1]
        if head.dep in ("nsubj", "nsubjpass") and tokens[head.head].lemma in SPEECH_LEMMAS:
            return doc.sentences[entity.sentence_index]
    return None


def title_mentions(
    doc: Document, roles: dict[str, tuple[str, Sentence, int, int] | None]
) -> dict[str, list[str]]:
    """Mentions by title alone ("the president") of the one actor the text gives that title.

    A title word shared by two actors ("the minister" with two ministers) is ambiguous and
    counts for neither.
    """
    owners: dict[str, list[str]] = {}
    for name, role in roles.items():
        if role is None:
            continue
        words = [w for w in re.findall(r"[A-Za-z]+", role[0]) if w.lower() in TITLE_WORDS]
        if words:
            owners.setdefault(words[-1].lower(), []).append(name)
    found: dict[str, list[str]] = {}
    for title, names in owners.items():
        if len(names) != 1:
            continue
        role = roles[names[0]]
        assert role is not None
        for m in re.finditer(rf"\bthe (?:[A-Z][a-z]+ ){{0,2}}{title}\b", doc.article.text, re.I):
            if not role[2] <= m.start() < role[3]:
                found.setdefault(names[0], []).append(m.group(0).lower())
    return found


def _acts(doc: Document, actor: Actor) -> bool:
    """True when some mention is a grammatical subject or a possessor."""
    return any(doc.tokens[m.token_end - 1].dep in ("nsubj", "nsubjpass", "poss")
               for m in actor.mentions)


def analyze_actors(doc: Document, ctx: Context) -> tuple[Item, ...]:
    """The main actors, most mentioned first, each with its role and mention count."""
    items: list[Item] = []
    roles = {actor.name: actor_role(doc, actor) for actor in ctx.actors if actor.label == "PERSON"}
    by_title = title_mentions(doc, roles)
    for actor in ctx.actors:
        role = roles.get(actor.name) if actor.label == "PERSON" else actor_role(doc, actor)
        title_refs = by_title.get(actor.name, [])
        if len(actor.mentions) + len(title_refs) < 2 and role is None:
            continue
        if actor.label == "GPE" and len(actor.mentions) < 3 and not _acts(doc, actor):
            continue  # a place only named in passing is a setting, not an actor
        first = actor.mentions_sorted()[0]
        position = position_sentence(doc, actor)
        if role is not None:
            role_text, sentence, start, end = role
            text = doc.article.text[start:end]
            citations = [cite(sentence, start, end)]
        else:
            role_text = None
            sentence = doc.sentences[first.sentence_index]
            text = actor.name if actor.name in sentence.text else clean_name(first.text)
            offset = sentence.text.find(text)
            citations = [cite(sentence, sentence.start + offset, sentence.start + offset + len(text))]
        if position is not None and position.id != citations[0].sentence_id:
            citations.append(cite(position))
        counts = Counter(clean_name(m.text) for m in actor.mentions)
        counts.update(title_refs)
        items.append(
            Item(
                text=text,
                citations=tuple(citations),
                payload=ActorInfo(
                    name=actor.name,
                    type=_ACTOR_TYPES.get(actor.label, "place"),
                    role=role_text,
                    mentions=len(actor.mentions) + len(title_refs),
                    aliases=tuple(sorted(counts)),
                    position=position.id if position else None,
                ),
            )
        )
    return tuple(items[:10])
