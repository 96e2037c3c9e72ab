"""Roles of campus, civic, church and firm officers, firms and schools named like people, nicknames typed as
bodies, and players typed as bodies (session 19 round 1; the lead's readings of Newsroom rows 36, 54, 38 and 3
in docs/benchmarks.md). Articles written for these tests.

- An officer's title set beside the name ("Harold Vance, the provost, said"; "Comptroller Ruth Ade said") is his
  role: the title list holds the academic, civic, religious and corporate offices a reader expects.
- A name listed with a known firm ("kit houses from Sears and Montgomery Ward") or in a list of schools whose
  other names carry a school word ("Glebe Elementary, Swanson Middle and Lee High") is no person; a person
  named Ward, "Goldman Sachs said", "Morgan Stanley" and "Johnson & Johnson" keep their types.
- A quoted nickname inside a person's name ('Mike "The Blaze" Corrado') is that person: a later '"The Blaze"
  said' is no body of its own.
- A two-word name the model tags a body but written as a player ("Chase Hadley hit", "Hadley said he") is a
  person.
"""

from __future__ import annotations

import pytest

from tests.analyze.test_actors_session18 import _actors, _role

pytestmark = pytest.mark.slow


_CAMPUS = (
    "University will not act against professor's website",
    "The university will not act against a professor's website, its leaders said on Monday.\n\n"
    "\"There is not much we can do about it,\" said Harold Vance, the provost. Students have complained about "
    "the site since March. Comptroller Ruth Adeyemi said the site cost the university nothing. Miriam Lotz, the "
    "rabbi at the campus centre, said students felt hurt. Peter Okafor, the coroner, was not involved, and "
    "Bishop Alan Marsh said he would meet the students next week.",
)


@pytest.mark.parametrize(("surname", "title"), [("Vance", "provost"), ("Adeyemi", "comptroller"),
                                                 ("Lotz", "rabbi"), ("Marsh", "bishop")])
def test_officer_title_is_the_role(surname: str, title: str) -> None:
    assert title in _role(_actors(*_CAMPUS), surname)


_DEAN = (
    "Dean quits over budget",
    "The dean of the law school resigned on Friday after a row over the budget.\n\n"
    "\"I could not support these cuts,\" said Laura Pinsky, the dean, in a letter to staff. The registrar, "
    "Tom Beale, said classes would go ahead. Superintendent Carla Ruiz said the district's schools were not "
    "affected. Treasurer Amos Kline said the deficit was $4 million.",
)


@pytest.mark.parametrize(("surname", "title"), [("Pinsky", "dean"), ("Beale", "registrar"),
                                                 ("Ruiz", "superintendent"), ("Kline", "treasurer")])
def test_campus_and_civic_titles_are_roles(surname: str, title: str) -> None:
    assert title in _role(_actors(*_DEAN), surname)


_KIT_HOUSES = (
    "Old orchard town keeps its charm",
    "Oakdale, once full of cherry orchards, is a family neighbourhood dating to 1893, said Karen Dole, who "
    "leads the civic association.\n\n"
    "Its homes range from farmhouses to bungalows to kit houses from Sears and Montgomery Ward with two to five "
    "bedrooms. Many were built between 1900 and 1930, Dole said. Schools: Glebe Elementary, Swanson Middle, "
    "Kenwood Middle and Lee High. The neighbourhood has about 1,400 households and three parks. Sears and "
    "Montgomery Ward sold thousands of such houses by mail, Dole said.",
)


def test_firm_listed_with_a_firm_is_no_person() -> None:
    ward = _actors(*_KIT_HOUSES).get("Montgomery Ward")
    assert ward is None or ward.type == "organisation", ward


def test_school_in_a_school_list_is_no_person() -> None:
    actors = _actors(*_KIT_HOUSES)
    schools = [info for name, info in actors.items() if name.startswith(("Swanson", "Kenwood", "Glebe"))]
    assert all(info.type != "person" for info in schools), schools


