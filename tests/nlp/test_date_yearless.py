"""Days without a year (nlp/date_yearless.py) and days that name an event (nlp/date_spans.attributive_day).

Issue #11: with no publication date, the Timeline's reading keeps "18 March" as ISO 8601's yearless --03-18;
every other reader still resolves it to nothing. A day that modifies a noun after a determiner ("the April 20
explosion") names an event: its clause's tense does not place it (a t17 article of June 2010 with "casualties
from the April 20 ... explosion" in a "will" clause dated the explosion 2011-04-20), and in a sentence about
now or what will come it is background, as "the 1982 crackdown" is. Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsbrief.nlp.date_yearless import same_time, timeline_order, yearless_label
from newsbrief.nlp.dates import find_dates

JUNE_2010 = date(2010, 6, 16)


def _read(text: str, published: date | None) -> list[tuple[str, bool, bool]]:
    return [(v.iso, v.future, v.background) for v in find_dates(text, published, yearless=True)]


def test_only_the_timeline_asks_for_yearless_days() -> None:
    assert find_dates("The unrest began on 18 March.", None) == []
    assert [v.iso for v in find_dates("The unrest began on 18 March.", None, yearless=True)] == ["--03-18"]
    assert find_dates("He was born on 30 February.", None, yearless=True) == []  # no such day in any year
    assert [v.iso for v in find_dates("It fell on 29 February.", None, yearless=True)] == ["--02-29"]
    # with a publication date the day takes its year as before
    assert [v.iso for v in find_dates("The unrest began on 18 March.", JUNE_2010, yearless=True)] == ["2010-03-18"]


def test_a_yearless_range_and_a_coming_day() -> None:
    values = find_dates("Troops moved in on 18-19 July.", None, yearless=True)
    assert values[0].iso == "--07-18" and values[0].until is not None and values[0].until.iso == "--07-19"
    # no range across a new year: there is no year to move either end into
    assert find_dates("The fair runs from 30 December to 2 January.", None, yearless=True)[0].until is None
    assert find_dates("The council will vote on 3 May.", None, yearless=True)[0].future


def test_yearless_days_sort_after_dated_ones_and_read_without_a_year() -> None:
    assert sorted(["--11-02", "2004-06", "--02-14", "2009"], key=timeline_order) == [
        "2004-06", "2009", "--02-14", "--11-02"]
    assert yearless_label("--03-18") == "18 March"


@pytest.mark.parametrize("published", [JUNE_2010, None])
def test_a_day_naming_an_event_in_a_sentence_about_what_will_come_is_background(published: date | None) -> None:
    text = "Currents will add Cuba to the list of casualties from the April 20 rig explosion."
    iso = "2010-04-20" if published else "--04-20"
    assert _read(text, published) == [(iso, False, True)]


def test_a_day_naming_an_event_in_a_sentence_about_now_is_background() -> None:
    text = "Shops have stayed shut since the 21 April shooting."
    assert _read(text, None)[0][2]
    assert _read("The January 25 uprising still divides the town.", JUNE_2010) == [("2010-01-25", False, True)]


def test_near_miss_a_day_naming_an_event_in_a_past_sentence_stays_an_event() -> None:
    assert _read("The 20 April blowout killed 11 workers.", JUNE_2010) == [("2010-04-20", False, False)]
    assert _read("The 20 April blowout killed 11 workers.", None) == [("--04-20", False, False)]


def test_near_miss_a_coming_named_day_stays_ahead_and_an_event() -> None:
    # the nearest 3 March to 20 February is ahead: "the March 3 vote" is the coming one, no background
    assert _read("Ahead of the March 3 vote, parties will campaign in every town.", date(2010, 2, 20)) == [
        ("2010-03-03", True, False)]


def test_near_miss_a_day_before_a_clause_is_no_name() -> None:
    # "on the 21st December that ...": the day of the act, read by the clause's tense
    assert _read("He wrote in his blog on the 21st December that it would rain.", JUNE_2010) == [
        ("2009-12-21", False, False)]


def test_a_month_without_a_year_keeps_its_month() -> None:
    # issue #11: "in April" with no publication date was no date at all; the Timeline's reading keeps "--04"
    assert find_dates("The girls were kidnapped in April.", None) == []
    assert _read("The girls were kidnapped in April.", None) == [("--04", False, False)]
    assert _read("The council will meet again in May.", None) == [("--05", True, False)]
    assert _read("Talks resume next March, officials said.", None) == [("--03", True, False)]
    assert _read("Shops have been shut since April.", None)[0][2]  # a stretch stays background
    values = find_dates("Rains fell between March and June.", None, yearless=True)
    assert values[0].iso == "--03" and values[0].until is not None and values[0].until.iso == "--06"


def test_near_miss_a_lower_case_month_word_is_no_month() -> None:
    assert _read("Thousands joined the march in the capital.", None) == []
    assert _read("Ministers met in may to decide.", None) == []


def test_a_yearless_month_reads_and_joins_as_a_month() -> None:
    assert yearless_label("--03") == "March (year not given)"
    assert sorted(["--04-20", "--04", "2010-06", "--03-18"], key=timeline_order) == [
        "2010-06", "--03-18", "--04", "--04-20"]
    assert same_time("--04", "--04-20") and same_time("2010-04-20", "--04") and same_time("--04", "2010-04")
    assert not same_time("--04", "--05-01") and not same_time("--04", "2010") and not same_time("--04", "2010-05")


def test_near_miss_a_month_whose_year_the_text_gives_in_words_is_no_yearless_month() -> None:
    assert _read("He died in December of the same year.", None) == []
    assert _read("In June this year, the group named a leader.", None) == []
