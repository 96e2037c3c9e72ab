"""Actors a reader keeps and deletes (reader Audits 15 and 16, session 13). Articles written for these tests.

Each case lists the names that must be listed and the names that must not:

- the outlet's own staff reporting from the scene ("CNN's Ian Lee said", "our correspondent Nic Rowan");
- a walk-on source named once for colour with the role glued to the name ("rescue worker JP", "Rescuer Claude
  Fuilla") in a story whose principals are others;
- one group under two names ("ISIS" and "ISIL") listed once;
- principals named only once or twice: the organisation that acted (a society that investigates), the newspaper
  whose report is the story, an official who is quoted;
- two people who share a surname stay two;
- near misses: a wire or a state agency that relays the news in two sentences stays a source; a witness who is the story (in the headline and the lead) and an official quoted once stay.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.actors import analyze_actors
from newsbrief.analyze.context import build_context
from newsbrief.models import ActorInfo, Article, Source
from newsbrief.nlp.annotate import annotate

pytestmark = pytest.mark.slow

# (title, body, must be listed, must not be listed)
CASES: dict[str, tuple[str, str, set[str], set[str]]] = {
    "own_reporter_said": (
        "Blast hits Cairo police station",
        "A bomb exploded outside a police station in Cairo on Friday, killing four officers, the Interior "
        "Ministry said.\n\nCNN's Ian Leeson said the street was covered in glass. Interior Minister Samir Adly "
        "said the attackers would be found. \"We will not be intimidated,\" Adly said.\n\n"
        "The Muslim Brotherhood denied any role in the attack.",
        {"Samir Adly", "Muslim Brotherhood"}, {"Ian Leeson"}),
    "our_correspondent": (
        "Rebels seize airport in east",
        "Rebels seized the airport of the eastern city on Saturday after a night of fighting, the army said.\n\n"
        "\"The rebels now hold the runway,\" said our correspondent Nic Rowan, who is in the city. General Omar "
        "Deng said his troops had pulled back. Deng said the army would retake the airport within days.",
        {"Omar Deng"}, {"Nic Rowan"}),
    "glued_rescuer": (
        "Climbers rescued after three days on glacier",
        "Two climbers trapped for three days on a glacier in the Alps were rescued on Sunday, the mountain rescue "
        "service said.\n\nThe climbers, Anna Vogt and Peter Brandt, were flown to hospital in Geneva. Vogt said "
        "they had survived by sharing a sleeping bag. Brandt said he had lost feeling in his feet.\n\n"
        "\"The snow was chest-deep,\" Rescuer Claude Fuillon said. Vogt said she would climb again.",
        {"Anna Vogt", "Peter Brandt"}, {"Rescuer Claude Fuillon", "Claude Fuillon"}),
    "alias_isis_isil": (
        "ISIS fighters seize town in Iraq",
        "ISIS fighters seized the town of Hit in western Iraq on Friday, officials said.\n\n"
        "The Iraqi army said it had pulled back. ISIL, as the group is also known, has held Mosul since June. "
        "US General Martin Dempsey said ISIS was a threat to the region.\n\nISIS said it would push on.",
        {"ISIS", "Martin Dempsey"}, {"ISIL"}),
    "society_investigates": (
        "Puppies found dumped in box by roadside",
        "Six puppies were found dumped in a cardboard box beside a country road on Tuesday.\n\n"
        "The RSPCA is investigating and has appealed for witnesses. A passer-by, Jill Tanner, found the box "
        "and took the puppies to a vet. Tanner said they were cold and hungry. Tanner said she would adopt one.",
        {"RSPCA", "Jill Tanner"}, set()),
    "newspaper_report": (
        "Minister accepted free flights, newspaper reports",
        "Transport Minister Alan Pryce accepted free flights from an airline he regulates, the Sunday Herald "
        "reported.\n\nThe Sunday Herald said Pryce had taken six trips in two years. Pryce said he had declared "
        "every trip. Opposition leader Mary Quinn said Pryce should resign.",
        {"Alan Pryce", "Sunday Herald", "Mary Quinn"}, set()),
    "official_quoted_once": (
        "City to close three libraries",
        "The city council voted on Monday to close three libraries to save money.\n\n"
        "\"We had no choice,\" said council leader Ruth Abbott. Residents said the libraries were used every "
        "day. The council said the buildings would be sold.",
        {"Ruth Abbott"}, set()),
    "bystanders_beside": (
        "Gas blast destroys house in suburb",
        "A gas explosion destroyed a house in a quiet suburb on Monday night, injuring the owner, Tom Reeve, 61.\n\n"
        "Fire chief Laura Banks said the blast was caused by a leaking boiler. Reeve was taken to hospital with "
        "burns. Banks said the street had been evacuated.\n\nRescue worker Dee Harlan said the roof had fallen "
        "in. \"We heard a bang like thunder,\" said Liz Moss, a neighbour. Neighbour Dan Kerr said the house "
        "had been empty all day.",
        {"Tom Reeve", "Laura Banks"}, {"Dee Harlan", "Liz Moss", "Dan Kerr", "Neighbour Dan Kerr"}),
    "witness_in_lead_kept": (
        "Witness describes moment of crash",
        "A witness to Tuesday's train crash, Mia Strand, said she saw the driver wave before the impact.\n\n"
        "Strand said the train had been going fast. The rail operator Nordline said it was investigating. "
        "Strand said she had called for help.",
        {"Mia Strand", "Nordline"}, set()),
    "wire_relays": (
        "Earthquake strikes off Japan coast",
        "A strong earthquake struck off the northeast coast of Japan on Friday, Reuters reported.\n\n"
        "Reuters said there was no tsunami warning. The Japan Meteorological Agency said the quake had a "
        "magnitude of 6.1. Prime Minister Fumio Kishida said the government was checking for damage.",
        {"Fumio Kishida"}, {"Reuters"}),
    "state_agency_relays": (
        "Floods kill 12 in southern China",
        "Floods killed 12 people in southern China on Monday, the state news agency Qinghe said.\n\n"
        "Qinghe said 3,000 people had been moved from their homes. Local official Li Wen said rescue teams had "
        "reached the villages. Li said more rain was expected.",
        {"Li Wen"}, {"Qinghe"}),
    "shared_surname": (
        "Couple jailed for benefit fraud",
        "A couple who claimed benefits while running a business were jailed on Thursday.\n\n"
        "Mark Dyson was jailed for two years. His wife, Karen Dyson, was jailed for a year. Judge Helen Ward "
        "said Mark Dyson had planned the fraud. Karen Dyson told the court she had not known.",
        {"Mark Dyson", "Karen Dyson", "Helen Ward"}, set()),
}


def _names(title: str, body: str) -> set[str]:
    doc = annotate(Article(text=body, source=Source(title=title, url="https://example.com/news/story")))
    infos = [item.payload for item in analyze_actors(doc, build_context(doc))]
    return {info.name for info in infos if isinstance(info, ActorInfo)}


@pytest.mark.parametrize("case", sorted(CASES))
def test_principals_listed_and_padding_not(case: str) -> None:
    title, body, must, must_not = CASES[case]
    names = _names(title, body)
    assert must <= names, f"missing {must - names} in {names}"
    assert not must_not & names, f"listed {must_not & names}"
