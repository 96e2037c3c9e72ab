"""A month that is also a word ("may", "march") and a height ("6-foot-2") are not dates.

The lead's reading of an unseen review (session 12) dated a car's legroom "2 May 2014". The
sentences are written for these tests.
"""

from __future__ import annotations

import datetime

import pytest

from newsbrief.nlp.dates import find_dates


@pytest.mark.parametrize(("sentence", "dates"), [
    ("The cabin is roomy, though drivers over 6-foot-2 may need more legroom.", []),
    ("Fans who march on 4 may find the gates shut.", []),
    ("The talks ran from 5-7 May in Oslo.", ["2014-05-05", "2014-05-07"]),
    ("the board meets in may to vote on the fares.", ["2014-05"]),
    ("It opened on 9 May.", ["2014-05-09"]),
])
def test_may_the_modal_and_a_height_are_not_dates(sentence: str, dates: list[str]) -> None:
    assert [d.iso for d in find_dates(sentence, datetime.date(2014, 5, 12))] == dates


@pytest.mark.parametrize(("sentence", "dates"), [
    # a t17 article of May 2012 dated "the conflict began ... in March last year" March 2012, the year word apart
    ("The unrest spread to the capital in March last year.", ["2013-03"]),
    ("The unrest spread to the capital in March of last year.", ["2013-03"]),
    ("The bridge closed on 3 March last year.", ["2013-03-03"]),
    ("The bridge closed on March 3 this year.", ["2014-03-03"]),
    ("The bridge will reopen in June next year.", ["2015-06"]),
    # near misses: a comma ends the month's phrase, and a bare month keeps the publication's reading
    ("In May, last year was named the warmest on record.", ["2014-05", "2013"]),
    ("The bridge closed in March.", ["2014-03"]),
])
def test_a_year_word_after_a_month_names_its_year(sentence: str, dates: list[str]) -> None:
    assert [d.iso for d in find_dates(sentence, datetime.date(2014, 5, 12))] == dates
