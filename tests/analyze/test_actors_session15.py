"""Actors typed wrong, names broken, key speakers missing (issue #11; reader Audit 23, docs/audit.md 24.4 item 4
and 24.5). Articles written for these tests.

- A foreign-language outlet ("Il Corriere Adriatico", "Diario de Cuba") is no person; near misses: a detective
  whose surname is "Post" and a mayor whose surname is "Herald" stay people.
- A dwarf planet, a mythical creature and a ship named after a person are no people; near miss: the woman the
  ship is named after stays a person.
- A television programme's title ("Charlando Con Tia Rosa") yields no people.
- A title before a name with a two-word surname keeps the whole name; an organisation's name loses a trailing "to".
- A wire writer credited for the report is no actor.
- A fully named speaker with a role, quoted once, outranks walk-ons under the section's cap.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.actors import analyze_actors
from newsbrief.analyze.context import build_context
from newsbrief.models import ActorInfo, Article, Source
from newsbrief.nlp.annotate import annotate

pytestmark = pytest.mark.slow


def _actors(title: str, body: str) -> dict[str, ActorInfo]:
    """The article's actors by name."""
    doc = annotate(Article(text=body, source=Source(title=title)))
    infos = [item.payload for item in analyze_actors(doc, build_context(doc))]
    return {info.name: info for info in infos if isinstance(info, ActorInfo)}


def _people(title: str, body: str) -> set[str]:
    return {name for name, info in _actors(title, body).items() if info.type == "person"}


def _no_person_with(people: set[str], word: str) -> bool:
    return not any(word in name for name in people)


CORRIERE = (
    "Nun gives birth in convent",
    "A nun gave birth to a baby boy in a convent in central Italy, Il Corriere Adriatico reported on Thursday.\n\n"
    "The nun, 31, told doctors she had not known she was pregnant, Il Corriere Adriatico said in an article. "
    "The local bishop, Marco Bellini, said the convent would care for the child. \"We will help her,\" Bellini said.",
)
DIARIO = (
    "Rumour of leader's death spreads",
    "Rumours that the former leader had died spread online on Friday after the news site Diario de Cuba "
    "reported that officials had called a press conference.\n\n"
    "Diario de Cuba later said its sources could not be confirmed. Government spokesman Luis Ortega said no press "
    "conference had been planned. \"There is nothing to announce,\" Ortega said.",
)
POST = (
    "Police appeal after break-in",
    "Detective Laura Post said on Monday that thieves had broken into a jewellery shop in the town centre.\n\n"
    "\"We are asking anyone who saw a white van to call us,\" Post said. Mayor John Herald said the town would pay "
    "for more street cameras. Herald said the shop's owner had been helpful.",
)
PLUTO = (
    "Astronomers measure Pluto's moon",
    "Astronomers said on Tuesday that they had measured the largest moon of Pluto more precisely than ever.\n\n"
    "Pluto, the dwarf planet at the edge of the solar system, was demoted from planet status in 2006. It takes "
    "248 years to circle the Sun. Pluto has five known moons. \"The data are remarkable,\" said Dr Karen Lowe, an "
    "astronomer at the Kellerman Observatory.",
)
YETI = (
    "Villagers claim Yeti sighting",
    "Villagers in a remote valley said they had filmed the Yeti crossing a snowfield last week.\n\n"
    "The creature, which walked upright, was filmed for about a minute. Yeti hunters have long searched the "
    "valley. The Yeti was last reported there in 1998. Sceptics said the footage showed a man in a costume.",
)
SHIP = (
    "Cargo ship runs aground",
    "The cargo ship Anna Petrova ran aground off the northern coast on Sunday, the coastguard said.\n\n"
    "The Anna Petrova was carrying 3,000 tonnes of grain when it struck a sandbank. The ship, named after the "
    "company's founder, was refloated on Monday. Captain Oleg Sorin said none of the crew was hurt.",
)
SHOW = (
    "Talk show host apologises",
    "The host of the Spanish-language talk show Charlando Con Tia Rosa apologised on Wednesday for remarks about "
    "immigrants.\n\n"
    "Maria Fuentes, who has hosted Charlando Con Tia Rosa since 2010, said she regretted the comments. "
    "\"I was wrong,\" Fuentes said. The network said the show would return next week.",
)
NATO = (
    "Alliance chief rejects criticism",
    "Alliance Secretary-General Lars Holm Sorensen said on Sunday that the air campaign was protecting civilians.\n\n"
    "\"We act to protect civilians, no more, no less,\" Sorensen said. He said the mission would go on.",
)
ENERGY = (
    "Andean Crest Energy to build pipeline",
    "Andean Crest Energy to build a new gas pipeline in the south, the company said on Monday.\n\n"
    "Andean Crest Energy will spend $2bn on the project. Its chief executive, Pablo Ruiz, said work would start in "
    "May. \"This is our largest project,\" Ruiz said.",
)
CREDIT = (
    "Storm floods coastal towns",
    "A storm flooded three coastal towns on Tuesday, forcing hundreds of families from their homes.\n\n"
    "Civil protection chief Rosa Mendez said rescuers had reached every town. \"The water is going down,\" Mendez "
    "said.\n\nAssociated Press writer John Rice contributed from Mexico City.",
)
PRINCIPAL = (
    "Doctors warn of crisis after quake",
    "By Karen Hale, BBC News, Port-au-Prince\n\n"
    "Doctors treating survivors of the earthquake warned on Friday that patients would die unless flights to the "
    "United States resumed. The evacuation flights were halted on Wednesday, the military said.\n\n"
    "The White House said the halt was due to logistical issues. President Rene Duval met aid groups in the "
    "capital. Health Minister Jean Baptiste visited the main hospital. The United Nations said food was arriving. "
    "The Red Cross sent more nurses. Oxfam said water was short. A spokesman for the European Union said more aid "
    "would come. Mayor Pierre Noel said the streets were being cleared. Duval said the country would rebuild.\n\n"
    "Dr Barth Glenn, who runs a trauma unit at the city's airport, said: \"People are dying here every day because "
    "they cannot be flown out.\"",
)


