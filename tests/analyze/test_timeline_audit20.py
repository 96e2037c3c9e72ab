"""Reader Audit 20, Timeline (docs/audit.md 21.4 item 6): a year inside a noun phrase that names a past event
as a comparison ("a repeat of 1918", "another 2008") or inside a likeness ("looking like a page from 2004",
"as they did in 2008") dates no event of the sentence; an opinion about the present ("I think the chances
... are small") is no dated event; a list fragment without a finite verb after a semicolon is no entry.
Articles written for this test; first score (before the rules, 2026-11-30) in the commit message."""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.timeline import analyze_timeline
from newsbrief.models import Article, Document, Source, TimelineEvent
from newsbrief.nlp.annotate import annotate


def _entries(text: str, published: str = "2026-05-27") -> list[tuple[str, str]]:
    """(date, entry text) of each timeline entry of ``text``, published on ``published``."""
    doc: Document = annotate(Article(text=text, source=Source(title="Test", date=published)))
    entries = []
    for candidate in analyze_timeline(doc, build_context(doc)):
        event = candidate.item.payload
        assert isinstance(event, TimelineEvent)
        entries.append((event.date, candidate.item.text))
    return entries


@pytest.mark.parametrize("text", [
    # an opinion about the present that names a past event as what might come again
    "I think the chances of a repeat of 1918-19 are very small.",
    "Analysts believe the risk of a repeat of 1987 is low.",
    "Few traders doubt that another 2008 is possible.",
    "Investors fear a 1929-style crash as the market wobbles.",
    "The streets have not been so tense since the days of 1968.",
    # a likeness: how a thing looks, or how something happened before
    "The website is a mess, looking like a news page that stopped loading in 2004.",
    "Looking like an old page that stopped loading in 2004, the site is a mess.",
    "Prices fell sharply on Tuesday, as they did in 2008.",
    "The hall looked as if it had been decorated in 1975.",
    # a list fragment with no finite verb after a semicolon
    "Soldiers fired on crowds in several countries; in Myanmar during 2007 protests; and in Nepal in 2005.",
    "In Myanmar during 2007 protests; and in Nepal in 2005, soldiers shot at crowds.",
])
def test_no_entry_for_a_compared_or_likened_date(text: str) -> None:
    # The year the sentence compares with, likens to or lists without a verb dates none of its entries.
    years = [year for year in ("1918", "1987", "2008", "1929", "1968", "2004", "1975", "2007") if year in text]
    assert [d for d, _e in _entries(text) if d[:4] in years] == []


@pytest.mark.parametrize(("text", "date"), [
    # near misses: the sentence's own event happened then
    ("The bank collapsed in 2008.", "2008"),
    ("The pandemic of 1918-19 killed millions of people.", "1918"),
    ("The flu returned in 1919 and killed thousands more.", "1919"),
    ("Markets crashed in 1987, wiping out a fifth of share values.", "1987"),
    ("The site stopped loading in 2004 after its owner went bankrupt.", "2004"),
    ("Soldiers fired on crowds in Myanmar during protests in 2007.", "2007"),
    ("Police believe the man died in 2008.", "2008"),
    ("Looking tired, he resigned in 2004.", "2004"),
    ("The next 2027 summit will open in Rome.", "2027"),
    ("Officials hope the new bridge opens in 2027.", "2027"),
])
def test_an_event_of_that_date_keeps_its_entry(text: str, date: str) -> None:
    assert [d for d, _e in _entries(text)] == [date]
