"""Figures read on Audit 33's Key figures verdicts and the lead's unseen Newsroom rows (session 20b).

Each case is a short article written for this test. The kinds:

* a number inside a quotation whose close the label cuts ('the page is "100 per cent') is no figure: a
  bullet never shows an unbalanced quotation mark;
* a count in a hypothetical or alternative frame ("Or all 30 pupils were ill.", "If 40 workers walk out,
  ...") is the writer's supposition, not a reported count;
* the starting point of a change ("rose from 5,000 barrels to 40,000 barrels") shown alone reads as the
  level, so only the change's end is a figure;
* a count in an absolute "with" phrase ("with six laps left", "with Ortiz third at 210.4 mph") belongs to
  that phrase's noun, not to the clause it hangs on;
* a value put "at" a bare placeholder noun ("puts the figure at about 6 percent"), unlike "the death toll";
* a bare multiplier ("can be used 12 times") or a unit alone ("220 volts") says nothing of what is counted.

Near misses that must stay: a quotation shown whole, a conditional's main clause with its own fact ("The
firm will pay $2m if the court agrees"), the end of a change, a "with" phrase that is the count's own
("a car with 300 horsepower" stays out of the rule: its noun is not a clause), a count of a named noun.

Cases are (text, number, words the bullet must hold or None when it must not be shown, words it must not
hold, whether dropping it is acceptable), read as in the Audit 14 cases.
First score on unchanged main (figures20 branch merged with main 47f7f62): see the commit message and the
report.
"""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines as _lines
from tests.analyze.test_figure_audit14 import _passes  # one way of reading a figure bullet for all audits

pytestmark = pytest.mark.slow

_QUOTE = ("A drawing said to be by the street artist was shared online on Friday. His agent told reporters that "
          "the post is \"90 per cent invented\" and that he has no social media accounts.")
_QUOTE_NEAR = ("The mayor spoke on Monday. She said the new bridge would cost \"about £40m\" and open in 2028, and "
               "the council agreed to fund 12 new buses.")
_OR = ("The story claimed eight pupils fell pregnant on one trip. That is hard to believe. Or all 30 pupils were "
       "ill that week. Either way, the tale does not add up.")
_IF = ("Union leaders met on Monday. If 40 workers walk out, the line will stop, the union said. The firm "
       "employs 1,200 people at the plant.")
_IF_NEAR = ("The court hearing ended on Tuesday. Halvor Oil agreed to pay $2m to the families, lawyers said. "
            "Halvor Oil will close 14 wells by June if the court agrees.")
_FROM = ("The spill is worse than first thought. Within weeks, the official estimate of the oil leaking into "
         "the bay had risen from 5,000 barrels to between 30,000 and 45,000 barrels a day.")
_WITH = ("Dan Ortiz won the 200-lap race on Sunday. Luis Mena was second at 211.3 mph with Ortiz third at "
         "210.4 mph in qualifying. Mena passed Joe Kay with six laps left for the victory in the support race.")
_TIMES = ("Organisers added a boost button this year. The feature, which gives 20 seconds of extra power, can "
          "be used 12 times during the race.")
_VOLTS = ("The car charges in 4 hours. Charging takes four hours at 220 volts, the maker said. The battery gives "
          "a range of 30 miles in electric mode.")
_ODDS = ("Few studies exist on the question. One survey puts the figure at about 6 percent, except in a short "
         "window, during which it estimates the odds at 30 percent. Officials put the death toll at 300.")

CASES: list[tuple[str, str, list[str] | None, list[str], bool]] = [
    (_QUOTE, "90 per cent", None, [], True),
    (_QUOTE_NEAR, "12 new buses", ["12 new buses"], [], False),
    (_OR, "30 pupils", None, [], True),
    (_OR, "eight pupils", ["eight pupils"], [], True),
    (_IF, "40 workers", None, [], True),
    (_IF, "1,200", ["1,200 people"], [], False),
    (_IF_NEAR, "$2m", ["$2m"], [], False),
    (_IF_NEAR, "14 wells", ["14 wells"], [], True),
    (_FROM, "5,000", None, [], True),
    (_FROM, "45,000", ["30,000 and 45,000 barrels"], [], True),
    (_WITH, "210.4", None, [], True),
    (_WITH, "six laps", None, [], True),
    (_WITH, "211.3", ["Mena", "211.3 mph"], ["Ortiz"], True),
    (_TIMES, "12 times", None, [], True),
    (_TIMES, "20 seconds", ["20 seconds", "power"], [], True),
    (_VOLTS, "220 volts", None, [], True),
    (_VOLTS, "30 miles", ["30 miles"], [], True),
    (_ODDS, "6 percent", None, [], True),
    (_ODDS, "30 percent", None, [], True),
    (_ODDS, "300", ["death toll", "300"], [], True),
]


# The "with NAME" phrase the main clause's label ended on ("second at 211.3 mph with Ortiz") was a strict xfail
# until session 21 (figure_withheld.without_absolute_with).
_PARAMS = [pytest.param(*case) for case in CASES]


@pytest.mark.parametrize(("text", "number", "must", "must_not", "drop_ok"), _PARAMS)
def test_figure_session20b(text: str, number: str, must: list[str] | None, must_not: list[str],
                           drop_ok: bool) -> None:
    assert _passes(text, number, must, must_not, drop_ok), _lines(text)
