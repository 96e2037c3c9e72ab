"""Actors duplicated or typed wrongly (session 20 round 2; reader Audit 33 and the lead's reading of Newsroom rows).
Articles written for these tests.

- A short form of a full-named person's given name ("Mo, as he's known" beside "Mohammed Rahim") is that person,
  not a second actor; a short form that two people's given names begin with stays apart.
- A capitalised phrase that ends in a company's initialism ("what managers call 'Smaller BP'") is the company,
  named by its initialism and typed as a body, when the initialism is also written alone; a person whose name
  ends in a Roman numeral or a one-letter initial stays a person.
- A bare family surname shared by several relatives belongs to the story's principal (the first full-named and
  most-mentioned of them), not to each of them.
"""

from __future__ import annotations

import pytest

from tests.analyze.test_actors_session20 import _actors

pytestmark = pytest.mark.slow

_NICKNAME = (
    "Teenage trader says he made millions",
    "Mohammed Rahim, a 17-year-old student from Leeds, says he has made a fortune trading shares at lunchtime.\n\n"
    "Rahim, the son of a taxi driver, runs the school's investment club. Mo, as he's known, will not disclose "
    "his full net worth, but says it is in the millions.\n\n"
    "Mo bought a car last year, though he cannot drive it yet. Rahim said he wanted to start a fund.",
)


def test_short_given_name_is_the_same_person() -> None:
    actors = _actors(*_NICKNAME)
    assert "Mo" not in actors, sorted(actors)
    assert "Mohammed Rahim" in actors, sorted(actors)
    assert "Mo" in actors["Mohammed Rahim"].aliases, actors["Mohammed Rahim"].aliases


def test_short_form_of_two_given_names_stays_apart() -> None:
    actors = _actors(
        "Twins open a bakery",
        "Samuel Oduya and Samantha Oduya opened a bakery in Hull on Monday, their first business.\n\n"
        "Samuel Oduya said the shop had taken a year to plan. Samantha Oduya said they had borrowed from family.\n\n"
        "Sam, their younger cousin, bakes the bread every morning. Sam said he gets up at four. Sam likes it.",
    )
    assert "Samuel Oduya" in actors and "Samantha Oduya" in actors, sorted(actors)
    assert "Sam" not in actors["Samuel Oduya"].aliases and "Sam" not in actors["Samantha Oduya"].aliases


def test_given_name_that_only_looks_short_is_not_folded() -> None:
    # "Ali" begins "Alistair", but a different, separately-introduced person with his own surname is no short form
    actors = _actors(
        "Two chefs share a prize",
        "Alistair Grant, a chef from Perth, and Ali Hassan, a chef from Dundee, shared the prize on Friday.\n\n"
        "Grant said the win was a surprise. Hassan said he would spend the money on a new oven.",
    )
    assert "Ali Hassan" in actors and "Alistair Grant" in actors, sorted(actors)


_FUTURE = (
    "BP to sell refineries",
    "BP will sell its refineries in Asia and Africa, the oil company said on Tuesday. What managers are calling "
    "\"Smaller BP\" will be a much smaller company.\n\n"
    "Smaller BP will focus on drilling in the North Sea, the company's chief executive, Tom Harlow, said. "
    "BP shares rose 3% on the news.\n\n"
    "Analysts said BP needed the cash to pay for a spill. Smaller BP would have fewer staff, Harlow said.",
)


def test_phrase_ending_in_company_initials_is_the_company() -> None:
    actors = _actors(*_FUTURE)
    assert "Smaller BP" not in actors, sorted(actors)
    assert "BP" in actors, sorted(actors)
    assert actors["BP"].type == "organisation", actors["BP"]


def test_person_with_roman_numeral_stays_a_person() -> None:
    actors = _actors(
        "King visits the fleet",
        "King Harald IV visited the fleet at Bergen on Monday. Harald IV said the sailors had served well.\n\n"
        "The king also met the crew of the new frigate, which Harald IV named last year.",
    )
    assert any(info.type == "person" and "Harald" in name for name, info in actors.items()), sorted(actors)


