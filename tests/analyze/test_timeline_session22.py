"""Reader Audit 35 #1, timeline: a vague current period that says when something falls due ("a dividend ...
due this year", "a bonus payable this year") dates no event; the sentence tells a state of mind ("investors
have worried about ...") and made a "2010 —" entry. Near misses: an event done this year keeps its year, and
a dated event in a sentence with a "due" noun keeps its own date. Short articles written for these tests."""

from __future__ import annotations

from tests.nlp.test_dates_session17c import _date_of, _events

_FRET = ("Utility under pressure\n\n"
         "The storm damage was always going to hurt Northgrid's accounts.\n\n"
         "So far, investors have worried mostly about the company's payout, worth $3bn, due this year.\n\n"
         "Engineers are still counting the broken pylons across the valley.")


def test_a_payout_due_this_year_is_no_event() -> None:
    assert _date_of(_events(_FRET, "2026-05-04"), "worried") is None


def test_a_bonus_payable_this_year_is_no_event() -> None:
    text = _FRET.replace("So far, investors have worried mostly about the company's payout, worth $3bn, due this "
                         "year.", "Staff are counting on a bonus payable this year.")
    assert _date_of(_events(text, "2026-05-04"), "bonus") is None


def test_near_miss_an_event_done_this_year_keeps_its_year() -> None:
    text = _FRET.replace("So far, investors have worried mostly about the company's payout, worth $3bn, due this "
                         "year.", "Northgrid cut its payout to $1bn this year after the storm.")
    assert _date_of(_events(text, "2026-05-04"), "cut its payout") == "2026"


def test_near_miss_a_due_payment_made_on_a_weekday_keeps_the_weekday() -> None:
    text = _FRET.replace("So far, investors have worried mostly about the company's payout, worth $3bn, due this "
                         "year.", "Northgrid paid the first $1bn of its payout due this year on Monday.")
    assert _date_of(_events(text, "2026-05-06"), "paid the first") == "2026-05-04"
