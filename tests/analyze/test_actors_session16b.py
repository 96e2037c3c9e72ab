"""Actors missed, padded or typed wrong (session 16b; reader Audit 25, docs/audit.md 26.4 patterns 5 and 8, 26.5).
Articles written for these tests.

- A person named right after a sentence that ends on "reporters" ("... told reporters. Amos said") is not a
  journalist: the reporter cue must be in the name's own sentence. Near miss: "BBC correspondent Jim Muir said"
  once stays the outlet's reporting.
- States that act (veto, warn, oppose, say) are actors; a country or city named only as a setting ("in the United
  States", "in Damascus") is not.
- A one-word name apposed to a person noun ("Nasib, a baby in a coma", "the baby, Nasib,") is a person.
- Initials given after a person's name ("Pierre Omidyar (PO)") join that person; near miss: initials after a
  company's name stay the company's.
- A peerage title before a surname ("Baroness Amos", even tagged as a body with the sentence's first word) is the
  one full-named person of that surname; near miss: with two people of that surname it joins neither.
- A body's unit named by the body's name and two more words ending in a unit noun ("NATO Military Committee") is not
  the body: "NATO" stays apart; near miss: "Labour" folds into "Labour Party", one word more.
- A role runs through a possessive to its head noun ("head of the U.S. military’s Central Command").
- A two-word name before "team"/"club" or after "owned by" is an organisation; near miss: a two-word person who
  speaks stays a person.
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


AFTER_REPORTERS = (
    "UN aid chief visits camp",
    "Valerie Amos, the UN humanitarian chief, visited the camp on Tuesday. Baroness Amos said aid had not reached "
    "the city.\n\n\"We need access now,\" Baroness Amos told reporters. Amos said she would return next week.",
)
OWN_REPORTERS = (
    "Publisher defends site",
    "Pierre Omidyar said on Monday that the site would keep all of its reporters. Omidyar said he was proud of the "
    "work.\n\nThe site was launched last year with a budget of $250m.",
)
CORRESPONDENT = (
    "Shelling continues in city",
    "Shelling continued in the city on Sunday, residents said. \"The shells fall every hour,\" said Omar Khalil, a "
    "teacher. Khalil said his school was closed.\n\nBBC correspondent Jim Muir said the army had ringed the city.",
)
STATES = (
    "Vote on Syria fails",
    "Russia and China vetoed the Security Council resolution on Syria on Saturday. Russia warned that the text would "
    "lead to war, and China said it opposed any intervention.\n\nFighting continued in Damascus, where residents "
    "said shells fell overnight. Catherine Ashton, the EU foreign policy chief, said the vote was a failure. "
    "\"We will not give up,\" Ashton said.",
)
STUDIED_ABROAD = (
    "Student returns home",
    "Maria Lopez studied engineering in the United States for four years before returning to Lima. \"It changed "
    "me,\" Lopez said. She now works for Andes Power, which builds dams.\n\nAndes Power said it would hire 200 "
    "engineers this year.",
)
BABY = (
    "Officials show injured baby",
    "Officials showed reporters Nasib, a baby in a coma, at a hospital in Tripoli on Sunday. They said the baby, "
    "Nasib, was hurt in an air strike.\n\nA note from his doctor, Ali Hamid, said Nasib was injured in a car "
    "accident. Hamid said the boy was stable.",
)
INITIALS = (
    "Publisher answers critics",
    "Pierre Omidyar (PO) answered questions from the writer by email on Monday. PO said he had not ordered anyone "
    "to leave.\n\nPO: I never told Matt to go. PO wrote that the company would keep its staff. Omidyar said "
    "he was proud of the site.",
)
COMPANY_INITIALS = (
    "Oil firm cuts jobs",
    "Pacific Oil (PO) said on Monday that it would cut 300 jobs. PO said the cuts would save $40m a year.\n\n"
    "Union leader Ann Berg said the cuts were a betrayal. \"We will fight them,\" Berg said. PO declined to comment.",
)
POSSESSIVE_ROLE = (
    "Commander cannot confirm report",
    "The Pentagon said on Friday that it was not aware of the strikes. Gen. Lloyd Austin, head of the U.S. "
    "military’s Central Command, told senators he could not confirm the report.",
)
TEAM = (
    "Team signs star",
    "The Zhejiang Guangsha team signed the guard on Monday. The club is owned by Zhejiang Guangsha, a property "
    "developer. Coach Li Chunjiang said the guard would start next week. \"He is ready,\" Li said.",
)
COACH = (
    "Coach praises guard",
    "Zhang Wei said on Monday that the guard was ready. \"He trained hard,\" Zhang Wei said. Zhang Wei "
    "has coached the team since 2010.",
)


def test_a_name_after_a_sentence_ending_on_reporters_is_no_journalist() -> None:
    assert "Valerie Amos" in _actors(*AFTER_REPORTERS)
    assert "Pierre Omidyar" in _actors(*OWN_REPORTERS)


def test_a_correspondent_reporting_one_line_stays_the_outlets_reporting() -> None:
    actors = _actors(*CORRESPONDENT)
    assert "Omar Khalil" in actors
    assert "Jim Muir" not in actors


def test_states_that_act_are_actors_and_settings_are_not() -> None:
    actors = _actors(*STATES)
    assert {"Russia", "China", "Catherine Ashton"} <= set(actors)
    assert "Damascus" not in actors


def test_a_country_named_as_where_someone_studied_is_no_actor() -> None:
    actors = _actors(*STUDIED_ABROAD)
    assert "Maria Lopez" in actors
    assert not {"United States", "Lima"} & set(actors)


def test_a_name_apposed_to_a_person_noun_is_a_person() -> None:
    actors = _actors(*BABY)
    assert actors.get("Nasib") is not None and actors["Nasib"].type == "person"
    assert "Ali Hamid" in actors


def test_initials_after_a_persons_name_join_the_person() -> None:
    actors = _actors(*INITIALS)
    assert "Pierre Omidyar" in actors and actors["Pierre Omidyar"].type == "person"
    assert "PO" not in actors


def test_initials_after_a_companys_name_stay_the_company() -> None:
    actors = _actors(*COMPANY_INITIALS)
    assert "Ann Berg" in actors
    assert any(info.type == "organisation" and ("PO" in name or "Pacific Oil" in name)
               for name, info in actors.items())


def test_a_role_runs_through_a_possessive_to_its_head_noun() -> None:
    role = _actors(*POSSESSIVE_ROLE)["Lloyd Austin"].role
    assert role is not None and role.endswith("Central Command")


def test_a_two_word_name_before_team_or_after_owned_by_is_an_organisation() -> None:
    actors = _actors(*TEAM)
    assert actors["Zhejiang Guangsha"].type == "organisation"
    assert actors["Li Chunjiang"].type == "person"


def test_a_two_word_person_who_speaks_stays_a_person() -> None:
    assert _actors(*COACH)["Zhang Wei"].type == "person"


PEER = (
    "Aid chief visits Homs",
    "Valerie Amos arrived in Homs on Wednesday. Baroness Amos met families in the district and said aid was "
    "urgently needed. Later Baroness Amos flew to Damascus.",
)
TWO_PEERS = (
    "Brothers split on charity",
    "Valerie Amos and her brother Mark Amos disagreed on Monday over the charity. Later Baroness Amos said the "
    "board had acted properly. \"We did nothing wrong,\" Mark Amos said.",
)


def test_a_peerage_title_before_a_surname_is_the_full_named_person() -> None:
    actors = _actors(*PEER)
    assert "Valerie Amos" in actors
    assert not any("Baroness" in name for name in actors)


def test_a_peerage_title_with_two_people_of_the_surname_joins_neither() -> None:
    actors = _actors(*TWO_PEERS)
    assert "Mark Amos" in actors
    assert not any("Baroness" in alias for name in ("Valerie Amos", "Mark Amos") if name in actors
                   for alias in actors[name].aliases)


UNIT = (
    "NATO rejects claims",
    "The chairman of the NATO Military Committee, Admiral Giampaolo Di Paola, said on Monday that the alliance "
    "followed strict rules. The Military Committee met in Brussels. Di Paola said the Military Committee would "
    "review the strikes.\n\nNATO said it had not killed civilians. NATO added that it would publish its findings.",
)
PARTY = (
    "Labour picks leader",
    "The Labour Party chose a new leader on Saturday. Labour said the vote was close. Ann Price, who won, said "
    "Labour would fight the election on health.",
)


def test_a_bodys_unit_is_not_the_body() -> None:
    actors = _actors(*UNIT)
    assert "NATO" in actors and "NATO Military Committee" in actors
    assert "Military Committee" not in actors


def test_a_bodys_short_name_joins_its_full_name() -> None:
    actors = _actors(*PARTY)
    assert "Labour" not in actors and "Labour Party" in actors