@pytest.mark.parametrize("case", [CORRIERE, DIARIO], ids=["corriere", "diario"])
def test_foreign_outlet_is_no_person(case: tuple[str, str]) -> None:
    people = _people(*case)
    assert _no_person_with(people, "Corriere") and _no_person_with(people, "Diario"), people


def test_person_named_post_or_herald_stays_a_person() -> None:
    people = _people(*POST)
    assert {"Laura Post", "John Herald"} <= people, people


@pytest.mark.parametrize("case, word", [(PLUTO, "Pluto"), (YETI, "Yeti"), (SHIP, "Anna Petrova")],
                         ids=["pluto", "yeti", "ship"])
def test_creature_planet_ship_is_no_person(case: tuple[str, str], word: str) -> None:
    assert _no_person_with(_people(*case), word)


def test_real_people_beside_things_stay() -> None:
    assert "Karen Lowe" in _people(*PLUTO)
    assert "Oleg Sorin" in _people(*SHIP)


def test_programme_title_yields_no_person() -> None:
    people = _people(*SHOW)
    assert _no_person_with(people, "Charlando") and _no_person_with(people, "Rosa"), people
    assert "Maria Fuentes" in people


def test_title_keeps_two_word_surname() -> None:
    actors = _actors(*NATO)
    assert "Lars Holm Sorensen" in actors, actors
    role = actors["Lars Holm Sorensen"].role or ""
    assert "Lars" not in role, role


def test_organisation_name_loses_trailing_preposition() -> None:
    names = set(_actors(*ENERGY))
    assert not any(name.endswith(" to") for name in names), names
    assert "Pablo Ruiz" in names


def test_wire_writer_is_no_actor() -> None:
    names = set(_actors(*CREDIT))
    assert "John Rice" not in names, names
    assert "Rosa Mendez" in names


def test_quoted_principal_outranks_walk_ons() -> None:
    names = set(_actors(*PRINCIPAL))
    assert "Barth Glenn" in names, names
    assert "Karen Hale" not in names


SIGHTING = (
    "Video shows Yeti, say villagers",
    "Rescuers in the mountains say they filmed a Yeti walking across a snowy slope. Yeti was seen by a witness, "
    "Olga Petrova, who said it was tall and covered in hair. \"It walked like a man,\" she said. Sceptics said Yeti "
    "walks too much like a human.",
)
ALLIANCE = (
    "Alliance rejects criticism",
    "NATO Secretary-General Henrik Dahl Mortensen said on Monday that the alliance was protecting civilians. "
    "\"We act to protect civilians, no more, no less,\" Dahl Mortensen said. Mortensen said the mission would go on.",
)
FILM = (
    "Festival honours director",
    "The festival showed the film John Hale directed in 1990. Hale, 70, told the audience he was moved. The late "
    "Ruth Kemp, "
    "who starred in it, was remembered by the Kemp family. \"She was the heart of the film,\" Hale said.",
)


def test_creature_with_article_is_no_person_and_witness_stays() -> None:
    people = _people(*SIGHTING)
    assert _no_person_with(people, "Yeti"), people
    assert "Olga Petrova" in people


def test_title_keeps_given_name_the_model_left_out() -> None:
    actors = _actors(*ALLIANCE)
    assert "Henrik Dahl Mortensen" in actors, actors
    assert "Henrik" not in (actors["Henrik Dahl Mortensen"].role or "")


def test_people_beside_a_film_and_a_family_stay_people() -> None:
    people = _people(*FILM)
    # "the film John Hale directed": the director is no title (his full name is lost to clustering, on main too)
    assert "Ruth Kemp" in people and any("Hale" in name for name in people), people


CAPPED = (
    "US halts island medical flights",
    "The US military has suspended flights carrying injured earthquake victims to the United States, doctors say.\n\n"
    "The flights were halted on Wednesday after a state governor asked for federal help with the cost of care. The "
    "White House said the move was due to logistical issues. Dr Aaron Pell, who runs a field hospital at the "
    "airport, said: \"Patients are dying here because they cannot be flown out.\" He said his team had been told "
    "to stop sending patients. The UN said more aid was arriving. Prime Minister Henri Vaval said the government "
    "would move people out of the capital.\n\n"
    "Meanwhile, ten Americans held on trafficking charges appeared before a judge. Lena Moss, the group's leader, "
    "said they had made a mistake. Social Affairs Minister Yves Darbon said the case was an abduction. The Red "
    "Cross said it was caring for the children. \"The children are well,\" said Patricia Vargas, "
    "who runs the village.",
)


def test_quoted_person_outranks_bodies_named_once() -> None:
    names = set(_actors(*CAPPED))
    assert {"Aaron Pell", "Patricia Vargas"} <= names, names


CHARITY = (
    "Orphans cared for after quake",
    "Social Affairs Minister Yves Darbon said the case was an abduction. SAFE Children's Villages said it was caring "
    "for the children. \"The children are well,\" said Patricia Vargas, who runs the village.",
)


def test_body_named_with_plural_possessive_stays_whole() -> None:
    names = set(_actors(*CHARITY))
    assert "SAFE Children's Villages" in names, names
    assert "Villages" not in names
