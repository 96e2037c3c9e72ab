"""Key figures that say what is counted and whose it is (issue #11, session 29b; reader Audit 46: none of 30 key
figures wrong, but 10 useless). Articles written for this test; each class has near misses that must keep working.

* A count of what an organisation holds ("jobs", "planes") told as its own subject ("10 planes will be grounded")
  with the owner named only in another clause of its sentence: withheld. The same count with its owner in its
  clause ("will go at Nordair's plants", "Nordair will cut 1,200 jobs") stays, and so, for now, does one whose owner
  is named only in an earlier sentence of a story about one owner; in a round-up naming several organisations
  before it, it is withheld (session 30, the former strict xfail below).
* A value in a list that gives it to another name ("followed by Chile at 31%") or set off as "X, with 13.3%,",
  or a share as its own subject with no whole ("About 13.3% went to Chile"): shown so it is a share of nothing
  (or of the wrong one): withheld. "About 13% of the country's oil went to Chile" stays.
* A phrase that opens on a preposition's object ("Before the ban, 90% ..." shown as "the ban, 90% ...") keeps the
  preposition: without it the line says the opposite.
* A size inside a likeness ("looks like a pipe 15 inches across") measures the image, not the thing: withheld.
* A change word ("closed down", "sent the price up") whose own amount is another figure: the line that cuts that
  amount out is withheld; the line that has it stays. A level a verb of change reached ("fell 17 percent to $4.1
  billion") is told with its change, not as "$4.1 billion — revenue fell".
* A pronoun subject named back by a common noun keeps its article ("10 planes the carrier would ground", not
  "10 planes carrier would ground").
* A count of the holes or innings of a game in progress ("had played 11 holes") is a moment, not a figure: withheld.
"""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines

pytestmark = pytest.mark.slow


def _with(lines: list[str], value: str) -> list[str]:
    return [line for line in lines if value in line]


@pytest.mark.parametrize(("text", "value"), [
    # a holding counted as its own subject, the owner in the other clause only
    ("Airlines across the region are cutting. At Nordair, more than 1,000 jobs will go and 10 planes will be "
     "grounded.", "10 planes"),
    # a share set off with "with"; a share left after a reporting verb
    ("Chile, with 13.3%, is the biggest buyer outside Europe, the ministry said.", "13.3%"),
    ("Chile took 13.3%, the ministry said, up from 9% a year earlier.", "9%"),
    ("The country sold 2.1 million barrels a day last year. About 13.3% went to Chile and most of the rest to "
     "Europe.", "13.3%"),
    # a size of the image a likeness draws
    ("A Kestrel rocket, which looks like a long pipe 15 inches across, can hit targets 20 miles away.", "15 inches"),
    ("The rockets are 9 feet long. A Kestrel rocket looks like a pipe, 15 inches across, with fins at its tail.",
     "15 inches"),
    # a change word whose amount is cut out
    ("Crude oil closed down 1.25% at $88.40 a barrel in New York on Friday.", "$88.40"),
    ("The news sent the price of crude up $2 to just under $90 a barrel.", "$90"),
    # a moment of a game in progress
    ("Lee Park had played 11 holes when the storm stopped the round on Saturday.", "11 holes"),
])
def test_a_figure_without_its_owner_or_sense_is_withheld(text: str, value: str) -> None:
    lines = figure_lines(text)
    assert not _with(lines, value), lines


