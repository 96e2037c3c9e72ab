"""Figures read on Audit 33's Key figures verdicts and the lead's unseen Newsroom rows (session 20c).

Each case is a short article written for this test. The kinds:

* a subject put in brackets for a clause that has its own: "The Eco button increases efficiency 20 percent"
  is about the Eco button, never about the "sport button" named before it;
* an "it" whose referent is not certain: "If the ruling stands, it faces fines of up to $4bn" has the
  subordinate clause's subject before the pronoun, which the "it" may or may not mean, so no guess is shown;
* a count of the same casualty noun given again later ("412 people were injured", then "640 were
  injured"): the earlier, smaller count is superseded and only the latest count is shown;
* a garbled gloss of a second value in a list ("takes 1.5 hours at 240 volts or four hours at 120").

Near misses that must stay: an "it" after a sentence whose subject names the company, the same sentence's
reporting subject ("Halvor Oil said it would cut 900 jobs"), a bare "the wagon" named as introduced, the
dead and the injured of one sentence (two counts, not one superseded), counts of different nouns.

Cases are (text, number, words the bullet must hold or None when it must not be shown, words it must not
hold, whether dropping it is acceptable), read as in the Audit 14 cases.
First score on unchanged main (a417fb7): see the commit message and the report.
"""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines as _lines
from tests.analyze.test_figure_audit14 import _passes  # one way of reading a figure bullet for all audits

pytestmark = pytest.mark.slow

_IF = ("Halvor Oil will fight the ruling in court. If the ruling stands, it faces fines of up to $4bn, "
       "analysts said.")
_IT = ("Shell reported its results on Monday. It earned $3bn in the quarter. The firm employs 1,200 people.")
_SAID_IT = "Shell said on Monday that it had cut 900 jobs at its Texas plant. The firm employs 1,200 people."
_BUTTON = ("Pick a mode with the buttons. The sport button keeps the car in electric mode to 60 mph. The "
           "Eco-Max button increases electric efficiency 20 percent by softening the motor response.")
_WAGON = ("Ford showed a station wagon called the Trailhead Max on Monday. The wagon will go 300 miles on a "
          "single charge, the company said.")
_INJURED = ("Clashes broke out in the square on Monday. Officials said 412 people were injured in the morning. "
            "Fires burned near the museum. Later the health minister said three people died and 640 were "
            "injured in the clashes.")
_WOUNDED = ("Fighting went on all day in the city centre. More than 300 people were wounded, a hospital official "
            "said. By the evening the ministry said 25 people had been killed and 700 were injured.")
_OTHER_NOUN = ("The storm hit the coast on Friday. About 80 homes were destroyed, the mayor said. Officials later "
               "said 35 people were injured and 120 homes were damaged.")
_TWO_PLACES = ("Air strikes hit towns across the region on Monday. In Syria, 30 people were killed in the strikes, "
               "monitors said. In Iraq, 200 people were killed in a week of bombings, officials said.")
_WITH = ("Dan Ortiz set the top speed on Sunday. Luis Mena was second a 211.3 mph with Ortiz third at 210.4 mph. "
         "Joe Kay posted his best speed of 209.9 mph.")
_VOLTS = ("The range is about 30 miles in electric mode, and recharging takes 2.5 hours at 220 volts or six "
          "hours at 110. The car weighs 3,100 pounds.")

CASES: list[tuple[str, str, list[str] | None, list[str], bool]] = [
    (_IF, "$4bn", ["$4bn"], ["[ruling]"], True),
    (_IT, "$3bn", ["Shell", "$3bn"], [], True),
    (_SAID_IT, "900 jobs", ["Shell", "900 jobs"], [], True),
    (_BUTTON, "20 percent", ["Eco-Max button", "20 percent"], ["sport"], True),
    (_WAGON, "300 miles", ["Trailhead Max", "300 miles"], [], True),
    (_INJURED, "412", None, [], True),
    (_INJURED, "640", ["640", "injured"], [], True),
    (_WOUNDED, "300 people", None, [], True),
    (_WOUNDED, "700", ["700", "injured"], [], True),
    (_WOUNDED, "25 people", ["25 people", "killed"], [], True),
    (_OTHER_NOUN, "80 homes", ["80 homes"], [], True),
    (_OTHER_NOUN, "35 people", ["35 people", "injured"], [], False),
    (_TWO_PLACES, "30 people", ["30 people", "killed"], [], False),
    (_TWO_PLACES, "200 people", ["200 people", "killed"], [], False),
    (_WITH, "210.4", None, [], True),
    (_WITH, "209.9", ["Joe Kay", "209.9 mph"], [], True),
    (_VOLTS, "2.5 hours", ["2.5 hours", "recharging"], [" at volts"], True),
    (_VOLTS, "220 volts", ["2.5 hours", "recharging"], [], True),
    (_VOLTS, "3,100", ["3,100 pounds"], [], False),
]


@pytest.mark.parametrize(("text", "number", "must", "must_not", "drop_ok"), CASES)
def test_figure_session20c(text: str, number: str, must: list[str] | None, must_not: list[str],
                           drop_ok: bool) -> None:
    assert _passes(text, number, must, must_not, drop_ok), _lines(text)
