"""Figures read on unseen articles in session 18, round 1 (the lead's Newsroom rows 43 and 0, reader Audit 28
29.4 pattern 9, and session 17d's two open cases).

Each case is a short article written for this test. The kinds:

* a percentage on a noun ("20 percent purity", "3 percent growth") says what it is of, found in its clause
  ("enriched uranium to 20 percent purity", "the economy posted 3 percent growth") or is withheld;
* a tally after its object ("passed the bill 52 to 48") is one value with what was voted; a range written with
  "and" ("between $10bn and $15bn") is one bullet with one label for both ends;
* a source phrase ("according to exit polls") belongs to the clause it closes, not to an earlier figure's
  clause; the place that "had" N people turn out stays in the label.

Near misses: a percentage with its subject ("Unemployment fell to 4 percent"), a figure whose own clause holds
the source, and two values for two named firms.

Cases are (text, number, words the bullet must hold or None when it must not be shown, words it must
not hold, whether dropping it is acceptable), read as in the Audit 14 cases.
First score on unchanged main (1d0b803): see the commit message and the report.
"""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines as _lines
from tests.analyze.test_figure_audit14 import _passes  # one way of reading a figure bullet for all audits

pytestmark = pytest.mark.slow

_PURITY = ("Inspectors said on Monday that the plant had enriched uranium to 20 percent purity, far above the "
           "level needed for power reactors.")
_MATERIAL = ("Inspectors visit the site every month, measuring recent output of the material, enriched to 20 "
             "percent purity, that brings it closer to weapons fuel.")
_GROWTH = ("Ruvania's economy posted 3 percent growth in the second quarter, the statistics office said on "
           "Friday.")
_SENATE = ("The measure now goes to the governor. The Senate passed the bill 52 to 48 on Tuesday.")
_RANGE = ("Nobody yet knows the final bill. Analysts put the cost of the clean-up between $10bn and $15bn.")
_SOURCE = ("In Lorland, the pattern held: 245,000 voters turned out in 2012, compared with 241,000 four years "
           "before, despite independents making up 47% of the total turnout, according to exit polls.")
# added after the first score (it failed on main 1d0b803): the source after a 'despite' clause with its subject
_DESPITE = ("In Lorland, the same pattern held -- 245,000 voters turned out in 2012, compared with 241,000 four "
            "years before, despite Republicans being the only party in the race and independents making up 47% of "
            "the total turnout in 2012, according to exit polls.")
_HAD = ("Turnout fell across the region. And Ruvania -- even allowing for a symbolic contest -- had 232,000 "
        "people turn out, less than half the number four years ago.")
# added after the first score (it failed on main 1d0b803): the aside long enough that the phrase was cut after it
_HAD_LONG = ("Turnout fell across the region. And Ruvania -- even making a generous allowance for the fact that "
             "this was an entirely symbolic vote -- had 232,000 people turn out, less than half the number who "
             "did four years ago.")
# near misses that must stay as they are
_JOBLESS = ("Unemployment in Ruvania fell to 4 percent in May, the lowest in a decade, officials said.")
_OWN_SOURCE = ("About 60,000 people marched in the capital on Sunday, according to the police.")
# added after the dump of 120 rows: hyphens inside words are no dashed aside
_HYPHENS = ("Three flats sold last week. The cheapest was a one-bedroom, one-bath flat for $200,000, the agent said.")
_TWO_FIRMS = ("Regulators fined Northline $10bn on Monday. Its rival Eastway was fined $15bn a day later.")

CASES: list[tuple[str, str, list[str] | None, list[str], bool]] = [
    (_PURITY, "20 percent", ["uranium", "enriched"], [], True),
    (_MATERIAL, "20 percent", ["material", "enriched"], [], True),
    (_GROWTH, "3 percent", ["economy"], [], True),
    (_SENATE, "52", ["passed", "bill", "48"], [], False),
    (_RANGE, "$10bn", ["cost", "$15bn"], [], False),
    (_SOURCE, "245,000", ["turned out"], ["exit polls"], True),
    (_DESPITE, "245,000", ["voters", "turned out"], ["exit polls"], True),
    (_DESPITE, "47%", ["independents", "turnout"], [], True),
    (_HAD, "232,000", ["Ruvania", "turn out"], [], True),
    (_HAD_LONG, "232,000", ["Ruvania", "turn out"], [], True),
    (_JOBLESS, "4 percent", ["Unemployment"], [], False),
    (_OWN_SOURCE, "60,000", ["marched", "police"], [], False),
    (_HYPHENS, "$200,000", ["one-bedroom, one-bath"], ["…"], True),
    (_TWO_FIRMS, "$15bn", ["Eastway"], ["$10bn"], True),
]


@pytest.mark.parametrize(("text", "number", "must", "must_not", "drop_ok"), CASES)
def test_figure_session18(text: str, number: str, must: list[str] | None, must_not: list[str],
                          drop_ok: bool) -> None:
    assert _passes(text, number, must, must_not, drop_ok), _lines(text)


def test_a_range_with_and_is_one_bullet() -> None:
    """Both ends of 'between $10bn and $15bn' are one value: no second bullet for the upper end."""
    lines = _lines(_RANGE)
    assert len([line for line in lines if "$15bn" in line]) == 1, lines
