"""Timeline candidates (session 16b): dates that are no date of the sentence's own event.

The lead let dated entries repeat key points on 140 summ/ articles and most of the new entries were wrong
in these general ways, so the analyzer must not offer them:

1. A year inside a name: "their Euro 2016 qualifier", "Vision 2030", "World Cup 2014" (a year right after
   a proper name is part of it) and a model year after an adjective of condition ("her brand new 2015 Ford").
2. A conditional frame: "If 2014 was the year of ..., then 2015 took ..." dates no event.
3. A fragment with no finite verb ("Joining the club ... in 2001 before making ...") is no sentence.
4. A caption: a present-tense line ending in a bare day after a comma ("... leaves the court, Wednesday").

Near misses keep their dates. Articles written for this test; first score on the unchanged code (2026-11-30)
is in the commit message."""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.timeline import analyze_timeline
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.test_timeline_audit20 import _entries as entries_of  # one reading of the timeline
from tests.analyze.test_timeline_session15 import _dates

PUBLISHED = "2015-06-18"  # a Thursday


@pytest.mark.parametrize(("text", "year"), [
    ("Wales lost their Euro 2016 qualifier to Belgium on Sunday.", "2016"),
    ("The minister praised Vision 2030 in a speech to business leaders.", "2030"),
    ("Germany's players celebrated their World Cup 2014 win with a parade through the city.", "2014"),
    ("She crashed her brand new 2015 Ford Fusion into a wall outside the school.", "2015"),
    ("Police found his old 1998 Honda Civic abandoned near the river.", "1998"),
    ("The singer has been named the face of the brand's 2015 'Ready For It' campaign.", "2015"),
    ("Jane Roe has described her new film as a sequel to 1993's \"Summer Days.\"", "1993"),
    ("If 2014 was the year of the selfie, then 2015 took it further with the selfie stick.", "2014"),
    ("If 2014 was the year of the selfie, then 2015 took it further with the selfie stick.", "2015"),
    ("Joining the club at the age of 15 in 2001 before making his first-team debut four years later.", "2001"),
    ("Having signed for the team in 2009 after a long trial with the reserves.", "2009"),
    ("John Smith (1912 -- 2006), the economist, would have been appalled at the new tax.", "1912"),
    ("Tuesday, August 25, 2015, 12:41 AM A Kansas man used his dog to fend off a police officer.", "2015"),
    ("Updated Jul 7, 2012 6:40 PM ET The club are said to be leading the chase for the striker.", "2012"),
    ("3 January 2016 Last updated at 16:39 GMT The council has closed the bridge after the floods.", "2016"),
    ("'The brand and I came together and I look forward to a very exciting 2015,' she said.", "2015"),
])
def test_a_year_that_dates_no_event_of_the_sentence(text: str, year: str) -> None:
    assert [d for d in _dates(text, None) if d.startswith(year)] == []


@pytest.mark.parametrize("text", [
    "Jane Doe, sister of the victim, leaves the courthouse on the arm of her father after the verdict, Wednesday.",
    "Supporters of the mayor are seen waving flags outside the town hall, Tuesday.",
])
def test_a_caption_with_a_trailing_day_is_no_event(text: str) -> None:
    assert [d for d, _e in entries_of(text, PUBLISHED)] == []


@pytest.mark.parametrize(("text", "date"), [
    ("The 2012 Olympics opened on 27 July 2012 in London.", "2012-07-27"),
    ("He joined the club in 2001 and made his debut four years later.", "2001"),
    ("He joined River Plate at the age of 15 in 2001 before making his debut.", "2001"),
    ("Euro 2016 was held in France in June 2016.", "2016-06"),
    ("Wales beat Belgium 1-0 in 2015 to reach the finals.", "2015"),
    ("She bought a new car in 2015 after her old one broke down.", "2015"),
    ("The Ford plant closed in 2015 after the company cut jobs.", "2015"),
    ("In 2014 the council voted to close the library, if reluctantly.", "2014"),
    ("The brand launched its 'Ready For It' campaign in 2015.", "2015"),
    ("Voters in 2014's referendum rejected the plan.", "2014"),
    ("The economist served on the board (2001 -- 2006) and then retired to Spain.", "2001"),
    ("On Tuesday, August 25, 2015, a Kansas man used his dog to fend off a police officer.", "2015-08-25"),
    ("The storm hit the coast at 4:30 PM on August 25, 2015, flooding the town.", "2015-08-25"),
    ("A difficult year began in 2015 when the firm lost its biggest client.", "2015"),
])
def test_near_misses_keep_their_date(text: str, date: str) -> None:
    assert date in _dates(text, None)


@pytest.mark.parametrize(("text", "date"), [
    ("The sister of the victim left the courthouse with her father on Wednesday.", "2015-06-17"),
    ("The president leaves for Paris on Wednesday, officials said.", "2015-06-24"),
])
def test_a_dated_report_keeps_its_day(text: str, date: str) -> None:
    assert date in [d for d, _e in entries_of(text, PUBLISHED)]


def test_two_sentences_glued_by_a_lost_stop_date_nothing() -> None:
    text = "The speed camera has not been working for more than two years Around 300 drivers were caught in 2012."
    assert _dates(text, None) == []


def test_a_caption_with_a_trailing_full_date_is_no_event() -> None:
    text = "Relatives of the victim leave the courthouse after hearing the verdict, Wednesday Oct. 11, 2006"
    assert _dates(text, None) == []


def test_a_caption_rooted_on_a_noun_is_no_event() -> None:
    text = ("Larry and Mary fight back tears as they leave the courthouse after the verdict, Wednesday Oct. 11, 2006, "
            "in Martinez, Ca.")
    assert _dates(text, None) == []


def test_a_caption_with_a_day_set_off_by_commas_is_no_event() -> None:
    text = ("Relatives of the victim leave the courthouse after the verdict, Wednesday Oct. 11, 2006, in Martinez, "
            "after the jury found the man guilty.")
    assert _dates(text, None) == []


def test_a_participle_clause_is_no_short_wording() -> None:
    text = ("Joining the club at the age of 15 in 2001 before making his debut four years later, the striker "
            "went on to score 34 goals in 90 games.")
    doc = annotate(Article(text=text, source=Source(title="Test")))
    [candidate] = analyze_timeline(doc, build_context(doc))
    assert candidate.short is None or not candidate.short.startswith("Joining")
