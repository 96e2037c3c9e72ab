"""The evidence of one actor (:mod:`newsbrief.analyze.actors`, stages 3 and 4): what the text does with it.

Every entity of the story gets an :class:`Evidence` record: its best role, whether the headline and the lead name
it, whether it acts, governs or is only a setting (:mod:`newsbrief.analyze.actor_agency`), how often "he"/"she" or
its title ("the president") carry it, and how many sentences its voice carries. :func:`gather` fills them for a
document once; :mod:`newsbrief.analyze.actors` then decides from them which entities a reader lists, and in
what order (:attr:`Evidence.salience`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsbrief.analyze.actor_agency import agency
from newsbrief.analyze.actor_aliases import named_in
from newsbrief.analyze.actor_amends import sound_roles
from newsbrief.analyze.actor_epithets import epithet_speaker
from newsbrief.analyze.actor_issuers import issued
from newsbrief.analyze.actor_lookup import ActorNames
from newsbrief.analyze.actor_names import (
    PERSON_NOUNS,
    Actor,
    display_name,
    organisation_like,
    single_word_organisations,
)
from newsbrief.analyze.actor_pronouns import pronoun_referents
from newsbrief.analyze.actor_roles import Role, best_role, roles_of, title_mentions
from newsbrief.analyze.actor_sources import addressed
from newsbrief.analyze.actor_spokes import organ_of, partners, spoken_for
from newsbrief.models import Attributions, Document

# Salience, tuned by reading the actor lists of 20 CNN/DailyMail articles (SummEval subset) and 12 web pages
# (extraction set, names 4-f): the people a reader names when asked who the story is about are the ones in
# the headline and the lead, and the ones who speak; a mention more or less matters less.
HEADLINE_WEIGHT = 4.0
LEAD_WEIGHT = 2.0
LEAD_SENTENCES = 3  # the lead of a text not split in paragraphs (one-line datasets)
VOICE_WEIGHT = 1.0  # per sentence the actor's voice carries
MAX_VOICED = 5  # a long interview does not outweigh the headline
PRONOUN_WEIGHT = 0.5  # "he said" counts, less surely than the name


@dataclass
class Evidence:
    """What the text does with one actor."""

    actor: Actor
    label: str = ""
    role: Role | None = None
    title_refs: list[str] = field(default_factory=list)
    pronouns: int = 0
    voiced: int = 0
    first_voiced: int | None = None
    headline: bool = False
    lead: bool = False
    acts: bool = False
    governs: bool = False
    governing: int = 0  # mentions at which it acts as a state (actor_agency)
    decides: bool = False  # the subject of a state's act that happened (actor_agency)
    blocks: bool = False  # the subject of a state's hard act that happened: "China vetoed" (actor_agency)
    only_setting: bool = False
    never_setting: bool = False  # no mention is a place something happens in ("in Hong Kong")
    modifier_only: bool = False
    settings: int = 0  # mentions where things happen ("in Haiti")
    affiliated: bool = False  # named in the role of a person who speaks (actor_parties.speaks_through)
    sanctions: bool = False  # acts with authority on a person of the story (actor_parties.sanctions)

    @property
    def mentions(self) -> int:
        return len(self.actor.mentions) + len(self.title_refs)

    @property
    def salience(self) -> float:
        return (self.mentions + PRONOUN_WEIGHT * self.pronouns + HEADLINE_WEIGHT * self.headline
                + LEAD_WEIGHT * self.lead + VOICE_WEIGHT * min(self.voiced, MAX_VOICED))


def is_author(doc: Document, actor: Actor) -> bool:
    """True when the actor is the article's own author (the byline the extractor found)."""
    author = (doc.article.source.author or "").lower()
    name = display_name(actor).lower()
    return actor.label == "PERSON" and len(name.split()) > 1 and name in author


