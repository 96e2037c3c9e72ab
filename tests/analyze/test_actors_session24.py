"""Session 24, round 1 (actors5): what session 23 left in the Actors list. A two-word post before a name keeps its
participle ("managing director"); a restaurant chain the model took for a place is a company; a distress call in
capitals ("SOS calls") is no body; a charity whose spokesman speaks is a party; a delivery firm the story's company
teams up with acts; a woman quoted by her first name only is a person. Articles written for these tests."""

from __future__ import annotations

import pytest

from newsbrief.analyze.actor_things import company_cued
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.actor_cases import actors_of as _actors

DIRECTOR = (
    "The 24-year-old winger has scored 19 tries in 41 games for the Rovers.\n\n"
    "He could play his first game for the club in Sunday's trip to Leeds.\n\n"
    "\"With two of our wingers injured, we needed cover on the flanks,\" managing director Carl Henley said."
)


def test_a_participle_before_the_post_is_part_of_the_role() -> None:
    actors = _actors(DIRECTOR)
    assert "Carl Henley" in actors, sorted(actors)
    assert actors["Carl Henley"].role == "managing director"


CHAIN = (
    "Mexican restaurant Baja has agreed to offer home delivery in 40 cities, the company said on Monday.\n\n"
    "Baja had turned down earlier offers from delivery services, but has now signed a deal with the "
    "courier app Zipdash, which will charge customers a fee of $4.\n\n"
    "Zipdash pays drivers who use their own cars. Zipdash also delivers coffee for two other chains.\n\n"
    "Baja has grown fast in recent years, and a Baja in Dayton, Ohio, opened a second kitchen "
    "this spring to cope with orders.\n\n"
    "Baja will add a service charge of eight per cent to every delivered order.\n\n"
    "Last week the state's governor was seen eating lunch in a Baja in Toledo."
)


def test_a_restaurant_chain_is_an_organisation() -> None:
    actors = _actors(CHAIN, "Baja to deliver burritos")
    assert "Baja" in actors, sorted(actors)
    assert actors["Baja"].type == "organisation"


def test_the_delivery_firm_the_chain_teams_up_with_is_an_actor() -> None:
    actors = _actors(CHAIN, "Baja to deliver burritos")
    assert "Zipdash" in actors, sorted(actors)
    assert actors["Zipdash"].type == "organisation"


APP = (
    "Pizza chain Crustworks has decided to enter the home delivery market by teaming up with an app that brings "
    "meals to customers' doors.\n\n"
    "The chain will work with the Fetchers app to offer delivery in 50 cities, according to a trade magazine.\n\n"
    "Customers will pay a service charge, with delivery fees for Fetchers starting at $4, depending on distance.\n\n"
    "Crustworks had turned down earlier offers from delivery services, but has now given Fetchers the go-ahead, the "
    "magazine said.\n\n"
    "Two rival chains have also partnered with Fetchers this year."
)


def test_the_app_a_chain_partners_with_is_an_actor() -> None:
    actors = _actors(APP, "Crustworks to deliver pizza")
    assert "Fetchers" in actors, sorted(actors)
    assert actors["Fetchers"].type == "organisation"


RESCUE = (
    "Rome -- More than 6,000 migrants were rescued at sea over the weekend, according to the Italian navy, which "
    "said it received on Sunday -- alone -- SOS calls from 14 boats in distress.\n\n"
    "On Monday, a spokeswoman with the Sea Relief Fund told reporters the charity fears 300 people could be "
    "missing after "
    "a boat capsized off the Libyan coast.\n\n"
    "The Italian navy said it could not confirm the report. Navy officer Paolo Greco said a search had found no "
    "survivors."
)


def test_a_distress_call_is_no_organisation() -> None:
    actors = _actors(RESCUE)
    assert "SOS" not in actors, sorted(actors)


def test_a_charity_that_speaks_through_its_spokeswoman_is_an_actor() -> None:
    actors = _actors(RESCUE)
    assert "Sea Relief Fund" in actors, sorted(actors)
    assert actors["Sea Relief Fund"].type == "organisation"


