"""Session 23, round 1 (Audit 37 38, actors): a country a reporter travels through is the setting of the story, not
a party, though it "pays" once; a leader the text names by surname beside his regime or rule is a person, not a body.
Articles written for these tests."""

from __future__ import annotations

from newsbrief.analyze.actors import analyze_actors
from newsbrief.analyze.context import build_context
from tests.analyze.actor_cases import actors_of as _actors
from tests.analyze.actor_cases import doc_of as _doc
from tests.analyze.actor_cases import info_of as _info

TRAVELLED = (
    "Our South America editor Helen Marsh spent three weeks in Venezuela, where she found families queuing for "
    "bread before dawn.\n\n"
    "In Venezuela the shelves of most shops are bare, and the currency has lost nearly all its value.\n\n"
    "Most people I met in Venezuela blamed the shortages on years of price controls.\n\n"
    "Economist Tomas Reyes said the controls had driven farmers out of business. \"Nobody plants what he must "
    "sell at a loss,\" Reyes said.\n\n"
    "Venezuela is paying the price for that now.\n\n"
    "Many of the diplomats I spoke to before I went into Venezuela thought new elections would end the crisis."
)


def test_a_country_the_reporter_travels_through_is_the_setting() -> None:
    actors = _actors(TRAVELLED, "Inside the queues: a month of shortages")
    assert "Tomas Reyes" in actors
    assert "Venezuela" not in actors


LIVE = (
    "Aid flights began landing in Nepal on Sunday, two days after the earthquake.\n\n"
    "Nepal's government said the death toll had passed 3,000.\n\n"
    "Rescue teams in Nepal are still digging through collapsed buildings in the capital.\n\n"
    "The UN said it would send 40 tonnes of medical supplies. \"The need is enormous,\" said UN spokesman "
    "Pedro Alvarez.\n\n"
    "In Nepal, thousands of people slept outdoors for a second night.\n\n"
    "Doctors in Nepal said hospitals were overflowing."
)


def test_a_disaster_country_named_where_things_happen_is_the_setting() -> None:
    actors = _actors(LIVE, "Nepal earthquake: aid flights arrive")
    assert "Pedro Alvarez" in actors
    assert "Nepal" not in actors


REGIME = (
    "For four decades the Somoza regime held the country in an iron grip.\n\n"
    "When Somoza seized power in 1937, he jailed his rivals and took over the largest farms.\n\n"
    "Opponents of Somoza's rule were forced into exile, and many joined the guerrillas in the hills.\n\n"
    "Historians still argue over how much support Somoza enjoyed in the capital."
)


def test_a_leader_named_beside_his_regime_is_a_person() -> None:
    actors = _actors(REGIME, "How a dynasty ruled for forty years")
    assert "Somoza" in actors
    assert actors["Somoza"].type == "person"


TAGGED_BODY = (
    "Critics say the loyalist forces of Duvalier are far better armed than the rebels.\n\n"
    "Who could replace Duvalier's regime? A case could be made that Duvalier's autocratic rule resembles that of "
    "other strongmen.\n\n"
    "When Duvalier came to power in 1957, he united the army behind him.\n\n"
    "Families loyal to the Duvalier regime live in the north. If they turn against Duvalier, there may be hope."
)


def test_a_leader_the_model_tags_a_body_beside_his_regime_is_a_person() -> None:
    actors = _actors(TAGGED_BODY, "Who will follow the strongman?")
    assert "Duvalier" in actors
    assert actors["Duvalier"].type == "person"


TITLED = (
    "The senate voted on Tuesday to send anti-tank weapons to the resistance, after weeks of debate.\n\n"
    "Senator Laura Finch, who led the campaign for the bill, said the weapons would arrive within a month. "
    "\"They cannot hold the bridges without them,\" Finch said.\n\n"
    "Critics compared the plan to \"Rosa Keller's Crusade\", the covert programme of the 1980s that armed groups "
    "who later turned on their backers.\n\n"
    "Unlike \"Rosa Keller's Crusade\", the new programme was debated in the open, Finch said."
)


