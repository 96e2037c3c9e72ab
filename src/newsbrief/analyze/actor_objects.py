"""Names the model typed as a person that the text writes as an object, a job title or a body (reader Audit 53,
docs/audit.md section 54, pattern 5: "Deepwater Horizon (person)", "Engineer — Executive (person)", "Public Citizen
(person)").

- An **object or event named like a person**: a name of two words or more written whole before a common noun with
  "the" in front ("the NAME explosion", "the NAME disaster", "the NAME rig"; a person's surname alone does so, "the
  Gadhafi regime"), and nothing in the text a person has: no
  role, no "he"/"she", no words of its own, and no mention the subject of a verb other than "be" or the object of a
  verb ("its plan for NAME", "responsibility for NAME lies", "NAME could be a turning point"). A person written "the
  NAME trial" is also killed, met or sued somewhere, or speaks, or is carried by "he": such a name stays.
- A **job title typed as a person**: a name of two words or more every one of which is a role word ("Executive
  Engineer", the post of the man dismissed, written before his name), silent, carried by no pronoun, never acting or
  acted on. A person whose name is made of role words ("Dean King") speaks or acts somewhere and stays.
- A **body in apposition to a body's noun**: "a leading campaign group, NAME," or "NAME, a campaign group,": the
  name is that body's, whatever the model tagged it, unless the text gives it a person's role or "he"/"she".

- A **body by its officers**: a one-word "person", silent, with no role and no "he"/"she", that owns a body's officer
  or staff ("NAME's UK executive director", "NAME's officials"; the lead's reading of t17 haiti_bbc 2010-01-25/183:
  "Unicef (person)"). A person owns a spokesman, a lawyer or an aide, which are left out; a person's full name is
  left alone.

- A **body the model left untagged that speaks**: "The X Prize foundation said: ..." (the lead's reading of t17
  bpoil_bbc 2010-07-29/1728: a brief with no Actors section, the foundation that launched the prize quoted in Quotes).
  A speaker written as proper nouns and a body's noun ("NAME foundation", "NAME charity") that no actor names is
  that body, with every place its name is written as mentions. A nationality or a place before the noun ("the Libyan
  government said", "Scottish authorities") is left out: such a government is its state's voice, and listing it
  beside the state pushed states named ten times out of the list (session 36, 107 articles read).

Token arcs of the parse and the role words of :mod:`newsbrief.analyze.actor_names`; precision first: each rule needs
its cue written and the person's cues absent.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsbrief.analyze.actor_names import PERSON_NOUNS, TITLE_WORDS, Actor
from newsbrief.analyze.actor_roles import Role
from newsbrief.lexicon import ORGANISATION_NOUNS
from newsbrief.models import Attributions, Document, Entity, Token

__all__ = ["body_apposed", "job_title", "object_named", "officers_owner", "speaking_bodies"]

# The nouns that name a kind of body ("a campaign group, NAME"); "house", "team", "school" and the like also name
# places or squads beside a person's name ("the school, Ann Lee, ...") and are left out, as are "office"/"board".
_BODY_NOUNS = (ORGANISATION_NOUNS - frozenset("house team club school hospital office board police army military "
                                              "prosecutors prosecution administration".split())) \
    | frozenset("charity watchdog foundation trust society movement think-tank nonprofit ngo".split())
# Dependencies of a mention that are a person's: the subject of an act, the object of an act ("killing NAME").
_SUBJECTS = frozenset(("nsubj", "nsubjpass"))
_OBJECTS = frozenset(("dobj", "dative"))


def _head(doc: Document, mention: Entity) -> Token:
    """The mention's syntactic head: the token whose head lies outside the name."""
    span = range(mention.token_start, mention.token_end)
    return next((doc.tokens[i] for i in span if doc.tokens[i].head not in span or doc.tokens[i].head == i),
                doc.tokens[mention.token_end - 1])


def _personal_use(doc: Document, actor: Actor) -> bool:
    """Whether a mention is the subject of a verb other than "be", or the object of a verb."""
    for mention in actor.mentions:
        head = _head(doc, mention)
        if head.dep == "poss":
            continue
        verb = doc.tokens[head.head]
        if head.dep in _SUBJECTS and verb.lemma.lower() != "be":
            return True
        if head.dep in _OBJECTS:
            return True
    return False


def _the_modifier(doc: Document, mention: Entity) -> bool:
    """Whether the mention is written "the NAME <common noun>": the name modifies a noun whose "the" stands before
    it. The model may tag a part of the name only ("Horizon" of "the Deepwater Horizon explosion")."""
    tokens = doc.tokens
    last = tokens[mention.token_end - 1]
    start = mention.token_start
    while start > 0 and tokens[start - 1].pos == "PROPN" and tokens[start - 1].dep == "compound":
        start -= 1  # the rest of the name, untagged
    if start == 0 or mention.token_end - start < 2 or last.dep != "compound" or last.head != mention.token_end:
        return False  # a surname alone is how a person's name modifies a noun ("the Gadhafi regime")
    noun = tokens[last.head]
    before = tokens[start - 1]
    return noun.pos == "NOUN" and noun.text.islower() and before.text.lower() == "the" and before.head == noun.i


