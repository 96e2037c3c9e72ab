"""Actors typed wrong or given broken roles (session 16; reader Audits 23 and 24, docs/audit.md 24.4 and 25.4).
Articles written for these tests.

- "a Kennedy", "the Kennedys", "another Bush": an article before the family name of a person the text names
  elsewhere is a person, not a creature; near misses: "a Yeti" with no person of that name stays a creature, and
  "Kennedy said" stays a person.
- A proper noun that modifies "team"/"club"/"company" or follows "owned by"/"sponsored by" with no person cue is an
  organisation; near miss: a man named like a company who speaks stays a person.
- A programme title after "show,"/"programme," and a name + "Blog"/"Show"/"Podcast" are no people; near miss: the
  host named beside his show stays a person.
- Hyphened roles ("vice-president", "editor-in-chief", "ex-minister") survive whole, and an affiliation after "of"
  keeps the whole name of its body ("of the National Oceanic and Atmospheric Administration", Audit 24: "National
  Oceanic").
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.actors import analyze_actors
from newsbrief.analyze.context import build_context
from newsbrief.models import ActorInfo, Article, Document, Source
from newsbrief.nlp.annotate import annotate

pytestmark = pytest.mark.slow


def _actors(title: str, body: str) -> dict[str, ActorInfo]:
    """The article's actors by name."""
    doc = annotate(Article(text=body, source=Source(title=title)))
    infos = [item.payload for item in analyze_actors(doc, build_context(doc))]
    return {info.name: info for info in infos if isinstance(info, ActorInfo)}


def _doc(title: str, body: str) -> Document:
    return annotate(Article(text=body, source=Source(title=title)))


def _typed(title: str, body: str, word: str) -> set[str]:
    """The types of the actors whose names hold ``word``."""
    return {info.type for name, info in _actors(title, body).items() if word in name}


FAMILY = (
    "A new generation enters politics",
    "Joseph Kennedy III announced on Monday that he would run for the Senate seat in Massachusetts.\n\n"
    "It is the first time in years that a Kennedy has sought statewide office. The Kennedy won his first race in "
    "2012, when he took a seat in the House. His campaign said a Kennedy can still draw crowds.",
)
SPEAKING_KENNEDY = (
    "Senator warns on budget",
    "Senator Kennedy said on Monday that the budget would fail. \"It cannot pass,\" Kennedy said.\n\n"
    "A Kennedy has held the seat for decades.",
)
BUSHES = (
    "Another dynasty returns",
    "Jeb Bush said on Tuesday that he was considering a run for the presidency. \"I will decide this year,\" Bush "
    "told reporters in Miami.\n\n"
    "Critics said voters were tired of dynasties and did not want another Bush in the White House. The Bushes have "
    "held high office for decades.",
)
YETI = (
    "Hunters search for mythical beast",
    "A team of explorers set off on Monday to search the Himalayas for a Yeti.\n\n"
    "Local guides said a Yeti had been seen near a monastery last winter. The explorers said they would set "
    "cameras along the trail. \"We want proof,\" said the team leader, Anna Holt.",
)
GUANGSHA = (
    "Club owner bets on Chinese basketball",
    "His family owns the Guangsha Lions from Hangzhou of the Chinese Basketball Association. The Lou family's "
    "Guangsha Group, a construction group controlled by his father, Lou Zhongfu, is worth billions.\n\n"
    "Guangsha's franchise, however, remains a tiny part of the group's worth. \"For Guangsha, every penny we spend "
    "is our own money,\" Lou says.",
)
SPONSORED = (
    "Cycling team finds backer",
    "The cycling team will be sponsored by Veltrano from next season, its manager, Paul Rees, said on Monday. "
    "The Veltrano team will ride in blue.\n\n"
    "Rees said the deal would secure the jobs of 30 riders. \"Veltrano saved us,\" Rees said.",
)
COMPANY_MAN = (
    "Businessman opens factory",
    "Peter Dalton, whose Dalton company makes farm machinery, opened a new factory in Leeds on Monday.\n\n"
    "\"We are hiring 200 people,\" Dalton said. Dalton said the factory would export to Europe.",
)
SHOW = (
    "Priest returns to television",
    "The priest became famous in 1999 with his first talk show on a Spanish-language network, Cambia Tu Vida Con "
    "Padre Tomas (Change Your Life With Father Tomas).\n\n"
    "His current television talk show, Hablando Con Padre Tomas (Talking With Father Tomas), is aired on "
    "Saturdays. Tomas Ruiz said he would keep working. \"I am at peace,\" Ruiz said.",
)
BLOG = (
    "Host says he was misquoted",
    "Rush Limbaugh said on Monday that he had been misquoted. As the Tom Briggs Blog pointed out yesterday, the "
    "committee had plenty of company in its reading of his remarks.\n\n"
    "The Tom Briggs Blog also noted that the committee raised money from the row. Limbaugh said he would not "
    "apologise.\n\nTom Briggs writes the Tom Briggs Blog, which covers the media.",
)
FOUNDERS = (
    "Consultancy sold",
    "The consultancy was sold on Monday to a larger rival for $40 million.\n\n"
    "Bill Jacobson and Dave Ulrich, who co-founded the company in 1995, said the sale would help it grow. "
    "\"It is the right time,\" Jacobson said. The vice-president of the buyer, Maria Lopez, said the staff "
    "would stay. The editor-in-chief of the trade journal, Tom Reed, called it the deal of the year. "
    "The ex-minister Alan Crowe said he welcomed the deal.",
)
AGENCY = (
    "Oil slick spreads east",
    "David Kennedy of the National Oceanic and Atmospheric Administration said the spill was spreading east.\n\n"
    "\"It is moving fast,\" Kennedy said. The agency said boats were on the way.",
)


