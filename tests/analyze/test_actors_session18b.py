"""Places typed as persons, missing principals and walk-on padding (session 18 round 2; reader Audit 29 in
/docs/audit.md section 30.4 patterns 7 and 9, 30.5 "Key people missing from Actors"). Articles written for these
tests.

- A village named as the setting of a massacre ("the Varnak massacre", "in Varnak") is a place, never a person;
  a country that speaks ("Turkey denied") is a state actor, never a person.
- A state outlet whose claims are the story ("the Global Times said", "the paper said") is an actor.
- Both authors of a two-name byline ("By A and B, Special to CNN") are listed.
- A spokesman named once, with a quote ("RNC spokesman Steve Curnew said"), is listed.
- A journalist or party named once in passing deep in a long piece, who neither speaks nor acts, is padding; a
  one-mention person who speaks, or who is named in the lead, stays (near misses).
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


_MASSACRE = (
    "State television plays down village killings",
    "State television in Moscow has blamed armed rebels for the Varnak massacre, in which 108 people died.\n\n"
    "Reporters who travelled to Varnak said most victims were women and children. The United Nations said "
    "troops had shelled the village. Rossiya 1 said the killings in Varnak were the work of foreign fighters. "
    "Rossiya 1 showed pictures of weapons it said were found near Varnak. Analyst Olga Petrenko said the "
    "channel followed the government line.",
)

_COUNTRY = (
    "Kurds say militants attacked from across the border",
    "Kurdish fighters said on Saturday that Islamic State militants had attacked the town from Turkey.\n\n"
    "Turkey denied the claim and said its border was closed. Kurdish commander Redur Xalil said the militants "
    "came from Turkey in a car bomb. Turkey said the accusation was a lie. The fighting went on into the night.",
)

_OUTLET = (
    "Chinese paper accuses US of stirring unrest",
    "China's state-run Global Times has accused the United States of stirring up unrest in the region.\n\n"
    "In an editorial on Monday, the Global Times said Washington wanted to contain China. The paper said US "
    "diplomats had met protest leaders. The People's Daily repeated the charge on Tuesday. Foreign ministry "
    "spokesman Hong Lei said China opposed interference in its affairs.",
)

_BYLINE = (
    "The US should back the protesters",
    "By Cynthia Marsh and Dalia Owens, Special to CNN\n\n"
    "Washington has a choice to make in Cairo. For years the US backed a government its people despised. "
    "Now the protesters in the square are asking Washington to stand with them. The US should listen. "
    "The administration must make clear that it supports free elections.",
)

_SPOKESMAN = (
    "Party disowns councillor's post",
    "A local Republican councillor has apologised for a post comparing the president to an animal.\n\n"
    "The post was shared thousands of times before it was deleted on Saturday. Police said no crime had "
    "been committed. \"These remarks have no place in our party,\" RNC spokesman Steve Curnew said. The "
    "councillor said he would not resign.",
)

_PASSING = (
    "Miners trapped underground for third day",
    "Rescuers are drilling a new shaft to reach 33 miners trapped underground for a third day, mine owner "
    "Carlos Bravo said on Monday.\n\n"
    "\"We will not stop until every man is out,\" Bravo said. The miners were trapped when a tunnel "
    "collapsed on Friday. Families have camped at the gate since then. Bravo said the drill would reach the "
    "miners within a week. The company has hired engineers from three countries. Food and water are being "
    "sent down a narrow pipe. Doctors said the men were in good health. The mine has had accidents before; "
    "a collapse in 2007, reported at the time by journalist Marie Colvard, killed two men. Engineers said "
    "the rock above the miners was unstable. The drilling is expected to take at least four days. Relatives "
    "said they would wait at the gate. \"They are strong,\" said Ana Rojas, whose husband is underground. "
    "The government has sent a minister to the site. Mining minister Laurence Golborne said the rescue "
    "was the country's top priority. Golborne said the company would pay for the drilling.",
)


def test_massacre_village_is_no_person() -> None:
    actors = _actors(*_MASSACRE)
    varnak = actors.get("Varnak")
    assert varnak is None or varnak.type != "person", varnak


def test_speaking_country_is_no_person() -> None:
    actors = _actors(*_COUNTRY)
    turkey = actors.get("Turkey")
    assert turkey is None or turkey.type != "person", turkey
    assert actors["Redur Xalil"].type == "person"


def test_state_outlet_whose_claims_are_the_story_is_an_actor() -> None:
    actors = _actors(*_OUTLET)
    assert any("Global Times" in name for name in actors), sorted(actors)


@pytest.mark.xfail(strict=True, reason="the article's own authors are the header's (ingest), not Actors; left open")
def test_both_byline_authors_are_listed() -> None:
    actors = _actors(*_BYLINE)
    assert "Cynthia Marsh" in actors and "Dalia Owens" in actors, sorted(actors)


def test_quoted_spokesman_named_once_is_listed() -> None:
    actors = _actors(*_SPOKESMAN)
    assert "Steve Curnew" in actors, sorted(actors)
    assert actors["Steve Curnew"].type == "person"


def test_walk_on_journalist_is_padding() -> None:
    actors = _actors(*_PASSING)
    assert not any("Colvard" in name for name in actors), sorted(actors)


def test_one_mention_speaker_and_lead_person_stay() -> None:
    """Near misses: a relative who speaks once and the owner named in the lead are no walk-ons."""
    actors = _actors(*_PASSING)
    assert "Ana Rojas" in actors, sorted(actors)
    assert "Carlos Bravo" in actors, sorted(actors)
    assert "Laurence Golborne" in actors, sorted(actors)


_VILLAGE_PERSON = (
    "Houla killings blamed on rebels",
    "State television blamed rebels for the Houla massacre.\n\nHoula was shelled for hours, activist Omar Hadid "
    "said. Monitors who travelled to Houla found burnt houses. The army denied shelling the town.",
)

_VILLAGE_BODY = (
    "Village killings blamed on rebels",
    "Syrian state television blamed rebels for the Tremseh massacre on Friday.\n\nResidents of Tremseh fled to "
    "nearby towns after the shelling. Activists said 150 people died in Tremseh. Tremseh was shelled for hours, "
    "activist Omar Hadid said. Monitors who reached Tremseh on Saturday found burnt houses.",
)


@pytest.mark.parametrize("case", [_VILLAGE_PERSON, _VILLAGE_BODY], ids=["person_tagged", "body_tagged"])
def test_village_of_the_massacre_is_a_place(case: tuple[str, str]) -> None:
    """The model tags "Houla" a person and "Tremseh" a body and a place by turns; both are the events' setting."""
    actors = _actors(*case)
    assert all(info.type == "place" for name, info in actors.items() if name in ("Houla", "Tremseh")), actors
    assert actors["Omar Hadid"].type == "person"


def test_one_mention_with_own_relative_clause_stays() -> None:
    """Near miss: named once deep in a long piece but speaking in a relative clause ("X, who said ...")."""
    title, body = _PASSING
    body += (" Chief engineer Pablo Ruiz, who said the new shaft was safe, has led rescues in two other mines. "
             "The families thanked the rescuers.")
    actors = _actors(title, body)
    assert "Pablo Ruiz" in actors, sorted(actors)
    assert not any("Colvard" in name for name in actors), sorted(actors)
