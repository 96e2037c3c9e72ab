"""Figures that keep the frame, the subject and the fact they belong to (reader Audit 26, 27.4 pattern 3).

Each case is a short article written for this test. The kinds:

* a figure inside a claim frame ("sources suggest", "reportedly", "is rumoured", "a report claims") keeps the
  frame in its label or is not shown: a leak must not read as the price; the variant it prices stays;
* a figure whose subject is a definite description that refers back ("the same watch", "the device") names
  what it refers to or is not shown: "the same watch ... will cost you $199" read as another product's price;
* a label that starts inside a prepositional phrase ("addition to the 1.2 million gallons") or a count that
  loses its verb ("500 sea turtles" without "found dead") or a share that loses its question ("47% of
  Americans") is not shown bare; a bare margin ("a 57% to 35% margin") names what it is the margin of;
* a prediction inside a quote ("200 people will be dead", he said) is no key figure;
* near-misses kept: a casualty count with its verb, a price with its product, a poll share with its question.

Cases are (text, number, words the bullet must hold or None when it must not be shown, words it must
not hold, whether dropping it is acceptable), read as in the Audit 14 cases.
"""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines as _lines
from tests.analyze.test_figure_audit14 import _passes  # one way of reading a figure bullet for all audits

pytestmark = pytest.mark.slow

_LEAK = ("The new smartwatch goes on sale in April. Sources suggest the stainless steel model will start at $500, "
         "according to a French technology blog.")
_REPORTEDLY = ("The phone maker unveils its new handset next week. The larger model will reportedly cost $999 in the "
               "United States.")
_RUMOURED = "The console is rumoured to cost $399 when it launches in the autumn."
_STORE = "The watch went on sale on Friday. The stainless steel model costs $549 in the company's online store."
_SAME = ("Rival maker Pebble sells its basic smartwatch for $99. The same watch in a polished steel case will cost "
         "you $199.")
_TURTLES = ("The spill has spread along the coast for three months. Just over 500 sea turtles have been found dead "
            "on the beaches since April, officials said.")
_OTTERS = ("The tanker ran aground in Alaska in 1989. The spill killed several thousand sea otters and a quarter of "
           "a million birds.")
_DISPERSANT = ("Crews have fought the leak for weeks. In addition to the 1.2 million gallons of chemical dispersant "
               "sprayed on the surface, engineers pumped 700,000 gallons into the deep water.")
_POLL = ("The war has become less popular this year. Only 47% of Americans approve of the way the president is "
         "handling it, a poll found.")
_MARGIN = ("The survey was published on Monday. Independents disapprove of the air strikes by a 57% to 35% margin, "
           "the survey found.")
_QUOTE = ('Doctors at the hospital ran out of medicine on Sunday. "By tomorrow 200 people will be dead," one '
          "doctor told reporters.")
_KILLED = "Floods hit the north of the country on Tuesday. At least 45 people were killed, officials said."
_SHARE = "A poll was published on Sunday. Some 62% of voters said they would back the new tax on sugar."

_TURTLES2 = ("Scientists are counting the cost of the spill. Just over 500 sea turtles, most of them endangered "
             "Kemp's ridleys, have been found dead since April.")
_OTTERS2 = ("The Exxon Valdez spill in 1989 was smaller. It claimed the lives of several thousand sea otters, "
            "scientists estimate.")
_DISPERSANT2 = ("Crews have fought the leak for weeks. In addition to the 1,072,514 gallons used on the surface, "
                "some 700,000 gallons of dispersant were pumped into the deep water.")
_POLL2 = ("Support for the war has fallen sharply this year. Now only 47% of Americans say it was right to go in, "
          "according to the poll.")
_PRICE = ("Amazon's cheapest e-reader went on sale on Friday. Reviewers said its $149 price made it hard to beat.")

_GALAXY = ("The company will launch three editions of the watch. Sources suggest the titanium Galaxy Watch variant "
           "will start at $900, a report claims.")

CASES: list[tuple[str, str, list[str] | None, list[str], bool]] = [
    (_LEAK, "$500", ["suggest", "stainless steel"], [], True),
    (_REPORTEDLY, "$999", ["reportedly"], [], True),
    (_RUMOURED, "$399", ["rumoured"], [], True),
    (_STORE, "$549", ["stainless steel", "costs"], [], False),
    (_SAME, "$199", ["Pebble"], [], True),
    (_TURTLES, "500", ["found dead"], [], True),
    (_OTTERS, "several thousand", ["killed"], [], True),
    (_DISPERSANT, "1.2 million", ["dispersant"], ["addition to"], True),
    (_POLL, "47%", ["approve"], [], True),
    (_MARGIN, "57%", ["disapprove"], [], True),
    (_QUOTE, "200", None, [], True),
    (_TURTLES2, "500", ["found dead"], [], True),
    (_OTTERS2, "several thousand", ["Exxon Valdez"], [], True),
    (_DISPERSANT2, "1,072,514", ["dispersant"], ["addition to"], True),
    (_POLL2, "47%", ["right to go in"], [], True),
    (_PRICE, "$149", ["e-reader"], [], True),
    (_GALAXY, "$900", ["suggest", "titanium"], [], True),
    (_KILLED, "45", ["killed"], [], False),
    (_SHARE, "62%", ["back"], [], False),
]


# Left open: two near-misses dropped on main before this change (a price on "costs" with its store, a share on
# "said they would"); dropping is not wrong, but they are figures a reader keeps.
_OPEN = {"$549"}  # "62%" closed in session 24: a poll share keeps what its people said
_PARAMS = [pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason="a near-miss dropped since before"))
           if case[1] in _OPEN else pytest.param(*case) for case in CASES]


@pytest.mark.parametrize(("text", "number", "must", "must_not", "drop_ok"), _PARAMS)
def test_figure_session16c(text: str, number: str, must: list[str] | None, must_not: list[str],
                           drop_ok: bool) -> None:
    assert _passes(text, number, must, must_not, drop_ok), _lines(text)
