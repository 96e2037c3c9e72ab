"""A dated event of the lead stays in the timeline though it is a key point too (session 16; the issue: "the
lead's dated events are included"), while two timeline entries never repeat each other."""

from __future__ import annotations

from newsbrief.compose import repeats
from newsbrief.models import Article, Source
from newsbrief.pipeline import brief_article
from newsbrief.settings import Settings

TEXT = (
    "The Harwick town council closed the Old Mill bridge to lorries on 3 March 2026.\n\n"
    "Engineers had found cracks in two of its arches.\n\n"
    "The bridge, built in 1874, carries about 9,000 vehicles a day, according to the council's transport "
    "department.\n\n"
    "\"We had no choice once the report came in,\" said council leader Mary Okafor. \"Safety comes first.\"\n\n"
    "Haulage firms said the detour would add 40 minutes to journeys between the port and the motorway. "
    "The Road Haulage Association said it would ask the council to review the decision.\n\n"
    "Repairs are expected to begin in September and to take about a year, the council said."
)


def _brief() -> tuple[list[str], list[str]]:
    brief = brief_article(Article(text=TEXT, source=Source(title="Old Mill bridge closed to lorries",
                                                            date="2026-03-04")), Settings())
    points = [i.text for i in brief.section("summary").items]  # type: ignore[union-attr]
    timeline = [i.text for i in brief.section("timeline").items]  # type: ignore[union-attr]
    return points, timeline


def test_the_leads_dated_event_is_in_the_timeline_as_well_as_the_key_points() -> None:
    points, timeline = _brief()
    assert "closed the Old Mill bridge" in points[0]
    assert any("closed the Old Mill bridge" in t for t in timeline), timeline


def test_timeline_entries_do_not_repeat_each_other() -> None:
    _points, timeline = _brief()
    assert all(not repeats(a, b) for i, a in enumerate(timeline) for b in timeline[i + 1:])