MARKET = (
    "Port-de-Paix -- The market by the harbour has reopened, a week after the storm.\n\n"
    "A woman is cooking beans and maize in a large pot over a wood fire, and a few customers wait.\n\n"
    "\"People come here because there is nothing to cook at home,\" says Roseline.\n\n"
    "A plate costs ten gourdes, about 15 US cents, but many still cannot pay.\n\n"
    "Aid agencies say food prices have doubled since the storm."
)


def test_a_woman_quoted_by_her_first_name_is_a_person() -> None:
    actors = _actors(MARKET, "Haiti market reopens after storm")
    assert actors.get("Roseline") is None or actors["Roseline"].type == "person", actors.get("Roseline")


STRIKE = (
    "Rail workers walked out on Monday after talks between the union and the operator broke down.\n\n"
    "Union leader Maria Costa said members had been left with no choice. \"We asked for a fair deal,\" Costa said.\n\n"
    "Operator chief executive Ben Lowe said the offer was generous. Transport minister Jan Ekberg urged both sides "
    "to return to talks.\n\n"
    "\"Strikes like this rarely last more than a week,\" said Hugh Pratt, an analyst at Railwise. Pratt said "
    "the operator could afford more. \"They have the cash,\" Pratt added.\n\n"
    "\"The union holds the stronger hand,\" said Professor Ada Klein of Northgate University. Klein said public "
    "support would decide it. \"Commuters are the jury,\" Klein said.\n\n"
    "Economist Rui Santos said the walkout would cost the economy millions. \"Every day counts,\" Santos said. "
    "Santos said shops would feel it first.\n\n"
    "Researcher Lena Moor said past strikes had ended in pay deals. \"History repeats,\" Moor said. Moor said "
    "this one would too.\n\n"
    "Strategist Omar Fitch said markets had shrugged. \"Nobody is worried,\" Fitch said. Fitch said shares rose.\n\n"
    "Historian Tove Lind said the last such strike was in 1989. \"It lasted a month,\" Lind said. Lind said it "
    "ended in a deal.\n\n"
    "Commentator Ivo Rask said the minister had waited too long. \"He should have acted,\" Rask said. Rask said "
    "voters would remember.\n\n"
    "Lowe said the operator would keep talking. Ekberg said he would meet both sides on Friday."
)


def test_the_parties_officials_rank_before_outside_commentators_under_the_cap() -> None:
    actors = _actors(STRIKE, "Rail strike begins as talks collapse")
    assert {"Maria Costa", "Ben Lowe", "Jan Ekberg"} <= set(actors), sorted(actors)


STATE = (
    "A judge has ordered Nevada to reprint its ballots after a candidate's name was misspelled.\n\n"
    "A spokeswoman for Nevada's secretary of state, Lucy Ward, said the state would appeal to a Nevada court. "
    "\"We will comply with the law,\" Ward said.\n\n"
    "Nevada has 17 counties, and ballots in Nevada are printed by each of them.\n\n"
    "The candidate, Tom Ruiz, said Nevada should have checked. Nevada law sets the deadline for ballots."
)


def test_a_state_before_a_noun_is_no_branch_of_a_chain() -> None:
    actors = _actors(STATE, "Nevada told to reprint ballots")
    assert actors.get("Nevada") is None or actors["Nevada"].type == "place", actors.get("Nevada")



@pytest.mark.parametrize(("text", "name", "cued"), [
    ("Health inspectors said the restaurant Moretti opened in 2019 had failed two checks. Moretti said he was "
     "shocked.", "Moretti", False),
    ("The chef said the Susan chain of kitchens was new to her.", "Susan", False),
    ("Mexican restaurant Baja has agreed to offer home delivery.", "Baja", True),
    ("German retailer Audex said sales rose.", "Audex", True),
])
def test_a_trade_noun_before_a_name_cues_a_company(text: str, name: str, cued: bool) -> None:
    """Review of session 24: "the restaurant Moretti opened" is his restaurant (he speaks as "he"), and "Susan" is no
    nationality; a nationality and a trade noun before a one-word name still cue a company."""
    doc = annotate(Article(source=Source(), text=text))
    assert company_cued(doc, name) is cued
