"""A figure's line and the "where" clause near it (figure_where; task figures, session 34, issue #11).

Articles written for these tests. Before this session a number inside a "where" clause was shown without the place
the clause points to ("15 workers — workers died": where?), and a number whose line took in a "where" clause about
something else was withheld ("Troops killed 30 rebels in Misrata, where fighting has raged for weeks" gave no
figure at all).
"""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines

_FLOODS = (
    "Floods swept across the northern province of Varel on Monday, officials said.\n\n"
    "The storm first struck a chemical plant in Port Alder, where 17 workers died when a tank burst.\n\n"
    "Troops captured 30 rebels in Misra, where fighting has raged for weeks, and cleared the roads.\n\n"
    "Government forces shelled the town of Zawen, where at least 25 civilians died on Saturday.\n\n"
    "The army has sent 500 soldiers to help clear the debris, a spokesman said.\n"
)


@pytest.fixture(scope="module")
def flood_lines() -> list[str]:
    return figure_lines(_FLOODS)


def _line(lines: list[str], value: str) -> str:
    return next(line for line in lines if value in line)


def test_a_count_inside_a_where_clause_keeps_its_place(flood_lines: list[str]) -> None:
    line = _line(flood_lines, "17 workers")
    assert line.startswith("a chemical plant in Port Alder, where 17 workers died"), line
    line = _line(flood_lines, "25 civilians")
    assert "Zawen, where at least 25 civilians died" in line, line


def test_a_where_clause_about_something_else_ends_the_line(flood_lines: list[str]) -> None:
    line = _line(flood_lines, "30 rebels")  # was withheld for the clause about the fighting
    assert line.startswith("Troops captured 30 rebels in Misra"), line
    assert "where" not in line and "fighting" not in line, line


def test_no_line_shows_a_where_clause_without_its_place(flood_lines: list[str]) -> None:
    for line in flood_lines:
        assert not line.startswith(("17 workers —", "at least 25 civilians —")), line
    assert any("500 soldiers" in line for line in flood_lines)  # a plain figure is as it was


_STORM = (
    "Forecasters issued their outlook for the season in Miramar on Tuesday.\n\n"
    "At least 15 million gallons (57 million litres) have now spilled into the sound, affecting more than 30 miles "
    "(48km) of the coastline.\n\n"
    "Tuesday also marked the start of the storm season, with the agency predicting up to 12 hurricanes, of which "
    "between two to five will be \"major\" storms, packing winds in excess of 100 mph.\n"
)


@pytest.fixture(scope="module")
def storm_lines() -> list[str]:
    return figure_lines(_STORM)


def test_a_relative_clause_with_its_own_number_ends_the_line(storm_lines: list[str]) -> None:
    line = _line(storm_lines, "12 hurricanes")  # was "... up to 12 hurricanes, of which between two to five"
    assert "predicting up to 12 hurricanes" in line, line
    assert "of which" not in line, line


def test_a_count_the_model_read_with_its_noun_says_what_it_counts(storm_lines: list[str]) -> None:
    # the model took "At least 15 million gallons" whole as a number, so nothing said what it counted
    line = _line(storm_lines, "15 million gallons")
    assert "have now spilled into the sound" in line, line
    assert not any(line.startswith("more than 30 miles") for line in storm_lines), storm_lines  # "affecting" cut


def test_a_whole_partitive_clause_stays_with_its_figure() -> None:
    lines = figure_lines("The council approved its budget on Monday.\n\n"
                         "Under the plan, 90 posts will be cut, of which 30 are currently vacant, the council said.\n")
    assert any("of which 30 are currently vacant" in line for line in lines), lines
