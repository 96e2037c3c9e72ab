"""Timeline cases of reader Audit 12 (section 13.4 pattern 5), in new wording.

Two causes of wrong entries, each with near-misses that must not change:

- a number read as a year: "charter resolution 2061", "Flight 1837", "Room 2030", "#2099" name
  things, and a year far ahead of publication with no word of time before it is no date;
- a date of a subordinate detail: a since-clause ("the first visit ... since the border was
  closed in May 1994"), a noun phrase after "after"/"before"/"since" ("paid victims after the
  2008 mine collapse") and a list of past events in apposition to the subject date a side
  detail, not the sentence's event.

Plus checks that a deadline within a year stays ahead ("by the end of 2031") and that the lead's
relative days ("on Wednesday") are dated from the publication date.

Articles written for these tests; run through spaCy, so they take seconds.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.timeline import analyze_timeline
from newsbrief.models import Article, Source, TimelineEvent
from newsbrief.nlp.annotate import annotate

pytestmark = pytest.mark.slow


def _events(text: str, published: str | None) -> list[tuple[str, str]]:
    doc = annotate(Article(text=text, source=Source(title="Test", date=published)))
    events = []
    for candidate in analyze_timeline(doc, build_context(doc)):
        assert isinstance(candidate.item.payload, TimelineEvent)
        events.append((candidate.item.payload.label, candidate.item.text))
    return events


def _labels(text: str, published: str | None = "2015-05-20") -> list[str]:
    return [label for label, _ in _events(text, published)]


# ---------------------------------------------------------------- numbers that are no years

def test_a_resolution_number_is_no_year() -> None:
    text = ("The assembly voted to send inspectors to the dam.\n\n"
            "Charter resolution 2061 approves a mission of up to 40 engineers and an initial group of four "
            "arrives at the border.")
    assert "2061" not in _labels(text)


def test_a_flight_number_is_no_year() -> None:
    text = ("Passengers were stranded at the airport on Tuesday.\n\n"
            "Flight 1837 was diverted to Lisbon after a warning light came on, the airline said.")
    assert "1837" not in _labels(text)


def test_room_and_hash_numbers_are_no_years() -> None:
    text = ("The hearing moved to Room 1906 of the courthouse, where bill #1999 was debated by the committee.\n\n"
            "Members later approved article 1950 of the draft code.")
    labels = _labels(text)
    assert not {"1906", "1999", "1950"} & set(labels)


def test_a_year_far_ahead_with_no_word_of_time_is_no_year() -> None:
    text = ("The council said on Monday that 2077 pupils would be moved to new schools this autumn.\n\n"
            "Parents protested outside the town hall.")
    assert "2077" not in _labels(text)


def test_a_year_after_in_stays() -> None:  # near-miss: a real year after a preposition
    text = ("The bridge, closed to traffic since the storm, was built in 1906 by a Glasgow firm.\n\n"
            "Engineers inspected it on Monday.")
    assert "1906" in _labels(text)


def test_a_far_target_year_stays() -> None:  # near-miss: a far year with "by" on a scheduled act
    # (session 30: a level to be reached by then, "will cut emissions to zero by 2050", is a target, the Outlook's:
    # tests/analyze/test_timeline_outlook_s30.py)
    text = "The government will close the last coal-fired power station by 2050, the minister said."
    assert "by 2050" in _labels(text)


def test_a_year_before_a_noun_stays() -> None:  # near-miss: "the 1999 election"
    text = "Mr Kaya first won his seat in the 1999 election and held it until he retired."
    assert "1999" in _labels(text)


# ---------------------------------------------------------------- dates of side details

def test_a_since_clause_does_not_date_the_visit() -> None:
    text = ("Regional leaders met in the capital on Tuesday to discuss the drought.\n\n"
            "The king of Norland attended the talks - the first visit by a Norland ruler to the city since "
            "the border was closed by the army in May 1994.")
    assert "May 1994" not in _labels(text)


def test_a_past_list_in_apposition_does_not_date_the_finding() -> None:
    text = ("Aid agencies say the guidance on burials came too late.\n\n"
            "Several emergencies - the 2009 Samoa tsunami, Chile's 2010 earthquake and the Pakistan floods - "
            "exposed a lack of advice on handling the dead.")
    labels = _labels(text)
    assert "2009" not in labels and "2010" not in labels


def test_a_past_list_in_an_after_clause_does_not_date_the_finding() -> None:
    text = ("Aid agencies say the guidance on burials came too late.\n\n"
            "The manual was written after several emergencies - the 2009 Samoa tsunami, Chile's 2010 earthquake, "
            "Cyclones Pam and Ita and the Nepal landslides - exposed a lack of advice on what to do.")
    labels = _labels(text)
    assert "2009" not in labels and "2010" not in labels


def test_a_single_dated_subject_stays_dated() -> None:  # near-miss: one dated subject
    text = "The 2004 earthquake destroyed most of the harbour, and rebuilding took a decade."
    assert "2004" in _labels(text)


def test_a_noun_after_after_does_not_date_the_event() -> None:
    text = ("The fund manager is known for delicate payouts.\n\n"
            "He managed compensation after the 2008 mine collapse and the 2011 stadium fire, officials said.")
    labels = _labels(text)
    assert "2008" not in labels and "2011" not in labels


def test_a_year_of_the_event_itself_stays() -> None:  # near-miss: the sentence is about the detail
    text = "The 2004 earthquake destroyed most of the harbour and killed 300 people."
    assert "2004" in _labels(text)


def test_a_win_at_a_dated_event_stays() -> None:  # near-miss: "at the 2012 Games" dates the win
    text = "She won three gold medals at the 2012 Games in London."
    assert "2012" in _labels(text)


def test_a_main_clause_date_stays_beside_a_since_clause() -> None:  # near-miss
    text = ("The minister resigned on 3 March 2015, the first to quit since the coalition was formed "
            "in 2011.")
    labels = _labels(text)
    assert "3 March 2015" in labels and "2011" not in labels


# ---------------------------------------------------------------- schedules and the lead

def test_a_payment_before_the_end_of_a_year_stays_ahead() -> None:
    text = ("The firm agreed on Monday to set up a relief fund.\n\n"
            "It will pay $2bn into the fund before the end of 2016, plus $500m a quarter for the next "
            "two years.")
    assert "by 2016" in _labels(text)
    assert "before 2016" not in _labels(text)


def test_the_leads_weekday_is_dated_from_publication() -> None:
    text = ("Ministers from six countries will meet in Vienna on Wednesday to agree a ceasefire plan.\n\n"
            "The talks follow weeks of shelling in the border towns.")
    assert "20 May 2015" in _labels(text, "2015-05-18")