def test_a_name_only_inside_a_quoted_title_is_no_actor() -> None:
    actors = _actors(TITLED, "Senate votes to arm resistance")
    assert "Laura Finch" in actors
    assert "Rosa Keller" not in actors


NICKNAMED = (
    "Police in Leeds arrested Dominic Hale, who called himself \"Captain Hale\" online, on Friday.\n\n"
    "Hale, 34, is accused of selling fake tickets to more than 200 fans, police said.\n\n"
    "Detective Sergeant Amy Roth said: \"Mr Hale took money from people who could not afford to lose it.\"\n\n"
    "Hale will appear in court on Monday."
)


def test_a_person_also_named_in_quotation_marks_stays() -> None:
    actors = _actors(NICKNAMED, "Man held over fake ticket sales")
    assert "Dominic Hale" in actors


COMMENTARY = (
    "Harford Town beat Milbridge 2-1 in a tense game at the Old Mill on Saturday.\n\n"
    "Attempt blocked. Tom Ashby (Harford Town) right footed shot from outside the box is blocked.\n\n"
    "Corner, Harford Town. Conceded by Lewis Grant.\n\n"
    "Attempt saved. Lewis Grant (Milbridge) header from the centre of the box is saved.\n\n"
    "Attempt missed. Tom Ashby (Harford Town) left footed shot from the left side of the box misses.\n\n"
    "Goal! Harford Town 2, Milbridge 1. Tom Ashby (Harford Town) right footed shot to the bottom left corner.\n\n"
    "Attempt missed. Lewis Grant (Milbridge) shot from distance is high and wide."
)


def test_a_commentary_line_label_is_no_actor() -> None:
    actors = _actors(COMMENTARY, "Harford Town 2-1 Milbridge")
    assert "Tom Ashby" in actors
    assert "Attempt" not in actors


FIELD = (
    "A group of technology investors has pledged $1bn to a new laboratory that will study AI safety.\n\n"
    "Founder Priya Nair said the lab would publish all of its research. \"Advances in AI should benefit everyone, "
    "not a few companies,\" she said.\n\n"
    "Some scientists warn that AI could one day outpace its makers.\n\n"
    "Others say the risk of AI turning on humans is remote, and that progress in AI is slower than claimed.\n\n"
    "The lab will open in Toronto next year."
)


def test_a_field_of_technology_is_no_actor() -> None:
    actors = _actors(FIELD, "Investors pledge $1bn for AI safety lab")
    assert "Priya Nair" in actors
    assert "AI" not in actors


INTERVIEWED = (
    "Last month the region was declared free of the fever that killed more than 2,000 people in two years.\n\n"
    "He told the BBC's Martin Goss about his years as a nurse and his work in the isolation wards:\n\n"
    "I grew up in a fishing village and trained as a nurse in the capital.\n\n"
    "When the fever came, the Red Cross asked me to run a ward of forty beds.\n\n"
    "The Red Cross gave us gloves and masks, but we had to wash them and use them again.\n\n"
    "I lost six colleagues in the first month."
)


def test_the_interviewer_of_a_first_person_account_is_no_actor() -> None:
    actors = _actors(INTERVIEWED, "The nurse who ran a fever ward")
    assert "Martin Goss" not in actors


SHARED_GIVEN = (
    "She told the station's Michael Ortiz about the years after her release:\n\n"
    "In prison I met a teacher called Michael Weir, who ran reading classes for the women on my wing.\n\n"
    "Michael taught me to read in eight months, and he wrote to me every week after he left.\n\n"
    "Michael still sends me a book every birthday."
)


def test_a_bare_given_name_is_the_person_named_last_before_it() -> None:
    doc = _doc(SHARED_GIVEN, "The teacher who changed my life")
    infos = [_info(item) for item in analyze_actors(doc, build_context(doc))]
    weir = next((i for i in infos if i.name == "Michael Weir"), None)
    assert weir is not None and weir.mentions >= 2
    assert all(i.mentions < 2 for i in infos if i.name == "Michael Ortiz")
