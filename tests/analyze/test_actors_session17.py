"""Actors typed, named and given roles wrong (session 17; the lead's readings of unseen Newsroom and XSum rows,
docs/benchmarks.md session 16). Articles written for these tests.

- A company named "<Name> Trains <Place>" (a service noun inside a multi-word name) is an organisation even where
  the model tags it a person; near misses: a person whose surname is a place ("Florence Wales"), and the two
  people who run a family shop stay people.
- "Name, from the University of X," gives the person an affiliation role.
- A book title before a name ("In his book, Easy Money: Staying Humble, former NFL quarterback Marcus Hale wrote") is no
  role: the role is "former NFL quarterback".
- A body whose name runs on past a capitalised preposition ("the Global Alliance Towards a Malaria Vaccine") is not
  cut at the preposition ("Global Alliance Towards").
- A scientist named in full with his descriptor and later by surname alone is one actor.
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


TRAINS = (
    "Gales close roads across the north",
    "Winds of up to 80mph closed roads across north Wales on Sunday.\n\nCoastway Trains Wales warned of \"speed "
    "restrictions and possible delays\" on all services between Bangor and Holyhead. Coastway Trains Wales said "
    "buses would replace trains on the coast line until Monday.\n\nFlorence Wales, a retired teacher from Bangor, "
    "said the sea had flooded her street. \"I have never seen it this bad,\" Wales said.",
)
FAMILY = (
    "Farm shop reopens after flood",
    "Dale and Rita Moss reopened their farm shop on Saturday, a month after the river flooded it. \"We lost "
    "everything in the cold room,\" Dale Moss said. Rita Moss said customers had helped them clean the shop. The "
    "couple have run the shop for twenty years.",
)
AFFILIATION = (
    "Alpine glaciers shrink by a quarter",
    "Glaciers in the western Alps have lost a quarter of their area in thirty years, a new inventory shows.\n\nThe "
    "inventory was produced by Claire Dumont, from the University of Grenoble, and colleagues. \"The losses are "
    "fastest on the lower glaciers,\" Dumont said. She said the smallest glaciers could vanish by 2050.",
)
BOOK = (
    "Former player says he owed his father nothing",
    "In his new book, Easy Money: Staying Humble, former NFL quarterback Marcus Hale wrote that his father asked him for "
    "half a million dollars after he was drafted in 2004. Hale said he refused, but bought his father a car. "
    "\"It was the wrong gift,\" Hale wrote.",
)
CUT_BODY = (
    "Child in remission after early treatment",
    "A child treated for malaria at birth has had no parasites in her blood for two years, doctors said. \"She is "
    "healthy,\" said Prof Ruth Okafor, director of the Kline Institute for Tropical Medicine in Lagos. Okafor, a "
    "member of the Global Alliance Towards a Malaria Vaccine, said larger trials were needed. Okafor said the "
    "result was encouraging.",
)


def test_trains_company_is_an_organisation() -> None:
    """A "<Name> Trains <Place>" company is an organisation; a woman surnamed Wales stays a person."""
    actors = _actors(*TRAINS)
    company = [info for name, info in actors.items() if "Coastway" in name]
    assert company and company[0].type == "organisation", actors
    assert actors["Florence Wales"].type == "person", actors


def test_family_shop_owners_stay_people() -> None:
    """Two people running a shop stay two people."""
    actors = _actors(*FAMILY)
    people = [info for name, info in actors.items() if "Moss" in name]
    assert people and all(info.type == "person" for info in people), actors


def test_from_institution_is_a_role() -> None:
    """"Claire Dumont, from the University of Grenoble," has her university as her role."""
    actors = _actors(*AFFILIATION)
    assert "University of Grenoble" in (actors["Claire Dumont"].role or ""), actors


def test_book_title_is_no_role() -> None:
    """The book's title word before "former NFL quarterback" is not in the role."""
    actors = _actors(*BOOK)
    role = actors["Marcus Hale"].role or ""
    assert "former NFL quarterback" in role and "Humble" not in role, actors


def test_body_name_not_cut_at_preposition() -> None:
    """No actor's name ends in a dangling capitalised preposition."""
    actors = _actors(*CUT_BODY)
    assert not [name for name in actors if name.split()[-1] in {"Towards", "For", "Of", "On"}], actors


def test_scientist_once() -> None:
    """The professor named with her descriptor and then by surname is one actor."""
    actors = _actors(*CUT_BODY)
    assert [name for name in actors if "Okafor" in name] == ["Ruth Okafor"], actors


BRACKETED = (
    "Fighters leave for the front",
    "More recruits are travelling to the region, researchers say. Omar Haddad, of the International Institute for the Study "
    "of Migration (IISM), at Hallam University, has been tracking the recruits. Haddad said the numbers "
    "had doubled.",
)


def test_affiliation_keeps_its_bracket_closed() -> None:
    """A set-off affiliation ending in an acronym in brackets keeps the closing bracket."""
    role = _actors(*BRACKETED)["Omar Haddad"].role or ""
    assert role.count("(") == role.count(")") and "Institute for the Study" in role, role
