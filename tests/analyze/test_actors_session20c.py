"""Actors typed wrongly or missed (session 20 round 3; the lead's reading of Newsroom rows).
Articles written for these tests.

- A resort, a development or an event named like a person ("as dear as Playa Verde to the south", "the Grand
  Prix Halifax street race") that never speaks, never acts and is never "he" or "she" is no person.
- A bare surname that speaks ("Moreau said") is a person, not an organisation.
- A player who is the subject of the story's second half (three or more mentions, acting) is an actor.
- A bare surname the model tagged a body, continued by "he" in a clause of its own sentence ("X seemed to like it,
  though he ..."), is a person.
"""

from __future__ import annotations

import pytest

from tests.analyze.test_actors_session20 import _actors

pytestmark = pytest.mark.slow

_RESORT = (
    "Where to buy a beach home on the north coast",
    "Prices on the north coast are rising, but they are not as high as Cap Sereno or Casa del Rio to the south.\n\n"
    "\"Buyers from Quebec want the beach,\" says Marc Duval, a broker with Island Homes in Puerto Plata.\n\n"
    "A former sugar plantation of 50 acres, Las Olas ' Jardines del Mar will have 120 residences, from condos to "
    "villas. Most buyers in the Cap Sereno area are American. Las Olas is a fishing village.",
)


def test_resort_and_development_are_not_persons() -> None:
    actors = _actors(*_RESORT)
    for name, info in actors.items():
        if "Cap Sereno" in name or "Las Olas" in name or "Jardines" in name:
            assert info.type != "person", (name, info.type)
    assert "Marc Duval" in actors, sorted(actors)


_RACE = (
    "Moreau fastest in final practice",
    "Luc Moreau topped the final practice session on Saturday, ahead of Dario Fenn and Tom Ricci.\n\n"
    "\"The car felt good all day, and the balance was there,\" Moreau said.\n\n"
    "Ricci will miss the next round but will return on August 3 for the Grand Prix Halifax street course race. "
    "His team said on Friday that he would drive a second car at the Grand Prix Halifax.\n\n"
    "Moreau starts from the front row on Sunday. Fenn said he expected rain.",
)


def test_event_is_not_a_person() -> None:
    actors = _actors(*_RACE)
    for name, info in actors.items():
        if "Halifax" in name:
            assert info.type != "person", (name, info.type)


def test_speaking_surname_is_a_person() -> None:
    actors = _actors(*_RACE)
    hits = [info for name, info in actors.items() if "Moreau" in name]
    assert hits, sorted(actors)
    assert all(info.type == "person" for info in hits), [(i.name, i.type) for i in hits]


def test_near_miss_named_person_with_place_word_stays() -> None:
    # a person who speaks stays a person even beside "to the north"
    actors = _actors(*_RESORT)
    assert actors["Marc Duval"].type == "person"


_TENNIS = (
    "Kovac and Lind reach semi-finals",
    "Petra Kovac beat Sara Lind 6-2, 6-3 in the quarter-finals on Tuesday, and Kovac will play Mia Holt next.\n\n"
    "\"I played my best tennis today,\" Kovac said. Lind said she had been tired. Holt won in three sets.\n\n"
    "The women outshone the men, although Ernests Kalnins sustained his run with a serve-led demolition of "
    "Karel Benes that will give the top seed a test.\n\n"
    "On a buzzing court, Kalnins, the most intriguing figure in the men's game, smiled when Benes hit the net. "
    "It might have sounded absurd to say Kalnins would challenge for the title a week ago. Kalnins has won 12 matches "
    "in a row.",
)


def test_second_half_subject_is_an_actor() -> None:
    # the model types the full name a product and the bare surname a person
    actors = _actors(*_TENNIS)
    assert "Ernests Kalnins" in actors, sorted(actors)
    assert actors["Ernests Kalnins"].type == "person"


def test_full_name_typed_as_body_with_lone_surname() -> None:
    actors = _actors(*(part.replace("Ernests Kalnins", "Aivars Ozols").replace("Kalnins", "Ozols") for part in _TENNIS))
    assert "Aivars Ozols" in actors, sorted(actors)


_DRIVER = (
    "Vanzetti fastest in practice",
    "Vanzetti, whose No. 7 Lola/Ford will start from the front row in Sunday's race, topped the practice session at "
    "221.4 mph.\n\n\"We might have to run that pace,\" Vanzetti said. \"A lot depends on the weather.\"\n\n"
    "The new push-to-pass button can be used ten times during the race. Vanzetti seemed to like it, though he "
    "probably won't need it much.",
)


def test_surname_continued_by_he_in_its_sentence_is_a_person() -> None:
    # the model tags the driver's bare surname an organisation; "though he ..." in the same sentence is his
    actors = _actors(*_DRIVER)
    assert "Vanzetti" in actors, sorted(actors)
    assert actors["Vanzetti"].type == "person"


def test_company_continued_by_it_stays_a_body() -> None:
    # near miss: a firm is "it", not "he"
    actors = _actors(
        "Barclays profits rise",
        "Barclays said on Monday that profits rose 12% in the year to March, though it warned that costs were rising."
        "\n\nBarclays, which has branches in 40 countries, employs 4,000 people here. Barclays said it would open "
        "an office in Ohio.",
    )
    assert all(info.type != "person" for name, info in actors.items() if "Barclays" in name), sorted(actors)
