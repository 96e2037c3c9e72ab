"""Reader Audit 37 (A6, docs/audit.md 38.5 "Key dates"): the only Timeline entry of an opinion piece was a date inside
an argument the writer reports in order to weigh it ("When the colonel seized power in 1969 he joined three provinces
-- hence, the argument goes, no parliament could hold them"). The aside "the argument goes" marks the sentence as a
premise of a view, not an event the piece reports (analyze/date_clauses.py). A plain dated event stays. Articles
written for this test; first score (before the rule) in the commit message."""

from __future__ import annotations

import pytest

from tests.analyze.test_timeline_audit20 import _entries as entries_of  # one reading of the timeline

_PIECE = ("Talks on a new constitution for Valdoria open in the capital next week.\n\n"
          "Many diplomats doubt that a federal state can work there.\n\n"
          "{line}\n\n"
          "That view underrates how much the provinces now trade with each other.")


def _dates(text: str) -> list[str]:
    return [d for d, _e in entries_of(text, "2012-03-05")]


@pytest.mark.parametrize("line", [
    "When the general seized power in 1974, he merged four provinces -- hence, the argument goes, an elected "
    "parliament could not hold them together.",
    "Because the general merged four provinces in 1974, so the thinking goes, only a strong hand can keep the "
    "country whole.",
    "The army, the reasoning runs, has kept the peace since it crushed the revolt in 1974.",
])
def test_a_date_in_a_reported_argument_dates_nothing(line: str) -> None:
    assert "1974" not in _dates(_PIECE.format(line=line))


@pytest.mark.parametrize("line", [
    "The general seized power in 1974 and merged four provinces.",
    "In 1974 the general merged four provinces, and the argument over their borders began.",
])
def test_a_plain_dated_event_stays(line: str) -> None:
    assert "1974" in _dates(_PIECE.format(line=line))
