"""Session 17d (reader Audit 28, 29.4 pattern 4): comparisons, forecasts and side dates on the timeline.

Short articles written for these tests. A year a sentence names only to compare with ("a deal like the 1995
peace accords", "compared with 2010") or as a forecast's deadline ("analysts predict $6 fuel by 2013") is no
event of that year; a year that modifies a noun ("the firm's 2009 revenue", "the 2001 review") dates that noun,
not the clause's event, when the sentence has another date or the clause's verb is a forecast. Near misses:
"In 1995 the accords ended the war" stays 1995, "By 2012 prices had doubled" (a past perfect, an event) stays.
First score (on unchanged main c438fc5, 2026-11-30): 6 of 9 (the forecast deadline, the figures compared
with another country's and the testimony date on the review failed; the three near misses, the likened accord,
the compared-with year and the revenue year passed).
"""

from __future__ import annotations

from tests.nlp.test_dates_session17c import _date_of, _events


def test_a_settlement_likened_to_an_old_accord_is_no_event_of_its_year() -> None:
    text = ("Rebels and the government in Marovia have fought to a standstill this spring.\n\n"
            "Diplomats say the war could end in a partition deal like the 1995 Lakeside Accords, "
            "which split a neighbouring country in two.")
    assert _date_of(_events(text, "2011-04-10"), "Lakeside") is None


def test_a_forecast_deadline_is_no_event() -> None:
    text = ("Fuel prices rose again in the capital on Monday.\n\n"
            "Several analysts predict $6 fuel by 2013 if the refinery strikes go on.")
    assert _date_of(_events(text, "2011-04-10"), "analysts predict") is None


def test_a_year_in_a_comparison_of_figures_is_no_event() -> None:
    text = ("Marovia's economy is far larger than Tessaly's.\n\n"
            "Marovia's output was $210bn in 2010, compared with $44bn for Tessaly.")
    assert _date_of(_events(text, "2011-04-10"), "output was") is None


def test_a_year_after_compared_with_is_no_event() -> None:
    text = ("The port handled 4 million containers in 2011, compared with 3.1 million in 2008, "
            "the authority said.")
    assert _date_of(_events(text, "2012-02-01"), "compared with") == "2011"


def test_a_revenue_year_does_not_date_an_analysts_forecast() -> None:
    text = ("The oil spill off the coast has cost Northline billions so far.\n\n"
            "One analyst said the disaster could break up Northline, which reported 2009 revenue of $120bn.")
    assert _date_of(_events(text, "2010-06-20"), "break up") is None


def test_a_testimony_date_does_not_date_the_review_it_discussed() -> None:
    text = ("Regulators were warned about the pipeline years ago.\n\n"
            "A 2001 review found corrosion along the line, the director told a Senate panel in March 2002.")
    events = _events(text, "2010-06-20")
    assert _date_of(events, "review found") in (None, "2001")


def test_near_miss_an_accord_that_ended_a_war_keeps_its_year() -> None:
    text = ("Marovia's leaders met in Geneva on Monday.\n\n"
            "In 1995 the Lakeside Accords ended the war in the neighbouring country.")
    assert _date_of(_events(text, "2011-04-10"), "Lakeside") == "1995"


def test_near_miss_a_past_perfect_by_a_year_keeps_it() -> None:
    text = ("Fuel has grown steadily dearer in the capital.\n\n"
            "By 2012 prices had doubled, and many drivers had sold their cars.")
    assert _date_of(_events(text, "2014-04-10"), "prices had doubled") is not None


def test_near_miss_a_year_that_dates_the_clause_stays() -> None:
    text = ("Northline reported revenue of $120bn in 2009, its highest ever.")
    assert _date_of(_events(text, "2010-06-20"), "reported revenue") == "2009"


def test_a_revenue_year_in_a_concession_does_not_date_the_forecast() -> None:
    text = ("The oil spill off the coast has cost Northline billions so far.\n\n"
            "The disaster could break up Northline, one analyst warned, though its 2009 revenue of $120bn "
            "gives it a cushion.")
    assert _date_of(_events(text, "2010-06-20"), "break up") is None


def test_near_miss_a_past_event_of_a_years_noun_keeps_it() -> None:
    text = "Northline's 2009 revenue fell by a tenth as oil prices slumped."
    assert _date_of(_events(text, "2010-06-20"), "revenue fell") == "2009"
