"""Dates that name a thing or a lower clause's act do not date the main act (issue #11, reader Audit 47 48.4 item 5).

A year that modifies a noun ("the 1994 accord", "its 2010 report") names a thing, not an act: the sentence's act
("accused ... on Tuesday of breaking the 1994 accord") is not of that year. A month or a month-year in a relative
clause or a participle aside ("residents, who were first contacted in May, have been chosen") dates the aside's act,
not the main one: the entry takes the main act's own date, or there is none. Near misses keep their dates: a year
that dates the main act ("In 1987 the two countries signed the treaty"). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.timeline import analyze_timeline
from newsbrief.models import Article, Source, TimelineEvent
from newsbrief.nlp.annotate import annotate


def _entries(text: str) -> list[tuple[str, str]]:
    """(date, text) of each timeline entry of ``text``, published on 2026-11-20."""
    doc = annotate(Article(text=text, source=Source(title="Test", date="2026-11-20")))
    entries = []
    for candidate in analyze_timeline(doc, build_context(doc)):
        event = candidate.item.payload
        assert isinstance(event, TimelineEvent)
        entries.append((event.date, candidate.item.text))
    return entries


NOUN_YEARS = (
    ("accord", "The government accused its neighbour on Tuesday of breaking the 1994 accord on fishing rights.", "1994"),
    ("accord_this_week", "Ministers accused the rival camp this week of violating the 1994 accord.", "1994"),
    ("crisis", "The bank's chief said on Monday that the 2008 crisis still weighs on wages in the region.", "2008"),
    ("its_report", "The agency withdrew its 2010 report after auditors found errors in the tables.", "2010"),
    ("law", "Lawmakers voted this week to amend the 1972 law on water quality.", "1972"),
    ("agreement", "The union accused the carrier of breaching the 2015 agreement with its drivers.", "2015"),
    ("a_treaty", "The minister said the country had breached a 1990 treaty with its neighbours.", "1990"),
)


@pytest.mark.parametrize(("name", "text", "year"), NOUN_YEARS, ids=[c[0] for c in NOUN_YEARS])
def test_a_year_that_modifies_a_noun_dates_no_act(name: str, text: str, year: str) -> None:
    assert all(iso != year for iso, _ in _entries(text)), (name, _entries(text))


LOWER_CLAUSES = (
    ("who_month", "A total of 120 residents, who were first contacted in May, have been chosen for the panel.",
     "2026-05"),
    ("participle_month_year", "The jurors, picked from a pool summoned in March 2019, have been chosen.", "2019-03"),
    ("who_month_year", "The 40 volunteers, who signed up in April 2018, have now been sent home.", "2018-04"),
    ("that_month_year", "The ward that opened in October 2017 has been closed to new patients.", "2017-10"),
)


@pytest.mark.parametrize(("name", "text", "iso"), LOWER_CLAUSES, ids=[c[0] for c in LOWER_CLAUSES])
def test_a_lower_clauses_date_is_not_the_main_acts(name: str, text: str, iso: str) -> None:
    # the main act has no date of its own: the aside's date gives the whole sentence no entry
    assert all(not (d == iso and told == text) for d, told in _entries(text)), (name, _entries(text))


def test_the_main_act_keeps_its_own_date_beside_an_aside() -> None:
    text = "The 40 volunteers, who signed up in April 2018, were sent home on 12 November."
    entries = _entries(text)
    assert ("2026-11-12", text) in entries or any(d == "2026-11-12" for d, _ in entries), entries
    assert all(not (d == "2018-04" and told == text) for d, told in entries), entries


KEPT = (
    ("opening_year", "In 1987 the two countries signed the treaty.", "1987"),
    ("plain_year", "The two countries signed the treaty in 1994 after years of talks.", "1994"),
    ("month_main", "The residents were first contacted in May, officials said.", "2026-05"),
    ("month_year_main", "The singer died at his home in June 2009.", "2009-06"),
)


@pytest.mark.parametrize(("name", "text", "iso"), KEPT, ids=[c[0] for c in KEPT])
def test_a_date_of_the_main_act_is_kept(name: str, text: str, iso: str) -> None:
    assert any(d == iso for d, _ in _entries(text)), (name, _entries(text))


def test_a_signing_aside_dates_only_the_signing_if_at_all() -> None:
    text = "The treaty, signed in 1987, banned a whole class of missiles."
    assert all("signed" in told for d, told in _entries(text) if d == "1987"), _entries(text)


NESTED = (
    ("coverage_pair", "A total of 120 residents have been chosen for the next stage of the process. This involved "
     "filling in a long form about the mayor, his record and the press coverage of his arrest in May 2019.", "2019-05"),
    ("inside_a_list", "A total of 90 people have been picked for the next round. This meant completing a 20-page "
     "form about the singer, his songs and the press coverage of his arrest in May 2019.", "2019-05"),
    ("conjoined", "The board has picked 12 candidates for the post. Each was asked about the firm and its collapse "
     "in March 2018.", "2018-03"),
)


@pytest.mark.parametrize(("name", "text", "iso"), NESTED, ids=[c[0] for c in NESTED])
def test_a_date_of_a_noun_nested_in_another_dates_no_act(name: str, text: str, iso: str) -> None:
    # the date is the arrest's or the collapse's, named inside what the form or the question is about
    assert all(d != iso for d, _ in _entries(text)), (name, _entries(text))


NESTED_KEPT = (
    ("crash", "He was killed in a crash in May 2019.", "2019-05"),
    ("home", "The singer died at his home in June 2009.", "2009-06"),
    ("won_election", "She won the 2012 election by a wide margin.", "2012"),
    ("at_games", "She won four gold medals at the 2012 Games.", "2012"),
)


@pytest.mark.parametrize(("name", "text", "iso"), NESTED_KEPT, ids=[c[0] for c in NESTED_KEPT])
def test_a_date_of_the_verbs_time_or_of_a_happening_is_kept(name: str, text: str, iso: str) -> None:
    assert any(d == iso for d, _ in _entries(text)), (name, _entries(text))


@pytest.mark.xfail(strict=True, reason="the parse hangs the date on the verb after a long chain of nouns; "
                   "nothing tells the fire's date from the questioning's")
def test_a_nested_date_the_parse_hangs_on_the_verb() -> None:
    text = "The panel questioned the applicants about the coverage of the factory fire in October 2017."
    assert all(d != "2017-10" for d, _ in _entries(text)), _entries(text)


DENIALS = (
    ("none_of_which", "Others came from three nearby countries, none of which reported any cases of the disease "
     "in 2014.", "2014"),
    ("no_one", "No one was hurt in the blast in May 2019.", "2019-05"),
    ("did_not", "The ministry did not publish the figures in 2018.", "2018"),
)


@pytest.mark.parametrize(("name", "text", "iso"), DENIALS, ids=[c[0] for c in DENIALS])
def test_a_clause_that_says_nothing_happened_dates_no_event(name: str, text: str, iso: str) -> None:
    assert all(d != iso for d, _ in _entries(text)), (name, _entries(text))


def test_a_verb_above_a_denial_keeps_its_date() -> None:
    assert any(d == "2026-11-12" for d, _ in _entries("Police said on 12 November that no one was hurt.")), \
        _entries("Police said on 12 November that no one was hurt.")
