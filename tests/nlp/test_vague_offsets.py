"""Hedged offsets and the winter's year (check 8 of four unseen briefs).

"A little over a week ago" is no exact day: seven days before publication is a guess the article
does not make, so the expression gives no date (like "in recent weeks"). A winter runs from
December into the next year; "last winter" said in July 2011 is the winter of 2010-11, which
mostly lies in 2011 (the year a reader expects: protests that erupted "last winter" did so in
early 2011). Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsbrief.nlp.dates import find_dates


@pytest.mark.parametrize("text", [
    "A little over a week ago, the ministry announced that it had closed all schools.",
    "More than two weeks ago the ferry company said it would cut the service.",
    "The council met about ten days ago to discuss the budget.",
])
def test_a_hedged_offset_of_days_or_weeks_gives_no_exact_day(text: str) -> None:
    assert [v.iso for v in find_dates(text, date(2009, 5, 2))] == []


def test_an_exact_offset_still_gives_its_day() -> None:
    assert [v.iso for v in find_dates("The ministry closed the schools a week ago.", date(2009, 5, 2))] \
        == ["2009-04-25"]


@pytest.mark.parametrize(("text", "published", "year"), [
    ("Trade between the two countries stopped when the fighting erupted last winter.", date(2011, 7, 15), "2011"),
    ("The harbour froze over last winter.", date(2012, 1, 20), "2011"),  # winter 2010-11: this one is current
    ("The ferry will stop running next winter.", date(2011, 7, 15), "2012"),
    ("The road was closed last summer.", date(2011, 7, 15), "2010"),
])
def test_a_winter_is_dated_by_the_year_that_holds_most_of_it(text: str, published: date, year: str) -> None:
    assert [v.iso for v in find_dates(text, published)] == [year]


@pytest.mark.parametrize("text", [
    "The food agency said that, since April, it has handed out 2,000 tonnes of flour in the port.",
    "The army has held the town since April.",
])
def test_since_a_month_opens_a_stretch_not_an_event(text: str) -> None:
    values = find_dates(text, date(2011, 7, 15))
    assert values and all(v.background for v in values), values