@pytest.mark.parametrize(("text", "value", "owner"), [
    ("Germany was the biggest buyer last year, taking 32%, followed by Chile at 31% and Peru at 13.3%.", "31%",
     "Chile"),
    ("Before the EU ban, 90% of Valdoria's oil exports went to the European Union, according to the agency.", "90%",
     "Before"),
    ("Airlines across the region are cutting. At Nordair, more than 1,000 jobs will go and 10 planes will be "
     "grounded.", "1,000 jobs", "At Nordair"),
    # a level a change reached is told with its change ("rose ... $90" would read as a rise of $90)
    ("Brent crude rose 3% to just under $90 a barrel on Monday after the pipeline closed.", "$90", "rose 3% to"),
    ("Quarterly revenue fell 17 percent to $4.1 billion, and the firm cut its forecast.", "$4.1 billion",
     "fell 17 percent to"),
    # a subject named back by a common noun keeps its article in the gloss
    ("The carrier said it would cut 1,200 jobs and ground 10 of its older planes.", "10 of", "the carrier"),
])
def test_a_figure_is_shown_with_its_owner_or_not_at_all(text: str, value: str, owner: str) -> None:
    lines = _with(figure_lines(text), value)
    assert all(owner.lower() in line.lower() for line in lines), lines  # "[The carrier] would … ground"


@pytest.mark.parametrize(("text", "value"), [
    ("Nordair will cut 1,200 jobs and retire 10 planes by March, its chief executive said.", "1,200 jobs"),
    ("Nordair will cut 1,200 jobs and retire 10 planes by March, its chief executive said.", "10 planes"),
    ("More than 1,000 jobs will go at Nordair's two plants in the north, the union said.", "1,000 jobs"),
    ("Twelve people were killed when the bus left the road near the border, police said.", "Twelve people"),
    ("The news sent the price of crude up $2 to just under $90 a barrel.", "$2"),
    ("Crude oil closed down 1.25% at $88.40 a barrel in New York on Friday.", "1.25%"),
    ("Brent crude rose 3% to just under $90 a barrel on Monday after the pipeline closed.", "3%"),
    ("Unemployment rose to 5.2 percent in March, the highest in four years.", "5.2 percent"),
    ("Shares in Helix fell 4.5% on Tuesday after the firm cut its forecast.", "4.5%"),
    ("Spot gold added 0.1% to $1,520.40 an ounce on Tuesday.", "0.1%"),
    ("The council faces a gap of £9m. Under the plan, 90 posts will be cut, of which 30 are vacant.", "90 posts"),
    ("The institute puts the two countries' combined spending on border forces at $12 billion a year.",
     "$12 billion"),
    ("The ministry reported 14 new cases on Sunday, up from nine a day earlier.", "14 new cases"),
    ("Before the sanctions, 90 percent of the country's oil exports went to Europe.", "90 percent"),
    ("Northfield Oil owns 47% of the pipeline, Castor Energy 28%, Brava 20% and smaller shareholders control the "
     "remainder.", "47%"),
    ("Chile buys 31% of the country's oil, the ministry said.", "31%"),
    ("About 13% of the country's oil went to Chile last year, the ministry said.", "13%"),
    ("The Kestrel rocket is 15 inches wide and can fly 20 miles, the army said.", "15 inches"),
    ("Exports to Chile rose to 13.3% of the total last year, from 9% in 2009.", "13.3%"),
])
def test_a_near_miss_keeps_its_figure(text: str, value: str) -> None:
    lines = figure_lines(text)
    assert _with(lines, value), lines


@pytest.mark.parametrize(("text", "value"), [
    # the lists already withheld on main: a gapped verb leaves the second and later shares with no clause
    ("Northfield Oil owns 47% of the pipeline, Castor Energy 28%, Brava 20% and smaller shareholders control the "
     "remainder.", "20%"),
    ("The country's crude goes mostly to Europe. Germany takes 32 percent of its exports, Italy 31 percent and "
     "France 11 percent.", "31 percent"),
])
def test_a_cut_list_is_withheld(text: str, value: str) -> None:
    lines = figure_lines(text)
    assert not _with(lines, value), lines


def test_a_holding_owned_in_an_earlier_sentence_of_a_round_up_is_withheld() -> None:
    lines = figure_lines("Airlines across Asia are cutting back. Skyway will retire its oldest jets. Nordair "
                         "announced its plan in May. More than 1,000 jobs will go and 10 planes will be parked.")
    assert not _with(lines, "1,000 jobs"), lines
