"""Session 20 (reader Audit 33): a later end point's year and an unnamed "they" as timeline entries.

Short articles written for these tests.

- A date that hangs on a clause below the sentence's main clause, when the main clause has a date of its own,
  is no date of the sentence's event: "X said Wednesday he will not run again once his term ends in 2016" is
  a pledge made that Wednesday; 2016 is when the term ends (Audit 33 showed "2013 — ... said Wednesday ...").
  With no publication date the weekday cannot be placed, so the sentence gives no entry rather than a wrong one.
- A past year inside an elliptical comparison of a present warning ("could open the door to chaos, as in Iran
  in 1979") dates what the warning compares with (Audit 32's "1979 —").
- A dated sentence whose main subject is a bare "they" with nothing before it in the sentence to
  name it ("On landing in May 2009, they were detained ..., they said") is paired with the sentence before
  it when that names them, else withheld (Audit 33 B2202).
Near misses: "the election due in 2016 was moved forward on Monday" (Monday dates it), a plain dated
event, a pledge whose only date is its own, a "they" whose antecedent is in the sentence.
"""

from __future__ import annotations

from tests.nlp.test_dates_session17c import _date_of, _events

_PLEDGE = ("Leader vows to step down\n\n"
           "President Karl Ossen said Wednesday he will not run for president again nor hand power to his son "
           "once his term ends in 2016.\n\n"
           "Thousands of protesters had gathered in the capital for a week to demand his resignation.")


def test_a_later_end_points_year_does_not_date_a_pledge_with_no_publication_date() -> None:
    assert _date_of(_events(_PLEDGE), "will not run") is None


def test_a_later_end_points_year_gives_way_to_the_pledges_weekday() -> None:
    assert _date_of(_events(_PLEDGE, "2014-02-07"), "will not run") == "2014-02-05"


def test_near_miss_an_election_due_in_a_year_moved_forward_on_a_weekday() -> None:
    text = ("Vote brought forward\n\n"
            "The general election due in 2016 was moved forward on Monday by a vote in parliament.\n\n"
            "Opposition parties said they welcomed the change.")
    assert _date_of(_events(text, "2014-02-07"), "moved forward") == "2014-02-03"
    assert _date_of(_events(text), "moved forward") is None


def test_a_past_year_in_an_elliptical_comparison_of_a_warning_is_no_event() -> None:
    text = ("Diplomats weigh the risks\n\n"
            "The realists have long been sceptical about the uprising. They warn that revolution in the country "
            "could open the door to hardliners, as in Iran in 1979, and cost the West an ally.\n\n"
            "Others argue that the protesters deserve support.")
    assert _date_of(_events(text, "2011-02-01"), "1979") is None


def test_near_miss_a_plain_past_event_keeps_its_year() -> None:
    text = ("A history of the revolution\n\n"
            "Revolution swept Iran in 1979 and the shah fled the country.\n\n"
            "The new government seized the embassy later that year.")
    assert _date_of(_events(text, "2011-02-01"), "swept Iran") == "1979"


def test_near_miss_a_pledge_dated_by_its_own_year_keeps_it() -> None:
    text = ("Mill to close\n\n"
            "The owners of the Halden paper mill will close it in 2016, the company said.\n\n"
            "About 300 people work at the mill.")
    assert _date_of(_events(text, "2014-02-07"), "Halden paper mill") == "2016"


_THEY = ("Friends describe trip\n\n"
         "The paper quoted friends of the man, who spoke on condition of anonymity, as saying he had changed "
         "after a planned safari.\n\n"
         "They said the man and two friends never made it to the safari. On landing in the port, in May 2009, "
         "they were detained by police and held overnight before being deported, they said.\n\n"
         "The man later moved abroad.")


def test_an_entry_whose_subject_is_an_unnamed_they_is_not_shown_bare() -> None:
    for date, text in _events(_THEY, "2015-02-27"):
        if "detained" in text:
            assert not text.startswith("On landing"), (date, text)


def test_near_miss_they_with_its_antecedent_in_the_sentence_is_kept() -> None:
    text = ("Friends describe trip\n\n"
            "The three friends flew to the port in May 2009, and they were detained by police on landing.\n\n"
            "The man later moved abroad.")
    assert _date_of(_events(text, "2015-02-27"), "detained") == "2009-05"
