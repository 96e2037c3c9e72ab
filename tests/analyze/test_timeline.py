"""The timeline on short articles written for these tests: which dates make events, and how."""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.date_wording import label
from newsbrief.analyze.timeline import analyze_timeline
from newsbrief.models import Article, Candidate, Document, Source, TimelineEvent
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.dates import find_dates
from newsbrief.settings import Settings

PUBLISHED = "2026-03-17"  # a Tuesday


def _doc(text: str, published: str | None = PUBLISHED) -> Document:
    return annotate(Article(text=text, source=Source(title="Test", date=published)))


def _events(text: str, published: str | None = PUBLISHED) -> list[tuple[TimelineEvent, Candidate]]:
    doc = _doc(text, published)
    events = []
    for candidate in analyze_timeline(doc, build_context(doc)):
        assert isinstance(candidate.item.payload, TimelineEvent)
        events.append((candidate.item.payload, candidate))
    return events


def _dates(text: str) -> list[str]:
    return [event.date for event, _ in _events(text)]


def test_future_weekdays_from_tense() -> None:
    text = ("Transport ministers meet on Wednesday to decide whether to extend the fuel subsidy.\n\n"
            "The city council plans to reopen the riverside park on Friday, once the fallen trees are cleared.\n\n"
            "The park was closed on Saturday after a storm brought down dozens of old trees.")
    events = {event.date: event for event, _ in _events(text)}
    assert set(events) == {"2026-03-14", "2026-03-18", "2026-03-20"}
    assert events["2026-03-18"].future and events["2026-03-20"].future
    assert not events["2026-03-14"].future


def test_vague_periods_make_no_events() -> None:
    text = ("Investors still talk about the boom years of the last decade.\n\n"
            "Economists expect prices to keep rising in the next year.\n\n"
            "Rents have climbed steeply in recent years, and the coming months look no better.\n\n"
            "The valley has been poor for decades.")
    assert _dates(text) == []


def test_a_range_is_one_event_with_both_ends_in_its_label() -> None:
    events = _events("The regional rail programme ran from 2015 to 2018 and cost far more than planned.")
    assert len(events) == 1
    event, _ = events[0]
    assert (event.date, event.granularity, event.label) == ("2015", "year", "2015–2018")
    assert event.expression == "2015 to 2018"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The survey ran 2015-18.", "2015–2018"),
        ("The road was shut between March and June 2021.", "March–June 2021"),
        ("The works lasted from May 2019 until March 2021.", "May 2019 – March 2021"),
        ("The fair ran from 3 to 5 March 2026.", "3–5 March 2026"),
        ("The fair runs from 20 to 22 March.", "20–22 March 2026"),
        ("The trial ran from 27 February 2026 to 2 March 2026.", "27 February – 2 March 2026"),
    ],
)
def test_range_labels(sentence: str, expected: str) -> None:
    from datetime import date

    first = next(v for v in find_dates(sentence, date(2026, 3, 17)) if not v.ends_range)
    assert label(first) == expected


def test_background_dates_in_quotes_and_comments_are_not_events() -> None:
    text = ('"We still live with the memory of the 1982 crackdown," said Maria Lopes, a retired teacher.\n\n'
            "Prices in the district have tripled since 2008, according to the housing agency.\n\n"
            'She said: "The town has changed. Back in 1990 the mill employed everyone."\n\n'
            "Protesters marched through the old town in 2019 to demand new elections.")
    assert _dates(text) == ["2019"]


def test_the_leads_news_is_kept_when_the_timeline_is_full() -> None:
    history = "\n\n".join(f"The harbour board approved a new crane for the quay in {year}." for year in range(1990, 2015))
    text = ("Harbour workers went on strike on Monday over pay, halting cargo traffic at the port.\n\n"
            + history)
    events = _events(text)
    dates = [event.date for event, _ in events]
    assert len(events) == 20  # the section's limit
    assert "2026-03-16" in dates
    assert dates == sorted(dates)


def test_a_lead_event_that_is_also_a_key_point_keeps_a_short_wording() -> None:
    from newsbrief.pipeline import brief_document

    text = ("Harbour workers at the port of Sines went on strike on Monday over pay, halting cargo traffic "
            "for the first time in a decade and stranding dozens of ships offshore.\n\n"
            "The union said the strike would last until the management offered a better deal.\n\n"
            "Talks between the union and the port authority broke down in November 2025.\n\n"
            "Port officials said contingency plans were in place.")
    brief = brief_document(_doc(text), Settings())
    timeline = brief.section("timeline")
    assert timeline is not None
    by_date = {item.payload.date: item for item in timeline.items if isinstance(item.payload, TimelineEvent)}
    assert "2026-03-16" in by_date
    short = by_date["2026-03-16"].text
    assert short.startswith("Harbour workers at the port of Sines went on strike on Monday")
    assert len(short) < len(brief.sentences[0].text)


def test_without_a_publication_date_absolute_dates_still_make_events() -> None:
    text = ("Ministers signed the treaty on 4 July 2021 in Lisbon.\n\n"
            "They will meet again on Friday to review it.")
    assert [event.date for event, _ in _events(text, published=None)] == ["2021-07-04"]
