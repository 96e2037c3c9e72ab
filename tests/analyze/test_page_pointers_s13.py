"""Pointers to the page's media, and dates inside a condition (read by the lead, session 13).

Labelled cases written for this test (new wording; the shapes come from unseen Newsroom pages read
by the lead). A sentence that points the reader at a video, picture or gallery on the page ("Below is
a look at ...", "Watch the interview above") is page furniture: it is no conclusion and no key point.
A year or date inside an "if" clause ("If 2014 was the year of X, ...", "If the plant had opened in
2019, ...") dates a supposition, not an event, so the timeline leaves it out. Real closes, places
called "below", and dated events in the main clause stay.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from newsbrief.analyze.conclusion import analyze_conclusion
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Brief, RawDocument, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.pipeline import brief_source
from newsbrief.settings import Settings
from tests.analyze import test_conclusion_cases as cases  # the labelled bodies of every genre
from tests.analyze.test_timeline_audit15 import _dates as timeline_dates  # one reader of timeline dates

BODY = (
    "Two film-makers from Brussels have made a horror film with almost no dialogue, shot over three years.\n\n"
    '"We wanted the pictures to speak for us," said the director, Marta Kowal, at the festival on Friday.\n\n'
    "The film cost less than a million euros and opens in twelve countries next month, its distributor said.\n\n"
    "Before filming, the pair rehearsed every scene on video with friends standing in for the actors."
)


@dataclass(frozen=True)
class Case:
    name: str
    ending: str
    pointer: bool  # True: the ending points at the page's media and must not be cited as a point or close


CASES = (
    Case("below_is_a_look", "Below is a look at one scene from that rehearsal video, then the same scene "
         "from the finished film.", True),
    Case("watch_above", "Watch the full interview with the two directors in the video above.", True),
    Case("scroll_down", "Scroll down to see more pictures from the set and the premiere.", True),
    Case("gallery_below", "Click through the gallery below for images from the festival's opening night.", True),
    Case("video_shows_below", "The video below shows the two directors at work on the final scene.", True),
    Case("place_below", "Below the old harbour, where the last scene was shot, the council plans a "
         "film museum.", False),
    Case("real_close", "Kowal said the pair were already writing their next film, a comedy set in a "
         "hospital.", False),
)


def _brief(text: str) -> Brief:
    return brief_source(RawDocument(content=text.encode(), filename="page.txt"), Settings())


def _cited_sentences(brief: Brief, section: str) -> list[str]:
    found = brief.section(section)
    by_id = {s.id: s.text for s in brief.sentences}
    return [by_id[c.sentence_id] for item in (found.items if found else ()) for c in item.citations]


@pytest.mark.parametrize("joined", [False, True], ids=["paragraphs", "one_paragraph"])
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_media_pointer_is_no_conclusion_or_point(case: Case, joined: bool) -> None:
    # datasets (Newsroom) give a page as one paragraph: the pointer is then inside the last paragraph
    text = f"{BODY}\n\n{case.ending}"
    brief = _brief(" ".join(text.split("\n\n")) if joined else text)
    cited = _cited_sentences(brief, "conclusion") + _cited_sentences(brief, "summary")
    start = case.ending[:25]
    if case.pointer:
        assert not any(s.startswith(start) for s in cited), cited
    else:  # a place "below" and a real close are the article's text, kept for every section to use
        assert any(s.text.startswith(start) for s in brief.sentences), [s.text for s in brief.sentences]


@pytest.mark.parametrize("text", [
    "If 2014 was the year of the smartwatch, the watch has now reached every wrist.",
    "If the plant had opened in 2019 as planned, the town would now have 400 more jobs.",
    "If the treaty had been signed in March 2021, the tariffs would never have returned.",
    "Had the dam been finished in 2012, the floods would have spared the valley.",
])
def test_a_date_inside_a_condition_makes_no_entry(text: str) -> None:
    assert timeline_dates(text) == []


@pytest.mark.parametrize(("text", "date"), [
    ("The council approved the new bridge in March 2025, even if some residents objected.", "2025-03"),
    ("If approved, the bridge will open in May 2027, the council said.", "2027-05"),
    ("The owners cancelled the project in June 2020 after the price of steel rose.", "2020-06"),
])
def test_a_date_of_the_main_clause_stays(text: str, date: str) -> None:
    assert timeline_dates(text) == [date]


POINTERS = (
    "Below is a look at one scene from that rehearsal video, then the same scene from the finished film.",
    "Watch the full interview in the video above.",
    "Scroll down to see more pictures from the night.",
    "The video below shows the moment the roof gave way.",
    "Above, a clip of the rescue filmed by a neighbour.",
    "Below, please enjoy a gallery of the best costumes from the parade.",
)


@pytest.mark.parametrize("ending", POINTERS)
@pytest.mark.parametrize("body", ["WIRE", "BUSINESS", "DISPATCH", "FEATURE"])
def test_the_conclusion_analyzer_skips_a_media_pointer(body: str, ending: str) -> None:


    text = getattr(cases, body)
    doc = annotate(Article(text=f"{text} {ending}", source=Source(title="Test")))
    by_id = {s.id: s.text for s in doc.sentences}
    cited = [by_id[c.sentence_id] for item in analyze_conclusion(doc, build_context(doc)) for c in item.citations]
    assert not any(s.startswith(ending[:20]) for s in cited), cited
