"""Actors, session 30 (issue #11; docs/benchmarks.md "Session 29": what was left in the Actors section).

- A disease the model tags as an organisation, named with few or no disease words beside it ("NAME has no cure",
  "NAME was spreading", "a new strain of NAME"): no actor. Near misses: a health body that speaks, a body named in a
  disease phrase once that acts elsewhere, an armed group that "has killed" people.
- A person named once in undated trivia about a place ("The ground is where director X shot a film"): no actor; the
  one who acts in the news stays.
- In an argued essay, a historical figure named in a set-up anecdote (the inventor of the product argued about, named
  for what he did decades before): no actor; the people argued with stay.

All texts and names are invented.
"""

from __future__ import annotations

import pytest

from .actor_cases import actors_of
from .test_actors_audit44 import _retagged

_SPREADING = """Morvax has killed 31 people in the south this year, health officials said on Tuesday.

Dr Clara Voss of the regional health service said Morvax was spreading faster than in any year before. "We are
testing every household," Voss said. Morvax has no cure.
"""

_STRAIN = """Farmers in the valley culled 20,000 chickens on Thursday after a new strain of K7N3 was found at two farms.

K7N3 is transmitted by wild birds, said Peter Hall, the province's chief vet. "We acted quickly," Hall said. K7N3
spreads fast in crowded sheds.
"""

_BODY = """Cases of Morvax rose to 40 this week, the Tessaly Health Board said on Tuesday.

The Tessaly Health Board said it had opened two new clinics. Its director, Dr Clara Voss, said the board would hire
nurses. "We are testing every household," Voss said.
"""

_MILITIA = """Brakka has killed 31 people in the south this year, police said on Tuesday.

Brakka attacked a police post near the border on Monday, said police chief Omar Idris. "We will find them," Idris
said. Brakka has no base in the capital.
"""

_TAGGED = [
    ("no-cure", _SPREADING, {"Morvax": "ORG"}, "Morvax", False),
    ("no-cure-person", _SPREADING, {"Morvax": "ORG"}, "Clara Voss", True),
    ("strain", _STRAIN, {"K7N3": "ORG"}, "K7N3", False),
    ("strain-person", _STRAIN, {"K7N3": "ORG"}, "Peter Hall", True),
    ("health-body", _BODY, {"Tessaly Health Board": "ORG"}, "Tessaly Health Board", True),
    ("militia", _MILITIA, {"Brakka": "ORG"}, "Brakka", True),
]


@pytest.mark.parametrize(("text", "tags", "name", "listed"), [c[1:] for c in _TAGGED], ids=[c[0] for c in _TAGGED])
def test_a_disease_without_a_disease_word_is_no_actor(text: str, tags: dict[str, str], name: str,
                                                      listed: bool) -> None:
    """A disease read by its own predicates ("spreads", "has no cure", "a strain of") goes; a body that speaks or
    acts, and an armed group that kills, stay."""
    found = _retagged(text, tags)
    assert (name in found) is listed, sorted(found)


_MATCH = """Midfielder Joe Calder on Saturday scored twice as Riverside beat Oldport 3-1 to reach the cup final.

Calder, 24, has scored 11 goals this season. "It was the best day of my life," Calder said.

Riverside coach Neil Burrows said the team had worked hard all week. "We deserved it," Burrows said.

Oldport captain Ian Shaw said his side had been tired. Shaw said they would come back stronger.

{extra}

The final is at the national stadium on May 20.
"""

_ESSAY = """Why the humble plastic tub deserves a second look

Few objects in the kitchen are as dull as the plastic storage tub. Yet the tub has quietly shaped how we shop, cook
and waste food.

{extra}

Today the tub is under attack. Green campaigner Maya Sutton argues that plastic tubs should be banned from shops by
2030. "They are a habit we can break," Sutton says.

Industry groups disagree. Ben Ortiz, who heads the Packaging Federation, says the tubs keep food fresh for longer.
"Ban them and more food goes in the bin," Ortiz says.

I think both are partly right. The answer is fewer tubs, used for longer, not none.
"""

