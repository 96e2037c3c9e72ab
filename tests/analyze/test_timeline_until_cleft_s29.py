"""A negated 'until' cleft dates the act it points to (issue #11, reader Audit 46 47.4 item 5).

"It wasn't until <year> that X did Y" says X did Y in <year>: the date is the act's, not a wait that ends,
so it is an entry labelled with the plain date ("2012", not "until 2012"). The inverted form ("Not until
<year> did X ...") is the same. Near misses: a plain limit stays a limit ("will stay closed until 2027",
"operated until 2012"). Sentences written for these tests.
"""

from __future__ import annotations

import datetime

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.timeline import analyze_timeline
from newsbrief.models import Article, Source, TimelineEvent
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.dates import find_dates


def _entries(text: str) -> list[tuple[str, str]]:
    """(date, label) of each timeline entry of ``text``."""
    doc = annotate(Article(text=text, source=Source(title="Test", date="2026-11-20")))
    entries = []
    for candidate in analyze_timeline(doc, build_context(doc)):
        event = candidate.item.payload
        assert isinstance(event, TimelineEvent)
        entries.append((event.date, event.label))
    return entries


CLEFTS = (
    ("wasnt", "It wasn't until 2014 that the league changed its rules on transfers.", "2014", "2014"),
    ("was_not_month", "It was not until March 2019 that the ministry admitted the error.", "2019-03", "March 2019"),
    ("curly_apostrophe", "It wasn\u2019t until 2009 that the factory reopened its doors.", "2009", "2009"),
    ("inverted", "Not until 2015 did the club win another league title.", "2015", "2015"),
)


@pytest.mark.parametrize(("name", "text", "iso", "label"), CLEFTS, ids=[c[0] for c in CLEFTS])
def test_a_negated_until_cleft_dates_the_act(name: str, text: str, iso: str, label: str) -> None:
    assert (iso, label) in _entries(text), (name, _entries(text))


LIMITS = (
    ("future_limit", "The road will stay closed until 2027.", "until"),
    ("past_limit", "The plant operated until 2012.", "until"),
    ("not_until_plain", "The report will not be published until 2027.", "until"),
)


@pytest.mark.parametrize(("name", "text", "bound"), LIMITS, ids=[c[0] for c in LIMITS])
def test_a_plain_limit_stays_a_limit(name: str, text: str, bound: str) -> None:
    values = find_dates(text, datetime.date(2026, 11, 20), False)
    assert [v.bound for v in values] == [bound], (name, values)


def test_the_clefts_it_is_no_pronoun_told_with_the_sentence_before() -> None:
    # "It" of the cleft names nothing: the entry is the cleft alone, not the sentence before with it
    text = "The bank collapsed in 2008. It wasn't until 2014 that the council changed its rules on term limits."
    doc = annotate(Article(text=text, source=Source(title="Test", date="2026-11-20")))
    told = {c.item.payload.date: c.item.text for c in analyze_timeline(doc, build_context(doc))
            if isinstance(c.item.payload, TimelineEvent)}
    assert told.get("2014") == "It wasn't until 2014 that the council changed its rules on term limits.", told


def test_a_cleft_is_not_cut_after_its_date() -> None:
    # "It wasn't until 2014" alone tells no act: no shorter wording is offered for a cleft
    text = "It wasn't until 2014 that the council changed its rules on term limits for all of its members."
    doc = annotate(Article(text=text, source=Source(title="Test", date="2026-11-20")))
    shorts = [c.short for c in analyze_timeline(doc, build_context(doc))]
    assert shorts == [None], shorts
