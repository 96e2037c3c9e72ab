"""Actors typed or titled wrongly (session 20 round 1; reader Audits 31-32 and the lead's reading of Newsroom rows).
Articles written for these tests.

- A shop or brand named like a person ("the Willow Barn rule", "shoppers in the Willow Barn", "Willow Barn insists
  that they ...") is a body, not a person: a determiner before the name and a plural "they" after it say so.
- A counted role noun ("three officers, A and B") is no title of each of the people named beside it.
- A title in apposition to a relative ("the daughter of Sung-il, the former leader") is that relative's, never the
  title of another member of the family who shares the surname.
- A capital as the subject of a weather or measuring verb ("Karsk recorded 40 centimetres of snow") is the city,
  not its government.
- Near misses: a real person named Barn keeps his type; a true appositive ("Lena Ward, the mayor, said") keeps its
  role; a capital that acts ("Moscow insists") still joins its country.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.actors import analyze_actors
from newsbrief.analyze.context import build_context
from newsbrief.models import ActorInfo, Article, RawDocument, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.pipeline import brief_source
from newsbrief.settings import Settings

pytestmark = pytest.mark.slow


def _actors(title: str, body: str) -> dict[str, ActorInfo]:
    """The article's actors by name."""
    doc = annotate(Article(text=body, source=Source(title=title)))
    infos = [item.payload for item in analyze_actors(doc, build_context(doc))]
    return {info.name: info for info in infos if isinstance(info, ActorInfo)}


def _role(actors: dict[str, ActorInfo], name: str) -> str:
    """The role of the actor ``name`` (empty when it has none)."""
    assert name in actors, sorted(actors)
    return (actors[name].role or "").lower()


_SHOP = (
    "",
    "The senator compared the war to a shop rule on Sunday. The Willow Barn rule - you break it, you own it - "
    "applies to nations too, he said.\n\n"
    "I should say that Willow Barn insists that they have no rule like that, and that customers can relax. "
    "Nobody will be made to pay for a broken vase in the Willow Barn, the senator said.\n\n"
    "The senator said the country had broken the region and now had to fix it.",
)


def test_shop_named_like_a_person_is_no_person() -> None:
    actors = _actors(*_SHOP)
    assert "Willow Barn" not in actors or actors["Willow Barn"].type != "person", actors.get("Willow Barn")


def test_person_named_barn_stays_a_person() -> None:
    actors = _actors(
        "",
        "Oliver Barn, a carpenter from Dunmore, won the county's furniture prize on Saturday.\n\n"
        "Barn said he had worked on the winning table for a year. \"It is the best thing I have made,\" Barn said. "
        "The judges said Barn's table was the finest they had seen.",
    )
    assert "Oliver Barn" in actors, sorted(actors)
    assert actors["Oliver Barn"].type == "person"


_OFFICERS = (
    "",
    "Three police officers, Daniel Price and Maria Lopez and Kevin Shaw, were charged on Tuesday with assault after "
    "a man was injured during an arrest in Harlow.\n\n"
    "Price and Lopez were suspended last month. Shaw has returned to duty, the police department said. Lopez's "
    "lawyer said she would plead not guilty, and Price said he had done nothing wrong.\n\n"
    "The trial is set for June.",
)


@pytest.mark.parametrize("name", ["Daniel Price", "Maria Lopez"])
def test_counted_role_is_no_title(name: str) -> None:
    role = _role(_actors(*_OFFICERS), name)
    assert "three" not in role, role


_TWO = (
    "",
    "Two officers, Ruth Cole and Sam Reid, stood trial in Dunmore on Monday over the death of a man in custody.\n\n"
    "Cole told the court she had called for a doctor. Reid said he had followed orders. Cole and Reid deny "
    "manslaughter, and Reid's lawyer said the case should be dropped.",
)


@pytest.mark.parametrize("name", ["Ruth Cole", "Sam Reid"])
def test_two_counted_names_get_no_count(name: str) -> None:
    role = _role(_actors(*_TWO), name)
    assert not role.startswith("two"), role


def test_count_after_a_pair_is_no_title() -> None:
    actors = _actors(
        "",
        "Daniel Price and Maria Lopez, two officers of the Harlow force, were charged on Tuesday with assault.\n\n"
        "Price and Lopez were suspended last month, the department said. Lopez's lawyer said she would plead not "
        "guilty, and Price said he had done nothing wrong.\n\nThe trial is set for June.",
    )
    assert "two" not in _role(actors, "Maria Lopez"), actors["Maria Lopez"].role


def test_two_time_champion_keeps_the_role() -> None:
    actors = _actors(
        "",
        "Nadia Brenn, a two-time world champion, won the Harlow marathon on Sunday in record time.\n\n"
        "Brenn said the last mile was the hardest. \"I nearly stopped,\" Brenn said. Brenn will race in Boston "
        "in April.",
    )
    assert "champion" in _role(actors, "Nadia Brenn"), actors["Nadia Brenn"].role