def gather(doc: Document, actors: Sequence[Actor], attributions: Attributions) -> list[Evidence]:
    """The evidence of salience and agency for every actor."""
    evidence = [Evidence(actor, actor.label) for actor in actors]
    title = doc.article.source.title or ""
    paragraphs = len({s.paragraph for s in doc.sentences})
    lead = {s.index for s in doc.sentences
            if (s.paragraph < 2 if paragraphs > 2 else s.index < LEAD_SENTENCES)}
    organisations = single_word_organisations(actors)
    for item in evidence:
        item.role = best_role(sound_roles(doc, item.actor))  # no debris, "former" kept
        if item.label == "ORG" and item.role is not None and item.role.head in PERSON_NOUNS \
                and len(item.actor.name.split()) > 1 and not organisation_like(item.actor, actors, organisations):
            item.label = "PERSON"  # "Eswar Prasad, a trade professor at Cornell" tagged as an organisation
        if item.label != "PERSON" and item.role is not None:
            # A place has no role; an organisation only one said of it after its name
            # ("SoftBank, its largest investor"), not a person's title read before it.
            roles = [r for r in roles_of(doc, item.actor) if r.apposition and r.start >= r.sentence.start
                     and item.label == "ORG" and any(m.start == r.start for m in item.actor.mentions)]
            item.role = best_role(roles)
        # The headline names an actor, or the post it holds ("Nordic ministers sign deal").
        item.headline = bool(title) and (named_in(title, item.actor) or bool(
            item.role and item.role.head and item.label == "PERSON"
            and re.search(rf"\b{re.escape(item.role.head)}s?\b", title, re.I)))
        item.lead = any(m.sentence_index in lead for m in item.actor.mentions)
        found = agency(doc, item.actor, item.label)  # acts, governs or is a setting (actor_agency)
        item.acts, item.governs, item.governing, item.decides = found.acts, found.governs, found.governing, \
            found.decides
        item.only_setting, item.never_setting, item.modifier_only = found.only_setting, found.never_setting, \
            found.modifier_only
        item.settings, item.blocks = found.settings, found.blocks
        if item.label == "ORG" and not item.acts and partners(doc, item.actor):
            item.acts = True  # "teamed up with Zipdash": the other party to a deal acts in it (actor_spokes)
        if item.headline and item.label in ("GPE", "ORG") and addressed(doc, item.actor):
            item.acts = item.governs = True  # "urge Russia and China to ...": the appeal's addressee is a party
        if item.label == "GPE" and item.acts and item.headline and item.never_setting \
                and any(m.label == "ORG" for m in item.actor.mentions) \
                and not any(m.text.lower().startswith("the ") for m in item.actor.mentions):
            # "Alibaba to raise $12.9bn": acting in the headline's story, never a setting ("in Alibaba"), and
            # an organisation at one mention at least for the model itself; a country ("China") stays a place
            item.label = "ORG"
    by_title = title_mentions(doc, {e.actor.name: e.role for e in evidence if e.label == "PERSON"},
                              {e.actor.name: [m.sentence_index for m in e.actor.mentions] for e in evidence})
    for item in evidence:
        item.title_refs = by_title.get(item.actor.name, [])
    for index, count in pronoun_referents(doc, actors).items():
        evidence[index].pronouns = count
    actor_named = ActorNames(actors)
    for voice in attributions.voices:
        speaker = actor_named(voice.speaker) if voice.voice in ("person", "organisation") else None
        if speaker is None and voice.voice in ("organisation", "unnamed"):
            speaker = actor_named(spoken_for(voice.speaker))  # "a spokesman with Save the Children" (actor_spokes)
            organ = actor_named(organ_of(voice.speaker)) if speaker is None else None  # "the US government says"
            speaker = organ if organ is not None and not evidence[organ].settings else speaker
        if speaker is None and voice.voice == "organisation":  # "The newspaper said" after "newspaper X"
            speaker = actor_named(epithet_speaker(doc, actors, voice.speaker, voice.sentence))
        if speaker is not None:
            evidence[speaker].voiced += 1
            if voice.explicit and evidence[speaker].first_voiced is None:
                evidence[speaker].first_voiced = voice.sentence
    for item in evidence:  # "a statement by CENTCOM", "Digitimes, which claims that" (actor_issuers)
        voices, item.label = issued(doc, item.actor, item.label, item.never_setting)
        item.voiced += voices
    return evidence
