"""Surnames that are ordinary words, and principals under the Actors cap (issue #11; reader Audit 18, docs/audit.md
19.4/19.5). Articles written for these tests.

- A person named "First Surname" whose surname is also an adverb or adjective ("Devon Still", "Nia Long") keeps the
  whole name, and a later sentence-initial "Still again was cut ..." is that person, not a connective to drop.
  Near misses: "Still, the talks went on." still loses its connective, and "Young people ..." is no person.
- A person who is quoted, or the subject of the headline, outranks a person merely mentioned once when the section's
  cap cuts the list.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.actors import analyze_actors
from newsbrief.analyze.context import build_context
from newsbrief.analyze.openings import repair_opening
from newsbrief.models import ActorInfo, Article, Document, Source
from newsbrief.nlp.annotate import annotate

pytestmark = pytest.mark.slow


def _brief(title: str, body: str) -> tuple[Document, set[str], dict[str, str]]:
    """The document, its actors' names, and every sentence's repaired opening (text -> repair)."""
    doc, infos = _actors(title, body)
    names = set(infos)
    ctx = build_context(doc)
    repairs = {s.text: repair_opening(doc, s, ctx.actors) or "" for s in doc.sentences}
    return doc, names, repairs


def _actors(title: str, body: str) -> tuple[Document, dict[str, ActorInfo]]:
    """The document and its actors by name."""
    doc = annotate(Article(text=body, source=Source(title=title)))
    infos = [item.payload for item in analyze_actors(doc, build_context(doc))]
    return doc, {info.name: info for info in infos if isinstance(info, ActorInfo)}


STILL = (
    "Bengals keep Devon Still on practice squad",
    "The Cincinnati Bengals kept defensive tackle Devon Still on their practice squad on Saturday, the team said.\n\n"
    "Still, 25, has spent the season caring for his daughter, who has cancer. Still again was cut in September "
    "before the team brought him back. \"I am grateful,\" Still said. Still, the team did not say how long he "
    "would stay.",
)
LONG = (
    "Actress Nia Long joins drama cast",
    "The actress Nia Long has joined the cast of a new police drama, the network said on Monday.\n\n"
    "Long will play a detective in the series, which starts filming in May. Long also starred in a comedy last "
    "year. The network said the show would air in the autumn.",
)
TALKS = (
    "Strike talks resume",
    "Union leader Ana Reyes met the rail operator on Monday to end the strike.\n\n"
    "The operator offered a 3% rise. Still, the talks went on into the night. Reyes said the offer was too low.",
)
YOUNG = (
    "Town rallies behind its club",
    "The club's manager, Marcus Webb, said on Sunday that the town had rallied behind the team.\n\n"
    "Young people have painted murals on the stadium wall. Webb said the support had moved the players. "
    "Webb thanked the fans.",
)


def test_surname_that_is_an_adverb_keeps_the_whole_name() -> None:
    _doc, names, _repairs = _brief(*STILL)
    assert "Devon Still" in names, names
    assert "Devon" not in names


def test_sentence_initial_surname_is_not_a_connective() -> None:
    _doc, _names, repairs = _brief(*STILL)
    repaired = repairs["Still again was cut in September before the team brought him back."]
    assert repaired.startswith("Still again"), repaired


def test_connective_still_after_a_named_still_is_dropped() -> None:
    _doc, _names, repairs = _brief(*STILL)
    assert repairs["Still, the team did not say how long he would stay."].startswith("[T]he team"), repairs


def test_surname_that_is_an_adjective_keeps_the_whole_name() -> None:
    _doc, names, repairs = _brief(*LONG)
    assert "Nia Long" in names, names
    assert repairs["Long also starred in a comedy last year."].startswith("Long also"), repairs


def test_connective_still_is_dropped_when_no_one_is_called_still() -> None:
    _doc, _names, repairs = _brief(*TALKS)
    assert repairs["Still, the talks went on into the night."] == "[T]he talks went on into the night."


def test_young_people_is_no_person() -> None:
    _doc, names, _repairs = _brief(*YOUNG)
    assert "Marcus Webb" in names
    assert not any("Young" in name for name in names), names


# A long story with more candidates than the section's cap (8): the quoted officials and the headline's subject
# must be listed; the people named once in passing in the lead must give way.
CROWDED = (
    "Hospital chief Mara Quint resigns over delays",
    "Mara Quint, the chief executive of Harlow General Hospital, resigned on Friday, a day after former minister "
    "Alan Pike, local MP Carol Dean and the architect Peter Wolde toured the wards.\n\n"
    "The Care Quality Commission said the hospital had failed patients for two years. The Care Quality Commission "
    "found 40 cases of harm. The health board said it would appoint a new chief. Unison said staff had warned "
    "managers. Unison called for an inquiry. The Royal College of Nursing backed the call. The Royal College of "
    "Nursing said wards were short of nurses. The British Medical Association said doctors were exhausted. The "
    "British Medical Association asked for more staff. Healthwatch said families had complained. Healthwatch "
    "wrote to the board.\n\n"
    "\"Patients waited far too long,\" said Ben Kovac, a spokesman for the patients' group Care Watch.\n\n"
    "\"We are sorry for what went wrong,\" said Ruth Ansel, the medical director.",
)


COACH_YOUNG = (
    "Club appoints Marcus Young as coach",
    "The club appointed Marcus Young as its head coach on Sunday.\n\n"
    "Young people in the town have painted murals on the stadium wall. Young said the support had moved him. "
    "Young also thanked the fans. Still, the club has not won a game this season.",
)


def test_surname_mentions_count_the_person_not_the_connective() -> None:
    # "Devon Still", "Still, 25, has", "Still again was cut", "Still said": four; "Still, the team" is a connective.
    _doc, infos = _actors(*STILL)
    assert infos["Devon Still"].mentions == 4, infos


def test_surname_mentions_skip_the_adjective() -> None:
    # "Marcus Young", "Young said", "Young also thanked": three; "Young people" is an adjective and a noun.
    _doc, infos = _actors(*COACH_YOUNG)
    assert infos["Marcus Young"].mentions == 3, infos


def test_quoted_officials_outrank_names_in_passing() -> None:
    _doc, names, _repairs = _brief(*CROWDED)
    assert {"Mara Quint", "Ben Kovac", "Ruth Ansel"} <= names, names


def test_headline_subject_named_once_is_listed() -> None:
    _title, body = CROWDED
    _doc, names, _repairs = _brief("Carol Dean tours hospital before chief quits", body)
    assert "Carol Dean" in names, names


AIRPORT = (
    "Aid flights delayed at quake-hit airport",
    "Aid agencies complained on Monday that flights carrying medical supplies were being turned away from the "
    "airport.\n\n"
    "The United Nations said the airport could handle only 100 flights a day. The World Food Programme said it had "
    "fed 200,000 people. The Red Cross said it had sent 40 doctors. Oxfam said water was the greatest need.\n\n"
    "\"We have had a plane turned away three times,\" said Lena di Marco, an emergency coordinator for the charity "
    "Doctors Without Borders.\n\n"
    "Cdr Paul Hesketh, a spokesman for the US Navy, said the ships would bring helicopters. \"We are doing "
    "everything we can,\" Hesketh said.",
)


def test_british_rank_without_a_dot_is_not_part_of_the_name() -> None:
    # "Cdr Paul Hesketh" is Paul Hesketh, as "Cdr. Paul Hesketh" was; the quoted coordinator is listed too.
    _doc, names, _repairs = _brief(*AIRPORT)
    assert {"Paul Hesketh", "Lena di Marco"} <= names, names
