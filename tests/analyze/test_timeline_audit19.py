"""Reader Audit 19, Timeline (docs/audit.md 20.4 item 7, 20.5 "Key dates"): a dated event named by a noun
inside a clause ("two days after Mr Lane's death in June 2009") is a key date of the story, and a year that
qualifies a noun ("the news stories of 2014") dates the noun, not the sentence's event. Day-month deadlines
and coming events keep their entries, marked as future. Articles written for this test; first score
(before the rules, 2026-11-30) in the commit message."""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.timeline import analyze_timeline
from newsbrief.models import Article, Document, Source, TimelineEvent
from newsbrief.nlp.annotate import annotate


def _entries(text: str, published: str | None = None) -> list[tuple[str, str, bool]]:
    """(date, entry text, future) of each timeline entry of ``text``, checking each cites its own words."""
    doc: Document = annotate(Article(text=text, source=Source(title="Test", date=published)))
    entries = []
    for candidate in analyze_timeline(doc, build_context(doc)):
        event = candidate.item.payload
        assert isinstance(event, TimelineEvent)
        cited = " ".join(text[c.start : c.end] for c in candidate.item.citations)
        plain = candidate.item.text.replace("[", "").replace("]", "")
        assert plain[1:] in cited, (candidate.item.text, cited)  # verbatim, bar a capital written in brackets
        entries.append((event.date, candidate.item.text, event.future))
    return entries


@pytest.mark.parametrize(("text", "published", "date", "entry"), [
    ("Detective Ann Blake, who interviewed Dr Paul Reed two days after Mr Tom Lane's death in June 2009, "
     "gave evidence.", None, "2009-06", "Mr Tom Lane's death"),
    ("Fans gathered outside the hospital after the singer's death in June 2009.", None, "2009-06",
     "[T]he singer's death"),
    ("The bank has paid no dividend since the collapse of Lehman Brothers in September 2008.", None, "2008-09",
     "[T]he collapse of Lehman Brothers"),
    ("Officers questioned the driver hours after the killing of a protester on 12 April.", "2026-05-27",
     "2026-04-12", "[T]he killing of a protester"),
    ("The court heard that the trial was delayed after the arrest of the mayor on 3 March.", "2026-05-27",
     "2026-03-03", "[T]he arrest of the mayor"),
    ("Fans have waited for a home win since a 3-1 victory over Sporting Lisbon on 14 November.", "2026-05-27",
     "2025-11-14", "[A] 3-1 victory over Sporting Lisbon"),
])
def test_an_event_noun_dated_inside_a_clause_is_an_entry(text: str, published: str | None, date: str,
                                                          entry: str) -> None:
    assert [(d, e) for d, e, _future in _entries(text, published)] == [(date, entry)]


@pytest.mark.parametrize("text", [
    # a pronoun's event says nothing on its own ("his death")
    "The officer arrived two days after his death in June 2009.",
    # not an event noun
    "The man wrote to the minister soon after the council's letter in March 2012.",
    # a year before the noun, no date phrase after it: a reference, as before (reader Audit 12)
    "He managed the compensation fund after the 2008 mine collapse.",
    # a clause, not a noun: the since-clause still dates nothing
    "The king attended the talks, the first visit since the border was closed in May 1994.",
])
def test_no_event_noun_entry(text: str) -> None:
    assert _entries(text) == []


def test_the_main_clause_event_of_that_date_is_kept() -> None:
    text = ("Police reopened the case in June 2009. "
            "The detective arrived in the city a week after the singer's death in June 2009.")
    assert [(d, e) for d, e, _f in _entries(text)] == [("2009-06", "Police reopened the case in June 2009.")]


def test_a_dated_event_noun_as_subject_tells_the_whole_sentence() -> None:
    text = "Mr Tom Lane's death in June 2009 shocked his fans."
    assert [(d, e) for d, e, _f in _entries(text)] == [("2009-06", text)]


@pytest.mark.parametrize(("text", "published"), [
    ("The two biggest news stories of 2014 collided Wednesday.", None),
    ("The class of 2010 gathered on Saturday for a reunion.", None),
    ("The best films of 2014 were announced on Monday.", None),
])
def test_a_year_after_of_dates_the_noun_not_the_event(text: str, published: str | None) -> None:
    assert _entries(text, published) == []


@pytest.mark.parametrize(("text", "published", "date"), [
    ("The two biggest news stories of 2014 collided Wednesday.", "2026-05-27", "2026-05-27"),
    ("The class of 2010 graduated in May 2010.", None, "2010-05"),
    ("In the summer of 1999, the company collapsed.", None, "1999"),
    ("The winter of 1963 froze the river for weeks.", None, "1963"),
    ("The floods of 2024 destroyed 300 homes in the valley.", None, "2024"),
    ("The elections of 2009 were marred by fraud.", None, "2009"),
    ("By the end of 2010, the plant had closed.", None, "2010"),
])
def test_a_period_or_an_event_of_a_year_still_dates(text: str, published: str | None, date: str) -> None:
    assert [d for d, _e, _f in _entries(text, published)] == [date]


@pytest.mark.parametrize(("text", "date", "future"), [
    ("Iran must agree a deal before the 10 April deadline, officials said.", "2026-04-10", True),
    ("A ceasefire will take effect on 12 April, the mediators said.", "2026-04-12", True),
    ("Negotiators are racing to meet the 10 April deadline for a framework deal.", "2026-04-10", True),
    ("The truce agreed by both sides begins on 12 April.", "2026-04-12", True),
])
def test_a_day_month_deadline_or_coming_event_is_an_entry(text: str, date: str, future: bool) -> None:
    assert [(d, f) for d, _e, f in _entries(text, "2026-03-30")] == [(date, future)]
