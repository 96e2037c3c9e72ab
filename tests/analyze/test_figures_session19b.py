"""Figures read on unseen articles in session 19, round 2 (Audit 31's environment analysis and burger story,
the lead's reading of an unseen wire report on a bailout).

Each case is a short article written for this test. The kinds:

* a count in a list whose verb comes after the list ("only 1,200 ducks, 300 otters and 40 seals have been
  found dead") is shown with what happened to it or withheld, never bare ("only 1,200 ducks");
* a count in a prepositional phrase of a comparison ("tar along 400 miles of shore") is no figure alone;
* a figure whose subject is a demonstrative ("That fire destroyed 2,000 homes") names what it points to or is
  withheld;
* a number word inside a product name ("a Big Mac", "a quarter pounder") is no figure, and a label never
  ends on a verb whose complement is cut ("... they bought for a friend went");
* a comparative figure ("five times larger") keeps the term it is compared with or is withheld, and a
  population label does not run into a relative clause about another quantity.

Near misses: "five times larger than Greece's economy", a count with its own verb, a figure whose subject
is named, "This year, 2,000 homes were sold", an object's count, a quarter of a named quantity.

Cases are (text, number, words the bullet must hold or None when it must not be shown, words it must
not hold, whether dropping it is acceptable), read as in the Audit 14 cases.
First score on unchanged main (4dbc07f): see the commit message and the report.
"""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines as _lines
from tests.analyze.test_figure_audit14 import _passes  # one way of reading a figure bullet for all audits

pytestmark = pytest.mark.slow

_LIST = ("The tanker ran aground in March and leaked for weeks. So far, the state wildlife agency says, only "
         "1,200 ducks, 300 otters and 40 seals have been found dead along the bay.")
_SHORE = ("The cleanup will take years. The harm still to come will be far worse than a few oiled gulls and "
          "tar along 400 miles of shore.")
_THAT = ("The Ridge fire of 2011 burned for a month in the hills above Carlow. That fire destroyed 2,000 homes, "
         "the county said.")
_THAT_NAMED = ("Crews fought the blaze for a month in the hills above Carlow. The Ridge fire destroyed 2,000 "
               "homes, the county said.")
_BURGER = ("Two boys bought lunch at a diner in 1995. They ate their fries, but a quarter pounder they bought "
           "for a cousin went uneaten. It still sits in a box today.")
_BIGMAC = ("The chain changed its menu on Monday. A Big Mac now comes with a smaller bun, the company said.")
_QUARTER = ("Sales fell sharply last year. A quarter of the firm's 800 shops will close by June, it said.")
_LARGER = ("Markets fell on Monday. Investors worry about Portugal's economy, which is five times larger, "
           "and its banks.")
_LARGER_THAN = ("Markets fell on Monday. Investors worry about Portugal, whose economy is five times larger "
                "than Greece's economy.")
_POP = ("Jobs are scarce in Vareland. Unemployment is 22 percent in the nation of 12 million, where the "
        "average monthly wage for those with work is about the same amount.")
_THIS_YEAR = "Sales rose in Carlow. This year, 2,000 homes were sold in the county, agents said."
_OBJECT = "The storm hit the coast overnight. The utility restored power to 8,000 homes in Dunmore."
_OWN_VERB = "The storm hit the coast overnight. More than 300 homes were flooded in Dunmore, officials said."
# The lead's reading after the merge (Newsroom 33): "This low-tech visual exam cut the cervical cancer death rate by 31
# percent" was withheld for its demonstrative subject; a "this" names the story's own subject, not a thing named in
# passing before ("That spill" after the Exxon Valdez). Failed on
# main after figures19b's merge (the demonstrative rule); passes with distal demonstratives only.
_THIS_EXAM = ("A cheap vinegar test cut cancer deaths in a study of 150,000 women. This low-tech visual exam cut the "
              "death rate by 31 percent, the study found.")

CASES: list[tuple[str, str, list[str] | None, list[str], bool]] = [
    (_LIST, "1,200", ["found dead"], [], True),
    (_LIST, "300 otters", ["found dead"], [], True),
    (_SHORE, "400 miles", None, [], True),
    (_THAT, "2,000", ["Ridge fire"], ["That fire"], True),
    (_THAT_NAMED, "2,000", ["Ridge fire", "2,000 homes"], [], False),
    (_BURGER, "quarter", None, [], True),
    (_BIGMAC, "Big Mac", None, [], True),
    (_QUARTER, "quarter", ["800 shops", "close"], [], True),
    (_LARGER, "five times", ["than"], [], True),
    (_LARGER_THAN, "five times", ["five times larger than Greece's economy"], [], False),
    (_POP, "12 million", [], ["wage", "amount"], True),
    (_THIS_YEAR, "2,000", ["2,000 homes", "sold"], [], False),
    (_OBJECT, "8,000", ["8,000 homes"], [], False),  # an object's count is left to the other checks
    (_OWN_VERB, "300", ["300 homes", "flooded"], [], False),
    (_THIS_EXAM, "31 percent", ["death rate"], [], False),
]


@pytest.mark.parametrize(("text", "number", "must", "must_not", "drop_ok"), CASES)
def test_figure_session19b(text: str, number: str, must: list[str] | None, must_not: list[str],
                           drop_ok: bool) -> None:
    assert _passes(text, number, must, must_not, drop_ok), _lines(text)
