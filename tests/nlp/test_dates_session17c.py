"""Session 17c: a yearless month after a season span, and a vague current period in a condition or a state.

Short articles written for these tests. A month with no year after "the 2015-16 season" belongs to that
season (August to December the first year, January to July the second), not to the publication year; "this
summer" inside a condition ("should he leave this summer") or on a present state dates no event. Near
misses: a month with its year keeps it, a coming month in a future clause stays ahead, and a past event
"this summer" stays dated.
First score (on unchanged main f2906a9, 2026-11-30): 4 of 8 (the near misses passed; both season cases, the
inverted condition and the present state failed).
"""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.analyze.timeline import analyze_timeline
from newsbrief.models import Article, Source, TimelineEvent
from newsbrief.nlp.annotate import annotate


def _events(text: str, published: str | None = None) -> list[tuple[str, str]]:
    doc = annotate(Article(text=text, source=Source(title="Test", date=published)))
    events = []
    for candidate in analyze_timeline(doc, build_context(doc)):
        assert isinstance(candidate.item.payload, TimelineEvent)
        events.append((candidate.item.payload.date, candidate.item.text))
    return events


def _date_of(events: list[tuple[str, str]], words: str) -> str | None:
    return next((d for d, text in events if words in text), None)


def test_a_month_after_a_season_in_the_previous_sentence_takes_the_seasons_second_year() -> None:
    text = ("In the 2015-16 season, Rovers finished 14th in the league.\n\n"
            "The manager, Jim Hale, was sacked in May after a run of nine defeats.")
    assert _date_of(_events(text, "2025-03-10"), "sacked") == "2016-05"


def test_a_month_in_the_seasons_autumn_takes_the_first_year() -> None:
    text = ("Rovers endured a miserable 2015/16 campaign in the second tier.\n\n"
            "Their captain broke his leg in October and never played for the club again.")
    assert _date_of(_events(text, "2025-03-10"), "broke his leg") == "2015-10"


def test_a_month_with_its_own_year_keeps_it() -> None:
    text = ("In the 2015-16 season, Rovers finished 14th in the league.\n\n"
            "The manager had been sacked in May 2014, long before the slump.")
    assert _date_of(_events(text, "2025-03-10"), "sacked") == "2014-05"


def test_a_coming_month_after_a_season_stays_ahead() -> None:
    text = ("Rovers were relegated at the end of the 2023-24 season.\n\n"
            "The club will start its new academy in August, the chairman said.")
    date = _date_of(_events(text, "2025-03-10"), "academy")
    assert date is None or date == "2025-08"


def test_this_summer_in_a_condition_is_no_event() -> None:
    text = ("City are reportedly leading the chase to sign striker Tom Baker, should the Englishman leave "
            "Rovers this summer.\n\n"
            "Baker scored 30 goals for Rovers in 2011.")
    events = _events(text, "2012-07-07")
    assert _date_of(events, "leading the chase") is None
    assert _date_of(events, "scored 30 goals") == "2011"


def test_this_year_on_a_present_state_is_no_event() -> None:
    text = ("The airline is losing money on every flight this year, according to analysts.\n\n"
            "It cut 300 jobs in March after fuel prices rose.\n\n"
            "The airline was founded in 1998 by two pilots.")
    events = _events(text, "2012-07-07")
    assert _date_of(events, "losing money") is None
    assert _date_of(events, "cut 300 jobs") == "2012-03"


def test_this_summer_in_a_guess_or_a_question_is_no_event() -> None:
    # Added after the first score (4 of 8), from the Newsroom row 8 check; it failed on main too.
    text = ("Which strikers could be on the move this summer?\n\n"
            "Baker might leave Rovers this summer, his agent hinted.\n\n"
            "Baker joined Rovers in 2009 from City.")
    events = _events(text, "2012-07-07")
    assert _date_of(events, "on the move") is None
    assert _date_of(events, "might leave") is None
    assert _date_of(events, "joined Rovers") == "2009"


def test_a_past_event_this_summer_stays_dated() -> None:
    text = ("This summer's floods killed 12 people in the valley.\n\n"
            "Rescuers are still searching for two missing farmers.")
    assert _date_of(_events(text, "2012-09-05"), "floods killed") == "2012"


def test_a_signing_this_summer_stays_dated() -> None:
    text = ("Rovers signed the striker Tom Baker from City this summer for a club record fee.\n\n"
            "He has scored twice since.")
    assert _date_of(_events(text, "2012-09-05"), "signed the striker") == "2012"
