"""Figures whose label keeps its own clause and its own subject (reader Audit 25, 26.4 patterns 6 and 8).

Each case is a short article written for this test. The kinds:

* a label ends at its clause: a comma and a new noun phrase that is no apposition of the counted thing
  ("... to cover compensation claims, an opinion poll yesterday") starts the next item, not the figure's;
* a pronoun is repaired only to a person for a person's verb: "He was detained for 15 hours" is never
  "[November election] was detained". Near-miss: a named person before it ("[Mark Webster] was detained");
* a figure that names itself ("the $72 million number") states no fact;
* a count inside a fronted "Of the 100,000 people who live there, only a few thousand remain" is the base of
  another count: shown alone it loses the fact (a few thousand remain);
* a count in an adverbial phrase with no verb of its own ("his last 12 games for the club") says nothing, nor
  does one on a verb the bullet leaves out whose subject is a pronoun or a gerund ("appeared in 12 games",
  "Recharging takes 1.5 hours at 240 volts"). Near-miss: "Sanchez has scored 19 goals";
* near-misses kept: a casualty count with where, a budget, a vote tally, a price with what it buys.

Cases are (text, number, words the bullet must hold or None when it must not be shown, words it must
not hold, whether dropping it is acceptable), read as in the Audit 14 cases.
"""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines as _lines
from tests.analyze.test_figure_audit14 import _passes  # one way of reading a figure bullet for all audits

pytestmark = pytest.mark.slow

_RUN_ON = ("Anger at the oil company grew this week. BP agreed to put aside 20 billion dollars to cover "
           "compensation claims, an opinion poll yesterday.")
_FUND = "The company agreed on Wednesday to set up a $20 billion fund to pay compensation claims, the White House said."
_EVENT = ("Mark Webster covered the protests in Cairo for a month. The November election was marred by claims of "
          "fraud, observers said. He was detained for 15 hours at the Cairo airport, his editor said.")
_NAMED = ("Mark Webster flew to Cairo last week to cover the vote. He was detained for 15 hours at the airport, his "
          "editor said.")
_PILOTS = ("Officials said the air force had lost contact with its crews. Three pilots may have defected and joined "
           "the ranks of the militants, a spokesman said.")
_PHALANX = ("The singer arrived at the court on Monday. She walked in flanked by a phalanx of four bodyguards, who "
            "pushed photographers aside.")
_SELF = ("The two students said they had made a fortune trading stocks. The $72 million number was repeated by "
         "dozens of websites before the students admitted it was false.")
_REMAIN = ("The army shelled the district for a month. Of the 100,000 people who normally live in the district, only "
           "a few thousand remain, activists said.")
_GAMES = "The striker was sent off on Saturday. He has scored in each of his last 12 games for the club."
_MISSING = "A boat carrying migrants sank off the coast on Sunday. Aid groups fear 400 migrants could be missing."
_FLOODS = "Floods swept through the northern provinces on Tuesday. At least 67 people died in the floods, officials said."
_BASE = ("Rebels attacked the air base, which is 70 km south of the capital, on Sunday. Three soldiers were "
         "wounded.")
_LIES = "The storm hit the coast on Friday. Morgan City, which lies about 70 miles west of New Orleans, lost power."
_BOMB = ("A car bomb exploded in a crowded market in Baghdad on Sunday. At least 30 people were killed in the blast, "
         "police said.")
_BUDGET = "The council met on Tuesday night. It approved a budget of $4.2 billion for next year, the mayor said."
_VOTE = "The bill passed the Senate on Thursday by 62 votes to 38, after a week of debate."
_APPEARED = ("The club kept the forward on its practice squad last year. He eventually made the active roster and "
             "appeared in 12 games.")
_VOLTS = "The car runs on electricity alone. Recharging takes 1.5 hours at 240 volts or four hours at 120."
_GOALS = "The Spanish club is top of the league. Sanchez has scored 19 goals in 30 games this season."
_LAND = "The city paid $3 million for the land, which will become a park, the mayor said."

CASES: list[tuple[str, str, list[str] | None, list[str], bool]] = [
    (_RUN_ON, "20 billion", ["compensation claims"], ["opinion poll"], False),
    (_FUND, "$20 billion", ["fund", "compensation claims"], [], False),
    (_EVENT, "15 hours", ["detained"], ["election"], True),
    (_NAMED, "15 hours", ["Webster", "detained"], [], False),
    (_PILOTS, "ranks", None, [], True),
    (_PHALANX, "four", None, [], True),
    (_SELF, "$72 million", None, [], True),
    (_REMAIN, "100,000", ["remain"], [], True),
    (_GAMES, "12 games", None, [], True),
    (_MISSING, "400", ["missing"], [], True),
    (_FLOODS, "67", ["floods"], [], False),
    (_BASE, "70 km", None, [], True),
    (_LIES, "70 miles", None, [], True),
    (_BOMB, "30 people", ["killed", "blast"], [], False),
    (_BUDGET, "$4.2 billion", ["budget"], [], False),
    (_VOTE, "62 votes", ["passed", "38"], [], True),
    (_LAND, "$3 million", ["paid", "land"], [], False),
    # added with the second rule (figure_clauses.verb_lost), after the first score
    (_APPEARED, "12 games", None, [], True),
    (_VOLTS, "240 volts", None, [], True),
    (_GOALS, "19 goals", ["scored"], [], False),
]


# Was left open until session 24: a margin shown bare ("62 votes") loses the verb and the subject it is the
# margin of; it is not dropped, as eval reader's labelled set keeps a bare margin ("missed the play-off places
# by 14 points").
_OPEN: set[str] = set()  # the margin now kept whole ("62 votes to 38")
_PARAMS = [pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason="a margin shown without its verb"))
           if case[1] in _OPEN else pytest.param(*case) for case in CASES]


@pytest.mark.parametrize(("text", "number", "must", "must_not", "drop_ok"), _PARAMS)
def test_figure_session16b(text: str, number: str, must: list[str] | None, must_not: list[str],
                           drop_ok: bool) -> None:
    assert _passes(text, number, must, must_not, drop_ok), _lines(text)
