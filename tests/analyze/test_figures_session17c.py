"""Figures read on unseen articles in session 17, round 3 (the lead's reading of Newsroom row 0, a column on
primary turnout, and the two near-misses left open in test_figures_session17.py).

Each case is a short article written for this test. The kinds:

* a figure's year comes from its own clause: a year the sentence before names ("... who turned out in 2008")
  does not date the next sentence's number;
* an "according to" at the end of a sentence belongs to its last clause, also when both clauses name a year;
* a count the sentence's subject has ("Ruvania ... had 5,200 people turn out") keeps that subject, and a count
  that turns out "in the country's largest state" keeps the place;
* a label never starts at a bracketed subject glued to a predicate ("[former governor] difficult to ...");
* near-misses kept: a vote tally ("voted 312 to 98") and a price with what it buys ("The basic model costs
  $199").

Cases are (text, number, words the bullet must hold or None when it must not be shown, words it must
not hold, whether dropping it is acceptable), read as in the Audit 14 cases.
First score on unchanged main (f2906a9): see the commit message and the report.
"""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines as _lines
from tests.analyze.test_figure_audit14 import _passes  # one way of reading a figure bullet for all audits

pytestmark = pytest.mark.slow

_WEST = ("Turnout fell in every state. In the west, 1.2 million people turned out in the region's largest state, "
         "far fewer than the nearly 1.5 million who turned out in 2008. Ruvania was even worse, with 12,345 "
         "people turning out to vote in a state with more than 300,000 registered members. Four years before, "
         "more than 20,100 took part in the caucus.")
_NORTH = ("In the north, the same pattern held: 245,000 voters turned out in 2012, compared with 241,000 four "
          "years before, despite the party being the only game in town and independents making up 47% of the "
          "total turnout in 2012, according to exit polls.")
_HAD = ("Turnout fell again this year. And Ruvania -- even allowing for the fact that this was a purely symbolic "
        "vote -- had 5,200 people turn out, less than half the number who did four years ago.")
_HAD2 = ("The count ended late on Friday. Kestria had 8,100 voters turn out, its lowest figure in a decade.")
_LARGEST = ("The decline became clear in the south. After all the mud was thrown, 1.6 million people turned out "
            "in the country's fourth largest state, which might sound impressive until you compare it with the "
            "nearly 2 million who turned out in 2008.")
_GOVERNOR = ("The news is worst for the front-runner. The former Ruvanian governor has found it difficult to climb "
             "above 35% in national polls, meaning that most members still back someone else.")
_VOTE = ("The bill passed the lower house on Thursday. Lawmakers voted 312 to 98 in favour of the measure.")
_PRICE = ("The company launched a cheaper tablet on Monday. The basic model costs $199 and comes with a keyboard.")
# near-misses that must stay as they are
_IOWA = ("In the east, a little more than 121,000 people voted, compared with nearly 119,000 four years before.")
_FIRE = ("The wildfire has burned 30,000 hectares of forest since Sunday, the fire service said.")

CASES: list[tuple[str, str, list[str] | None, list[str], bool]] = [
    (_WEST, "12,345", ["turning out"], ["2008"], True),
    (_WEST, "1.2 million", ["largest state"], [], True),
    (_NORTH, "245,000", ["turned out"], ["exit polls"], True),
    (_NORTH, "47%", ["independents"], ["only game"], True),
    (_HAD, "5,200", ["Ruvania"], [], True),
    (_HAD2, "8,100", ["Kestria"], [], True),
    (_LARGEST, "1.6 million", ["largest state"], [], True),
    (_GOVERNOR, "35%", ["governor", "found it difficult"], ["] difficult"], True),
    (_VOTE, "312", ["voted"], [], False),
    (_PRICE, "$199", ["basic model"], [], False),
    (_IOWA, "121,000", ["voted"], [], False),
    (_FIRE, "30,000", ["hectares", "burned"], [], False),
]


@pytest.mark.parametrize(("text", "number", "must", "must_not", "drop_ok"), CASES)
def test_figure_session17c(text: str, number: str, must: list[str] | None, must_not: list[str],
                           drop_ok: bool) -> None:
    assert _passes(text, number, must, must_not, drop_ok), _lines(text)
