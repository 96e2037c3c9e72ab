"""Figures that keep a range whole and say what they count (issue #11; reader Audit 24 and 25, 25.2 and 25.4).

Each case is a short article written for this test. The kinds:

* a range is one figure and keeps both ends: a count ("8,000 to 12,000 construction jobs"), a span of
  prices with a currency sign on each end ("from $475,000 to $1.7 million"). Near-miss: a tally
  ("voted 7 to 2") is no range;
* a phrasal verb keeps its particle: "232,000 people turned out", not "232,000 people — turned";
* a bare count glossed by another subject's clause ("80,000 — a new superbug could kill", "30 —
  Shareholders backed the plan") does not say what is counted and is not shown. Near-misses: a count
  with its verb ("14 guards were killed"); a count with its own verbless phrase ("300,000 pieces — of
  memorabilia" stays: eval reader's labelled set shows such phrases, "46 counts — of fraud", are kept);
* a distance that places something ("80 miles off the coast", "200m away") tells where, not how much.
  Near-miss: a distance that is the story's measure ("the record is 52.4km").

Cases are (text, number, words the bullet must hold or None when it must not be shown, words it must
not hold, whether dropping it is acceptable), read as in the Audit 14 cases.
"""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines as _lines
from tests.analyze.test_figure_audit14 import _passes  # one way of reading a figure bullet for all audits

pytestmark = pytest.mark.slow

_JOBS = ("A federal judge on Friday refused to halt work on the oil pipeline. The company said the pipeline would "
         "bring tax revenue to the state. It would also add 8,000 to 12,000 construction jobs, the developer said.")
_HOMES = ("The resort opens next spring. The first phase will have 350 residences, from apartments to beach "
          "villas, from $475,000 to $1.7 million.")
_TALLY = "The committee voted 7 to 2 on Tuesday to approve the budget, the chairman said."
_TURNOUT = ("Republican turnout fell sharply this year. The 2008 contest, even making a discount for its being "
            "symbolic, had 232,000 people turn out, less than half the number who did four years before.")
_UNITS = ("The phone maker launched its new handset in Seoul on Tuesday. Analysts expect the company to ship "
          "between 30-60 million units of the handset next year, a research firm said. The launch will cost the "
          "company $2bn-$3bn, the firm said. Shareholders backed the plan 120 to 30.")
_CASH = ("A masked man robbed a corner shop on Saturday. He made off with the shop's till and about $1,500 in cash, "
         "police said. The shop's owner said she was shaken.")
_PIECES = ("A dress from the film sold for $137,000 at auction on Saturday. The seller began collecting props in "
           "the 1960s, amassing a collection of more than 300,000 pieces of memorabilia.")
_SUPERBUG = ("Doctors warned that antibiotics are losing their power. The government has warned that a new "
             "superbug could infect up to 200,000 people and kill 80,000 in a single outbreak.")
_GUARDS = ("Militants killed eight border guards on Monday, state media reported. In October, 14 border guards "
           "were killed near the city of Saravan.")
_SHIP = ("Aid groups fear 400 migrants could be missing. Survivors said their ship capsized in the sea about 80 "
         "miles off the Libyan coast on Sunday.")
_AWAY = ("A crocodile swam through the marina with a dog in its jaws. There is a sanctuary for the crocodiles up "
         "the river, 200m away, a witness said.")
_RECORD = ("The cyclist will try to break the hour record in June. The current record is 52.491km, set by an "
           "Australian rider in February.")

CASES: list[tuple[str, str, list[str] | None, list[str], bool]] = [
    (_JOBS, "12,000", ["8,000 to 12,000"], [], False),
    (_HOMES, "1.7 million", ["$475,000", "$1.7 million"], [], True),
    (_HOMES, "475,000", ["$1.7 million"], [], True),
    (_TALLY, "7 to 2", None, [], True),
    (_TURNOUT, "232,000", ["turn out"], [], True),
    (_UNITS, "60 million", ["30-60 million", "ship"], [], False),
    (_UNITS, "$3bn", ["$2bn-$3bn"], [], False),
    (_UNITS, "30 —", None, [], True),
    (_CASH, "1,500", ["made off"], [], True),
    (_PIECES, "300,000", ["memorabilia"], [], True),
    (_SUPERBUG, "80,000", ["kill 80,000"], [], True),
    (_GUARDS, "14", ["killed"], [], False),
    (_SHIP, "80 miles", None, [], True),
    (_AWAY, "200m", None, [], True),
    (_RECORD, "52.491km", ["record"], [], False),
]


@pytest.mark.parametrize(("text", "number", "must", "must_not", "drop_ok"), CASES)
def test_figure_session16(text: str, number: str, must: list[str] | None, must_not: list[str], drop_ok: bool) -> None:
    assert _passes(text, number, must, must_not, drop_ok), _lines(text)
