"""Months without a year in the Timeline (issue #11, Audit 51 #12) and the asides that tell them.

With no publication date and no year written with it, "kidnapped ... in April" named a month no year could be
given to, and the entry was dropped; like a day ("--03-18"), the month is now kept as ISO 8601's yearless
"--MM" and shown as "April (year not given)". Audit 51's Boko Haram report also lost both kidnappings because
of where their dates stand: "the release of the girls, who were kidnapped from a school in Chibok, ..., in
April" (the parse hung the date on the "will secure" clause, so the aside that ends right before it tells it)
and "a German teacher kidnapped from a college in ... Gombe in July" (a participle after a noun in a sentence
about how things stand). The article below was written for these tests.
"""

from __future__ import annotations

import jsonschema

from newsbrief.analyze.context import build_context
from newsbrief.analyze.timeline import analyze_timeline
from newsbrief.models import Article, RawDocument, Source, TimelineEvent
from newsbrief.nlp.annotate import annotate
from newsbrief.pipeline import brief_source
from newsbrief.render import render
from newsbrief.serialize import brief_dict, brief_schema
from newsbrief.settings import Settings

_REPORT = """Rebels say they still hold two aid workers

A rebel group said in a new video that it still holds two aid workers, contradicting officials who said the pair would soon be freed.

The video is likely to cast doubt on whether talks in the capital will secure the release of the workers, who were seized from a clinic in Tarso, near the border, in March.

The only other known captive is a French engineer abducted from a mine in the town of Kerem in June by armed men.

Officials said in August that the group's leader had been killed.

Aid agencies have stayed out of the region since April.
"""


def _entries(text: str, published: str | None = None) -> list[tuple[str, str, str]]:
    doc = annotate(Article(text=text, source=Source(title="Report", date=published)))
    found = []
    for candidate in analyze_timeline(doc, build_context(doc)):
        event = candidate.item.payload
        assert isinstance(event, TimelineEvent)
        found.append((event.date, event.label, candidate.item.text))
    return found


def test_months_without_a_year_are_entered_with_their_asides() -> None:
    entries = _entries(_REPORT)
    assert [(d, label) for d, label, _ in entries] == [
        ("--03", "March (year not given)"), ("--06", "June (year not given)"), ("--08", "August (year not given)")]
    # the seizure is told by the aside that ends at its date, not by the doubts about the talks
    assert entries[0][2].startswith("[T]he workers, who were seized") and entries[0][2].endswith("in March")
    assert entries[1][2] == "[A] French engineer abducted from a mine in the town of Kerem in June"


def test_with_a_publication_date_the_same_months_take_their_year() -> None:
    assert [d for d, _, _ in _entries(_REPORT, "2014-11-01")] == ["2014-03", "2014-06", "2014-08"]


def test_near_miss_a_lower_case_month_word_and_a_stretch_are_no_entry() -> None:
    text = ("Marchers filled the square\n\n"
            "Thousands of people joined the march in the capital, organisers said.\n\n"
            "Prices have risen in the region since April, traders said.")
    assert _entries(text) == []


def test_near_miss_an_aside_without_a_name_tells_nothing_and_a_coming_month_stays_the_will_clauses() -> None:
    # no name says which seizure it was; a month the "will" clause reads as ahead is its own
    text = ("Talks go on\n\n"
            "Talks will decide the fate of the workers, who were seized from a clinic, in March.\n\n"
            "The engineers will start work at the new plant in June.")
    assert [(d, t) for d, _, t in _entries(text)] == [
        ("--06", "The engineers will start work at the new plant in June.")]


def test_a_yearless_month_reaches_every_format_and_the_schema() -> None:
    brief = brief_source(RawDocument(content=_REPORT.encode(), filename="report.txt"), Settings())
    jsonschema.validate(brief_dict(brief), brief_schema())
    markdown = render(brief, "markdown")
    assert "**March (year not given)**" in markdown
    assert '"--03"' in render(brief, "json")