_FAMILY = (
    "",
    "Park Sung-ho, the leader of Norland, has promoted his younger sister Park Mi-rae to a senior post in the ruling "
    "party, state media said on Monday.\n\n"
    "Park Sung-ho has ruled Norland since 2011, when Park Sung-il died. Sung-ho visited a factory on Sunday, and "
    "Park Sung-ho praised its workers. Officials who once reported only to Sung-il now take orders from Park Sung Ho, "
    "a defector said.\n\n"
    "Mi-rae is the daughter of Sung-il, the former Norland leader, and his wife Lee Hae-sook. Park Mi-rae was first "
    "seen in public in 2010.",
)


def test_father_title_is_not_the_sons() -> None:
    actors = _actors(*_FAMILY)
    son = [info for name, info in actors.items() if "Sung-ho" in name]
    assert son, sorted(actors)
    assert "former" not in (son[0].role or "").lower(), son[0].role
    assert not any("Sung-il" in alias for alias in son[0].aliases), son[0]


def test_hyphen_and_space_spellings_are_one_person() -> None:
    actors = _actors(*_FAMILY)
    assert not ({"Park Sung-ho", "Park Sung Ho"} <= set(actors)), sorted(actors)


def test_possessive_relative_title_is_not_the_subjects() -> None:
    actors = _actors(
        "",
        "Anna Roth, whose father, the former governor of Kent County, died last year, said on Monday that she would "
        "run for the state senate.\n\n"
        "Roth said she would campaign on schools. \"I want every child to have a good teacher,\" Roth said. Roth "
        "will face two rivals in the primary in May.",
    )
    assert "governor" not in _role(actors, "Anna Roth"), actors["Anna Roth"].role


def test_true_appositive_keeps_its_role() -> None:
    actors = _actors(
        "",
        "Lena Ward, the mayor of Dunmore, said on Monday that the city would close two libraries.\n\n"
        "Ward said the city could not afford to keep them open. \"We have no choice,\" Ward said. Ward will meet "
        "library staff on Friday.",
    )
    assert "mayor" in _role(actors, "Lena Ward"), actors["Lena Ward"].role


def test_counted_appositive_of_one_person_keeps_a_role() -> None:
    actors = _actors(
        "",
        "One of the two doctors, Helen Marsh, a surgeon at the city hospital, told the inquiry on Tuesday that she had "
        "warned managers.\n\n"
        "Marsh said the managers ignored her. \"Nobody listened,\" Marsh said. Marsh now works in another city.",
    )
    assert "surgeon" in _role(actors, "Helen Marsh"), actors["Helen Marsh"].role


_SNOW = """Snowstorm shuts Kyiv schools as Ukraine braces for more

Heavy snow closed schools across Kyiv on Monday, and the city's mayor told residents to stay at home.

Ukraine's weather service said the storm was the worst in Kyiv for 60 years. Ukraine has sent troops from four \
regions to help clear the roads.

Kyiv recorded 40 centimetres of snow in a day, more than the usual fall for the whole of February.

Forecasters said more snow would fall on Thursday, and temperatures would drop to minus 20 degrees.
"""


def test_capital_recording_snow_stays_the_city() -> None:
    brief = brief_source(RawDocument(_SNOW.encode(), content_type="text/plain"), Settings())
    actors = next(s for s in brief.sections if s.name == "actors")
    ukraine = [i.payload for i in actors.items if i.text == "Ukraine"]
    for info in ukraine:
        assert isinstance(info, ActorInfo)
        assert "Kyiv" not in info.aliases, info


def test_capital_that_acts_joins_its_country() -> None:
    actors = _actors(
        "",
        "Russia said on Monday it would not attend the talks in Geneva. Russia has opposed the plan since March.\n\n"
        "Moscow insists that the plan ignores its interests, and Moscow wants the talks moved. Russia's envoy left "
        "the city on Sunday.",
    )
    assert "Russia" in actors, sorted(actors)
    assert "Moscow" in actors["Russia"].aliases, actors["Russia"]


def test_initialism_with_shares_is_a_company() -> None:
    actors = _actors(
        "What the spill means for KRX shareholders",
        "The oil spill has cut KRX's share price by half since April. KRX shareholders have lost billions.\n\n"
        "KRX said on Monday it would suspend its dividend. Many pension funds have invested in KRX, and about 1% "
        "of savers' money sits in KRX. KRX said it would pay for the clean-up.",
    )
    assert "KRX" in actors, sorted(actors)
    assert actors["KRX"].type == "organisation", actors["KRX"]


def test_country_initials_with_shares_stay_a_place() -> None:
    actors = _actors(
        "",
        "US shares fell on Monday after the central bank raised rates. The US said it expected growth to slow.\n\n"
        "Traders in the US sold bank stocks. The US has raised rates four times this year.",
    )
    assert "United States" not in actors or actors["United States"].type != "organisation", actors


def test_capital_enduring_a_storm_of_criticism_joins_its_country() -> None:
    actors = _actors(
        "",
        "Russia said on Monday it would not attend the talks in Geneva. Russia has opposed the plan since March.\n\n"
        "Moscow endured a storm of criticism for the decision, and Moscow insists the plan ignores its interests.",
    )
    assert "Russia" in actors, sorted(actors)
    assert "Moscow" in actors["Russia"].aliases, actors["Russia"]
