"""Figures read on Audit 34's Key figures verdicts and on round 1's Newsroom diff, session 21 round 2.

Each case is a short article written for this test. The kinds:

* a count in a prepositional phrase that comes before its verb sets the scene ("With at least 8 catches over
  the last two games, Morton would become ..."): it is not given the host clause "With Morton would become";
  a count whose verb has only a pronoun for a subject ("he ... appeared in 9 games") is not either (round 1's
  host-clause step showed both on Newsroom rows 41 and 28);
* what supplies can serve is a capacity, not a count of people: "enough medicine for about 300 injured
  people" is not "about 300 injured people" (Audit 34 #7);
* a count in an absolute "with" keeps the place its clause carries: "Rallies in Portmere ..., with up to
  4,000 people marching" is Portmere's turnout (Audit 34 #6, Audit 33); a label that keeps only "according
  to ..." of the clause is withheld;
* a count that is the object of an infinitive on a noun ("has deals with two firms to make 40 million
  doses") keeps whose deals they are (Audit 34 #3).

Near misses: the families fed stay; a passive's count, if shown, keeps its clause.
First score on main bf5e62d: 4 of 7 (the capacity, the march's place and the passive's count fail; the
fronted and pronoun cases guard round 1's host-clause step, which showed them on the Newsroom rows).

Cases are (text, number, words the bullet must hold or None when it must not be shown, words it must not
hold, whether dropping it is acceptable), read as in the Audit 14 cases.
"""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines as _lines
from tests.analyze.test_figure_audit14 import _passes  # one way of reading a figure bullet for all audits

pytestmark = pytest.mark.slow

_FRONTED = ("The receiver has had a quiet year. With at least 8 catches and 95 yards over the last two games, "
            "Morton (61 catches, 790 yards) would become the club's first 1,000-yard receiver since 2001.")
_PRONOUN = ("Kane joined the club in 2019. The club kept him on the reserve squad after his trial, according to "
            "the club's website, and he later made the first team and appeared in 9 games.")
_CAPACITY = ("Aid reached the valley on Monday. The charity handed out food to 1,800 families and enough medicine "
             "for about 300 injured people.")
_MARCH = ("Crowds filled the capital on Friday. Rallies in Portmere echoed those in the capital, according to the "
          "local paper's Ann Gale, with up to 4,000 people marching through the port city.")
_DOSES = ("Work on the vaccine began in May. The Irish government has deals with two firms to make 40 million "
          "doses of the new vaccine.")
_GIVEN = "The trial ended in March. The new drug was given to 4,500 patients last year, the agency said."

CASES: list[tuple[str, str, list[str] | None, list[str], bool]] = [
    (_FRONTED, "8 catches", ["Morton"], [], True),
    (_PRONOUN, "9 games", None, [], True),
    (_CAPACITY, "300", ["enough"], [], True),
    (_CAPACITY, "1,800", ["1,800 families"], [], True),
    (_MARCH, "4,000", ["Portmere", "4,000 people"], [], True),
    (_DOSES, "40 million", ["Irish government", "40 million doses"], ["— of"], True),
    (_GIVEN, "4,500", ["4,500 patients", "drug"], [], True),
]


@pytest.mark.parametrize(("text", "number", "must", "must_not", "drop_ok"), CASES)
def test_figure_session21b(text: str, number: str, must: list[str] | None, must_not: list[str],
                           drop_ok: bool) -> None:
    assert _passes(text, number, must, must_not, drop_ok), _lines(text)
