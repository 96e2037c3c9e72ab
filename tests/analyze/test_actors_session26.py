"""Session 26 (actors): what Audit 40 read in the Actors lists. A province is a place, not a body, when its name
heads a provincial office ("Maysan's provincial governor", "a Maysan police official"); a title of a work always
written in quotation marks (a song, "Lover's Parade") is no actor; a lyric the model tagged as a name ("I'm Cool
Money Frank") is no mention; a quoted nickname alone is the person who bears it. Articles written for these
tests."""

from __future__ import annotations

from newsbrief.analyze.actor_names import Actor
from newsbrief.analyze.actor_quoted import join_nicknames, without_lyrics
from newsbrief.models import Entity
from tests.analyze.actor_cases import actors_of as _actors

PROVINCE = (
    "Dozens of protesters in Amara, part of a Shiite province east of Baghdad, on Friday demanded the resignation "
    "of Maysan's provincial governor, Ali Dawai, according to a Maysan police official and an Iraqi Interior "
    "Ministry official."
)


def test_a_province_with_a_governor_is_no_body() -> None:
    actors = _actors(PROVINCE)
    assert "Maysan" not in actors or actors["Maysan"].type == "place", actors.get("Maysan")


SONG = (
    "It was in Frankie \u201cCool Money\u201d Dixon\u2019s rhymes, the way he rapped through the Hilltop Crew\u2019s "
    "\u201cLover\u2019s Parade,\u201d the hit that propelled a movement. \u201cI\u2019m up, I\u2019m down, I\u2019m "
    "Cool Money Frank, all around,\u201d he raps. Cool Money later managed a club. \u201cLover\u2019s Parade\u201d "
    "is considered the best-selling single of its year, said Dana Whitlock. Writes Whitlock, \u201cTheir raps on "
    "\u2018Lover\u2019s Parade\u2019 were the stuff of legend.\u201d"
)


def test_a_quoted_song_title_is_no_actor() -> None:
    actors = _actors(SONG)
    assert not any("Lover" in name for name in actors), actors
    assert "Dana Whitlock" in actors, sorted(actors)


QUOTED_SPEAKER = (
    "The last of the old dockers gathered on Saturday to mark the closing of the Pier 9 warehouse.\n\n"
    "'Rich' said he had worked there for forty years and would miss the noise.\n\n"
    "The warehouse will be turned into flats, the council said."
)


def test_a_quoted_name_that_speaks_stays() -> None:
    from newsbrief.analyze.actor_quoted import quoted_title
    from tests.analyze.actor_cases import doc_of

    doc = doc_of(QUOTED_SPEAKER)
    start = QUOTED_SPEAKER.index("Rich")
    mention = Entity("Rich", "PERSON", start, start + 4, 1, 0, 1)
    assert not quoted_title(doc, Actor("Rich", "PERSON", [mention], {"Rich"}))


def _entity(text: str, label: str, start: int) -> Entity:
    return Entity(text, label, start, start + len(text), 0, start, start + 1)


def test_a_lyric_is_no_mention() -> None:
    lyric = _entity("I\u2019m Cool Money Frank", "ORG", 10)
    plain = _entity("Cool Money Frank", "ORG", 80)
    actors = without_lyrics([Actor("I\u2019m Cool Money Frank", "ORG", [lyric, plain],
                                   {"I\u2019m Cool Money Frank", "Cool Money Frank"})])
    assert [(a.name, len(a.mentions)) for a in actors] == [("Cool Money Frank", 1)]
    assert without_lyrics([Actor("I\u2019m Frank", "ORG", [lyric], {"I\u2019m Frank"})]) == []


def test_a_quoted_nickname_alone_is_the_person() -> None:
    person = Actor("Frankie \u201cCool Money\u201d Dixon", "PERSON", [_entity("Frankie", "PERSON", 0)],
                   {"Frankie \u201cCool Money\u201d Dixon"})
    nick = Actor("Cool Money", "ORG", [_entity("Cool Money", "ORG", 50), _entity("Cool Money", "ORG", 90)],
                 {"Cool Money"})
    actors = join_nicknames([person, nick])
    assert [(a.name, a.label, len(a.mentions)) for a in actors] == [
        ("Frankie \u201cCool Money\u201d Dixon", "PERSON", 3)]


SCARE_QUOTES = (
    "A rumour is spreading about a nurse from Rosario, Argentina, named Elena Morales who supposedly stole medicine "
    "from a children's hospital, which then made the evening news.\n\n"
    "Several tabloids picked up the rumour, going so far as to write that police were involved and that this is not "
    "the first time Morales has stolen from an employer.\n\n"
    "The only problem with all of these reports about Elena Morales is that nearly none of it is true.\n\n"
    "A local paper looked into the Elena Morales story last week.\n\n"
    "The woman now wrongly identified as \u201cElena Morales\u201d is becoming well known on Instagram. A cousin of "
    "the woman explained who she really is."
)


def test_a_person_in_scare_quotes_is_no_title() -> None:
    actors = _actors(SCARE_QUOTES)
    assert "Elena Morales" in actors, sorted(actors)
    assert actors["Elena Morales"].type == "person", actors["Elena Morales"]



CITED = (
    'The city council of Halvern voted on Tuesday to close the old ferry terminal, ending a service that has run since 1902.' "\n\n"
    'Mayor Ingrid Solberg said the terminal cost too much to repair. "We cannot keep pouring money into a building that is falling into the sea," Solberg said.' "\n\n"
    'Residents were angry. Tomas Lind, who has used the ferry for thirty years, said the vote was a betrayal.' "\n\n"
    'Lind wrote to the council last month asking it to save the service. Solberg wrote on Facebook that the decision was painful.' "\n\n"
    'Martin Rask of the Halvern Courier has reported that the repairs would cost four million crowns.' "\n\n"
    'Karen Holm’s essential history of the harbour, “Salt and Stone,” describes the terminal as the heart of the old town. Writes Holm, “The ferry was the only road most islanders ever knew.”' "\n\n"
    'The ferry will make its last crossing in June.'
)


def test_writers_cited_for_background_are_no_actors() -> None:
    actors = _actors(CITED, "Halvern votes to close its ferry terminal")
    assert "Martin Rask" not in actors and "Karen Holm" not in actors, sorted(actors)
    assert {"Ingrid Solberg", "Tomas Lind"} <= set(actors), sorted(actors)