def test_family_name_after_an_article_is_no_creature() -> None:
    labels = {e.label for e in _doc(*FAMILY).entities if e.text == "Kennedy"}
    assert "ANIMAL" not in labels
    assert _typed(*FAMILY, "Kennedy") == {"person"}


def test_family_name_of_a_speaker_stays_a_person() -> None:
    assert _typed(*SPEAKING_KENNEDY, "Kennedy") == {"person"}


def test_family_name_after_another_is_a_person() -> None:
    assert _typed(*BUSHES, "Bush") == {"person"}


def test_a_creature_with_no_person_of_that_name_stays_a_creature() -> None:
    assert {e.label for e in _doc(*YETI).entities if e.text == "Yeti"} <= {"ANIMAL", "ORG", "PRODUCT", "NORP"}
    assert "person" not in _typed(*YETI, "Yeti")
    assert _typed(*YETI, "Anna Holt") == {"person"}


def test_a_company_named_in_a_group_or_club_name_is_no_person() -> None:
    assert "person" not in _typed(*GUANGSHA, "Guangsha")
    assert _typed(*GUANGSHA, "Lou Zhongfu") == {"person"}


def test_the_sponsor_of_a_team_is_no_person() -> None:
    assert "person" not in _typed(*SPONSORED, "Veltrano")
    assert _typed(*SPONSORED, "Rees") == {"person"}


def test_a_man_named_like_his_company_stays_a_person_when_he_speaks() -> None:
    assert _typed(*COMPANY_MAN, "Peter Dalton") == {"person"}


def test_a_programme_title_after_show_and_a_comma_is_no_person() -> None:
    people = {name for name, info in _actors(*SHOW).items() if info.type == "person"}
    assert not any(word in name for name in people for word in ("Cambia", "Hablando", "Padre"))
    assert any("Ruiz" in name for name in people)


def test_a_name_plus_blog_is_no_person() -> None:
    actors = _actors(*BLOG)
    assert not any("Blog" in name and info.type == "person" for name, info in actors.items())
    assert _typed(*BLOG, "Limbaugh") == {"person"}
    assert {e.label for e in _doc(*BLOG).entities if e.text == "Tom Briggs"} == {"PERSON"}


def _roles(title: str, body: str) -> dict[str, str]:
    return {name: info.role or "" for name, info in _actors(title, body).items()}


def test_hyphened_roles_survive_whole() -> None:
    found = " | ".join(_roles(*FOUNDERS).values())
    assert "vice-president" in found
    assert "editor-in-chief" in found
    assert "ex-minister" in found
    assert not any(role.strip() in ("co", "vice", "ex", "who co") for role in _roles(*FOUNDERS).values())


def test_affiliation_keeps_the_whole_name_of_its_body() -> None:
    role = _roles(*AGENCY).get("David Kennedy", "")
    assert role == "" or "Atmospheric Administration" in role


CHINESE_ORDER = (
    "Seed theft case",
    "Prosecutors said on Monday that Zhang Wenbo had paid farmers to dig up seeds in Iowa.\n\n"
    "Several seed firms were targeted by Zhang, prosecutors said. The Zhang group sent the seeds abroad, and the "
    "case has strained trade ties.",
)
CAMPAIGN_TEAM = (
    "Candidate's aides regroup",
    "Hillary Clinton met donors in New York on Monday as her rivals gained ground.\n\n"
    "The Clinton team has hired new staff in Iowa, aides said. Members of the Clinton team said the polls would "
    "turn.",
)
ACTRESS = (
    "New drama series",
    "The network will air a new hospital drama in the spring.\n\n"
    "In the series, Jo Marsh plays a nurse who returns to her home town. Marsh, 34, said the part had changed her.",
)


def test_a_family_name_written_first_stays_a_person() -> None:
    assert {e.label for e in _doc(*CHINESE_ORDER).entities if e.text.startswith("Zhang")} == {"PERSON"}


def test_a_person_whose_name_modifies_team_stays_a_person() -> None:
    assert {e.label for e in _doc(*CAMPAIGN_TEAM).entities if "Clinton" in e.text} == {"PERSON"}


def test_an_actress_after_a_programme_noun_and_a_comma_stays_a_person() -> None:
    assert _typed(*ACTRESS, "Marsh") == {"person"}
