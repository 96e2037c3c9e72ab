"""Session 18 (reader Audits 27 and 28, 28.x/29.4 Timeline rows): a year held up as a precedent is no event.

Short articles written for these tests. A sentence that names a past date only to measure the story by it
("the worst since the 1973 oil crisis", "reminiscent of the 1987 crash", "as in 2003, when ...", "the violence
mirrored the 1994 massacres", "The last time the index fell so far was in October 1987") gives that date no
timeline entry: the story's event is the new one, the old date is background. Near misses: a sentence that
narrates the old date as the story's history ("In 2003, the army was bogged down ...", "The bank last raised
rates in 1998"), a likening verb whose own date is the event ("In March 2010 the charter mirrored the old one" is not
a likeness), and a product recall with its year keep their entries.
First score (on unchanged main 1d0b803, 2026-11-30): 7 of 11 (the two likening verbs and the two "last time"
frames failed). The recalling participle was added after the first score (it failed on main): 12 of 12 after.
"""

from __future__ import annotations

from tests.nlp.test_dates_session17c import _date_of, _events


def test_a_record_since_an_old_crisis_is_no_event_of_its_year() -> None:
    text = ("Diesel supplies in Marovia ran short again on Monday.\n\n"
            "The shortage is the worst since the 1973 oil crisis, traders said.")
    assert _date_of(_events(text, "2011-04-10"), "worst since") is None


def test_an_analysts_as_in_precedent_is_no_event() -> None:
    text = ("Troops crossed the border into Tessaly on Tuesday.\n\n"
            "Analysts warn the offensive could stall, as in 2003, when the army was bogged down for weeks "
            "near the river.")
    assert _date_of(_events(text, "2011-04-10"), "could stall") is None


def test_reminiscent_of_an_old_crash_is_no_event() -> None:
    text = ("Shares in Marovia fell 9% on Monday.\n\n"
            "The sell-off was reminiscent of the 1987 crash, one trader said.")
    assert _date_of(_events(text, "2011-04-10"), "reminiscent") is None


def test_a_likening_verbs_object_year_is_no_event() -> None:
    text = ("Fighting resumed in the north on Friday.\n\n"
            "An envoy said the violence mirrored the 1994 massacres.")
    assert _date_of(_events(text, "2011-04-10"), "mirrored") is None


def test_an_echo_of_an_old_uprising_is_no_event() -> None:
    text = ("Students occupied the university on Friday.\n\n"
            "The protest echoed the 1968 uprising, its organisers said.")
    assert _date_of(_events(text, "2011-04-10"), "echoed") is None


def test_the_last_time_frame_is_a_precedent_not_an_event() -> None:
    text = ("Shares in Marovia fell 9% on Monday.\n\n"
            "The last time the index fell so far in a day was in October 1987.")
    assert _date_of(_events(text, "2011-04-10"), "last time") is None


def test_the_previous_time_after_the_verb_is_a_precedent_too() -> None:
    text = ("The central bank raised its main rate on Thursday.\n\n"
            "It was 1998 the last time the bank moved so sharply, during the rouble crisis.")
    assert _date_of(_events(text, "2011-04-10"), "last time") is None


def test_near_miss_a_narrated_history_year_stays() -> None:
    text = ("Troops crossed the border into Tessaly on Tuesday.\n\n"
            "In 2003, the army was bogged down for weeks near the same river.")
    assert _date_of(_events(text, "2011-04-10"), "bogged down") == "2003"


def test_near_miss_last_as_an_adverb_keeps_the_history_entry() -> None:
    text = ("The central bank raised its main rate on Thursday.\n\n"
            "The bank last raised rates twice in a month in 1998, during the rouble crisis.")
    assert _date_of(_events(text, "2011-04-10"), "last raised") == "1998"


def test_near_miss_a_recall_with_its_year_is_an_event() -> None:
    text = ("Regulators opened an inquiry into Kestrel Motors on Monday.\n\n"
            "Kestrel recalled 2 million cars in 2009 over faulty brakes.")
    assert _date_of(_events(text, "2011-04-10"), "recalled") == "2009"


def test_near_miss_a_likening_verbs_own_date_stays() -> None:
    text = ("Fighting resumed in the north on Friday.\n\n"
            "In March 2010 the new constitution mirrored the old one almost word for word.")
    assert _date_of(_events(text, "2011-04-10"), "mirrored") == "2010-03"


def test_a_recalling_participle_likens_too() -> None:
    text = ("Shares in Marovia fell 9% on Monday.\n\n"
            "The sell-off, recalling the 1987 crash, wiped out a year of gains.")
    assert _date_of(_events(text, "2011-04-10"), "recalling") is None
