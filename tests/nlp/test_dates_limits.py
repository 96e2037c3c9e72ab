"""Date values of limits, weekdays written with their dates, rates and counts from past events."""

from __future__ import annotations

from datetime import date

import pytest

from newsbrief.nlp.dates import find_dates

PUBLISHED = date(2026, 3, 17)  # a Tuesday


@pytest.mark.parametrize(
    ("sentence", "iso", "bound"),
    [
        ("The council must publish its plan by 30 June.", "2026-06-30", "by"),
        ("The museum will stay shut until the end of April.", "2026-04", "until"),
        ("The regulator ordered the mine closed until 2 April.", "2026-04-02", "until"),
        ("The new bridge will not open before September.", "2026-09", "before"),
        ("Parking is free from 1 April.", "2026-04-01", "from"),
        ("Ministers met on Monday.", "2026-03-16", None),
    ],
)
def test_limits(sentence: str, iso: str, bound: str | None) -> None:
    values = find_dates(sentence, PUBLISHED)
    assert [(v.iso, v.bound) for v in values] == [(iso, bound)]


def test_a_weekday_with_its_date_picks_the_year_the_weekday_agrees_with() -> None:
    # 5 December is a Saturday in 2026 and a Friday in 2025: the weekday decides, not the past tense.
    values = find_dates("The club held a ball on Saturday, 5 December.", PUBLISHED)
    assert [(v.iso, v.start) for v in values] == [("2026-12-05", len("The club held a ball on "))]


def test_a_passed_before_limit_is_background_a_coming_one_is_not() -> None:
    passed = find_dates("The rules banned fishing before 15 March.", PUBLISHED)
    coming = find_dates("The rules will ban fishing before 15 April.", PUBLISHED)
    assert [v.background for v in passed] == [True]
    assert [v.background for v in coming] == [False]


@pytest.mark.parametrize(
    "sentence",
    [
        "Living there was like smoking 30 cigarettes in a day.",
        "The disease appeared in the valley and within a month it had reached the coast.",
    ],
)
def test_rates_and_counts_from_past_events_are_not_dates(sentence: str) -> None:
    assert find_dates(sentence, PUBLISHED) == []


def test_by_before_a_possessive_is_an_agent_not_a_deadline() -> None:
    values = find_dates("The town was flooded by Monday's storm.", PUBLISHED)
    assert [(v.iso, v.bound) for v in values] == [("2026-03-16", None)]
