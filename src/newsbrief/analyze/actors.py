"""Actors: the people and organisations a story is about, ranked by how much it is about them.

The pipeline, as a reader would do it:

1. **Mentions.** Every PERSON, ORG and GPE entity, except those inside credits: a
   byline ("By Ana Swanson"), "Reporting by ...; Editing by ...", "CNN's Jane Doe
   contributed to this report", photo credits, a wire dateline "(AP) —", an author's
   bio at the end. Journalists are not actors.
2. **One entry per entity** (:func:`cluster_actors`). Names are cleaned of
   possessives, honorifics and abbreviated titles ("Mr.", "Dr", "Sen."); case
   variants and country spellings fold together; a surname ("Vang") joins the
   full name ("Erik Vang") even where the NER model gave the two different labels;
   an organisation joins its acronym when the article gives both ("the Environment
   Agency (EA)").
3. **Who acts** (:func:`analyze_actors`). A place is a setting, not an actor,
   unless it acts as a government ("Russia said", "Norway signed"); an organisation
   named only as a place ("at the Statehouse", "on Twitter") or as a modifier
   ("the England team") is not one either, nor the publisher or another news
   outlet quoted as a source, nor the article's own author.
4. **Salience**: mentions with coreference (surname-only mentions, "he"/"she"
   subjects that follow the person, "the president" for the one actor with that
   title), being named in the headline and the lead, and speaking (the attribution
   stage's voices, :func:`newsbrief.nlp.attribution.attribute`).
5. **Roles** in full: a title before the name ("Treasury Secretary Janet Smith"),
   an apposition after it ("Erik Vang, chief economist at the Oslo Institute for
   Energy Policy"), a party label ("Rep. Ann Lee (D-Calif.)" -> "Representative
   (D-Calif.)"); of several, the one that says most.

The section shows the most salient actors (its record's limit), people first.

The stages have modules of their own: credits (1) in :mod:`newsbrief.analyze.actor_credits`, names and
clustering (2) in :mod:`newsbrief.analyze.actor_names`, roles (5) in :mod:`newsbrief.analyze.actor_roles`,
walk-ons (settings, film roles, names in asides) in :mod:`newsbrief.analyze.actor_walk_ons`, the speaker lookup,
two spellings of one name and a full-named person kept a person in :mod:`newsbrief.analyze.actor_lookup`, people
the model typed as bodies in :mod:`newsbrief.analyze.actor_typing`, the evidence
of agency and salience (3, 4) in :mod:`newsbrief.analyze.actor_evidence`. This module decides from that evidence who
acts and ranks them; every public name of the stages can be imported from here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from newsbrief.analyze.actor_agency import GOVERNMENT_VERBS, INACTIVE_VERBS
from newsbrief.analyze.actor_amends import regroup_surnames, speaking_products
from newsbrief.analyze.actor_apposed import MAX_ROLE_WORDS
from newsbrief.analyze.actor_cited import cited_writer, rebuttal
from newsbrief.analyze.actor_commentators import commentator
from newsbrief.analyze.actor_craft import craft_named, firm_named
from newsbrief.analyze.actor_credits import (
    BIO_PARAGRAPHS,
    BYLINE_SENTENCES,
    bio_author,
    credit_spans,
    outlet_names,
    publisher_names,
)
from newsbrief.analyze.actor_evidence import (
    HEADLINE_WEIGHT,
    LEAD_SENTENCES,
    LEAD_WEIGHT,
    MAX_VOICED,
    PRONOUN_WEIGHT,
    VOICE_WEIGHT,
    Evidence,
    gather,
    is_author,
)
from newsbrief.analyze.actor_firms import firm_surnames, fold_firm_names
from newsbrief.analyze.actor_founded import founded_bodies
from newsbrief.analyze.actor_issuers import fold_or_acronyms, spokesperson
from newsbrief.analyze.actor_lookup import ActorNames, merge_spellings, named_person, shown_name
from newsbrief.analyze.actor_misfits import misfit, outlet_typed
from newsbrief.analyze.actor_names import (
    ACTOR_LABELS,
    PERSON_NOUNS,
    TITLE_WORDS,
    Actor,
    clean_name,
    cluster_actors,
    display_name,
    resolve_person,
)
from newsbrief.analyze.actor_objects import body_apposed, job_title, object_named, officers_owner, speaking_bodies
from newsbrief.analyze.actor_parties import (
    company_not_place,
    fold_titled_surnames,
    group_parties,
    lone_subject,
    rank_tier,
    repeat_mentions,
    sanctions,
    speaks_through,
    untagged_bodies,
    word_surname_mentions,
)
from newsbrief.analyze.actor_places import actor_type, place_like
from newsbrief.analyze.actor_posts import poster
from newsbrief.analyze.actor_pronouns import CENTRE_SENTENCES
from newsbrief.analyze.actor_pseudonyms import pseudonym
from newsbrief.analyze.actor_quoted import join_nicknames, province_named, quoted_title, without_lyrics
from newsbrief.analyze.actor_respell import respell
from newsbrief.analyze.actor_roles import (
    SPEECH_LEMMAS,
    TITLE_REF_SENTENCES,
    Role,
    actor_role,
    best_role,
    position_sentence,
    title_mentions,
)
from newsbrief.analyze.actor_sources import lone_party, media_pattern, relay_only, reporter, source_only, story_outlet
from newsbrief.analyze.actor_spokes import acts_not_says, allied, supplier
from newsbrief.analyze.actor_targets import accused, place_named
from newsbrief.analyze.actor_terms import coined_term
from newsbrief.analyze.actor_things import (
    chain_branch,
    company_cued,
    description_only,
    is_thing,
    named_after_maker,
    trade_apposed,
    unsettled,
)
from newsbrief.analyze.actor_typing import (
    apposed_person,
    body_tagged,
    coordinated_person,
    counted_person,
    join_initials,
    leader_named,
    surnamed_person,
)
from newsbrief.analyze.actor_walk_ons import cast, city_cued, walk_ons
from newsbrief.analyze.antecedents import previous_subject
from newsbrief.analyze.context import Context, cite
from newsbrief.models import ActorInfo, Document, Item
from newsbrief.nlp.entity_states import is_country
from newsbrief.nlp.transcript import read_transcript
from newsbrief.sections import SECTIONS

__all__ = [
    "ACTOR_LABELS", "BIO_PARAGRAPHS", "BYLINE_SENTENCES", "CENTRE_SENTENCES", "GOVERNMENT_VERBS", "HEADLINE_WEIGHT",
    "LEAD_SENTENCES", "LEAD_WEIGHT", "MAX_ROLE_WORDS", "MAX_VOICED", "MIN_SINGLE_NAME_MENTIONS", "PERSON_NOUNS",
    "PRONOUN_WEIGHT", "SPEECH_LEMMAS", "TITLE_REF_SENTENCES", "TITLE_WORDS", "VOICE_WEIGHT", "Actor",
    "ActorNames", "Role", "actor_role", "analyze_actors", "best_role", "clean_name", "cluster_actors",
    "credit_spans", "display_name", "position_sentence", "previous_subject", "resolve_person", "shown_name",
    "title_mentions",
]

# News outlets quoted as sources ("told CNN", "according to the Washington Post"): a
# source of the story, not an actor in it, unless the headline is about the outlet.
_MEDIA = re.compile(
    r"^(?:CNN|BBC|Reuters|AP|AFP|Associated Press|Agence France-Presse|Bloomberg|NPR|PBS|NBC|CBS|ABC|"
    r"MSNBC|CNBC|Fox|Fox News|Sky News|Sky Sports|Al Jazeera|TMZ|Variety|Rolling Stone|People|E! News|"
    r"Politico|Axios|MailOnline|Mail Online|Xinhua|Interfax|Tass|Yonhap|Kyodo)$"
    r"|\b(?:Times|Post|Journal|Herald|Tribune|Gazette|Telegraph|Guardian|Mail|Mirror|Express|Observer|"
    r"Chronicle|Examiner|Inquirer|Magazine|News|Newspaper|Radio|TV|Television|Broadcasting|"
    r"Press)$|^[KW][A-Z]{2,3}-(?:TV|FM|AM)$|-TV$"
)  # a bare call sign ("KXAN") only where the text writes it as a station's (actor_sources.media_pattern)
MIN_SINGLE_NAME_MENTIONS = 3  # a one-word "person" who never acts must be named this often
SUBJECT_PRONOUNS = 2  # "she" subjects that make a person named once in the lead the story's subject


def _outlet(item: Evidence, outlets: dict[str, bool]) -> bool:
    """An outlet the text cites as a source ("as the Inquisitr reported"; "according to Starlane" for a
    name the model took for a place or a one-word person with no role)."""
    actor = item.actor
    cues = [outlets[a.lower()] for a in (*actor.aliases, actor.name) if a.lower() in outlets]
    if not cues:
        return False
    if item.label == "PERSON" and (len(actor.name.split()) > 1 or item.role is not None):
        return False  # "as Jane Hill wrote in her memoir": a person
    return any(cues) or (item.label == "GPE" and item.never_setting) or item.label == "PERSON"


# A country named this often, from the lead on, and acting is the story's own (Spain in a report on its bailout,
# 14 mentions, Newsroom 55), not a setting (a mine's country named four times, tests/analyze/test_actors_session22b).
STORY_COUNTRY_MENTIONS = 5
# A country named this often as the place where things happen ("in Haiti", "went into Syria"), silent, and acting as
# a state at most once ("Syria is paying the price", "Haiti's government said") is the story's setting, which a reader
# deletes from the Actors list (Audit 37: Syria in a correspondent's account of his visit, Haiti on a live page about
# its earthquake, 79 mentions); a state that acts twice stays (test_actors_session22b's Norway).
SETTING_COUNTRY_MENTIONS = 3


def _is_actor(doc: Document, item: Evidence, publishers: set[str], outlets: set[int], media: re.Pattern[str]) -> bool:
    """Whether a reader would list this entity among the story's actors (module docstring, 3); an
    outlet (``media``: the article's outlet names) only when the headline is about it."""
    actor = item.actor
    # An outlet whose report is the story is a party though a source elsewhere (actor_sources).
    story = item.headline or story_outlet(doc, actor.name, item.first_voiced, item.voiced)
    if actor.name.lower() in publishers or is_author(doc, actor) or (id(item) in outlets and not story):
        return False
    if item.only_setting and not item.voiced and not item.affiliated:
        return False  # "at Anfield", "in Lamoni": a place whatever the model called it ("at" a speaker's body is not)
    if item.label == "GPE":
        # Half its mentions or more "in X", "to X" and no decision of its own: the story's setting as well (Audit 46
        # 47.2: a quake's country in a readers' round-up, four mentions).
        if not item.voiced and item.governing <= 1 and (item.settings >= SETTING_COUNTRY_MENTIONS or (
                item.settings >= 2 and 2 * item.settings >= item.mentions and not item.decides)):
            return False
        # A country that never acts as a state (no government's verb, no decision) is the land the story is about,
        # though its headline names it and it is a subject ("the endgame for Libya", "Libya's political landscape",
        # "can Libya ever enjoy peace"): a reader deletes it from the Actors list (Audit 48 #3, #7).
        # A country never in the headline nor named as a setting stays (the state whose forces raid: "by U.S. forces").
        if not item.voiced and not item.governs and is_country(actor.name) and (item.headline or item.settings):
            return False
        # A place that governs, speaks, or acts in the headline's story ("Alibaba to raise $12.9bn",
        # a company the model took for a place; "China to raise tariffs", a government). A state acts more than
        # once or decides ("Norway signed"): named where things happen and once as a policy, a setting (Audit 36).
        return item.voiced > 0 or item.governing >= 2 or (item.decides and (item.mentions >= 2 or item.blocks)) \
            or (item.acts and (item.headline or (item.lead and item.mentions >= STORY_COUNTRY_MENTIONS)))
    if item.label == "ORG":
        if media.search(actor.name) and not story:
            return False
        # Named once and silent outside the lead, it is a detail ("the Fed", a body named in passing).
        # Named once, it is a party when it acts in the lead ("The RSPCA is investigating"; Audit 16), or when it is
        # the subject of a main clause's act or statement that happened, anywhere ("the Arab League voted to ask",
        # "the White House says it does not believe BP": Audit 51 #3, #5, each named once, were missing).
        return item.voiced > 0 or item.affiliated or item.sanctions or (item.acts and (item.mentions >= 2
                                                                                     or item.headline)) \
            or (item.lead and lone_subject(doc, actor, INACTIVE_VERBS)) \
            or (item.decides and not item.settings and lone_party(doc, actor)) \
            or supplier(doc, actor)  # not a list's, no paper (actor_sources); "sourced from LG" (actor_spokes)
    # A person named once, in passing, with no role and no word of their own is not an actor.
    # Named once in the lead and then carried by "he" or "she", it is the story's subject (a child in a human-interest
    # story; Audit 46 47.5): the pronouns name it again.
    if item.mentions < 2 and item.role is None and not item.voiced and not item.headline \
            and not (item.lead and item.pronouns >= SUBJECT_PRONOUNS) \
            and not (item.acts and coordinated_person(doc, actor)) and not counted_person(doc, actor) \
            and not accused(doc, actor):  # "A and B"; "the trial of NAME" (actor_targets)
        return False
    # A one-word "person" that never acts, speaks or holds a role is more often a mislabelled
    # thing ("Jam", "Anfield") than a mononym.
    return len(actor.name.split()) > 1 or item.acts or item.voiced > 0 or item.role is not None \
        or item.mentions >= MIN_SINGLE_NAME_MENTIONS or apposed_person(doc, actor)


def _item(doc: Document, item: Evidence) -> Item:
    actor = item.actor
    role = item.role
    first = actor.mentions_sorted()[0]
    if role is not None:
        text = doc.article.text[role.start : role.end]
        citations = [cite(role.sentence, role.start, role.end)]
    else:
        sentence = doc.sentences[first.sentence_index]
        text = doc.article.text[first.start : first.end]
        cleaned = clean_name(text)
        offset = text.find(cleaned)
        if offset >= 0 and cleaned:
            text = cleaned
        citations = [cite(sentence, first.start + max(offset, 0), first.start + max(offset, 0) + len(text))]
    position = position_sentence(doc, actor)
    if position is None and item.first_voiced is not None:
        position = doc.sentences[item.first_voiced]
    if position is not None and position.id != citations[0].sentence_id:
        citations.append(cite(position))
    counts = Counter(clean_name(m.text) for m in actor.mentions)
    counts.update(item.title_refs)
    return Item(
        text=text,
        citations=tuple(citations),
        payload=ActorInfo(
            name=display_name(actor, item.label),
            type=actor_type(item.label, item.actor.name),
            role=role.text if role else None,
            mentions=item.mentions,
            aliases=tuple(sorted(a for a in counts if a)),
            position=position.id if position else None,
        ),
    )


def _passing(item: Evidence) -> bool:
    """A body or place named once outside the headline ("The White House said the move was logistical"): under the
    cap it yields to a person of the same tier, who is named in full and quoted (Audit 23: a doctor quoted once, and
    the charity's head, were cut while the White House and the UN, each named once, stayed)."""
    return item.label != "PERSON" and item.mentions <= 1 and not item.headline


def _retyped_outlets(doc: Document, evidence: Sequence[Evidence]) -> set[int]:
    """The "people" that are outlets ("the daily NAME reported", "the NAME Blog"; Audit 47), made organisations and
    their role dropped (a blog's "role" is read from a quote in it); returned as outlets, sources and no actors."""
    found: set[int] = set()
    for item in evidence:
        if item.label == "PERSON" and outlet_typed(doc, item.actor, item.role):
            item.label, item.role = "ORG", None
            found.add(id(item))
    return found


def _office(item: Evidence) -> str | None:
    """The head of the actor's role when it is a post, not only where they are from ("of the Halvern Courier")."""
    return item.role.head if item.role is not None and not item.role.affiliation_only else None


def _lone_bodies(doc: Document, evidence: Sequence[Evidence], outlets: set[int],
                 publishers: set[str], media: re.Pattern[str]) -> list[Evidence]:
    """For a list that would be empty, the bodies that act as a party once, a decision that happened ("Zentro tries
    to stop such farms and bans the apps"; Audit 48 #10: a brief with no Actors section though it named the maker
    that acts); never an outlet, the publisher, or a site named after a preposition, where the parse
    may make it a subject ("a video on YouTube claiming ...")."""
    return [e for e in evidence if e.label == "ORG" and e.decides and not e.settings and id(e) not in outlets
            and e.actor.name.lower() not in publishers and not media.search(e.actor.name)
            and not any(m.token_start and doc.tokens[m.token_start - 1].pos == "ADP" for m in e.actor.mentions)
            and acts_not_says(doc, e.actor)]



def _retype(doc: Document, evidence: Sequence[Evidence], outlets: set[int]) -> None:
    """Each actor's type set right by how the article writes it (the model's label is a first guess)."""
    for item in evidence:
        if item.label in ("ORG", "GPE") and place_named(doc, item.actor):
            item.label = "GPE"  # "Mississippi" as ORG: a place, an actor only where it governs (actor_targets)
        elif item.label == "PERSON" and item.role is None and firm_named(doc, item.actor):
            item.label = "ORG"  # "analyst at stockbroker NAME", "economist of NAME": a firm (actor_craft, Audit 45)
        elif item.label != "PERSON" and (pseudonym(doc, item.actor) or poster(doc, item.actor)):
            item.label = "PERSON"  # "asked that we call her X", "X:" heading answers; "X wrote: '...'" (actor_posts)
        elif item.label in ("ORG", "GPE") and province_named(doc, item.actor):
            item.label = "GPE"  # "Babil's provincial governor", "a Babil police official" (actor_quoted)
        elif item.label != "PERSON" and (apposed_person(doc, item.actor) or surnamed_person(doc, item.actor)):
            item.label = "PERSON"  # "Nasib, a baby in a coma", "Hartley sent him" typed as bodies (actor_typing)
        elif item.label == "GPE" and id(item) in outlets:
            item.label = "ORG"  # an outlet the model took for a place is never shown as one
        elif item.label in ("PERSON", "GPE") and (company_cued(doc, item.actor.name) or (
                item.label == "GPE" and trade_apposed(doc, item.actor.name))) \
                and not named_person(item.actor, item.role) and (item.label == "PERSON" or unsettled(item)
                                                                 or chain_branch(doc, item.actor.name)):
            item.label = "ORG"  # "Nokara shares", "the contractor Vantor": a company (actor_things, Audit 17)
        elif item.label in ("ORG", "PERSON") and leader_named(doc, item.actor):
            item.label, item.acts = "PERSON", True  # "the Lincoln administration" acts as Lincoln (actor_typing)
        elif item.label == "PERSON" and body_tagged(doc, item.actor, item.role, item.pronouns, item.voiced):
            item.label = "ORG"  # "helped Alcoa" beside "Alcoa's gains" (actor_typing)
        elif company_not_place(item.actor, item.acts, item.never_setting):
            item.label = "ORG"  # "Corvane owns 30%", untagged where "to Corvane" is a place (actor_parties)
        elif item.label == "ORG" and city_cued(doc, item.actor.name):
            item.label = "GPE"  # "residents of Idlib", "the city of Idlib" (actor_walk_ons)
        body, acts = body_apposed(doc, item.actor, item.label, item.role, item.pronouns)
        if body:
            item.label, item.acts = "ORG", item.acts or acts  # "a campaign group, NAME," (actor_objects, Audit 53 #2)
        elif officers_owner(doc, item.actor, item.label, item.role, item.pronouns, item.voiced):
            item.label = "ORG"  # "NAME's UK executive director" (actor_objects)


def analyze_actors(doc: Document, ctx: Context) -> tuple[Item, ...]:
    """The story's actors, most salient first within people, then organisations and the
    places that act as governments; at most the section record's limit."""
    # "Still again was cut" is Devon Still; "Prosecutors say" names a party (actor_parties)
    found = founded_bodies(doc, untagged_bodies(doc, speaking_products(doc, ctx.actors)))  # "X, which was set up"
    found = speaking_bodies(doc, found, ctx.attributions)  # "The X Prize foundation said" (actor_objects)
    actors = join_initials(doc, merge_spellings(fold_titled_surnames(word_surname_mentions(doc, repeat_mentions(
        doc, group_parties(doc, found))))))  # "Pierre Omidyar (PO)" (actor_typing)
    actors = respell(doc, actors)  # "Gadhafi" is "Ghadhafi"; "Banksy Instagram" is Banksy (actor_respell)
    actors = firm_surnames(doc, fold_firm_names(doc, actors))  # "Brantwell" is "Brantwell Hoskins Global" (actor_firms)
    actors = join_nicknames(without_lyrics(actors))  # "I'm Big Cash Frank"; "Cool Money" (actor_quoted)
    actors = fold_or_acronyms(doc, regroup_surnames(doc, actors))  # "Chauhan" no place; "X, or CENTCOM" (actor_issuers)
    evidence = gather(doc, actors, ctx.attributions)  # computed once per document in the context
    publishers = publisher_names(doc)
    media = media_pattern(doc, _MEDIA)  # outlets, with the call signs the text writes as stations' (actor_sources)
    cited = outlet_names(doc)
    outlets = {id(item) for item in evidence if _outlet(item, cited)}
    outlets |= _retyped_outlets(doc, evidence)
    _retype(doc, evidence, outlets)
    # "the New Zealander said" (actor_things); a song's "Lover's Parade" (actor_quoted)
    evidence = [item for item in evidence if ((item.voiced and not named_after_maker(doc, item.actor)) or not is_thing(
        doc, item.actor)) and not description_only(doc, item.actor) and not quoted_title(doc, item.actor)
                and not coined_term(doc, item.actor)  # "crowdsourcing" (actor_terms)
                and not misfit(doc, item.actor, item.voiced)  # a disease, a glued sub-head (actor_misfits)
                and not object_named(doc, item.actor, item.role, item.pronouns, item.voiced)  # "the NAME explosion"
                and not job_title(doc, item.actor, item.label, item.pronouns, item.voiced)  # "Executive Engineer"
                and (item.voiced or not craft_named(doc, item.actor))]  # "the boat NAME", "the river NAME"
    speakers = {i for e in evidence if e.label == "PERSON" and (e.voiced or spokesperson(e.acts, e.role))
                for m in e.actor.mentions for i in range(m.token_start, m.token_end)}  # "NAME, a spokesman for X"
    people = {i for e in evidence if e.label == "PERSON" and e.mentions >= 2 for m in e.actor.mentions
              for i in range(m.token_start, m.token_end)}
    deciders = {i for e in evidence if e.label in ("GPE", "ORG") and e.decides and e.governing >= 2
                for m in e.actor.mentions for i in range(m.token_start, m.token_end)}
    for item in evidence:
        if item.label == "PERSON" and bio_author(doc, item.actor.mentions):
            item.voiced = max(item.voiced, 1)  # the author of an analysis piece: the piece is his voice
        item.affiliated = item.label == "ORG" and speaks_through(doc, item.actor, speakers)
        item.sanctions = item.label == "ORG" and (sanctions(doc, item.actor, people) or (
            item.decides and allied(doc, item.actor, deciders)))  # "the US and EU imposed" (actor_spokes)
    readers = read_transcript(doc).readers  # a Q&A page's readers each ask once: no actors (Audit 45 #7)
    chosen = [item for item in evidence if (_is_actor(doc, item, publishers, outlets, media) or cast(doc, item))
              and item.actor.name not in readers]
    walk_on = walk_ons(doc, chosen, INACTIVE_VERBS)  # settings, film roles, names in asides (actor_walk_ons)
    chosen = [item for item in chosen if (id(item) not in walk_on or poster(doc, item.actor))  # a post's signer
              and not source_only(doc, item.actor, item.headline)  # "according to the EPA" (actor_sources)
              and not relay_only(doc, item.actor, item.headline or story_outlet(
                  doc, item.actor.name, item.first_voiced, item.voiced))  # "the state news agency Qinghe said"
              and not ((reporter(doc, item.actor, item.headline, media, item.voiced)  # "CNN's Nic Robertson reported"
                        or (item.label == "PERSON" and cited_writer(doc, item.actor, item.headline, _office(item))))
                       and not rebuttal(doc, item.actor, item.voiced) and not poster(doc, item.actor))
              and not place_like(doc, item)]  # "as dear as Cap Cana" (actor_places)
    chosen = chosen or _lone_bodies(doc, evidence, outlets, publishers, media)
    limit = SECTIONS.get("actors").limit
    # The parties that speak, head the story or act again first; places that neither speak nor govern in the
    # headline's story last. At equal salience one who speaks goes before one who does not (a live page's mayor
    # named twice kept a quoted Red Cross leader out by coming first; Audit 27 28.5). An outside commentator goes after
    # the parties' own people of the tier (actor_commentators).
    chosen = sorted(chosen, key=lambda e: (rank_tier(e.label, e.voiced, e.acts, e.governs, e.headline,
                                                     e.mentions + e.pronouns), commentator(e), _passing(e),
                                           -e.salience, not e.voiced, e.actor.mentions_sorted()[0].start))[:limit]
    chosen.sort(key=lambda e: (e.label != "PERSON", -e.salience, e.actor.mentions_sorted()[0].start))
    return tuple(_item(doc, item) for item in chosen)
