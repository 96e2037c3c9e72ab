"""Figures read on unseen articles in session 17, round 2 (reader Audit 27, docs/audit.md 28.4 patterns 7 and 11;
the lead's readings of Newsroom rows 0 and 50).

Each case is a short article written for this test. The kinds:

* no key figure from a time of day or a cut range ("4 p.m.-8" of curfew hours "from 4 p.m. to 8 a.m.") nor from
  a slogan's number ("zero problems with the neighbours");
* a figure keeps where or whom it counts when the clause says so ("20 armed police" sent to a named town,
  "$5,000 cheques" and who gets them);
* a figure's date and source come from its own clause: the next sentence's "Four years before" dates that
  sentence's number, not this one; an "according to" at the end of a sentence belongs to the last clause;
* a parenthesised trailing clause ("(that tells)") is no frame of the figure;
* the story's headline move ("a near 300-point rally ... evaporated") ranks among the first figures;
* a span that only dates another figure ("a loss of 29% over 40 years") is no figure of its own.

Cases are (text, number, words the bullet must hold or None when it must not be shown, words it must
not hold, whether dropping it is acceptable), read as in the Audit 14 cases.
First score on unchanged main (fa65d88): see the commit message and the report.
"""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines as _lines
from tests.analyze.figure_cases import figure_lines as _ranked
from tests.analyze.test_figure_audit14 import _passes  # one way of reading a figure bullet for all audits

pytestmark = pytest.mark.slow

_CURFEW = ("Riots spread through the port city on Saturday. The army imposed a curfew from 4 p.m. to 8 a.m. and "
           "arrested 85 people, officials said.")
_CURFEW2 = ("Troops patrolled the capital after the coup. A curfew will run from 10 p.m. to 6 a.m. until further "
            "notice, the military said.")
_SLOGAN = ("The foreign minister built his policy on zero problems with the country's neighbours. Critics say "
           "the approach has failed.")
_POLICE = ("Tension rose in the north on Monday. The government sent 20 armed police to the border town of "
           "Kessaly after the attack.")
_CHEQUES = ("The floods destroyed hundreds of homes. The government will send $5,000 cheques to every family that "
            "lost a home, the minister said.")
_OHIO = ("Turnout fell across the state's caucuses. Ruvania was even worse, with 12,345 people turning out to vote "
         "in a state with more than 300,000 registered members. Four years before, more than 20,100 took part "
         "in the caucus.")
_POLLS = ("In the north, the same pattern held: 245,000 voters turned out this year, compared with 241,000 four "
          "years before, despite the party being the only game in town and independents making up 47% of the "
          "total turnout, according to exit polls.")
_COPPER = ('Shares slid in the afternoon. "Copper prices are falling out of bed, down 5 percent, that tells you '
           'something about global growth," the analyst added.')
_FINDING3 = ("Mountain lakes in the national park are drying out, a survey shows. In 1975 they covered 90 sq km; "
             "today they cover about 64 sq km. This represents an average loss of some 29% over 40 years. The "
             "deepest lake is 48 metres deep and the highest sits at 2,400 metres.")
# near-misses that must stay as they are
_ARRESTS = ("Protests continued in the capital. Police said 14 people were arrested near the parliament on "
            "Friday.")
_FIRE = ("The wildfire has burned 30,000 hectares of forest since Sunday, the fire service said.")

CASES: list[tuple[str, str, list[str] | None, list[str], bool]] = [
    (_CURFEW, "85", ["arrested"], [], False),
    (_CURFEW2, "10 p.m.", None, [], True),
    (_SLOGAN, "zero", None, [], True),
    (_POLICE, "20", ["Kessaly"], [], True),
    (_CHEQUES, "$5,000", ["family"], [], True),
    (_OHIO, "12,345", ["turning out"], ["2022"], True),
    (_POLLS, "245,000", ["turned out"], ["exit polls"], True),
    (_POLLS, "47%", ["independents"], ["only game"], True),
    (_COPPER, "5 percent", ["Copper"], ["tells"], True),
    (_FINDING3, "40 years —", None, [], True),  # "(over 40 years)" in the loss's bullet is right
    (_FINDING3, "2,400", ["highest"], ["deepest lake sits"], True),
    (_ARRESTS, "14", ["arrested"], [], False),
    (_FIRE, "30,000", ["hectares", "burned"], [], False),
]


@pytest.mark.parametrize(("text", "number", "must", "must_not", "drop_ok"), CASES)
def test_figure_session17b(text: str, number: str, must: list[str] | None, must_not: list[str],
                           drop_ok: bool) -> None:
    assert _passes(text, number, must, must_not, drop_ok), _lines(text)


_DOW = ("U.S. stocks fell on Tuesday, after a near 300-point rally on the Dow evaporated amid falling oil prices. "
        "The VIX traded above 20 for most of the day. Alcoa's shares rose 2% after its results, and about 40 "
        "companies report next week.")
_INDEX = ("European shares ended lower on Friday after a 2% early gain in the FTSE 100 faded on worries about "
          "banks. Some 35 companies in the index report this month, and the euro traded at $1.08.")
RANKED = [(_DOW, "300"), (_INDEX, "2%")]


@pytest.mark.parametrize(("text", "number"), RANKED)
def test_the_headline_move_ranks_first(text: str, number: str) -> None:
    lines = _ranked(text)
    assert any(number in line for line in lines[:2]), lines
