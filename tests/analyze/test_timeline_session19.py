"""Session 19 round 2 (reader Audits 29-31): cut fragments, statistics, comparisons and negated plans as events.

Short articles written for these tests.

- A dated clause that is a subordinate "When X said in May that ..." is no event on its own: an entry that
  ends before the sentence's main verb ("When the chief said in May") is never shown; the whole sentence or
  nothing (Audit 31).
- A year that dates a researcher's estimate, a study or a survey figure ("One scientist calculated in 2001
  that 300,000 tonnes ...", "A 2003 survey put the herd at 4,000") is background, not a story event (Audit 31),
  unless the lead tells it: then the study is the story.
- A noun event on the far side of a comparison ("less than the Marlin spill in 1989") dates what the story is
  compared with (Audit 29).
- A plan that will not happen ("will not stop serving ... starting 1 January 2015") dates nothing (Audit 30).
- With no publication date a bare weekday ("a letter on Tuesday", "by Friday") cannot be placed among dated
  entries and gives no entry: a reader gets those in the key points, and a "Friday (deadline)" entry with no
  day would sit outside the order the section promises. Kept conservative and pinned here.
Near misses: a main clause before its complement ("met on Monday to decide ..."), a trailing "officials said",
a whole "after" clause, a plain dated event with a number, a study that is the lead's news, a plan that will
happen.
"""

from __future__ import annotations

import re

from newsbrief.analyze.context import build_context
from newsbrief.analyze.timeline import analyze_timeline
from newsbrief.models import Article, RawDocument, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.pipeline import brief_source
from newsbrief.settings import Settings
from tests.nlp.test_dates_session17c import _date_of, _events


def _shown_timeline(text: str) -> list[str]:
    """The Timeline entries of the whole brief, as a reader sees them (compose may use a shorter wording)."""
    brief = brief_source(RawDocument(content=text.encode(), filename="story.txt"), Settings())
    return [item.text for section in brief.sections if section.name.lower() == "timeline" for item in section.items]


def _shorts(text: str, published: str | None) -> dict[str, str | None]:
    """Each timeline candidate's full text and the shorter wording compose may show instead."""
    doc = annotate(Article(text=text, source=Source(title="Test", date=published)))
    return {c.item.text: c.short for c in analyze_timeline(doc, build_context(doc))}


_WHEN = ("Oil spill may be smaller than feared\n\n"
         "When the Halden chief executive, Tom Brask, said in May that the leak was tiny compared with the sea, "
         "he was mocked by the press, but he was right.\n\n"
         "Scientists now say the oil broke down faster than expected in the warm water of the bay.\n\n"
         "Fishing boats returned to the bay last week after a ban of three months.")


def test_a_cut_subordinate_when_clause_is_never_shown() -> None:
    for entry in _shown_timeline(_WHEN):
        assert not re.search(r"said in May\W*$", entry), entry
        if "said in May" in entry:
            assert "mocked" in entry, entry


def test_the_short_wording_of_a_when_clause_keeps_its_main_clause() -> None:
    for full, short in _shorts(_WHEN, "2010-08-02").items():
        if "said in May" in full and short is not None:
            assert "mocked" in short, short


def test_near_miss_a_main_clause_before_its_complement_keeps_its_short_wording() -> None:
    text = ("Council leaders met on Monday to decide whether the town's two libraries should close to save "
            "money, after a review found that visits had fallen by half over ten years.")
    shorts = _shorts(text, "2024-03-06")
    assert any(short is not None and short.startswith("Council leaders met on Monday") for short in shorts.values())


def test_near_miss_a_trailing_officials_said_keeps_its_short_wording() -> None:
    text = ("The Marlin company signed the supply deal with the port authority on Monday, a deal worth "
            "millions to the town, officials said.")
    shorts = _shorts(text, "2024-03-06")
    assert any(short is not None and short.startswith("The Marlin company signed") for short in shorts.values())


def test_near_miss_a_whole_after_clause_stays_an_entry() -> None:
    text = ("The town rebuilt its school this summer.\n\n"
            "The council, led by Ann Rook, rebuilt the school, after the storm hit the coast in March 2023.")
    assert _date_of(_events(text, "2024-09-01"), "storm hit") == "2023-03"


_ESTIMATE = ("Fishing returns to Halden Bay\n\n"
             "Boats returned to Halden Bay on Monday after a three-month ban, the port authority said.\n\n"
             "The ban followed a leak from the Marlin pipeline in March.\n\n"
             "Sand and silt are nothing new in the bay. One scientist calculated in 2001 that 300,000 tonnes of "
             "sand wash off the coast each year.\n\n"
             "A 2003 survey put the bay's seal colony at 4,000 animals.")


def test_a_year_that_dates_an_estimate_is_no_event() -> None:
    events = _events(_ESTIMATE, "2024-06-12")
    assert _date_of(events, "calculated") is None, events
    assert not any(d == "2001" for d, _t in events), events


def test_a_year_that_dates_a_survey_figure_is_no_event() -> None:
    events = _events(_ESTIMATE, "2024-06-12")
    assert not any(d == "2003" for d, _t in events), events


def test_near_miss_a_dated_event_with_a_number_stays() -> None:
    text = ("Fishing returns to Halden Bay.\n\n"
            "Boats returned to the bay on Monday.\n\n"
            "In 2001, a storm destroyed 300 homes along the coast of the bay.")
    assert _date_of(_events(text, "2024-06-12"), "storm destroyed") == "2001"


def test_near_miss_a_study_that_is_the_leads_news_stays() -> None:
    text = ("Scientists at Halden University estimated in March that 300,000 tonnes of sand wash off the "
            "coast each year, twice the figure of earlier studies.\n\n"
            "The study, published on Tuesday, used satellite images of the bay.")
    assert _date_of(_events(text, "2024-04-11"), "estimated in March") == "2024-03"


def test_a_noun_event_on_the_far_side_of_a_comparison_is_no_entry() -> None:
    text = ("Oil reached the coast of Halden Bay on 20 April 2010.\n\n"
            "Bacteria in the warm water helped to break down the oil.\n\n"
            "The overall effect may be less than Marlin Bay Oil spill in 1989 which happened in colder water.")
    events = _events(text, "2010-06-01")
    assert not any(d == "1989" for d, _t in events), events


def test_a_plan_that_will_not_happen_dates_nothing() -> None:
    text = ("Burger chain denies weight rule\n\n"
            "The Halden burger chain will not stop serving overweight customers starting January 1, 2015.\n\n"
            "A fake news site had claimed the chain would refuse customers above a set weight.")
    events = _events(text, None)
    assert not any(d == "2015-01-01" for d, _t in events), events


def test_near_miss_a_plan_that_will_happen_keeps_its_date() -> None:
    text = ("Burger chain changes menu\n\n"
            "The Halden burger chain will close its last city restaurant on January 1, 2015.\n\n"
            "The chain said customers wanted lighter meals.")
    assert _date_of(_events(text, None), "will close") == "2015-01-01"


def test_with_no_publication_date_a_bare_weekday_gives_no_entry() -> None:
    text = ("Ministers were sent a letter on Tuesday asking them to name the firms by Friday.\n\n"
            "The letter, signed by 40 lawmakers, said the deadline could not be moved.")
    assert _events(text, None) == []
