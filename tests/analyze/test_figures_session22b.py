"""Figures read on Audit 36's Key figures verdicts, session 22 round 2.

Audit 36 found Key figures 12 % wrong and 50 % would delete: figures whose label a reader cannot read
alone. Each case is a short article written for this test. The kinds:

* a measure whose noun is cut ("perched atop a 2 metre" when the sentence goes on "(7ft) blade of
  grass"): the measure qualifies a noun the item lost (Audit 36 #6);
* "as much as a Valdez-worth": a vague amount with no number is no figure (Audit 36 #6);
* a change whose "in" complement is cut ("a 40% rise (since 2019)": a rise in what?) (Audit 36 #2);
* a label that ends on "including" (the list it opens was cut) (Audit 36 #10);
* a sum with no purpose ("2 million rupees" of a reward) (Audit 36 #10);
* a share in a list after a colon, whose verb is in the clause before the colon (Audit 36 #6);
* a figure told as a habit ("a bay that often sees waves of more than 5 metres"), context for the claim
  the sentence makes (Audit 36 #6);
* a count of a phrase's uses with nowhere named ("The phrase ... appears eight times") (Audit 36 #6; not
  reproduced in a short article: kept as a case that must stay withheld).

Near misses: a plain measure with its noun, a plain rise with its "in", an arrest count without a list,
a reward with its purpose and a sum with its verb stay shown.

Cases are (text, number, words the bullet must hold or None when it must not be shown, words it must not
hold, whether dropping it is acceptable), read as in the Audit 14 cases.
"""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines as _lines
from tests.analyze.test_figure_audit14 import _passes  # one way of reading a figure bullet for all audits

pytestmark = pytest.mark.slow

_CUT_NOUN = "Nearby, a red-winged heron perched atop a 3 metre (10ft) stalk of oil-soaked reed."
_AS_MUCH = ("The reefs have never recovered from the 1989 Exxon Valdez spill. Officials now estimate that as much "
            "as a Valdez-worth of fuel may be reaching the bay every six days.")
_RISE = 'The agency reports there has been a 40% rise in the number of so-called "ghost" accounts since 2019.'
_INCLUDING = ("Prosecutors in Tarvo released a statement on Monday. So far more than 40 people have been arrested, "
              "including 12 prison guards.")
_REWARD = ('"Tell us where they are!" the poster says, offering a reward of 2 million rupees ($24,000) for news '
           "of the missing hikers.")
_COLON = ("And we learn, too, that for birds, the delta is the equivalent of a busy railway hub where everyone "
          "seems to have a layover: 90 species of songbirds and 60% of all migrating US geese.")
_PHRASE = ('The company filed a 300-page safety plan with regulators last year. The phrase "no danger" appears '
           "eight times.")
_HABIT = ("In a bay that often sees waves of more than 5 metres, not to mention storms, the firm did not think "
          "its fuel could make a short 30km trip.")
_WHALE = "A 12 metre whale washed up on the beach at Carrow on Tuesday, the coastguard said."
_BURGLARY = "The ministry reported a 30% increase in burglaries in the capital since 2020."
_ARRESTS = "Police in Orsk said on Friday that 25 people were arrested after the protest."
_FEE = "The club paid 40 million euros for the striker on Monday."
_BOUNTY = "The family is offering a reward of £5,000 for information that leads to an arrest."

CASES: list[tuple[str, str, list[str] | None, list[str], bool] | object] = [
    (_CUT_NOUN, "3 metre", ["post"], [], True),
    (_AS_MUCH, "as much", None, [], True),
    (_RISE, "40%", ["accounts"], [], True),
    (_INCLUDING, "40 people", [], ["including"], True),
    (_REWARD, "2 million", ["reward"], [], True),
    (_COLON, "60%", ["layover"], [], True),
    (_PHRASE, "eight", ["plan"], [], True),
    (_HABIT, "5 metres", None, [], True),
    (_WHALE, "12 metre", ["12 metre whale"], [], False),
    (_BURGLARY, "30%", ["30%", "burglaries"], [], False),
    (_ARRESTS, "25", ["25 people", "arrested"], [], False),
    (_BOUNTY, "£5,000", ["reward"], [], False),
    (_FEE, "40 million", ["club paid 40 million euros"], [], False),
]


@pytest.mark.parametrize(("text", "number", "must", "must_not", "drop_ok"), CASES)
def test_figure_session22b(text: str, number: str, must: list[str] | None, must_not: list[str],
                           drop_ok: bool) -> None:
    assert _passes(text, number, must, must_not, drop_ok), _lines(text)