def test_person_with_one_letter_initial_stays_a_person() -> None:
    actors = _actors(
        "Rapper opens a school",
        "The rapper Marcus Lee J opened a music school in Detroit on Monday. Marcus Lee J said the school "
        "would be free.\n\nMarcus Lee J grew up two streets away, he said.",
    )
    assert all(info.type == "person" for name, info in actors.items() if "Marcus" in name), actors


_FAMILY = (
    "Man convicted of killing student",
    "Darnell Okafor was convicted on Tuesday of killing a college student outside a nightclub in 2006.\n\n"
    "Okafor, whose older brother, Marcus Jr., had played football for the same school, showed no emotion. "
    "Okafor's mother, Grace Okafor, wept in court.\n\n"
    "Okafor faces life in prison. Okafor's lawyer said he would appeal. Prosecutors said Okafor fired four shots. "
    "Marcus Okafor Jr. was not in court.",
)


def test_relative_clause_role_is_not_the_principals() -> None:
    actors = _actors(*_FAMILY)
    assert "Darnell Okafor" in actors, sorted(actors)
    assert "brother" not in (actors["Darnell Okafor"].role or "").lower(), actors["Darnell Okafor"]


def test_bare_family_surname_counts_for_the_principal_only() -> None:
    actors = _actors(*_FAMILY)
    relatives = [info for name, info in actors.items() if name != "Darnell Okafor" and "Okafor" in name]
    assert all(info.mentions <= 2 for info in relatives), relatives
    assert actors["Darnell Okafor"].mentions >= 5, actors["Darnell Okafor"]


def test_lone_surname_still_counts_when_one_relative() -> None:
    # near miss: one person with the surname keeps every bare mention
    actors = _actors(
        "Man convicted of fraud",
        "Darnell Okafor was convicted on Tuesday of defrauding a pension fund.\n\n"
        "Okafor showed no emotion. Okafor faces ten years in prison, and Okafor's lawyer said he would appeal.",
    )
    assert actors["Darnell Okafor"].mentions >= 4, actors["Darnell Okafor"]


def test_company_initials_alone_stay_a_company() -> None:
    # near miss: a company named only by its initials, no phrase around it
    actors = _actors(
        "BP to sell refineries",
        "BP will sell its refineries in Asia, the oil company said on Tuesday. BP shares rose 3%.\n\n"
        "Analysts said BP needed the cash. The company's chief executive, Tom Harlow, said BP would grow again.",
    )
    assert "BP" in actors and actors["BP"].type == "organisation", sorted(actors)


def test_short_given_name_without_a_cue_is_the_same_person() -> None:
    actors = _actors(
        "Rower crosses the Atlantic",
        "Christopher Dale, a retired teacher from Cork, rowed across the Atlantic alone in 61 days.\n\n"
        "Dale said the worst night came in the third week. Chris said he had lost 12 kilograms on the crossing.\n\n"
        "Chris plans to row the Pacific next, Dale said.",
    )
    assert "Chris" not in actors, sorted(actors)
    assert "Christopher Dale" in actors, sorted(actors)


def test_one_word_name_with_no_fuller_form_stays() -> None:
    # near miss: a mononym that begins nobody's given name keeps its entry
    actors = _actors(
        "Singer cancels tour",
        "Mo, the singer, cancelled her European tour on Monday. Mo said she was exhausted.\n\n"
        "Mo will rest for a year, her manager, Karen Fell, said. Fell said the fans would be refunded.",
    )
    assert "Mo" in actors, sorted(actors)


def test_whose_clause_role_is_the_relatives() -> None:
    # the principal's bare surname before "whose older brother, NAME," takes no role from the clause
    actors = _actors(
        "Teen guilty of murder",
        "A jury found Darnell Okafor guilty of murder on Tuesday. Okafor, 17, showed no emotion.\n\n"
        "Police arrested Okafor, whose older brother, Marcus Okafor Jr., had played for the same team, in 2004. "
        "Okafor's lawyer said he would appeal, and Okafor's mother wept.",
    )
    assert "brother" not in (actors["Darnell Okafor"].role or "").lower(), actors["Darnell Okafor"]
