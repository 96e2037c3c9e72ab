"""Figures read on unseen articles in session 19, round 1 (the lead's reading of Newsroom row 54, a
neighbourhood property feature, and a session 17 reading of a bare "20 percent purity").

Each case is a short article written for this test. The kinds:

* a price range "from $X for a condo to $Y for a farmhouse" or "from a ... condo for $X to a new five-bedroom, five-bath house at $Y" is not cut in the
  middle: hyphens inside "five-bedroom" are no dashes around an aside, and the low price keeps what it buys,
  not the high end's house;
* a count whose noun the parse lost ("homes with two to five or more bedrooms") is completed with the noun
  after the number or withheld, never shown ending on the number ("with two to five");
* a fraction word of territory with no count ("claims the eastern half of the district") is no key figure;
  a fraction with what it is a fraction of and a number ("half of the 400 homes") stays;
* a percentage shown with only its unit noun ("20 percent purity", "a 30 percent stake") is completed with
  what it measures or whose it is, or withheld.

Near misses: a plain range with its noun ("with three to five bedrooms"), "half of the 400 homes", a stake
with its holder and company, a rate with its subject.

Cases are (text, number, words the bullet must hold or None when it must not be shown, words it must
not hold, whether dropping it is acceptable), read as in the Audit 14 cases.
First score on unchanged main (95f7b0a): see the commit message and the report.
"""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines as _lines
from tests.analyze.test_figure_audit14 import _passes  # one way of reading a figure bullet for all audits

pytestmark = pytest.mark.slow

_RANGE = ("Hollin Park is a quiet corner of the county. Nine homes are for sale now, ranging from a two-bedroom, "
          "one-bath cottage for $310,000 to a new four-bedroom, three-bath colonial at $1.2 million.")
_PRICES = ("Hollin Park is a quiet corner of the county. Prices there range from $200,000 for a small condo to "
           "$1.6 million for a farmhouse, the agent said.")
_ROOMS_OR = ("Hollin Park has a mix of houses, from farmhouses to bungalows to kit homes with two to four or more "
             "bedrooms. Its civic group meets monthly.")
# a slip in the copy ("two to five or bedrooms or more", as printed in the lead's row): the parse loses the noun
_ROOMS_SLIP = ("Hollin Park has a variety of houses ranging from farmhouses to bungalows to kit homes with two to "
               "four or bedrooms or sometimes more. Its civic group meets monthly.")
_ROOMS = ("Hollin Park has a mix of houses. Most are bungalows with three to five bedrooms, the agent said. "
          "Its civic group meets monthly.")
_HALF = ("Hollin Park runs from the creek on the west to the railway on the east. The Elmwood estate claims "
         "the western half of those streets, giving the area its odd shape.")
_HALF_OF = ("Hollin Park is growing old. Half of the 400 homes in the area were built before 1950, the "
            "county said.")
_PURITY = ("Police raided a flat in Marlow on Tuesday and found three kilograms of heroin. Tests showed a "
           "40 percent purity, officers said.")
_PURITY_OF = "Police searched a flat in Marlow on Tuesday. They found heroin of 20 percent purity in the kitchen."
_STAKE = ("The deal was signed on Monday. Under its terms, the buyer takes a 30 percent stake, the two firms said.")
_STAKE_NEAR = ("The deal was signed on Monday. Vell Group will buy a 30 percent stake in Arlo Motors, the two "
               "firms said.")
_WON = "The vote was counted overnight. The Green Party won a 35 percent share, its best result."
_RATE = "Jobs data came out on Friday. Unemployment in Ardmore rose to 6 percent in May, the agency said."

CASES: list[tuple[str, str, list[str] | None, list[str], bool]] = [
    (_RANGE, "$310,000", ["cottage", "$310,000"], ["…", "colonial"], True),
    (_RANGE, "$1.2 million", ["colonial", "$1.2 million"], ["…"], True),
    (_PRICES, "$200,000", ["$200,000", "condo"], ["farmhouse"], True),
    (_PRICES, "$1.6 million", ["$1.6 million", "farmhouse"], ["condo"], True),
    (_ROOMS_OR, "two to four", ["bedrooms"], [], True),
    (_ROOMS_SLIP, "two to four", ["bedrooms"], [], True),
    (_ROOMS, "three to five", ["bungalows", "three to five bedrooms"], [], True),
    (_HALF, "half", None, [], True),
    (_HALF_OF, "half of the 400 homes", ["built"], [], False),
    (_PURITY, "40 percent", ["heroin"], [], True),
    (_PURITY_OF, "20 percent", ["heroin of 20 percent purity"], [], True),
    (_STAKE, "30 percent", ["buyer"], [], True),
    (_STAKE_NEAR, "30 percent", ["Vell Group", "30 percent stake in Arlo Motors"], [], False),
    (_WON, "35 percent", ["Green Party", "35 percent share"], [], True),
    (_RATE, "6 percent", ["Unemployment", "6 percent"], [], False),
]


@pytest.mark.parametrize(("text", "number", "must", "must_not", "drop_ok"), CASES)
def test_figure_session19(text: str, number: str, must: list[str] | None, must_not: list[str],
                          drop_ok: bool) -> None:
    assert _passes(text, number, must, must_not, drop_ok), _lines(text)
