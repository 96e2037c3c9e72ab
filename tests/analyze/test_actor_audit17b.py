"""Actor typing and missing principals (reader Audit 17, 18.4 item 6 and 18.5). Articles written for these tests.

Each case lists names that must be listed with their type, and names that must not be listed:

- a person whose role names a company ("the rig owner's head of safety, Carl Brody") is a person;
- companies the NER model tags as places are organisations when they act like companies (their own statements,
  "the company", an Inc/Corp suffix, a contractor/operator apposition);
- a militant group with group words ("Ansar al-", "Front", "Brigade") is an organisation, and two near spellings of
  it ("Ansar al-Deen", "Ansar al-Din") are one actor;
- a time zone after a clock time ("12:02 p.m. CT") is never an actor, nor its other mentions;
- a role does not cross a dash ("the government is still working - President Alain Mercier and ...");
- a named speaker of a Who-says-what line and the local company that is the story's subject are actors.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.actors import analyze_actors
from newsbrief.analyze.context import build_context
from newsbrief.models import ActorInfo, Article, Source
from newsbrief.nlp.annotate import annotate

pytestmark = pytest.mark.slow

# (title, body, {name: type} that must be listed, names that must not be listed, {name: text the role must not hold})
CASES: dict[str, tuple[str, str, dict[str, str], set[str]]] = {
    "person_with_company_role": (
        "Rig owner disputes blame for blowout",
        "The owner of the drilling rig rejected the findings of the inquiry on Wednesday.\n\n"
        "Carl Brody, the oil company's head of safety, said the report was fair. \"We did not cut corners,\" "
        "Brody said. Brody said the company would pay for the clean-up.",
        {"Carl Brody": "person"}, set()),
    "companies_tagged_places": (
        "Inquiry blames Seadrill and Vantor for leak",
        "An internal inquiry blamed the rig operator Seadrill and the cement contractor Vantor for the leak "
        "on Wednesday.\n\nSeadrill said in a statement that the report was self-serving. Vantor said its work "
        "had been done to the client's specifications. The company said it would cooperate with regulators.\n\n"
        "Seadrill shares fell 3% in New York.",
        {"Seadrill": "organisation", "Vantor": "organisation"}, set()),
    "companies_tagged_gpe": (
        "Pipeline report blames two contractors",
        "A report on the pipeline rupture in Alaska blamed Transocean and Halliburton on Monday.\n\n"
        "Transocean said the report ignored the facts. Halliburton said its work was done to the "
        "client's specifications. Transocean shares fell 4%. Senator Lisa Murkin said both firms "
        "should pay.",
        {"Transocean": "organisation", "Halliburton": "organisation", "Lisa Murkin": "person"}, set()),
    "company_tagged_nationality": (
        "Oil firm's report shares blame for spill",
        "The oil firm's internal report on the spill blamed Transocean, the owner of the rig, and a cement "
        "contractor.\n\nChief executive Tony Haywood said the report was honest. In a statement, Transocean "
        "called the report a self-serving attempt to hide the truth. Transocean said the firm had made "
        "the key decisions.",
        {"Transocean": "organisation", "Tony Haywood": "person"}, set()),
    "militant_group_spellings": (
        "Plumber's old truck seen with militants in Syria",
        "A plumber in Texas says he has received threats after his old truck appeared in a photo of militants "
        "in Syria.\n\nThe photo shows fighters of Ansar al-Deen, an Islamist group, with a mounted gun on the "
        "truck. Ansar al-Din has said it is independent of ISIS. Mark Oberholtzer said he had sold the truck "
        "to a dealer years ago. \"I have had hundreds of calls,\" Oberholtzer said.",
        {"Ansar al-Deen": "organisation", "Mark Oberholtzer": "person"}, {"Ansar al-Din"}),
    "group_words": (
        "Rebel front claims attack on convoy",
        "The Nusra Front said on Monday it had attacked an army convoy near the border.\n\n"
        "The Nusra Front said 20 soldiers had been killed. The army said the claim was false. Colonel "
        "Fadi Haddad said the convoy had reached its base.",
        {"Nusra Front": "organisation", "Fadi Haddad": "person"}, set()),
    "time_zone_after_clock": (
        "Recording said to capture shooting",
        "A recording said to capture the shooting was made at 12:02 p.m. CT on Saturday, a lawyer said.\n\n"
        "Lawyer Lopa Blumenthal said the man who made it had been in an apartment nearby. Blumenthal said "
        "the FBI had interviewed the man. The recording was made at 12:04 p.m. CT, Blumenthal said.",
        {"Lopa Blumenthal": "person"}, {"CT"}),
    "eastern_time_zone": (
        "Storm makes landfall",
        "The storm made landfall at 4 a.m. ET on Tuesday, the National Hurricane Center said.\n\n"
        "By 9 a.m. ET it had weakened, the center said. Governor Rick Sands said power was out for a million "
        "homes. Sands said shelters were open.",
        {"Rick Sands": "person"}, {"ET"}),
    "time_zone_untagged_after_clock": (
        "Recording said to capture shooting",
        "The recording was made at 12:02 p.m. CT on Saturday, a lawyer said. Police were called at 12:10 p.m. "
        "CT. All times are CT.\n\nLawyer Lopa Blumenthal said the FBI had heard the recording. The FBI "
        "declined to comment.",
        {"Lopa Blumenthal": "person"}, {"CT"}),
    "company_subject_local_firm": (
        "Belfast firm ships clean-up kit to Gulf",
        "A Belfast engineering firm, Harland Pumps, has shipped equipment to help clean up the oil spill in the "
        "Gulf of Mexico.\n\nHarland Pumps said the skimmers would leave by sea on Friday. Managing director "
        "Sean Connolly said the order was the firm's largest. BP, which owns the leaking well, has hired "
        "hundreds of firms.",
        {"Harland Pumps": "organisation", "Sean Connolly": "person"}, set()),
    "quoted_official_twice": (
        "Oil firm chief defends safety record",
        "The oil company's chief executive defended its safety record before Congress on Thursday.\n\n"
        "\"We have learned hard lessons,\" chief executive Tom Hayworth said. Representative Ed Marley said the "
        "company had ignored warnings. Hayworth said the company would change. Alfred Sunner, a company "
        "vice-president, said the report was not a whitewash. \"It is honest,\" Sunner said.",
        {"Tom Hayworth": "person", "Ed Marley": "person", "Alfred Sunner": "person"}, set()),
    "agency_not_its_parent": (
        "Refugees mass at border as camps fill",
        "Tens of thousands of people have fled across the border in the past week, the UN refugee agency "
        "UNHCR said on Tuesday.\n\nUNHCR said its 500 tents were already full and appealed for planes to take "
        "people home. The International Organization for Migration said it was chartering ships. Tunisian "
        "authorities said they had opened a second crossing.\n\n\"We are facing a humanitarian crisis,\" "
        "UNHCR spokeswoman Lena Haddad said.",
        {"UNHCR": "organisation", "International Organization for Migration": "organisation",
         "Lena Haddad": "person"}, {"UN", "U.N"}),
    "bodies_whose_statements_drive": (
        "Audio said to record police shooting",
        "A lawyer says a recording made by a neighbour captures the shots fired at a teenager in Ferguson.\n\n"
        "The FBI has interviewed the man who made it, lawyer Lopa Blumenthal said. The FBI declined to "
        "comment. The ACLU of Missouri said the recording should be released. Police chief Tom Jackman said "
        "he had not heard it.",
        {"FBI": "organisation", "ACLU": "organisation", "Lopa Blumenthal": "person",
         "Tom Jackman": "person"}, set()),
}

# Roles that a dash or clause boundary must cut off: (title, body, name, text the role must not contain)
ROLE_CASES: dict[str, tuple[str, str, str, str]] = {
    "role_across_dash": (
        "Quake leaves capital in ruins",
        "A powerful earthquake struck the capital on Tuesday, flattening thousands of buildings.\n\n"
        "Officials said the government is still functioning - President Alain Mercier and his ministers "
        "met at the airport. Mercier said aid was needed urgently. Mercier said thousands had died.",
        "Alain Mercier", "functioning"),
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


@pytest.mark.parametrize("case", sorted(ROLE_CASES))
def test_role_stops_at_a_dash(case: str) -> None:
    title, body, name, banned = ROLE_CASES[case]
    infos = _infos(title, body)
    assert name in infos, f"missing {name} in {sorted(infos)}"
    assert banned not in (infos[name].role or ""), infos[name].role
