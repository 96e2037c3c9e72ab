"""Actors typed wrong or padded (session 16c; reader Audit 26, docs/audit.md 27.4 patterns 6 and 8).
Articles written for these tests.

- A surname written without its Arabic article ("Abadi" for "Haider al-Abadi") is that person.
- One person's surname spelled two ways ("Ghadhafi", "Gadhafi": a letter inserted; "Gaddafi"/"Gadafi": a doubled
  letter) is one person, typed a person even where the model tagged the variant a body.
- A field of study after "professor of" ("professor of coastal marsh ecology") is part of a job title, not a body.
- A ship ("the tanker Exxon Valdez", "the Exxon Valdez spill") is a thing, not an organisation; near miss: the
  company "Exxon" that says something stays an organisation.
- "Banksy's Instagram account" / "the Banksy Instagram page" is Banksy's account: the actor is Banksy.
- A country named only as a setting is no actor; near miss: "Turkey said it would close its border" stays.
- A crowd ("Protesters said") is no body; an outlet that hosts the piece ("Time.com is a partner of CNN.com") and
  a role an actor plays ("Rogen will play Wozniak") are no parties.
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


SPELLINGS = (
    "Blogger killed in Benghazi",
    "Nabil Omar, a blogger who filmed the fighting in Benghazi, was killed on Friday. Omar had said that Ghadhafi "
    "would never leave power.\n\n\"Ghadhafi will fight to the end,\" Omar said in his last broadcast. Forces loyal "
    "to Gadhafi shelled the city again on Saturday, and Gadhafi said the rebels would be crushed.",
)
FIELD = (
    "Marsh birds decline",
    "The number of nesting birds in the coastal marshes fell by a third this year, a survey found. \"The birds are "
    "losing their habitat,\" said Laura Benning, a professor of Coastal Marsh Ecology at Harlow State University. "
    "Benning, also a lecturer in Coastal Marsh Ecology at Harlow, said the decline could continue for a decade.",
)
SHIP = (
    "Spill spreads along coast",
    "The oil spill off the coast is now larger than the Exxon Valdez spill of 1989, officials said on Monday. The "
    "Exxon Valdez ran aground in Alaska and spilled 11 million gallons. The Exxon Valdez killed thousands of birds. \"This is worse,\" said Dana Marsh, a "
    "marine biologist. Exxon said it had paid for the clean-up at the time.",
)
ACCOUNT = (
    "Drawing was not by Banksy",
    "A drawing shared widely online after the attack was not the work of Banksy, his spokesman said on Friday. The "
    "Banksy Instagram account said the image was fake. \"It is not his work,\" the spokesman said. The "
    "drawing was made by Lucie Clerc, a French illustrator, who said she was surprised by its spread.",
)
SETTING = (
    "Refugees cross border",
    "Thousands of refugees crossed into Turkey on Sunday, fleeing the fighting, aid workers said. Many hope to "
    "reach Germany. \"We walked for three days,\" said Ahmad Saleh, a farmer. Saleh said he had family in Tunisia."
    "\n\nThe United Nations said it was sending tents.",
)
ACTING = (
    "Turkey to close border",
    "Turkey said on Monday it would close its border with Syria. Turkey closed two crossings last week. \"We "
    "cannot take more people,\" said Mehmet Aydin, a Turkish official.",
)


def test_spelling_variants_are_one_person() -> None:
    actors = _actors(*SPELLINGS)
    names = [n for n in actors if "hadhafi" in n.lower() or "adhafi" in n.lower()]
    assert len(names) == 1, actors
    assert actors[names[0]].type == "person"


def test_field_of_study_is_no_body() -> None:
    actors = _actors(*FIELD)
    assert not any("ecology" in n.lower() for n in actors), actors
    assert "Laura Benning" in actors


def test_ship_is_no_organisation() -> None:
    actors = _actors(*SHIP)
    assert not any("valdez" in n.lower() for n in actors), actors
    assert "Dana Marsh" in actors


def test_account_is_its_owner() -> None:
    actors = _actors(*ACCOUNT)
    assert not any("instagram" in n.lower() for n in actors), actors
    assert actors["Banksy"].type == "person", actors


def test_setting_country_is_no_actor() -> None:
    actors = _actors(*SETTING)
    assert not {"Turkey", "Tunisia", "Germany"} & set(actors), actors
    assert "Ahmad Saleh" in actors


def test_acting_country_stays() -> None:
    actors = _actors(*ACTING)
    assert "Turkey" in actors, actors
PROTEST = (
    "Crowds fill square in Cairo",
    "Protesters filled the main square in Cairo on Tuesday for a second day. Protesters said they would stay until "
    "the president resigned. \"We are not afraid,\" said Hana Mostafa, a student. Protesters chanted through the "
    "night, and the police watched from side streets.\n\nTime.com is a partner of CNN.com.",
)
ROLE = (
    "Actor to play engineer in biopic",
    "Seth Rogen will play Wozniak in the film about the computer pioneer, the studio said on Monday. Rogen, who "
    "has starred in several comedies, said he was thrilled. The film is directed by Danny Boyle, who said Rogen "
    "was his first choice to play Wozniak.",
)


def test_crowd_and_host_outlet_are_no_actors() -> None:
    actors = _actors(*PROTEST)
    assert not {"Protesters", "Time.com", "CNN.com"} & set(actors), actors
    assert "Hana Mostafa" in actors


def test_film_role_is_no_party() -> None:
    actors = _actors(*ROLE)
    assert "Wozniak" not in actors, actors
    assert "Seth Rogen" in actors


BARE_SURNAME = (
    "Premier vows to fight",
    "Militants attacked an army base north of the capital on Monday, officials said. \"We will defeat them,\" said "
    "Haider al-Abadi, the prime minister. Abadi said air strikes had slowed the advance.",
)


def test_surname_without_article_is_the_person() -> None:
    actors = _actors(*BARE_SURNAME)
    assert "Abadi" not in actors, actors
    assert actors["Haider al-Abadi"].type == "person"


BARE_SHIP = (
    "Gulf spill toll",
    "About 3,000 birds have died in the Gulf, compared with up to 600,000 after Exxon Valdez. Several thousand sea "
    "otters died after Exxon Valdez ran aground. \"The numbers are smaller,\" said Dana Marsh, a biologist. Exxon "
    "Valdez spilled 11 million gallons in Alaska. Exxon said it had paid for the clean-up at the time.",
)
CRUISE = (
    "Cruise ship stranded",
    "The cruise ship Ocean Star lost power off the coast on Sunday. Ocean Star was towed to port on Monday, the "
    "company said. \"We were scared,\" said Jill Park, a passenger. The liner Ocean Star carries 3,000 people.",
)


def test_ship_named_alone_is_no_organisation() -> None:
    actors = _actors(*BARE_SHIP)
    assert not any("valdez" in n.lower() for n in actors), actors
    assert actors["Exxon"].type == "organisation", actors
    assert "Ocean Star" not in _actors(*CRUISE)


CARTOON = (
    "Senator jokes at rally",
    "Senator Ruth Hale criticised President Obama at a rally on Friday. Obama has not replied. A supporter held a "
    "drawing of a cruise ship named Obama sinking into the sea. \"She is our best hope,\" said the supporter, Tom Veer.",
)


def test_person_drawn_as_ship_stays_a_person() -> None:
    actors = _actors(*CARTOON)
    assert actors["Obama"].type == "person", actors
