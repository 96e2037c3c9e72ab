"""A story joining a dated and an undated article: a day without a year ("--03-18") in the merged Timeline.

An article with no publication date keeps "on 18 March" as the yearless ``--03-18``
(nlp/date_yearless.py). Across a story that day is the same time as a dated outlet's
18 March 2026, so one vote told by both is one entry citing both; a yearless day no dated
report places comes after the dated entries, never before them. Both articles are written
for this test.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Brief, Hints, RawDocument, TimelineEvent
from newsbrief.nlp.date_yearless import is_yearless, same_time, timeline_order
from newsbrief.pipeline import annotate_raw, brief_document
from newsbrief.settings import Settings
from newsbrief.stories.merge import Member, merge_timeline

DATED = """Harbour councillors approve ferry terminal expansion

The Kestrel Bay harbour council approved a £12 million expansion of the ferry terminal on 18 March, ending a year \
of argument over the plan.

Councillors voted nine to four in favour after a three-hour meeting. The plan adds two berths and a covered hall.

The design was first published on 2 February, when the harbour board said the terminal could no longer cope.

"This gives the town the terminal it has needed for a decade," said council leader Maria Penrose.
"""

UNDATED = """Ferry terminal plan wins council vote

Opponents of the plan packed a public meeting at the Kestrel Bay library on 9 March.

Kestrel Bay's harbour council approved the £12 million expansion of the ferry terminal on 18 March after a long \
meeting.

"We will keep fighting for a safer road," said Tom Alder of the Harbour Road residents' group.
"""


def _brief(text: str, hints: Hints, settings: Settings) -> Brief:
    raw = RawDocument(text.encode(), content_type="text/plain", filename="story.txt", hints=hints)
    return brief_document(annotate_raw(raw, settings), settings)


@pytest.fixture(scope="module")
def members(settings: Settings) -> list[Member]:
    dated = _brief(DATED, Hints(title="Harbour councillors approve ferry terminal expansion", outlet="Bay Herald",
                                date="2026-03-19"), settings)
    undated = _brief(UNDATED, Hints(title="Ferry terminal plan wins council vote", outlet="Coast News"), settings)
    return [Member(dated, "2026-03-19"), Member(undated, None)]


def _dates(members: list[Member]) -> list[str]:
    events = merge_timeline(members, 10, [])
    return [e.payload.date for e in events if isinstance(e.payload, TimelineEvent)]


def test_the_undated_article_gives_yearless_days(members: list[Member]) -> None:
    section = members[1].brief.section("timeline")
    assert section is not None
    dates = {i.payload.date for i in section.items if isinstance(i.payload, TimelineEvent)}
    assert {"--03-09", "--03-18"} <= dates


def test_one_vote_told_with_and_without_a_year_is_one_entry_citing_both(members: list[Member]) -> None:
    events = merge_timeline(members, 10, [])
    votes = [e for e in events if isinstance(e.payload, TimelineEvent) and e.payload.date.endswith("03-18")]
    assert len(votes) == 1 and isinstance(votes[0].payload, TimelineEvent)
    assert votes[0].payload.date == "2026-03-18"  # the dated report's wording and date are kept
    assert {c.article_id for c in votes[0].citations} == {m.article_id for m in members}


def test_a_yearless_day_comes_after_the_dated_entries(members: list[Member]) -> None:
    dates = _dates(members)
    assert dates == sorted(dates, key=timeline_order)
    assert "--03-09" in dates and dates[-1] == "--03-09" and not is_yearless(dates[0])


@pytest.mark.parametrize(("a", "b", "same"), [
    ("--03-18", "2026-03-18", True), ("2026-03", "--03-18", True), ("--03-18", "--03-18", True),
    ("--03-18", "2026-03-19", False), ("--03-18", "2026-04", False), ("--03-18", "2026", False),
    ("--03-18", "--03-19", False), ("2025-11", "2025-11-14", True), ("2025-11", "2025-12", False),
])
def test_same_time(a: str, b: str, same: bool) -> None:
    assert same_time(a, b) is same and same_time(b, a) is same
