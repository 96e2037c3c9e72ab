"""Figures read on unseen articles in session 18, round 3 (the code review, the lead's Newsroom readings,
figures18b's leftovers).

Each case is a short article written for this test. The kinds:

* two sums joined by "and" are one value only after "between"/"from", after a plural noun of costs, estimates
  or fines ("fines of $3 million and $4 million"), or when the first has no scale and the second has one
  ("$10 and $15 billion"); "was paid $2 million and $500,000 in bonuses" is two sums;
* a time after a "from" value dates the old value ("ticked up to 4.41 percent from 4.40 percent last week"),
  so the new value keeps the "from" value with its time, not the time alone;
* the second price of a coordinated "for X" pair ("for $199 for the small model and $299 for the large
  model") reads like the first: the verb, the price, then what it buys;
* a measure with a short unit ("1.2 m high") is a measure, not a plain count;
* the subject of a reported clause ("the new version") is the figure's referent, not the reporter ("Ford").

Near misses: a range after "between", a time right after the new value ("to 5.1 percent last month from
5.3 percent"), a reported clause whose subject is the reporter's pronoun ("Ford said it will cut ...").

Cases are (text, number, words the bullet must hold or None when it must not be shown, words it must
not hold, whether dropping it is acceptable), read as in the Audit 14 cases.
First score on unchanged main (122ac74): see the commit message and the report.
"""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines as _lines
from tests.analyze.test_figure_audit14 import _passes  # one way of reading a figure bullet for all audits

pytestmark = pytest.mark.slow

_PAID = ("The chief executive, Mark Lane, was paid $2 million and $500,000 in bonuses last year, the filing shows. "
         "The company employs 4,000 people in three states.")
_BETWEEN = ("The bridge over the Wendle river is closed. Engineers put the cost of the repairs at between $10 million "
            "and $15 million, the report said.")
_FINES = ("Regulators in two states have acted against Kelso Foods. The company faces fines of $3 million and "
          "$4 million, the regulators said.")
_SCALE = ("The old dam above Marlow must be rebuilt. The work will cost $10 and $15 billion in the two plans "
          "the agency drew up, officials said.")
_RATE = ("Mortgage rates rose again this week, the lender Haldon Mac said on Thursday. The average rate on a 30-year "
         "loan ticked up to 4.41 percent from 4.40 percent last week. Fifteen-year loans rose to 3.47 percent.")
_RATE_NEAR = ("Jobs data came out on Friday. The jobless rate in Ardmore fell to 5.1 percent last month from "
              "5.3 percent, the agency said.")
# added after the first score (failed on main 122ac74: "(last month)" dated the new rate)
_RATE_FROM = ("Jobs data came out on Friday. The jobless rate in Ardmore fell to 5.1 percent from 5.3 percent last "
              "month, the agency said.")
_PHONE = ("The new Lorcom phone goes on sale on Friday in 20 countries. With a two-year contract, it retails for $199 "
          "for the 16GB model and $299 for the 32GB model. Analysts expect strong sales.")
_HAT = "The new statue in the square is striking, visitors say. The hat is 1.2 m high, the sculptor said."
_WALL = "The council built a new flood wall along the river. The wall is 4 m high and runs for two miles."
_FORD = ("Ford unveiled a smaller electric pickup on Tuesday in Detroit. Ford said the new version will start at "
         "$25,000 when it goes on sale next year.")
_FORD_IT = ("Ford announced a new plan for its European plants on Tuesday. Ford said it will cut 3,000 jobs in "
            "Europe by the end of next year.")

CASES: list[tuple[str, str, list[str] | None, list[str], bool]] = [
    (_PAID, "$2 million", ["Lane", "paid"], ["$500,000"], True),
    (_BETWEEN, "$15 million", ["between $10 million and $15 million"], [], False),
    (_FINES, "$4 million", ["fines of $3 million and $4 million"], [], True),
    (_SCALE, "$15 billion", ["$10 and $15 billion"], [], True),
    (_RATE, "4.41 percent", ["ticked up to 4.41 percent from 4.40 percent last week"], ["(last week)"], True),
    (_RATE_NEAR, "5.1 percent", ["fell to 5.1 percent"], [], False),
    (_RATE_FROM, "5.1 percent", ["from 5.3 percent last month"], ["(last month)"], True),
    (_PHONE, "$299", ["retails for $299 for the 32GB model"], ["—"], True),
    (_PHONE, "$199", ["retails for $199 for the 16GB model"], [], False),
    (_HAT, "1.2 m", ["hat", "1.2 m high"], [], False),
    (_WALL, "4 m", ["wall", "4 m high"], [], False),
    (_FORD, "$25,000", ["version", "$25,000"], ["[Ford]"], True),
    (_FORD_IT, "3,000", ["Ford", "3,000 jobs"], [], False),
]


# The coordinated price pair's word order, left open in this round, passes since session 20.
_PARAMS = [pytest.param(*case) for case in CASES]


@pytest.mark.parametrize(("text", "number", "must", "must_not", "drop_ok"), _PARAMS)
def test_figure_session18c(text: str, number: str, must: list[str] | None, must_not: list[str],
                           drop_ok: bool) -> None:
    assert _passes(text, number, must, must_not, drop_ok), _lines(text)


def test_a_short_unit_that_describes_a_thing_is_no_figure() -> None:
    # near miss added after the 120-row check (XSum row 39 gained a bare "The 23.5mm diameter pendant" bullet)
    lines = _lines("A metal detectorist found a gold pendant near Thetford in May. The 23.5mm diameter pendant, made "
                   "from a copy of a coin, has a loop on its edge.")
    assert not any("23.5" in line for line in lines), lines
