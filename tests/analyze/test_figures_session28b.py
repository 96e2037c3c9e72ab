"""Key figures after reader Audit 44 (45.2: 37% of the figures a reader would delete; 45.4 items 8-9). Articles
written for this test in the style of the audited failures; each class has near misses that must keep working.

* A joke is no figure: a percentage over 100 of a quality or of effort, a number in the writer's own anecdote.
* A comparison keeps its standard ("higher than a year ago") or is withheld.
* A value set off after its verb's other figure ("stayed below $900, at $870 ...") runs into that figure's words;
  "all nine girls" points back; a count of a list whose line cuts the list says nothing. A bare "six workers" in
  someone's reported words is withheld (session 29, figure_everyday.py); "the survey of 1,204 adults" stays.
* A margin told through a copula ("the average fare of $412 is $38 above the record set in August 2019") is shown
  whole: cut, it says neither what is above nor above what.
* A negation in one conjunct does not reach the other ("does not publish ..., and 40% of its revenue comes from").
"""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines

pytestmark = pytest.mark.slow


def _with(lines: list[str], value: str) -> list[str]:
    return [line for line in lines if value in line]


@pytest.mark.parametrize(("text", "value"), [
    # a joke in a column: the percentage measures nothing
    ("I have lived in London for ten years. From the day I was handed my passport, my heart was set to 200% "
     "Londoner for good. Nobody noticed.", "200%"),
    ("The striker said little after the match. The team gave 110% in the second half, he said, and fans cheered.",
     "110%"),
    # the writer's own anecdote
    ("I flew home last week. My ticket cost $640 for a four-hour flight, and the seat did not recline.", "$640"),
    # a value after a comma that restates its verb's other figure
    ("Heating oil prices climbed across the region last month, though the average bill in the county stayed below "
     "$900, at $870 for a typical home.", "$870"),
    # a count pointing back at those already told of
    ("The girls, all pupils of a village school near Tuzla, went on a school trip to the coast in May. Since "
     "returning from the trip, all nine girls have reportedly dropped out of their classes, a local paper reported.",
     "nine girls"),
    # a count of a list whose line keeps one member
    ("Critics disliked most of the campaigns. But three brands that won praise include Orvo (ORV) for its spot where "
     "a dog steals a sandwich from a chef and Lumen's (LUM) spot starring a retired boxer.", "three brands"),
])
def test_a_figure_a_reader_deletes_is_withheld(text: str, value: str) -> None:
    assert not _with(figure_lines(text), value)


def test_a_bare_count_in_a_long_attribution_is_withheld() -> None:
    lines = figure_lines("Moreover, in an affidavit lodged with the tribunal, the provincial authorities said that they "
                         "have recorded the testimony of six workers, associated with the mill owner, in which every one "
                         "of them has confirmed that they were unpaid, Mensah said.")
    assert not _with(lines, "six workers"), lines


@pytest.mark.parametrize(("text", "value", "standard"), [
    ("Average rent in Dorville is $240 higher than a year ago, the housing agency said on Monday.", "$240",
     "than a year ago"),
    ("Diesel now costs 30 cents more than it did in January, the survey found.", "30 cents", "than it did in January"),
    ("Home prices in the county are 150% higher than in 2015, the agency said.", "150%", "than in 2015"),
])
def test_a_comparison_keeps_its_standard(text: str, value: str, standard: str) -> None:
    lines = _with(figure_lines(text), value)
    assert lines and all(standard in line for line in lines), lines


@pytest.mark.parametrize(("text", "value"), [
    ("Exports of soybeans rose 150% in March, the ministry said.", "150%"),
    ("Of the towns surveyed, the cheapest fuel was in Dunmore, Ohio, at $2.95 a gallon.", "$2.95"),
    ("Five miners were trapped by a rockfall on Monday near Kelton. By Wednesday all five miners had been brought "
     "to the surface, officials said.", "Five miners"),
    ("Although Marvia is not a big exporter of coffee, and only 2% of Marvian coffee exports go to Japan, dealers in "
     "Tokyo raised prices.", "2%"),
    ("The city does not publish its budget, and 40% of its revenue comes from parking fines, the auditor said.",
     "40%"),
])
def test_a_near_miss_keeps_its_figure(text: str, value: str) -> None:
    assert _with(figure_lines(text), value)


@pytest.mark.parametrize(("text", "line"), [
    ("Fares rose again in May. The national average fare of $412 is $38 above the record set in August 2019.",
     "The national average fare of $412 is $38 above the record set in August 2019"),
    ("Diesel fell for a third week. The current average price of $4.12 is 47 cents below the all-time high price "
     "recorded in June 2022.", "The current average price of $4.12 is 47 cents below the all-time high price "
     "recorded in June 2022"),
])
def test_a_margin_is_shown_with_what_it_is_below_or_above(text: str, line: str) -> None:
    assert line in figure_lines(text)


def test_a_negation_in_the_other_conjunct_is_not_the_speakers() -> None:
    lines = _with(figure_lines("The city does not publish its budget, and 40% of its revenue comes from parking "
                               "fines, the auditor said."), "40%")
    assert lines and not any("not" in line for line in lines), lines
