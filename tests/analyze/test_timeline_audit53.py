"""Audit 53 (/work/audit53/section54.md) Timeline findings, on articles written for these tests.

#5 entered a programme page's closing listing ("The Report is on BBC Radio 4 on Thursday, 27 May at 2000 BST") as
"27 May (expected)": a programme on a named channel at a time of day is a listing (analyze/date_frames.is_listing).
#6 entered "a sentencing memorandum delivered ... in advance of a 29 November" cut before its noun: a day that
modifies an event noun ("a 29 November hearing") names that event (analyze/date_events._named_by_its_day). #2 dated
a share rise by "following confirmation on Sunday": a date right after "following"/"after"/"before" and a noun
phrase is that earlier event's (analyze/date_nested.dates_a_prior_event).
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.timeline import analyze_timeline
from newsbrief.models import Article, Source, TimelineEvent
from newsbrief.nlp.annotate import annotate


def _entries(text: str, published: str | None = None) -> list[tuple[str, str]]:
    doc = annotate(Article(text=text, source=Source(title="Report", date=published)))
    found = []
    for candidate in analyze_timeline(doc, build_context(doc)):
        assert isinstance(candidate.item.payload, TimelineEvent)
        found.append((candidate.item.payload.date, candidate.item.text))
    return found


_PROGRAMME = ("Fishermen on the Humber say the new quotas will end a way of life that has lasted for centuries.\n\n"
              "The quota cuts were agreed in Brussels on 14 March after two days of talks.\n\n")


@pytest.mark.parametrize("listing", [
    "Harbour Lives is on BBC Radio 4 on Thursday, 27 May at 2000 BST.",
    "The documentary will be broadcast on Channel 4 on 3 June at 9.30pm.",
])
def test_a_broadcast_listing_is_no_event(listing: str) -> None:
    assert _entries(_PROGRAMME + listing) == [("--03-14", "The quota cuts were agreed in Brussels on 14 March after "
                                                          "two days of talks.")]


def test_near_miss_a_broadcast_without_a_time_of_day_stays_an_event() -> None:
    text = _PROGRAMME + "The fund-raising concert will be broadcast on Channel 4 on 3 June."
    assert [date for date, _ in _entries(text)] == ["--03-14", "--06-03"]


def test_a_day_that_modifies_an_event_noun_names_that_event_not_the_clause_around_it() -> None:
    text = ("A prosecutor has asked for the maximum sentence for the doctor convicted over the singer's death.\n\n"
            "In a memorandum sent to Judge Ann Brody in advance of a 14 November hearing, the prosecutor said the "
            "doctor had shown no remorse.")
    assert _entries(text) == [("--11-14", "[A] 14 November hearing")]


def test_a_date_right_after_the_earlier_event_of_a_sequence_is_that_events() -> None:
    text = ("Shares in Norland Mining climbed 6p to 311p following confirmation on Sunday that the company had sealed "
            "the flooded shaft.")
    assert _entries(text, "2010-09-20") == []
    # the main clause's own date stands before the sequence: the rise is Monday's
    text = ("Shares in Norland Mining climbed 6p to 311p on Monday following confirmation that the company had sealed "
            "the flooded shaft.")
    assert [date for date, _ in _entries(text, "2010-09-21")] == ["2010-09-20"]
