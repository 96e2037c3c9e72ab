"""Figures read on unseen articles in session 17 (docs/audit.md 26-27, the lead's XSum readings).

Each case is a short article written for this test. The kinds:

* a figure's time comes from its own clause, not from an aside elsewhere in the sentence ("340 sq km" of
  1985-86 was dated "(early 80s)", a time that belonged to another clause);
* a label ends at a clause boundary: never a comparison with no subject ("a shade smaller than the 31.5
  sq km"), never inside "between X and Y" or "from X to Y" ("sailings between Holyhead" without "and
  Dublin"), never mid-clause;
* a casualty count in a reported clause ("They said 23 passengers died") is a key figure even when the
  reporting subject is a pronoun;
* a label whose head is a pronoun with no referent in the clause ("1% of people can do that") is withheld;
* the article's main finding (a change stated in the lead) ranks above descriptive measures;
* near-misses kept: a budget, a vote tally, a price with what it buys, a range "between 20 and 30".

Cases are (text, number, words the bullet must hold or None when it must not be shown, words it must
not hold, whether dropping it is acceptable), read as in the Audit 14 cases.
First score on unchanged main (4169dfa): see the commit message and the report.
"""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines as _lines
from tests.analyze.figure_cases import figure_lines as _ranked
from tests.analyze.test_figure_audit14 import _passes  # one way of reading a figure bullet for all audits

pytestmark = pytest.mark.slow

_ASIDE = ("The wetland has been shrinking for decades. By 2004-05, despite a brief recovery in the late 80s/early "
          "90s, the marsh had shrunk to an area close to 210 sq km, the new report shows.")
_ASIDE2 = ("The forest has lost ground to farms. By 2010, in spite of replanting in the late 1990s, loggers had "
           "cleared 120 sq km, the ministry said.")
_SHADE = ("The island's glacier has retreated quickly. Today it covers 30 sq km, a shade smaller than the 31.5 "
          "sq km it covered in 2001.")
_BETWEEN = ("The ferry company is cutting its winter timetable. It will cancel six of its fast sailings between "
            "Holyhead and Dublin from January.")
_FROM_TO = ("Rail fares will rise next month. The price of a season ticket from Leeds to Manchester will rise by "
            "4% in March, the operator said.")
_GLACIER = ("The Alps have several large glaciers. The biggest of all, the Great Ice Field, which falls over a "
            "1,000m cliff into the valley, is melting.")
_BUS = ("A bus crashed on a mountain road in the north of the country on Sunday. Police were at the scene "
        "within an hour. They said 23 passengers died and 14 were injured.")
_BUS2 = ("A coach overturned on a motorway near the capital early on Monday. Emergency services said the "
         "driver lost control. They said 11 people were killed.")
_THAT = ("Some people can wiggle their ears. Scientists say the skill is rare. About 1% of people can do that, "
         "the study found.")
_BUDGET = ("The council met on Tuesday. It approved a budget of £4.2m for road repairs next year.")
_VOTE = ("The bill passed the lower house on Thursday. Lawmakers voted 312 to 98 in favour of the measure.")
_PRICE = ("The company launched a cheaper tablet on Monday. The basic model costs $199 and comes with a keyboard.")
_RANGE = ("The storm is moving north. Forecasters expect between 20 and 30 centimetres of snow in the hills "
          "on Friday.")

CASES: list[tuple[str, str, list[str] | None, list[str], bool]] = [
    (_ASIDE, "210", ["2004-05"], ["early"], True),
    (_ASIDE2, "120", ["2010"], ["late 1990s"], True),
    (_SHADE, "31.5", None, [], True),
    (_BETWEEN, "six", ["Holyhead and Dublin"], [], True),
    (_FROM_TO, "4%", ["Leeds to Manchester"], [], True),
    (_GLACIER, "1,000m", None, [], True),
    (_BUS, "23", ["died"], [], False),
    (_BUS2, "11", ["killed"], [], False),
    (_THAT, "1%", None, [], True),
    (_BUDGET, "£4.2m", ["budget"], [], False),
    (_VOTE, "312", ["voted"], [], False),
    (_PRICE, "$199", ["basic model"], [], False),
    (_RANGE, "between 20 and 30", ["snow"], [], False),
]

# The main finding in the lead, with descriptive measures told after it: it must rank in the first two.
_FINDING = ("Britain's wild meadows have shrunk by 26% over 40 years, a study has found. The survey covered 1,200 "
            "sites across the country. The largest meadow studied measures 85 hectares, and the smallest is 2 "
            "hectares. Researchers walked 3,400 km of field margins. Farmers ploughed up the land as grain "
            "prices rose, the report says.")
_FINDING2 = ("The number of river otters in the county fell by 40% in a decade, a count has shown. Volunteers "
             "checked 250 stretches of river, each 600 metres long. The survey took 18 months and cost £90,000.")
_FINDING3 = ("Mountain lakes in the national park are drying out, a survey shows. In 1975 they covered 90 sq km; "
             "today they cover about 64 sq km. This represents an average loss of some 29% over 40 years. The "
             "deepest lake is 48 metres deep and the highest sits at 2,400 metres.")
RANKED = [(_FINDING, "26%"), (_FINDING2, "40%"), (_FINDING3, "29%")]


# Left open: none (session 17c kept the tally "312 to 98" as one value and "The basic model" as written).
_OPEN: set[str] = set()
_PARAMS = [pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason="a near-miss dropped since before"))
           if case[1] in _OPEN else pytest.param(*case) for case in CASES]


@pytest.mark.parametrize(("text", "number", "must", "must_not", "drop_ok"), _PARAMS)
def test_figure_session17(text: str, number: str, must: list[str] | None, must_not: list[str],
                          drop_ok: bool) -> None:
    assert _passes(text, number, must, must_not, drop_ok), _lines(text)


@pytest.mark.parametrize(("text", "number"), RANKED)
def test_the_main_finding_ranks_first(text: str, number: str) -> None:
    lines = _ranked(text)
    assert any(number in line for line in lines[:2]), lines
