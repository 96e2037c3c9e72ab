"""Audit 51 (docs/audit.md 52.2, issue #11): a key figure's label names what is counted, from its clause; a handful of
people who spoke is no key figure.

Articles written for these tests. Before this change a share before a comparative ("up to 20% more oil") was read as a
dimension of the noun ("230 million light-years wide") and lost its clause: the line said "up to 20% — more oil",
and a reader could not tell more oil than what, released by whom. An amount inside "most of its $4bn fine" was shown
as "its $4bn fine", whose fine and what of it cut. "Three Republican senators — wrote to the US attorney general" was
a count of who wrote, not a fact of the story. "About three-quarters of the escaped oil has already evaporated" cut a
list of four fates to one, and lost the "according to" that hung on the last of them.
"""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines

_LEAK = (
    "A gas leak at the North Field platform forced the evacuation of 120 workers on Monday.\n\n"
    "Engineers warned that cutting the damaged pipe could release up to 30% more gas before the valve is closed, "
    "the regulator said.\n\n"
    "Dealers in the region sold 15% fewer cars in March as the roads stayed closed.\n\n"
    "The operator has spent more than $200m on the repairs so far.\n"
)


@pytest.fixture(scope="module")
def leak_lines() -> list[str]:
    return figure_lines(_LEAK)


def test_a_share_before_a_comparative_keeps_its_clause(leak_lines: list[str]) -> None:
    line = next(line for line in leak_lines if "30%" in line)
    assert "could release up to 30% more gas" in line, line
    assert not line.startswith("up to 30% —"), line


def test_a_comparative_object_count_keeps_its_verb(leak_lines: list[str]) -> None:
    line = next(line for line in leak_lines if "15%" in line)
    assert "sold 15% fewer cars" in line, line


_FINE = (
    "Northbank will deduct most of its $4bn fine from its taxes, the bank said in its annual report on Tuesday.\n\n"
    "The deduction will cut the bank's tax bill by about $1.2bn over five years.\n\n"
    "Four Democratic senators wrote to the Treasury secretary at the time to say that letting the bank deduct the fine "
    '"would be wrong".\n'
)


@pytest.fixture(scope="module")
def fine_lines() -> list[str]:
    return figure_lines(_FINE)


def test_a_share_of_an_amount_keeps_its_clause(fine_lines: list[str]) -> None:
    line = next(line for line in fine_lines if "$4bn" in line)
    assert line.startswith("Northbank will deduct most of its $4bn fine"), line


def test_a_handful_of_people_who_spoke_is_no_key_figure(fine_lines: list[str]) -> None:
    assert not any("senators" in line for line in fine_lines), fine_lines
    assert any("$1.2bn" in line for line in fine_lines), fine_lines  # the story's own figures stay


def test_a_share_keeps_its_whole_list_of_predicates_and_its_source() -> None:
    lines = figure_lines(
        "The tanker grounded off Skerry Point three weeks ago, spilling diesel into the bay.\n\n"
        "About two-thirds of the spilled diesel has already evaporated, dispersed, been collected or otherwise "
        "removed, according to a new survey by the coastguard agency.\n\n"
        "The clean-up has cost the port authority £4m so far.\n"
    )
    line = next(line for line in lines if "two-thirds" in line)
    assert "has already evaporated, dispersed, been collected or otherwise removed" in line, line
    assert line.endswith("(according to a new survey)"), line
