"""Figures read on unseen articles in session 18, round 2 (reader Audit 29, docs/audit.md section 30.2-30.4).

Each case is a short article written for this test. The kinds:

* a figure under a verb of expecting, guessing or betting ("Harlan expects the model will cost $999") keeps
  the one who expects it, or is withheld; the expecter is never made the figure's holder;
* a share ("1% of the population") says what the share has or does ("owns half the wealth");
* a measure takes the dimension word after it ("1.2 m high"), not the next measure's ("1.5 m in diameter");
* a count of "other" things ("11 other citizens") whose first one the figure does not show is withheld;
* a dated list run together ("... kills 3,000 people 2010 - Drought hits") ends an item at the next year.

Near misses: a wager already framed ("Harlan's bet: ..."), a capacity whose pronoun subject is resolved to the
ship named before.

Cases are (text, number, words the bullet must hold or None when it must not be shown, words it must
not hold, whether dropping it is acceptable), read as in the Audit 14 cases.
First score on unchanged main (59f0aa1): see the commit message and the report.
"""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines as _lines
from tests.analyze.test_figure_audit14 import _passes  # one way of reading a figure bullet for all audits

pytestmark = pytest.mark.slow

_EXPECTS = "Harlan expects the steel model will cost around $999 when it goes on sale."
_EXPECTS_TO = "Analyst Tom Harlan expects the steel model to cost around $999."
_BET = "Analyst Tom Harlan has a guess for the launch. Harlan's bet: the steel model will start at around $999."
_SHARE = "The richest 1% of the population owns half the wealth of the country, the report found."
_SHARE_PEOPLE = "Just 1% of people own half the wealth, the report found."
_HAT = "The new statue in the square is striking. The hat is 1.2 m high and 1.5 m in diameter."
_INCOME = "The richest 10% of households earn 40% of all income, the study found."
_LIST = ("Hurricanes have shaped the island. 1998 - Hurricane Lena destroys 80% of crops 2004 - Hurricane Mira kills "
         "3,000 people 2010 - Drought hits.")
# added after the first score (it failed on main 59f0aa1): the units spelled out, so both are figures
_HAT_METRES = "The statue was unveiled on Monday. The hat is 1.2 metres high and 1.5 metres in diameter."
# added after the first score (it failed on main 59f0aa1): "other" than the one named a sentence before
_OTHERS = "Police arrested a Lorland man on Monday. Eleven other Lorland citizens were detained on Tuesday."
# near misses that must stay as they are
_SHIP = "The Norvik Star is a converted tanker moored off the coast. It has a capacity of 15,000 barrels a day."

CASES: list[tuple[str, str, list[str] | None, list[str], bool]] = [
    (_EXPECTS, "$999", ["Harlan", "expects", "model"], ["[Harlan]"], True),
    (_EXPECTS_TO, "$999", ["Harlan", "expects", "model"], ["[Harlan]", "[Tom Harlan]"], True),
    (_BET, "$999", ["bet", "model"], [], True),
    (_SHARE, "1%", ["owns half the wealth"], [], True),
    (_SHARE_PEOPLE, "1%", ["own half the wealth"], [], True),
    (_INCOME, "10%", ["households", "earn"], [], True),
    (_HAT, "1.2 m", ["hat", "high"], ["diameter"], True),
    (_HAT, "1.5 m", ["hat", "diameter"], ["high", "diameter the hat"], True),
    (_HAT_METRES, "1.2 metres", ["hat", "high"], ["diameter"], False),
    (_HAT_METRES, "1.5 metres", ["hat", "diameter"], ["high", "diameter the hat"], True),
    (_OTHERS, "Eleven", None, [], True),
    (_LIST, "3,000", ["Mira", "kills"], ["2010", "Drought"], True),
    (_LIST, "80%", ["Lena", "crops"], ["2004"], True),
    (_SHIP, "15,000", ["Norvik Star", "capacity"], [], False),
]


@pytest.mark.parametrize(("text", "number", "must", "must_not", "drop_ok"), CASES)
def test_figure_session18b(text: str, number: str, must: list[str] | None, must_not: list[str],
                           drop_ok: bool) -> None:
    assert _passes(text, number, must, must_not, drop_ok), _lines(text)
