"""Figures read on unseen articles in session 17, round 4 (reader Audit 28 29.4 patterns 7 and 9, and the
leftovers of the lead's Newsroom row 0).

Each case is a short article written for this test. The kinds:

* a count inside a figure of speech ("all five stages of grief", "a million reasons") is no key figure;
* a number inside an imagined or conditional case ("Imagine if ...", "if 5,000 people had come") is no key
  figure; a forecast with no condition ("could cost insurers $2 billion") stays;
* a figure whose label is only other values ("$10bn, $15bn") or a bare "eight dead" is withheld; a list of
  values with its label ("fines of $10bn and $15bn") and a death toll with its verb stay;
* a count turning out after a dash aside keeps the place that had it; a tally after the object ("approved
  the bill 52 to 48") is one shown value.

Cases are (text, number, words the bullet must hold or None when it must not be shown, words it must
not hold, whether dropping it is acceptable), read as in the Audit 14 cases.
First score on unchanged main (1d9193d): see the commit message and the report.
"""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines as _lines
from tests.analyze.test_figure_audit14 import _passes  # one way of reading a figure bullet for all audits

pytestmark = pytest.mark.slow

_GRIEF = ("The verdict was read out just after noon. Within minutes, all five stages of grief exploded on "
          "social media as fans of the singer reacted.")
_REASONS = ("The old harbour reopened to visitors on Saturday. There are a million reasons to come back, "
            "the mayor told reporters.")
_IMAGINE = ("The virus spread slowly in the village, the doctor said. \"Imagine if it reached the capital and "
            "thousands or tens of thousands could die,\" she said.")
_IF = ("The hall was closed on safety grounds. If 5,000 people had come, the floor would have collapsed, the "
       "organiser said.")
_LIST = ("Nobody knows what the clean-up will cost. $10bn, $15bn - the guesses keep rising.")
_TOLL = ("The attack began at dawn. The toll by evening: eight dead.")
_DASH = ("Turnout fell across the region. And Ruvania -- even making a generous allowance for the fact that "
         "this was a symbolic vote -- had 6,300 people turn out, far fewer than four years ago.")
_SENATE = ("The measure now goes to the president. The Senate approved the bill 52 to 48 on Tuesday.")
# near-misses that must stay
_DIED = ("Eight people died in the attack on the market, police said.")
_FINES = ("Regulators imposed fines of $10bn and $15bn on the two firms on Monday.")
_FORECAST = ("The storm could cost insurers $2 billion, analysts said on Monday.")

CASES: list[tuple[str, str, list[str] | None, list[str], bool]] = [
    (_GRIEF, "five", None, [], True),
    (_REASONS, "million", None, [], True),
    (_IMAGINE, "thousands", None, [], True),
    (_IF, "5,000", None, [], True),
    (_LIST, "$10bn", None, [], True),
    (_TOLL, "eight", ["toll"], [], True),
    (_DASH, "6,300", ["Ruvania", "turn out"], [], True),
    (_SENATE, "52", ["approved", "48"], [], False),
    (_DIED, "Eight", ["died"], [], False),
    (_FINES, "$10bn", ["fines"], [], False),
    (_FORECAST, "$2 billion", ["cost"], [], False),
]


# The two cases left open here (a tally after the object tagged a DATE; no MONEY entity for "$10bn" after
# "fines of") pass since session 18 (figure_holders.tally_entities; figure_values' scaled sums).
_OPEN: dict[str, str] = {}
_PARAMS = [pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=_OPEN[case[1]]))
           if case[1] in _OPEN and case[3] == [] and case[2] is not None else pytest.param(*case) for case in CASES]


@pytest.mark.parametrize(("text", "number", "must", "must_not", "drop_ok"), _PARAMS)
def test_figure_session17d(text: str, number: str, must: list[str] | None, must_not: list[str],
                           drop_ok: bool) -> None:
    assert _passes(text, number, must, must_not, drop_ok), _lines(text)
