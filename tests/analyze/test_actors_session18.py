"""Titles before names, people typed as organisations, and affiliation-only bodies (session 18 round 1; the
lead's Newsroom rows 27 and 3 in docs/benchmarks.md, Audit 28 in docs/audit.md section 29.4). Articles written
for these tests.

- A title before a name is the person's role, also a long one with its place and office ("Lindon City Police
  Chief Mark Redfield", "Acting Secretary of State Dana Holt", "Senate Majority Leader Tom Randall", "Denver
  Falcons coach Jim Carver"); "President Obama", "Gov. X" keep their role, "Mr. X" has none, and "the Apple CEO
  Tim Cook" and "former President X" keep the words that belong to the title.
- A player the model tags as an organisation is a person when the text treats him as one: his surname alone
  with "he"/"his", a personal verb, a position ("second baseman"); a body named alone ("Apple said", "Arsenal
  won") stays an organisation.
- An organisation named only inside a person's role or affiliation ("Gen. Carter Hale, head of U.S. Pacific
  Fleet") is no actor of its own; one that also acts on its own stays.
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


def _role(actors: dict[str, ActorInfo], surname: str) -> str:
    """The role of the one actor whose name ends in ``surname`` (empty when none)."""
    found = [info for name, info in actors.items() if name.endswith(surname)]
    assert found, sorted(actors)
    return (found[0].role or "").lower()


POLICE_CHIEF = (
    'Man swings dog at officer',
    'A man swung a small dog at a police officer outside a clinic on Monday night, police said. The officer was '
    'not hurt. "I have seen a lot of things, but never that," Lindon City Police Chief Mark Redfield said. The '
    'dog was unharmed. The man, 34, was booked on assault charges. Redfield said the officer acted calmly.'
)

LONG_TITLES = (
    'Budget talks stall',
    'Budget talks stalled on Tuesday. Senate Majority Leader Tom Randall said no vote would be held this week. '
    'Acting Secretary of State Dana Holt told reporters the cuts would hurt embassies abroad. Randall blamed the '
    'House. Holt said she would testify on Thursday.'
)

COACH = (
    'Falcons lose again',
    'The Denver Falcons lost their fifth game in a row on Sunday. Denver Falcons coach Jim Carver said his team '
    'had played without passion. Carver said changes would come. The Falcons play Houston next week.'
)

PLAIN_TITLES = (
    'Leaders meet on trade',
    'President Obama met Gov. Linda Brandt of Ohio on Friday to discuss trade. Obama said factories needed help. '
    'Brandt said the state had lost 20,000 jobs. Mr. Harold Voss, a factory owner, said orders had fallen. Voss '
    'said he would hire again if tariffs fell. Former President Carl Mendel praised the meeting. Mendel said '
    'trade had been neglected for years. The Apple CEO Tim Cook also attended. Cook said Apple would invest.'
)


def test_place_office_title_before_a_name_is_the_role() -> None:
    """'Lindon City Police Chief Mark Redfield' is the city's police chief."""
    assert 'police chief' in _role(_actors(*POLICE_CHIEF), 'Redfield')


def test_long_titles_before_names_are_roles() -> None:
    """A leader's and an acting secretary's titles are their roles."""
    actors = _actors(*LONG_TITLES)
    assert 'majority leader' in _role(actors, 'Randall')
    assert 'secretary of state' in _role(actors, 'Holt')


def test_team_and_coach_before_a_name_is_the_role() -> None:
    """'Denver Falcons coach Jim Carver' is the team's coach."""
    assert 'coach' in _role(_actors(*COACH), 'Carver')


def test_plain_titles_keep_working() -> None:
    """Near misses: 'President Obama', 'Gov. X', 'Mr. X', 'former President X', 'the Apple CEO Tim Cook'."""
    actors = _actors(*PLAIN_TITLES)
    assert 'president' in _role(actors, 'Obama')
    assert 'governor' in _role(actors, 'Brandt')
    assert 'mr' not in _role(actors, 'Voss')
    assert 'former president' in _role(actors, 'Mendel')
    assert 'ceo' in _role(actors, 'Cook')


PLAYER = (
    'Shortstop still upset about slide',
    'NEW YORK -- Ruben Salas thinks Chase Hartley\'s late slide that broke his leg was dirty. Salas spoke on '
    'Friday for the first time since Hartley ended his season in Game 2 of the playoffs. Hartley sent him a '
    'message through the team\'s captain. Salas never answered Hartley. "I\'m happy to be home," Salas said.'
)

BODIES = (
    'Results roundup',
    'Arsenal won 2-0 at home on Saturday. Arsenal have now won five games in a row. Apple said on Monday that '
    'its new phone would ship in March. Apple expects strong sales, the company said. The Anglican Church '
    'named a new bishop on Sunday. The Church said the bishop would start in May.'
)


def test_player_tagged_as_a_body_is_a_person() -> None:
    """A player the model tags as a body ('Chase' is a bank's name), whose surname alone ends a season and sends
    a message, is a person."""
    actors = _actors(*PLAYER)
    found = [info for name, info in actors.items() if name.endswith('Hartley')]
    assert found, sorted(actors)
    assert found[0].type == 'person', found[0]


def test_bodies_named_alone_stay_organisations() -> None:
    """Near misses: 'Arsenal won', 'Apple said', 'The Church said' stay organisations."""
    actors = _actors(*BODIES)
    for name in ('Arsenal', 'Apple', 'Anglican Church'):
        if name in actors:
            assert actors[name].type == 'organisation', actors[name]


AFFILIATION = (
    'Admiral warns on piracy',
    'Pirates seized two cargo ships off the coast of Somalia last week. "The threat is growing," said Admiral '
    'Carter Hale, head of U.S. Pacific Fleet. Hale said more patrols were needed. The ships\' owners have not '
    'commented.'
)

ACTING_BODY = (
    'Navy sends ships',
    'U.S. Pacific Fleet sent three ships to the region on Monday. "The threat is growing," said Admiral Carter '
    'Hale, head of U.S. Pacific Fleet. U.S. Pacific Fleet said the ships would stay for a month.'
)


def test_body_named_only_as_an_affiliation_is_no_actor() -> None:
    """The fleet named only in the admiral's role is not listed again beside him."""
    actors = _actors(*AFFILIATION)
    assert any(name.endswith('Hale') for name in actors), sorted(actors)
    assert not any('Pacific Fleet' in name for name in actors), sorted(actors)


def test_body_that_acts_on_its_own_stays() -> None:
    """Near miss: the fleet that sends ships and speaks is an actor."""
    actors = _actors(*ACTING_BODY)
    assert any('Pacific Fleet' in name for name in actors), sorted(actors)
