"""Four digits that number a thing are no year (reader Audit 12 dated an entry 2042 from "resolution 2042").

Sentences written for these tests, read by :func:`newsbrief.nlp.dates.find_dates`; near-misses with a
word of time before the year must keep it.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsbrief.nlp.dates import find_dates
from newsbrief.nlp.year_numbers import numbers_a_thing

_PUBLISHED = date(2015, 5, 20)


def _years(text: str) -> list[str]:
    return [v.iso for v in find_dates(text, _PUBLISHED)]


@pytest.mark.parametrize("text", [
    "Charter resolution 2061 sends forty engineers to the dam.",
    "Resolution 1973 authorised a no-fly zone over the coast.",
    "Flight 1837 was diverted to Lisbon.",
    "The committee met in Room 1906 of the courthouse.",
    "Bill #1999 was debated for an hour.",
    "Members approved article 1950 of the draft code.",
    "The ruling cites section 2003 of the tax rules.",
    "She lives at No. 1905 on the avenue.",
    "The council says 2077 pupils will be moved to new schools.",
])
def test_a_numbered_thing_is_no_year(text: str) -> None:
    assert _years(text) == []


@pytest.mark.parametrize(("text", "years"), [
    ("The bridge was built in 1906 by a Glasgow firm.", ["1906"]),
    ("Emissions are to reach zero by 2050.", ["2050"]),
    ("The plan misses the 2050 target by a decade.", ["2050"]),
    ("Japan's 2040 plan was published on Monday.", ["2040", "2015-05-18"]),
    ("Mr Kaya first won his seat in the 1999 election.", ["1999"]),
    ("The mine ran from 1990 to 2004.", ["1990", "2004"]),
    ("The resolution passed in 2011 after a long debate.", ["2011"]),
])
def test_a_year_with_a_word_of_time_stays(text: str, years: list[str]) -> None:
    assert _years(text) == years


def test_a_far_year_is_read_without_a_publication_date() -> None:
    # With no publication date nothing is "far ahead": only the numbering noun decides.
    assert not numbers_a_thing("some 2077 pupils", len("some "), None)
    assert numbers_a_thing("some 2077 pupils", len("some "), _PUBLISHED)


# Audit 14 (first score on the unchanged code recorded in the commit): years read from names.
@pytest.mark.parametrize("text", [
    "Activists on the Free Valley Movement 2011 page called for a strike.",
    "Astronomers said asteroid 2014 RC passed close to the Earth.",
    "The object, catalogued as 2004 MN4, will not hit the planet.",
    "The office still runs Windows Server 2003 on its main computers.",
])
def test_a_year_inside_a_name_or_code_is_no_year(text: str) -> None:
    assert _years(text) == []


@pytest.mark.parametrize(("text", "years"), [
    ("The stadium was rebuilt for Euro 2016 in Paris.", ["2016"]),
    ("Sales fell over Christmas Eve 2010 and after it.", ["2010"]),
    ("Prices rose in Spring 2012 across the region.", ["2012"]),
    ("The talks began in March 2011 in Geneva.", ["2011-03"]),
    ("Voters In 2012 backed the plan.", ["2012"]),
])
def test_a_year_after_a_capitalised_word_of_time_stays(text: str, years: list[str]) -> None:
    assert _years(text) == years
