"""Coordinated clauses with dates of their own (issue #11, reader Audit 46 47.4 item 5).

"She was first elected in 2009 and re-elected on Monday" was one entry under 2009: the main clause's date chose
the sentence and the second conjunct's day was dropped. Each conjunct with its own date is its own event: the
first keeps the sentence under its date, the second is told alone under its own ("[She was] re-elected on
Monday" with the shared subject written in, "[T]he club sold him in 2021" with its own). Near misses: one year
for both clauses, a pronoun subject that would dangle, a limit or a plan ahead in the second clause, a date of
a clause below the second one. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.timeline import analyze_timeline
from newsbrief.models import Article, Source, TimelineEvent
from newsbrief.nlp.annotate import annotate

PUBLISHED = "2026-11-20"  # a Friday: "Monday" is 2026-11-16


def _entries(text: str) -> list[tuple[str, str]]:
    """(date, entry text) of each timeline entry of ``text``."""
    doc = annotate(Article(text=text, source=Source(title="Test", date=PUBLISHED)))
    entries = []
    for candidate in analyze_timeline(doc, build_context(doc)):
        event = candidate.item.payload
        assert isinstance(event, TimelineEvent)
        entries.append((event.date, candidate.item.text))
    return entries


TOLD_ALONE = (
    # (name, text, first date, second date, the second's entry)
    ("shared_subject_day", "She was first elected to the council in 2009 and re-elected on Monday.",
     "2009", "2026-11-16", "[She was] re-elected on Monday"),
    ("shared_subject_year", "The museum opened in 1971 and closed its doors in 2015.",
     "1971", "2015", "[The museum] closed its doors in 2015"),
    ("own_subject_passive", "The bank collapsed in 2008, and its chief executive was jailed in 2012.",
     "2008", "2012", "[I]ts chief executive was jailed in 2012"),
    ("own_subject_active", "The striker joined the club in 2016, and the club sold him to a rival in 2021.",
     "2016", "2021", "[T]he club sold him to a rival in 2021"),
)


@pytest.mark.parametrize(("name", "text", "first", "second", "told"), TOLD_ALONE, ids=[c[0] for c in TOLD_ALONE])
def test_each_dated_conjunct_is_its_own_entry(name: str, text: str, first: str, second: str, told: str) -> None:
    entries = _entries(text)
    assert first in [d for d, _e in entries], (name, entries)
    assert (second, told) in entries, (name, entries)


NO_SECOND = (
    # (name, text, the first date that stays, a date no entry may carry)
    ("target_in_second", "The firm was fined in 2019 and must pay the sum by 2027.", "2019", "2027"),
    ("since_in_second", "The charity was founded in 1990 and has grown every year since 2005.", "1990", "2005"),
    ("relative_in_second", "The mayor resigned in 2010 and backed the rival who won the seat in 2014.",
     "2010", "2014"),
    ("pair_below_main", "The party collapsed in 2015, after she was elected in 2009 and re-elected in 2013.",
     "2015", "2013"),
)


@pytest.mark.parametrize(("name", "text", "first", "absent"), NO_SECOND, ids=[c[0] for c in NO_SECOND])
def test_a_second_date_no_conjunct_owns_gives_no_entry(name: str, text: str, first: str, absent: str) -> None:
    entries = _entries(text)
    assert first in [d for d, _e in entries], (name, entries)
    assert absent not in [d for d, _e in entries], (name, entries)


def test_one_year_for_both_conjuncts_is_one_entry() -> None:
    text = "The council approved the plan in 2019 and began work in 2019."
    assert _entries(text) == [("2019", text)]


def test_a_pronoun_subject_is_not_told_dangling() -> None:
    text = "The dam was finished in 1964 and it was raised in 1998."
    assert all(not e.startswith("[I]t") for _d, e in _entries(text))
