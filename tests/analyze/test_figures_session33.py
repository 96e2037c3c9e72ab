"""Key figures cut from their referent or spliced (session 33; reader Audit 49, docs/audit.md 50.4 item 4). Articles
written for this test.

* A range keeps both its ends ("20m to 35m litres", not "35m litres"), and an estimate's participle keeps the noun
  it sizes ("the brown film on the bay, estimated at ...").
* A line cut right before a noun of its own phrase ("five weeks in the UK" of "in the UK album chart") is withheld.
* The dummy "it" of "it makes sense to keep ..." is not resolved to the sentence before (no "[15-inch model] makes
  sense ..." splice).
"""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines

pytestmark = pytest.mark.slow


def _with(lines: list[str], value: str) -> list[str]:
    return [line for line in lines if value in line]


def test_a_range_shows_both_ends_and_the_noun_its_estimate_sizes() -> None:
    lines = figure_lines(
        "Engineers at the coastal plant failed again on Sunday to stop the leak. By the end of the month, the brown "
        "film on the bay, estimated at 20m to 35m litres of diesel, could have doubled in size. Fishermen have been "
        "told to stay ashore.")
    found = _with(lines, "35m")
    assert found, lines
    assert all("20m to 35m litres" in line and "film" in line for line in found), lines


def test_a_plain_range_after_a_verb_keeps_its_low_end() -> None:
    lines = figure_lines(
        "The storm hit the northern coast overnight. Forecasters said the river would rise by 3 to 5 metres "
        "before Friday. Schools in the valley were closed.")
    found = _with(lines, "5 metres")
    assert found and all("3 to 5 metres" in line for line in found), lines


def test_a_line_cut_inside_a_noun_phrase_is_withheld() -> None:
    lines = figure_lines(
        "The band split in 1979. The trio continued to perform together and spent four weeks in the UK singles "
        "chart in 1984 with Harbour Lights. The drummer died last year.")
    assert not [line for line in lines if "four weeks" in line and "chart" not in line], lines


def test_a_dummy_it_is_not_spliced_with_the_sentence_before() -> None:
    lines = figure_lines(
        "The firm is said to be testing a 15-inch tablet. Buyers already have a small model and a large one. So, "
        "doesn't a 15-inch model seem pointless? To keep the tablet light, it makes sense to keep its screen at 11 "
        "inches or less. The 15-inch could still find a market among artists.")
    found = _with(lines, "11 inches")
    assert not any("[" in line or ("makes sense" in line and "15-inch" in line) for line in found), lines


def test_a_referring_it_before_an_adjective_and_to_is_still_resolved() -> None:
    lines = figure_lines(
        "Volvo showed the EX40 Cross estate at the Geneva show on Monday.\n\nKia's small electric van was shown in "
        "Seoul. It is likely to cost $38,000 when it goes on sale.")
    found = _with(lines, "$38,000")
    assert found and all("small electric van" in line for line in found), lines
