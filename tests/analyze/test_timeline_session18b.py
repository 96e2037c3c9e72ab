"""Session 18 round 2 (reader Audit 29, 30.4 pattern 5 and 30.5 "Key dates"): lists, stage headings, guesses, no date line.

Short articles written for these tests.

- A dated list run together on one line ("1994 - A storm kills ... 1998 - A hurricane destroys ...") is one
  entry per item, each with its own year, never one year for the whole list.
- A stage heading "2 JUNE: CAP FITTED" or "26 MAY - 29 MAY: TOP KILL - FAILED" dates the stage it heads.
- A year in a writer's guess ("I'd bet the features will come in 2015") is a forecast, not a dated event.
- With no publication date, a day and month ("left for Syria on 2 November") still dates its event; a bare
  weekday ("on Saturday") cannot be placed and gives no entry.
Near misses: a plain sentence naming two years, a shouted headline that is no heading, a reported plan with its
year, a past event told with "would".
"""

from __future__ import annotations

from tests.nlp.test_dates_session17c import _date_of, _events

_LIST = ("Why is Korvia so poor?\n\n"
         "Storms leave the country little time to recover before the next one strikes.\n\n"
         "Recent disasters: 1994 - Tropical Storm Della kills hundreds of people 1998 - Hurricane Omar destroys "
         "80% of the crops 2004 - Floods kill more than 2,000 people in the south 2008 - Four storms kill "
         "nearly 800 people")


def test_a_run_together_dated_list_never_shares_one_year() -> None:
    events = _events(_LIST, "2010-01-18")
    for date, text in events:
        whole = "Recent disasters" in text and any(y in text for y in ("1994", "1998", "2004", "2008"))
        assert not whole, f"one entry for the whole list: {date} {text}"
        for year, words in (("1994", "Della"), ("1998", "Omar"), ("2004", "Floods"), ("2008", "Four storms")):
            if words in text:
                assert date == year, (date, text)


def test_each_item_of_a_run_together_list_is_its_own_entry() -> None:
    events = _events(_LIST, "2010-01-18")
    assert _date_of(events, "Hurricane Omar") == "1998"
    assert _date_of(events, "Tropical Storm Della") == "1994"


def test_near_miss_a_sentence_naming_two_years_stays_one_entry() -> None:
    text = ("Korvia is still rebuilding.\n\n"
            "Floods in 2004 killed more than 2,000 people, and the 2008 storms destroyed the harvest.")
    events = _events(text, "2010-01-18")
    assert len([d for d, t in events if "Floods in 2004" in t]) == 1


_STAGES = ("Engineers have tried several ways to stop the leak from the Marlin well.\n\n"
           "2 JUNE: LOWER RISER CAP\n\n"
           "Robots cut away the damaged riser pipe and lowered a cap over the wellhead to collect the oil.\n\n"
           "26 MAY - 29 MAY: TOP KILL - FAILED\n\n"
           "Engineers pumped heavy drilling mud into the well, but the oil kept flowing.\n\n"
           "16 MAY: INSERTION TUBE\n\n"
           "A narrow tube was fed into the broken pipe and drew some of the oil up to a ship.")


def test_a_stage_heading_dates_its_stage() -> None:
    events = _events(_STAGES, "2010-06-04")
    assert any(d == "2010-06-02" for d, _t in events), events
    assert any(d == "2010-05-16" for d, _t in events), events


def test_a_stage_heading_with_a_span_dates_its_stage_from_the_start() -> None:
    events = _events(_STAGES, "2010-06-04")
    assert any(d == "2010-05-26" for d, _t in events), events


def test_a_stage_entry_tells_the_stage_not_only_the_date() -> None:
    events = _events(_STAGES, "2010-06-04")
    text = next(t for d, t in events if d == "2010-06-02")
    assert "cap" in text.lower() and len(text.split()) >= 3


def test_near_miss_a_shouted_headline_is_no_stage_heading() -> None:
    text = ("MARLIN LEAK: ENGINEERS TRY AGAIN\n\n"
            "Engineers lowered a new cap over the Marlin well on Thursday.")
    events = _events(text, "2010-06-04")
    assert all("MARLIN LEAK" not in t for _d, t in events)


def test_a_writers_bet_on_a_year_is_no_timeline_entry() -> None:
    text = ("Lumen unveiled its first smartwatch on Tuesday.\n\n"
            "The watch cannot yet measure blood pressure. I'd bet the health features will come in 2015, "
            "once regulators sign off.")
    assert _date_of(_events(text, "2014-09-10"), "I'd bet") is None


def test_a_writers_guess_with_probably_is_no_timeline_entry() -> None:
    text = ("Lumen unveiled its first smartwatch on Tuesday.\n\n"
            "My guess is that a cheaper model will arrive in 2016.")
    assert _date_of(_events(text, "2014-09-10"), "cheaper model") is None


def test_near_miss_a_company_plan_with_its_year_stays_ahead() -> None:
    text = ("Lumen unveiled its first smartwatch on Tuesday.\n\n"
            "The company said the watch will go on sale in early 2015.")
    assert _date_of(_events(text, "2014-09-10"), "go on sale") is not None


def test_a_full_date_dates_an_event_with_no_publication_date() -> None:
    text = ("A Canadian volunteer who joined Kurdish fighters has been reported captured.\n\n"
            "Gill Roth left for Syria on 2 November 2014, her family said.")
    assert _date_of(_events(text), "left for Syria") == "2014-11-02"


def test_a_yearless_day_with_no_publication_date_gets_no_guessed_year() -> None:
    # Decision (session 18b): with no publication date and no year, "2 November" is not given a year (the
    # article's latest, 2009, would be wrong for the audit's case). Since issue #11 the entry keeps its day and
    # month in ISO 8601's yearless form, after the dated entries (nlp/date_yearless.py).
    text = ("A Canadian volunteer who joined Kurdish fighters has been reported captured.\n\n"
            "Gill Roth left for Syria on 2 November, her family said. Roth had served in the army in 2009.")
    assert _date_of(_events(text), "left for Syria") == "--11-02"


def test_a_bare_weekday_with_no_publication_date_is_no_entry() -> None:
    text = ("A man wanted by police promised on Facebook to turn himself in.\n\n"
            "He posted the message on Saturday. He turned himself in on Monday, police said.")
    for date, text_ in _events(text):
        assert "Saturday" not in text_ and "Monday" not in text_, (date, text_)
