"""A gerund's own event places its date, not the present tense that governs it (issue #11, pattern 3)."""

from __future__ import annotations

from datetime import date

import pytest

from newsbrief.nlp.dates import find_dates

PUBLISHED = date(2011, 2, 10)


@pytest.mark.parametrize(("sentence", "iso"), [
    ("The page is credited with calling the first protest on January 25.", "2011-01-25"),
    ("The page, which is credited with calling the first march January 25, has grown.", "2011-01-25"),
    ("He is accused of attacking a guard on January 25.", "2011-01-25"),
    # a timetable present with no gerund still looks ahead
    ("Ministers meet on January 25 to discuss the budget.", "2012-01-25"),
    ("The bill becomes law on 1 February.", "2012-02-01"),
])
def test_gerund_after_present(sentence: str, iso: str) -> None:
    values = find_dates(sentence, PUBLISHED)
    assert [v.iso for v in values] == [iso]