def object_named(doc: Document, actor: Actor, role: Role | None, pronouns: int, voiced: int) -> bool:
    """Whether a "person" of two words or more is an object or an event (module docstring)."""
    if actor.label != "PERSON" or " " not in actor.name or role is not None or pronouns or voiced:
        return False
    return any(_the_modifier(doc, m) for m in actor.mentions) and not _personal_use(doc, actor)


def job_title(doc: Document, actor: Actor, label: str, pronouns: int, voiced: int) -> bool:
    """Whether a "person" (``label``, the type the actors stage gave it) is a post: two words or more, every one a
    role word, and no mention acting or acted on (module docstring). One word ("Prince", a singer) is a mononym as
    often as a post."""
    words = [w.lower().strip("()") for w in actor.name.split()]
    return label == "PERSON" and not pronouns and not voiced and len(words) > 1 \
        and all(w in PERSON_NOUNS or w in TITLE_WORDS for w in words) and not _personal_use(doc, actor)


def body_apposed(doc: Document, actor: Actor, label: str, role: Role | None, pronouns: int) -> tuple[bool, bool]:
    """Whether a "person" (``label``, the type the actors stage gave it) is set in apposition to a body's noun, either
    way round (module docstring), and whether the name or its noun is then a clause's subject ("a campaign group,
    NAME, has ended its call": the body acts through the phrase it heads)."""
    if label != "PERSON" or role is not None or pronouns:
        return False, False
    tokens = doc.tokens
    found = acts = False
    for mention in actor.mentions:
        head = _head(doc, mention)
        nouns = [tokens[head.head]] if head.dep == "appos" else []  # "a leading campaign group, NAME,"
        nouns += [t for t in tokens[mention.token_end : min(mention.token_end + 5, len(tokens))]
                  if t.dep == "appos" and t.head == head.i]  # "NAME, a campaign group,"
        if any(_body_noun(n) and not _officer_after(tokens, n) for n in nouns):
            found = True
            acts = acts or any(t.dep == "nsubj" for t in (head, *nouns))
    return found, acts


def _officer_after(tokens: Sequence[Token], noun: Token) -> bool:
    """Whether a person noun follows the body noun in its phrase ("a company vice-president", which the parser may
    split into "company" and an apposition of its own): the name is the officer's, not the body's."""
    for token in tokens[noun.i + 1 : noun.i + 5]:
        if token.pos == "PUNCT" and token.text != "-":
            return False
        if token.lemma.lower() in PERSON_NOUNS:
            return True
    return False


def _body_noun(token: Token) -> bool:
    """A common noun for a kind of body, not one that owns a person noun ("the group's leader")."""
    return token.pos == "NOUN" and token.text.islower() and token.lemma.lower() in _BODY_NOUNS


# What a body has and a person does not: its officers and staff ("Unicef's UK executive director"). A person has a
# spokesman, a lawyer, an aide or a manager too ("the singer's spokeswoman"), so those are not here.
_BODY_OFFICERS = frozenset("""
director directors chairman chairwoman chairperson president vice-president treasurer secretary-general
officials staff employees workers members board executives
""".split())


def officers_owner(doc: Document, actor: Actor, label: str, role: Role | None, pronouns: int, voiced: int) -> bool:
    """Whether a one-word "person" owns a body's officers or staff (module docstring)."""
    if label != "PERSON" or " " in actor.name or role is not None or pronouns or voiced:
        return False
    tokens = doc.tokens
    return any((head := _head(doc, m)).dep == "poss" and tokens[head.head].text.islower()
               and tokens[head.head].lemma.lower() in _BODY_OFFICERS for m in actor.mentions)


# An outlet named by its kind ("a South Korean newspaper said") is a source, never a named body.
_OUTLET_NOUNS = frozenset("newspaper magazine network".split())


def speaking_bodies(doc: Document, actors: Sequence[Actor], attributions: Attributions) -> list[Actor]:
    """The actors plus the untagged bodies that speak (module docstring)."""
    known = {n.lower() for a in actors for n in (a.name, *a.aliases)}
    added: dict[str, Actor] = {}
    for attribution in attributions.attributions:
        words = (attribution.source_text or "").split()
        if words[:1] and words[0].lower() == "the":
            words = words[1:]
        if len(words) < 2 or not words[-1].islower() or words[-1] not in _BODY_NOUNS - _OUTLET_NOUNS \
                or not all(w[:1].isupper() for w in words[:-1]):
            continue
        name = " ".join(words)
        if name.lower() in known or name in added or any(w.lower() in known for w in words[:-1]):
            continue  # "the BP foundation": the firm's own, read with the firm
        mentions = _written(doc, words)
        if mentions and not any(t.ent_type in ("NORP", "GPE") or t.pos != "PROPN"
                                for m in mentions for t in doc.tokens[m.token_start : m.token_end - 1]):
            added[name] = Actor(name, "ORG", mentions, {name})
    return [*actors, *added.values()]


def _written(doc: Document, words: list[str]) -> list[Entity]:
    """Every place the words are written in a row, as mentions the model did not tag."""
    tokens = doc.tokens
    found: list[Entity] = []
    for sentence in doc.sentences:
        for i in range(sentence.token_start, sentence.token_end - len(words) + 1):
            if [t.text for t in tokens[i : i + len(words)]] == words:
                end = tokens[i + len(words) - 1].end
                found.append(Entity(doc.article.text[tokens[i].start : end], "", tokens[i].start, end,
                                    sentence.index, i, i + len(words)))
    return found
