"""Key figures a reader keeps (issue #11, session 29: 37-43 % of key figures "would delete" in Audits 44-45).
Articles written for this test; each class has near misses that must keep working.

* A small count of everyday things a person has or does ("The couple have three children", "parents who work two
  or three jobs") counts nothing the story reports: withheld. An organisation's count ("Helix has five factories"),
  a named player's record ("Mira Lund had two assists") and a count a clause reports as news ("Police arrested
  seven people") stay.
* A tally in a list of tallies ("73 catches, 868 yards and seven touchdowns", "seven men and five women") whose
  owner is not named in its own clause says neither whose it is nor what it adds up to: withheld. The same list
  with its owner named as the subject ("Hale finished with 73 catches, ...") stays.
* A small count of episodes or parts ("two periods of warming") says how a story divides, not how much: withheld.
* A small count with nothing but its noun inside someone's reported words ("said that they have recorded the
  testimony of six workers, ...") is withheld; a count its reported clause tells a verb of stays.
"""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines

pytestmark = pytest.mark.slow


def _with(lines: list[str], value: str) -> list[str]:
    return [line for line in lines if value in line]


@pytest.mark.parametrize(("text", "value"), [
    # everyday counts a person has or does
    ("The couple have three children and live in a small house near the port. The house flooded twice last winter.",
     "three children"),
    ("Many parents in the district work two or three jobs and cannot attend evening meetings, the principal said.",
     "two"),
    ("Rita Alvarez owns two restaurants and a bakery in the old town. Both closed during the strike.",
     "two restaurants"),
    # a count of episodes or parts
    ("Over the past 2,000 years there have been two periods of warming, according to the study.", "two periods"),
    ("The talks, which began in March, have gone through four rounds without a deal, diplomats said.", "four rounds"),
    # a tally whose owner is not named in its clause
    ("Marcus Hale had the best year of his career in 2025, leading the league in receiving. 73 catches, 868 yards "
     "and seven touchdowns made him the obvious choice for the award.", "73 catches"),
    ("Marcus Hale was named the league's most valuable player on Monday. His 73 catches and 868 yards led the league.",
     "868 yards"),
    ("Marcus Hale was named the league's most valuable player on Monday. It capped a season of 73 catches, 868 yards "
     "and seven touchdowns.", "73 catches"),
    ("A jury of seven men and five women heard the case over three weeks. The verdict is expected on Friday.",
     "five women"),
])
def test_a_count_a_reader_deletes_is_withheld(text: str, value: str) -> None:
    lines = figure_lines(text)
    assert not _with(lines, value), lines


@pytest.mark.parametrize(("text", "value"), [
    # the session 28b case (test_a_bare_count_in_a_long_attribution_is_withheld, no longer an xfail) in other words
    ("The ministry said in a statement that inspectors had taken statements from four drivers, employed by the "
     "haulage firm, in which each of them said the brakes had failed, a lawyer said.", "four drivers"),
])
def test_a_bare_count_in_reported_words_is_withheld(text: str, value: str) -> None:
    lines = figure_lines(text)
    assert not _with(lines, value), lines


@pytest.mark.parametrize(("text", "value"), [
    ("Marcus Hale was named the league's most valuable player on Monday. Hale finished with 73 catches, 868 yards "
     "and seven touchdowns.", "73 catches"),
    ("Police arrested seven people in connection with the attack on Sunday, a spokesman said.", "seven people"),
    ("The storm killed 14 people and left 200,000 homes without power, officials said.", "14 people"),
    ("The company plans to close two of its five factories, it said on Thursday.", "two"),
    ("Police said three officers were injured in the clashes.", "three officers"),
    ("The Greens need to gain nine seats on the council to win a majority.", "nine seats"),
    ("The firm, which has 6,300 employees, said it would hire 400 more.", "6,300 employees"),
    ("Seven soldiers and two civilians were killed when the convoy was ambushed, the army said.", "two civilians"),
    ("Rebels killed 12 soldiers and three civilians in the attack, the army said.", "12 soldiers"),
    ("Smith scored 31 points and grabbed 12 rebounds as the Hawks won 101-99.", "31 points"),
    ("The ship carried 2,000 tonnes of grain and 300 tonnes of rice to the port.", "2,000 tonnes"),
    ("Two bridges and three schools were destroyed by the flood, officials said.", "three schools"),
    ("The 2027 Volta Eco will be able to go 45 miles (72 kilometers) on battery power alone before its petrol engine "
     "starts.", "45 miles"),
    ("Mira Lund had two assists as Vastra beat Kolby 4-1 on Saturday.", "two assists"),
    ("The survey of 1,204 adults was carried out last week, the institute said.", "1,204 adults"),
])
def test_a_near_miss_keeps_its_count(text: str, value: str) -> None:
    lines = figure_lines(text)
    assert _with(lines, value), lines


@pytest.mark.xfail(strict=True, reason="an organisation's small holding in a 'which has' clause or as a verb's object "
                   "('Helix has five factories') is not shown, before and after session 29 (the labelled set's 'five' "
                   "factories); figure_everyday keeps it, an older rule drops it")
def test_an_organisations_small_holding_is_shown() -> None:
    lines = figure_lines("Helix has five factories in Asia and plans to close two of them.")
    assert _with(lines, "five factories"), lines