def test_neighbourhood_speaker_stays_a_person() -> None:
    dole = [info for name, info in _actors(*_KIT_HOUSES).items() if name.endswith("Dole")]
    assert dole and dole[0].type == "person", dole


_CARPENTER = (
    "Carpenter rebuilds kit house",
    "A carpenter has rebuilt a 1920s kit house bought from a mail-order catalogue, he said on Tuesday.\n\n"
    "\"It came in 12,000 pieces,\" said Tom Ward, a carpenter from Oakdale. Ward said he had worked on the house "
    "for two years with his son. Ward and Amy Hale, a neighbour, plan to open it to visitors in June.",
)


def test_person_named_ward_stays_a_person() -> None:
    ward = [info for name, info in _actors(*_CARPENTER).items() if name.endswith("Ward")]
    assert ward and ward[0].type == "person", ward


_PARTIES = (
    "Software maker and founder sued",
    "A shareholder has sued Microsoft and Bill Gates over the sale of a subsidiary, court papers show.\n\n"
    "The suit was filed in Seattle on Monday. A lawyer for the shareholder declined to comment.",
)


def test_person_listed_with_a_firm_as_a_party_stays_a_person() -> None:
    gates = _actors(*_PARTIES).get("Bill Gates")
    assert gates is None or gates.type == "person", gates


_BANKS = (
    "Banks settle with regulator",
    "Goldman Sachs and Morgan Stanley agreed on Monday to pay $1 billion to settle claims over mortgage bonds.\n\n"
    "Goldman Sachs said it was pleased to put the matter behind it. Morgan Stanley said it had set aside the "
    "money last year. Johnson & Johnson, which was not part of the case, said it faced a separate inquiry. "
    "Goldman Sachs shares rose 2 percent.",
)


@pytest.mark.parametrize("name", ["Goldman Sachs", "Morgan Stanley", "Johnson & Johnson"])
def test_firm_with_a_person_name_stays_a_body(name: str) -> None:
    found = _actors(*_BANKS).get(name)
    assert found is None or found.type == "organisation", found


_NICKNAME = (
    "Reality star to get anger counselling",
    "Former reality star Mike \"The Blaze\" Corrado will get anger counselling to settle an assault charge over "
    "a fight at a gym he owns with his brother.\n\n"
    "Corrado pleaded guilty to a lesser charge on Tuesday, his lawyer Dan Feld said. \"The Blaze\" told a "
    "photographer after his arrest that the fight started because his brother was not running the gym well. "
    "The Blaze said he had learned his lesson. Corrado will return to court in May.",
)


def test_quoted_nickname_is_not_a_body() -> None:
    actors = _actors(*_NICKNAME)
    bodies = [name for name, info in actors.items() if "Blaze" in name and info.type != "person"]
    assert not bodies, sorted((n, i.type) for n, i in actors.items())


def test_nickname_person_is_one_entry() -> None:
    actors = _actors(*_NICKNAME)
    blaze = [name for name in actors if "Blaze" in name or name.endswith("Corrado")]
    assert len(blaze) == 1, blaze
    assert actors[blaze[0]].type == "person"


_PLAYER = (
    "Shortstop says slide was dirty",
    "Mets shortstop Ruben Ortega thinks Chase Hadley's late slide that broke his right leg was dirty.\n\n"
    "Speaking for the first time since Hadley ended Ortega's season in the playoffs, the shortstop said he "
    "was still angry. Hadley sent him a message through the team captain. Ortega might never respond to "
    "Hadley. Chase Hadley said he had not meant to hurt anyone. He hit two home runs on Sunday.",
)


def test_player_with_a_bank_name_is_a_person() -> None:
    actors = _actors(*_PLAYER)
    hadley = [info for name, info in actors.items() if name.endswith("Hadley")]
    assert hadley and all(info.type == "person" for info in hadley), hadley
