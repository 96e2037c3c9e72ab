"""Figures read on unseen articles in session 20 (the lead's stat-heavy Newsroom sports row, Audit 32's
Key figures verdicts).

Each case is a short article written for this test. The kinds:

* a count alone in brackets after the noun it counts ("targets (eight), receptions (six) and yards (83)")
  is a stats aside: shown as "yards (83)" or a bare "six" it reads as garble, so it is withheld;
* a compound number keeps its hyphenated part ("90-plus receiving yards", not "90- yards");
* a year inside another clause's phrase ("the first 30-goal scorer since NAME in 1998") dates that phrase,
  not the figure's clause;
* a bare number word with no counted noun ("five — of the first 40 games") is not shown;
* a ratio "£1 in every £7 of X" is one figure, never the second sum alone;
* "The key one is that it has agreed to pay $5bn": the "it" of a copula's clause is not the copula's
  subject ("the key one");
* the second price of a coordinated "for X" pair (session 18c's strict xfail, checked here too).

Near misses: a bracketed share after a count ("300 jobs (about 10 percent of staff)"), a plain year in the
figure's own clause ("sold 12,000 tickets in 1998"), a number word before its partitive "of" phrase kept
whole ("scored in five of the first 40 games"), an "it" with a named antecedent before.

Cases are (text, number, words the bullet must hold or None when it must not be shown, words it must
not hold, whether dropping it is acceptable), read as in the Audit 14 cases.
First score on unchanged main (197a9fe): see the commit message and the report.
"""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines as _lines
from tests.analyze.test_figure_audit14 import _passes  # one way of reading a figure bullet for all audits

pytestmark = pytest.mark.slow

_ASIDE = ("The Hawks beat the Owls 28-21 on Sunday. Tight end Joe Marr, who had team highs in targets (eight), "
          "receptions (six) and yards (83) in the opener last month, has since become an afterthought. "
          "He had one catch for 10 yards against the Owls.")
_ASIDE_NEAR = ("The Kelso mill will close in March, the owners said on Monday. The company will cut 300 jobs "
               "(about 10 percent of its staff) when the mill shuts.")
_PLUS = ("The Hawks' top receiver is in form. In his past three games, Dan Reyes has 23 catches for 301 yards "
         "with 90-plus receiving yards in each game, the team said.")
_SINCE = ("The Hawks won again on Sunday. With at least 10 catches and 132 yards over the final two games, Reyes "
          "(73 catches, 868 yards) would become the Hawks' first 1,000-yard receiver since Tom Owen in 2003 and "
          "will have the most receptions since Owen hauled in 100 in 2002.")
_SINCE_NEAR = ("The Lions have a loyal crowd, the club said on Monday. The club sold 12,000 season tickets in 1998 "
               "and now sells twice as many.")
_FIVE_NEAR = ("Dan Reyes is on a hot streak this season. Before the streak, he scored in five of the first 40 games "
              "of his career, the club said.")
_RATIO = ("Pension funds depend on the oil giant, analysts say. £1 in every £7 of dividend income from the "
          "biggest listed companies comes from Halvor Oil.")
_KEY = ("Halvor Oil has made several promises to the government. The key one is that it has agreed to pay $5bn "
        "into a compensation fund over four years.")
_IT_NEAR = ("Halvor Oil has made several promises to the government, officials said. It has agreed to pay $5bn "
            "into a compensation fund over four years.")
_PHONE = ("The new Lorcom phone goes on sale on Friday in 20 countries. With a two-year contract, it retails for $199 "
          "for the 16GB model and $299 for the 32GB model. Analysts expect strong sales.")

CASES: list[tuple[str, str, list[str] | None, list[str], bool]] = [
    (_ASIDE, "83", None, [], True),
    (_ASIDE, "six", None, [], True),
    (_ASIDE, "eight", None, [], True),
    (_ASIDE_NEAR, "300", ["300 jobs"], [], False),
    (_PLUS, "90", ["90-plus"], ["90- "], True),
    (_SINCE, "132 yards", ["132 yards"], ["2003"], True),
    (_SINCE, "73 catches", ["73 catches"], ["2003"], True),
    (_SINCE_NEAR, "12,000", ["12,000 season tickets", "1998"], [], False),
    (_PLUS, "five", None, [], True),
    (_FIVE_NEAR, "five", ["five of the first 40 games"], [], False),
    (_RATIO, "£7", ["£1 in every £7"], [], True),
    (_KEY, "$5bn", ["Halvor Oil", "$5bn"], ["key one"], True),
    (_KEY, "key one", None, [], True),
    (_IT_NEAR, "$5bn", ["Halvor Oil", "$5bn"], [], False),
    (_PHONE, "$299", ["retails for $299 for the 32GB model"], ["—"], True),
    (_PHONE, "$199", ["retails for $199 for the 16GB model"], [], False),
]


@pytest.mark.parametrize(("text", "number", "must", "must_not", "drop_ok"), CASES)
def test_figure_session20(text: str, number: str, must: list[str] | None, must_not: list[str],
                          drop_ok: bool) -> None:
    assert _passes(text, number, must, must_not, drop_ok), _lines(text)
