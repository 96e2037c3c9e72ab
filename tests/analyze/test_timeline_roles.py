"""What a date in a sentence dates (issue #11, patterns 1 and 2): a side detail, a state or
model years make no entry; an earlier event in an "after" clause is told alone."""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.timeline import analyze_timeline
from newsbrief.models import Article, Document, Source, TimelineEvent
from newsbrief.nlp.annotate import annotate


def _entries(text: str) -> list[tuple[str, str]]:
    doc: Document = annotate(Article(text=text, source=Source(title="Test", date="2026-03-17")))
    entries = []
    for candidate in analyze_timeline(doc, build_context(doc)):
        assert isinstance(candidate.item.payload, TimelineEvent)
        entries.append((candidate.item.payload.date, candidate.item.text))
    return entries


def test_an_after_clause_is_told_alone_under_its_date() -> None:
    text = ("During a visit to Oslo this week, the foreign minister said Norway would not join the blockade, "
            "after the assembly last year voted against any blockade.")
    assert _entries(text) == [("2025", "[T]he assembly last year voted against any blockade")]


def test_a_report_that_sources_a_figure_does_not_date_it() -> None:
    entries = _entries("Exports dropped by a third in 2023, according to the yearly review released in February.")
    assert [date for date, _ in entries] == ["2023"]


@pytest.mark.parametrize("text", [
    "The patients included the son of a singer who trained with Dr Lane in 2009.",
    "In 1921, the island did not have a public water supply.",
    "In 1950, the town was twice as large as its neighbour.",
    "The recall affects some 2017 to 2021 Ranger trucks sold in Canada.",
])
def test_no_event(text: str) -> None:
    assert _entries(text) == []


@pytest.mark.parametrize(("text", "date"), [
    ("The assembly voted against the blockade last year.", "2025"),
    ("In 1921, the island opened its first public water supply.", "1921"),
    ("Police said the man, who was arrested on Monday, had fled the country.", "2026-03-16"),
    ("Leaders will attend a summit that is scheduled for 3 May.", "2026-05-03"),
])
def test_events_stay(text: str, date: str) -> None:
    assert [d for d, _ in _entries(text)] == [date]


def test_a_defining_clause_about_the_subject_dates_its_own_event_not_the_sentences() -> None:
    from newsbrief.analyze.context import build_context
    from newsbrief.analyze.timeline import analyze_timeline
    from newsbrief.models import Article, Candidate, Source, TimelineEvent
    from newsbrief.nlp.annotate import annotate

    text = ("The county council approved a flood barrier on the River Alder on Tuesday. Residents who lost "
            "their homes in the floods of 2024 welcomed the decision. The man, who was arrested on 3 March, "
            "fled the country on 5 March.")
    doc = annotate(Article(text=text, source=Source(title="Barrier", date="2026-03-12")))
    items = [Candidate.of(c).item for c in analyze_timeline(doc, build_context(doc))]
    events = [(i.payload.date, i.text) for i in items if isinstance(i.payload, TimelineEvent)]
    assert not [t for d, t in events if d.startswith("2024") and "welcomed" in t], events
    assert any(d == "2026-03-05" for d, _ in events) or any(d == "2026-03-03" for d, _ in events), events
