"""Actor typing and missing principals (reader Audit 18, 19.4 item 5 and 19.5). Articles written for these tests.

Each case lists names that must be listed with their type, and names that must not be listed:

- a company's mentions are its own: a broker whose name starts with the same letters ("BGC Partners") never takes
  the mentions of the company being sued ("BP"), and the sued company is listed;
- a word inside a title ("Secretary of State") is no actor;
- a vessel with a ship prefix ("USS", "HMS") is no person, nor a place that is the object of from/to/in/near;
- an aid organisation with a foreign name ("Medecins Sans Frontieres") and a militant group ("al-Shabab") are
  organisations, not persons;
- a person after a possessive company ("Comcast's Jason Livingood") is a person, without the company;
- a quoted spokesman, a quoted official and a named correspondent quoted for his views are listed as persons.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.actors import analyze_actors
from newsbrief.analyze.context import build_context
from newsbrief.models import ActorInfo, Article, Source
from newsbrief.nlp.annotate import annotate

pytestmark = pytest.mark.slow

# (title, body, {name: type} that must be listed, names that must not be listed)
CASES: dict[str, tuple[str, str, dict[str, str], set[str]]] = {
    "sued_company_not_brokers": (
        "Oil firm shares slide after US files lawsuit",
        "Shares in BP fell 2% on Thursday after the US government sued the company over the oil spill.\n\n"
        "The Justice Department says BP ignored safety rules before the blast. BP said the suit was expected. "
        "BP has already paid $10bn in claims.\n\n"
        "Alan Marsh, a trader at BGC Partners, said investors feared a large fine. \"BP will fight this in "
        "court,\" Marsh said. BP shares have lost a third of their value this year.",
        {"BP": "organisation", "Alan Marsh": "person"}, set()),
    "word_inside_a_title": (
        "Envoys meet in Geneva on border war",
        "Secretary of State Helen Crane said on Friday that talks on the border war would resume next week.\n\n"
        "Crane met the foreign ministers of both countries in Geneva. The Secretary of State said a ceasefire "
        "was close. Foreign minister Pavel Orlov said his government wanted peace.",
        {"Helen Crane": "person", "Pavel Orlov": "person"}, {"State"}),
    "ship_and_road_town": (
        "How aid reaches the island",
        "Aid is reaching the island by air, road and sea.\n\n"
        "Trucks make the 18-hour drive from Santo Domingo to the border every day. The aircraft carrier "
        "USS Carl Vinson is anchored off the coast, and its helicopters fly water to the capital. HMS Ocean "
        "is due next week. The Red Cross said three million people need help. Red Cross official Anna Berg "
        "said the roads were blocked.",
        {"Anna Berg": "person"}, {"USS Carl Vinson", "HMS Ocean", "Santo Domingo"}),
    "foreign_named_charity": (
        "Doctors warn of infection in quake zone",
        "Doctors in the capital warned on Tuesday of a second wave of deaths from infection.\n\n"
        "Medecins Sans Frontieres said its plane had been turned away three times. Medecins Sans Frontieres "
        "said five patients had died for lack of supplies. \"We were forced to buy a saw in the market,\" said "
        "Loris Bellini, an emergency coordinator for the charity.",
        {"Medecins Sans Frontieres": "organisation", "Loris Bellini": "person"}, set()),
    "militant_group_not_person": (
        "Air strike kills militant leader",
        "A US air strike has killed the leader of al-Shabab, the Pentagon said on Friday.\n\n"
        "Al-Shabab has not confirmed the death. Al-Shabab fighters still hold towns in the south. \"This is a "
        "major blow,\" said Army Colonel Steve Warrick, a Pentagon spokesman. Analyst Jon Burger said al-Shabab "
        "would choose a new leader within days.",
        {"al-Shabab": "organisation", "Steve Warrick": "person", "Jon Burger": "person"}, set()),
    "possessive_company_person": (
        "Cable company denies it blocks private browsers",
        "A cable company has denied reports that it blocks customers who use a private web browser.\n\n"
        "Comcast's Jason Livewood wrote in a blog post that the reports were false. Livewood said the company "
        "does not monitor which browser its customers use. Comcast said customers were free to use any "
        "software.",
        {"Jason Livewood": "person", "Comcast": "organisation"}, {"Comcast's Jason Livewood"}),
    "quoted_spokesman": (
        "Oil firm says it is not solely to blame",
        "The oil company said on Friday it was not solely responsible for the leak from its well.\n\n"
        "\"We are not the only company involved,\" BP spokesman Toby Oden said. The company pointed to "
        "Transocean, which owned the rig. Transocean said it would cooperate with the inquiry. Oden said "
        "the company would pay for the clean-up.",
        {"Toby Oden": "person", "BP": "organisation"}, set()),
    "quoted_correspondent": (
        "Cameraman killed in ambush",
        "A cameraman for an Arab television network was killed in an apparent ambush near the city on "
        "Saturday, the network said.\n\n"
        "Journalists have been attacked and detained across the country. CNN's Nic Robinson, who was held "
        "for several hours last week, said the attacks were meant to frighten reporters. \"They want no "
        "witnesses,\" Robinson said. The Committee to Protect Journalists said 25 journalists had been detained.",
        {"Nic Robinson": "person"}, set()),
    "title_word_before_department": (
        "Clinton presses Moscow on Syria",
        "US Secretary of State Hillary Clampton on Friday urged Russia to stop backing the government in "
        "Damascus.\n\n\"Russia must pay a price,\" the Secretary of State told the meeting in Paris. A State "
        "Department official said sanctions were being drawn up. Russian diplomat Gennady Gatov said the "
        "remarks were inappropriate.",
        {"Hillary Clampton": "person", "Gennady Gatov": "person"}, {"State"}),
    "carrier_that_acts": (
        "Warships bring water to the quake zone",
        "The USS Carl Vinson has arrived off the coast with 19 helicopters. The USS Carl Vinson is providing "
        "fresh water, and its crew has flown 30 missions. HMS Ocean said it would bring engineers. Navy "
        "spokesman Dan Reyes said the ships could stay for months.",
        {"Dan Reyes": "person"}, {"USS Carl Vinson", "Carl Vinson"}),
    "vessels_in_a_list": (
        "Navy ships head for the island",
        "Aid is arriving by sea. The aircraft carrier USS Carl Vinson is anchored offshore, the hospital ship "
        "USNS Comfort docked on Wednesday and the Royal Navy sent RFA Largs Bay. Carl Vinson's helicopters "
        "have flown water inland. Admiral Mike Mullins said the Carl Vinson would stay as long as needed.",
        {"Mike Mullins": "person"}, set()),
    "capital_on_the_road": (
        "Truck convoys bring food across the border",
        "The World Food Programme has sent 30 trucks from Santo Domingo to the capital. The drive from "
        "Santo Domingo takes 18 hours. WFP spokesman Tom Fenn said the trucks had reached the border. "
        "Convoys leave Santo Domingo every morning, Fenn said.",
        {"Tom Fenn": "person"}, {"Santo Domingo"}),
    "charity_misspelled": (
        "Hospital runs out of saws and painkillers",
        "Doctors at a hospital in the capital said they had run out of painkillers on Thursday.\n\n"
        "Medicins Sans Frontieres said its cargo plane had been turned away. Medicins Sans Frontieres said "
        "patients were dying. A doctor with Medicins Sans Frontieres said infection was the biggest risk.",
        {"Medicins Sans Frontieres": "organisation"}, set()),
    "possessive_company_person_writes": (
        "Cable firm says browser reports are false",
        "According to Comcast's Jason Livewood, the reports are false. Comcast's Jason Livewood wrote that "
        "customers may use any browser. \"We respect customer privacy,\" Livewood wrote.",
        {"Jason Livewood": "person"}, {"Comcast's Jason Livewood"}),
    "name_with_particle": (
        "Aid plane turned away from airport",
        "A cargo plane carrying medical supplies was turned away from the airport three times, a charity said.\n\n"
        "\"We had to buy a saw in the market to carry out amputations,\" said Loris de Fillipo, an emergency "
        "coordinator at the main hospital. De Fillipo said five patients had died. The airport is run by the "
        "US military.",
        {"Loris de Fillipo": "person"}, set()),
    "abbreviated_rank": (
        "Strike kills militant commander",
        "A US drone strike killed a militant commander in the south, officials said on Friday.\n\n"
        "Army Col. Steve Warrick, a Pentagon spokesman, said the strike had hit a vehicle. Warrick said the "
        "commander had planned attacks on shopping centres. Analyst J.M. Burger said the group would survive.",
        {"Steve Warrick": "person"}, set()),
    "spokesman_after_quote": (
        "Oil company blames rig owner",
        "The oil company said on Friday that the owner of the rig bore part of the blame for the leak.\n\n"
        "\"This was not our accident,\" said Toby Oden, a BP spokesman. \"The rig was run by Transocean.\" "
        "Oden said BP would pay legitimate claims. Transocean declined to comment.",
        {"Toby Oden": "person"}, set()),
}


def _infos(title: str, body: str) -> dict[str, ActorInfo]:
    doc = annotate(Article(text=body, source=Source(title=title, url="https://example.com/news/story")))
    infos = [item.payload for item in analyze_actors(doc, build_context(doc))]
    return {info.name: info for info in infos if isinstance(info, ActorInfo)}


@pytest.mark.parametrize("case", sorted(CASES))
def test_actors_listed_with_their_type(case: str) -> None:
    title, body, must, must_not = CASES[case]
    infos = _infos(title, body)
    types = {name: str(info.type) for name, info in infos.items()}
    for name, kind in must.items():
        assert name in infos, f"missing {name} in {types}"
        assert types[name] == kind, f"{name} typed {types[name]}"
    assert not must_not & set(infos), f"listed {must_not & set(infos)}"


def test_broker_does_not_take_the_sued_company_mentions() -> None:
    title, body, _, _ = CASES["sued_company_not_brokers"]
    infos = _infos(title, body)
    broker = infos.get("BGC Partners")
    assert broker is None or broker.mentions <= 1, broker
    assert "BP" not in (broker.aliases if broker else ()), broker


# Ship prefixes: a vessel is a thing; listed, it is never a person ("USS Carl Vinson (person)", Audit 18).
_VESSEL_WORDS = ("USS", "USNS", "HMS", "RFA", "INS", "Vinson", "Comfort", "Largs", "Ocean")


@pytest.mark.parametrize("case", ["carrier_that_acts", "vessels_in_a_list", "ship_and_road_town"])
def test_vessels_are_never_persons(case: str) -> None:
    title, body, _, _ = CASES[case]
    persons = [name for name, info in _infos(title, body).items() if info.type == "person"]
    assert not [p for p in persons if any(w in p.split() for w in _VESSEL_WORDS)], persons
