"""Relative dates counted from a publication day without a year (nlp/date_yearless.counted_from_day, issue #11).

A wire dateline gives the day a story was filed but not its year ("ABUJA, Nov 5 (Reuters) -", ingest writes
"--11-05"). "Yesterday" and "three days ago" are then certain days without a year, and "last month" a month;
a weekday is not (its day moves with the year), nor a count over the end of February, nor one into another year.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.nlp.date_yearless import publication_day
from newsbrief.nlp.dates import find_dates

NOV_5 = (11, 5)


def _read(text: str, day: tuple[int, int] | None) -> list[tuple[str, str, bool]]:
    return [(v.iso, v.granularity, v.future) for v in find_dates(text, None, yearless=True, day=day)]


def test_the_day_read_off_a_yearless_publication_date() -> None:
    assert publication_day("--11-05") == NOV_5
    assert publication_day("2014-11-05") is None  # a dated publication resolves as before
    assert publication_day("--11") is None and publication_day(None) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("The workers were freed yesterday near the border.", [("--11-04", "day", False)]),
    ("The clinic was attacked three days ago.", [("--11-02", "day", False)]),
    ("The agency suspended its work there last month.", [("--10", "month", False)]),
    ("The governor will visit the camp tomorrow.", [("--11-06", "day", True)]),
])
def test_a_count_from_the_day_is_a_day_without_a_year(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _read(text, NOV_5) == expected
    assert _read(text, None) == []  # no day to count from: nothing, as before


@pytest.mark.parametrize(("text", "day"), [
    ("Gunmen released the workers on Tuesday.", NOV_5),  # which Tuesday depends on the year
    ("The talks collapsed last Friday.", NOV_5),
    ("The mayor resigned last year.", NOV_5),  # a year no one can name
    ("The strike began two days ago.", (3, 1)),  # 27 or 28 February
    ("The plant closed last month.", (1, 10)),  # December of another year
])
def test_near_miss_an_uncertain_count_gives_no_date(text: str, day: tuple[int, int]) -> None:
    assert _read(text, day) == []