_PLAIN = [
    ("trivia-where", _MATCH, "The stadium is where director Alan Frey filmed the opening of a drama about the club's "
     "founding.", "Alan Frey", False),
    ("trivia-where-keeps", _MATCH, "The stadium is where director Alan Frey filmed the opening of a drama about the "
     "club's founding.", "Ian Shaw", True),
    ("where-now", _MATCH, "The ground is where referee Tom Vale sent off two players on Saturday.", "Tom Vale", True),
    ("acts-now", _MATCH, "Referee Tom Vale sent off two Oldport players in the second half.", "Tom Vale", True),
    ("inventor-decades", _ESSAY, "The tub was the idea of a chemist, Harold Finch, who sold the first ones from a "
     "garage in Ohio decades before supermarkets existed.", "Harold Finch", False),
    ("inventor-years-ago", _ESSAY, "Seventy years ago, the chemist Harold Finch sold the first tubs from a garage in "
     "Ohio.", "Harold Finch", False),
    ("inventor-keeps-sides", _ESSAY, "Seventy years ago, the chemist Harold Finch sold the first tubs from a garage in "
     "Ohio.", "Maya Sutton", True),
    ("argued-about", _ESSAY, "Retail chief Nora Blake last month pledged to halve the tubs her stores sell.",
     "Nora Blake", True),
]


@pytest.mark.parametrize(("text", "extra", "name", "listed"), [c[1:] for c in _PLAIN], ids=[c[0] for c in _PLAIN])
def test_a_background_name_is_no_actor(text: str, extra: str, name: str, listed: bool) -> None:
    """Trivia about a place and an inventor in an essay's set-up go; the story's and the argument's people stay."""
    found = actors_of(text.format(extra=extra))
    assert (name in found) is listed, sorted(found)


_FIRM = """Harlow Paints to close two plants as sales slump
Harlow Paints said on Monday it would close two plants and cut 300 jobs after sales fell for a third year.

The firm, founded by chemist Edwin Harlow in 1932, said demand from builders had dropped. Chief executive Mina Patel
said the cuts were "hard but unavoidable".

"We must adapt to a smaller market," Patel said in a statement.

Shares in Harlow fell 3% in London. Analyst Rob Keane of Stirling Capital said investors had feared worse.

The GMX union said it would oppose the closures. Its national officer, Dan Flood, said members were angry.
"""

_TOWER = """The clock tower that keeps the town on time
Every morning at seven, Iris Dunmore climbs the tower on Market Square to wind the town clock.

"It has never stopped while I have been here," Dunmore says. She has done the job for 22 years.

The tower was built in 1791 by mason Robert Tull, and its clock was added a century later.

The town council, which owns the tower, plans to repair its roof next spring. Council leader Adam Price said
Dunmore would be consulted. "She knows it better than anyone," Price said.
"""

_OPENED = """A new footbridge over the river Lenn opened on Saturday after two years of work.

The bridge was opened on Saturday by mayor Karen Holt, who cut a ribbon. Engineer Paul Rees said it would carry
4,000 people a day. "It links two halves of the town," Rees said.

Shopkeeper Tim Lowe said trade would rise. "People will walk over," Lowe said.
"""

_ORIGIN = [
    ("founder-firm", _FIRM, "Edwin Harlow", False),
    ("founder-keeps-chief", _FIRM, "Mina Patel", True),
    ("builder-passive", _TOWER, "Robert Tull", False),
    ("builder-keeps-keeper", _TOWER, "Iris Dunmore", True),
    ("opened-now", _OPENED, "Karen Holt", True),
]


@pytest.mark.parametrize(("text", "name", "listed"), [c[1:] for c in _ORIGIN], ids=[c[0] for c in _ORIGIN])
def test_a_founder_or_builder_named_once_is_no_actor(text: str, name: str, listed: bool) -> None:
    """A founder or builder named once for the origin act, with its year, goes; the story's people, and one who
    opened a bridge on the news's day, stay."""
    headline, body = text.split("\n", 1) if text.startswith(("Harlow", "The clock")) else (None, text)
    found = actors_of(body, headline)
    assert (name in found) is listed, sorted(found)


def test_a_founders_surname_as_the_firms_short_name_counts_for_the_firm() -> None:
    """'Shares in Harlow fell' is the firm's mention (tagged a place or a body), not the founder's."""
    found = _retagged(_FIRM.split("\n", 1)[1], {"Harlow Paints": "ORG", "Harlow": "GPE"})
    assert found["Harlow Paints"].mentions >= 2, found.get("Harlow Paints")
    assert "Edwin Harlow" not in found or found["Edwin Harlow"].mentions == 1


@pytest.mark.xfail(strict=True, reason="an inventor named twice in an essay's set-up (a dated origin act, then his "
                   "surname's undated past act) is past side_name's once-named bar; telling a set-up's figure named "
                   "twice from a party needs every mention's act read as background, left open")
def test_an_inventor_named_twice_in_the_set_up_is_no_actor() -> None:
    """An essay's set-up names the inventor twice, both acts decades before the argument."""
    found = actors_of(_ESSAY.format(extra="The chemist Harold Finch invented the tub in 1946. Finch sold the first "
                                          "ones from a garage in Ohio."))
    assert "Harold Finch" not in found and "Maya Sutton" in found
