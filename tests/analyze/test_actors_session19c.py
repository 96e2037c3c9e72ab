"""Padding, a surname tagged a body, and people named beside a count (session 19 round 4; reader Audit 31's
Actors verdicts and the lead's reading of an unseen TV column). Articles written for these tests.

- A name said once, outside the opening, only inside a prepositional phrase or a list of earlier victims, is a
  detail a reader deletes: the victims of earlier killings listed beside the story's suspect.
- A one-word name the model tagged a body is a person when a personal title stands before it ("Colonel Rask",
  "Libyan leader Rask"), a verb only a person's body does has it as subject ("see Rask blink"), it is the object of
  "topple"/"oust"/"depose", or it owns a relative ("Rask's son"); "Rask's forces" and "Rask's regime" say neither.
- Names in apposition to a counted role noun ("two athletes, A and B") are people of the story.
- Near misses: names listed in the opening stay; a one-word company ("market leader Tesco") stays a body.
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


_VIDEOS = (
    "",
    "Police in Norland on Thursday named the masked man seen in a series of hostage videos as Daniel Roark, a "
    "31-year-old former engineering student.\n\n"
    "Roark grew up in the capital and left for the border region in 2012, police said. Officers searched his "
    "parents' flat on Wednesday.\n\n"
    "The same man was apparently seen in the videos of the killings of the reporter Tom Belling; the aid worker "
    "Ali Kessem; and the teacher Maria Vogt.\n\n"
    "Last month, Roark appeared in a video with two hostages, Haru Imai and Ken Osada, shortly before they were "
    "killed. The interior ministry declined to comment. Roark's family said they had not heard from him in years.",
)


@pytest.mark.parametrize("victim", ["Maria Vogt", "Ali Kessem", "Ken Osada"])
def test_victim_named_once_in_a_list_is_no_actor(victim: str) -> None:
    actors = _actors(*_VIDEOS)
    assert "Daniel Roark" in actors, sorted(actors)
    assert victim not in actors, sorted(actors)


def test_names_listed_in_the_opening_stay() -> None:
    actors = _actors(
        "",
        "Anna Berg, Jon Hale and Rita Moss won seats on the Harlow council on Tuesday, the first independents to do "
        "so in forty years.\n\n"
        "The three campaigned against the closure of the town's library. Turnout was 41 percent, the election office "
        "said.\n\n"
        "The council meets next week to elect a new leader. The library closes in May unless the vote is reversed.",
    )
    assert {"Anna Berg", "Jon Hale", "Rita Moss"} <= set(actors), sorted(actors)


_RASK = (
    "",
    "The stalemate in Tarvia can only end with talks, the former envoy said on Monday.\n\n"
    "We want to see Rask blink, but he never does, the envoy said. The rebels have wrested three cities from "
    "Rask, and Western capitals keep calling for more strikes against Rask. Colonel Rask has ruled Tarvia for "
    "thirty years.\n\n"
    "The envoy said the strikes would not topple Rask and that Rask's forces still held the capital.",
)


def test_surname_tagged_a_body_is_a_person() -> None:
    actors = _actors(*_RASK)
    assert "Rask" in actors, sorted(actors)
    assert actors["Rask"].type == "person"


def test_company_after_market_leader_stays_a_body() -> None:
    actors = _actors(
        "",
        "Market leader Vantora said on Monday it would cut 400 jobs at its plants in Ohio.\n\n"
        "Vantora's shares fell 6 percent. Vantora said the cuts would save $80 million a year, and Vantora "
        "plans to close two plants next year.",
    )
    assert "Vantora" in actors, sorted(actors)
    assert actors["Vantora"].type == "organisation"


def test_names_beside_a_count_are_people() -> None:
    actors = _actors(
        "",
        "The new season of the travel show is sillier than the last. The producers promise adventure, and the "
        "sponsors promise drinks.\n\n"
        "The hosts of \"Far Roads,\" two Canadian endurance runners, Peter Marsh and Kevin Doyle, go to absurd "
        "lengths to find a bar in remote places. There, they enter a six-day race through the desert.\n\n"
        "The show airs on Thursdays at 10 p.m. It is not as funny as it thinks it is.",
    )
    assert {"Peter Marsh", "Kevin Doyle"} <= set(actors), sorted(actors)
    assert actors["Peter Marsh"].type == "person"


def test_place_a_charity_single_is_for_is_no_actor() -> None:
    actors = _actors(
        "Singers record a single for Veloria",
        "Pop stars will record a charity single to raise money for Veloria, the producer Simon Hale said on Monday.\n\n"
        "Hale wants the single out within a week so the money can reach Veloria quickly. \"We can help the people "
        "of Veloria,\" Hale said. All the money from the sale of signed guitars will go to Veloria too.\n\n"
        "Veloria has suffered enough, Hale said.",
    )
    assert "Simon Hale" in actors, sorted(actors)
    assert "Veloria" not in actors, sorted(actors)


def test_country_that_acts_stays() -> None:
    actors = _actors(
        "Veloria asks for aid after storm",
        "Veloria asked its neighbours for aid on Monday after a storm left thousands homeless.\n\n"
        "Veloria said it needed tents and water. Donors sent money to Veloria within hours, and Veloria promised to "
        "publish what it spent.",
    )
    assert "Veloria" in actors, sorted(actors)


_REPORTED = (
    "",
    "Health officials in Harlow said on Monday that the outbreak was under control. The city's health department "
    "has vaccinated 4,000 people since March.\n\n"
    "The department said no new case had been found in a week. Nurses visited every school in the district.\n\n"
    "Meanwhile, Corvell reported in October that the virus could spread to nearby towns. Officials said that was "
    "unlikely. {extra}",
)


def test_body_reporting_once_in_passing_is_no_actor() -> None:
    actors = _actors(_REPORTED[0], _REPORTED[1].format(extra="Schools reopen next week."))
    assert "Corvell" not in actors, sorted(actors)


def test_company_reporting_its_own_loss_stays() -> None:
    actors = _actors(
        "",
        "Shares in Harlow's biggest employer fell on Monday. Analysts had expected better results.\n\n"
        "Investors sold the stock after the results. The chief executive did not comment.\n\n"
        "Dravco Industries reported a loss of $40 million for the quarter, and said it would cut 300 jobs.",
    )
    assert "Dravco Industries" in actors, sorted(actors)


_NAMES = (
    "",
    "No one in Marovia may share a name with its ruler, Dan Orsel, according to a directive seen by reporters.\n\n"
    "Parents cannot give the name to newborns, and people who bore it were told to change it, the directive says.\n\n"
    "Officials said the directive was issued last year. Dan Orsel, the youngest son of the late ruler Piet Haran, "
    "was little known before he took power.\n\n"
    "The state issued a similar ban when Piet Haran was in power, and when his father, the founding ruler Jan "
    "Mostek, was as well. {extra}",
)


@pytest.mark.parametrize("elder", ["Piet Haran", "Jan Mostek"])
def test_elders_named_for_an_earlier_ban_are_no_actors(elder: str) -> None:
    actors = _actors(_NAMES[0], _NAMES[1].format(extra=""))
    assert "Dan Orsel" in actors, sorted(actors)
    assert elder not in actors, sorted(actors)


def test_elder_who_acts_stays() -> None:
    extra = "Piet Haran told state television on Monday that he backed the ban. Haran said it protected the name."
    actors = _actors(_NAMES[0], _NAMES[1].format(extra=extra))
    assert "Piet Haran" in actors, sorted(actors)


def test_monitoring_group_reporting_once_stays() -> None:
    body = _REPORTED[1].format(extra="").replace("Meanwhile, Corvell reported", "The Corvell Monitoring Group "
                                                                               "reported")
    actors = _actors(_REPORTED[0], body)
    assert "Corvell Monitoring Group" in actors, sorted(actors)
