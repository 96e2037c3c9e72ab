"""A Timeline entry is a dated event that took place: no target, forecast, state or side date (issue #11, session 30).

Reader Audits 46-47 (docs/audit.md 47-48) found Timeline entries dated by a target year ("committed ... to a cap by
<year>"), by a year in a clause under another verb, and entries that state no event ("<year> was a year full of
surprises", "in <year> X was the biggest partner"). Targets and forecasts are the Outlook's, not history; a state of
a year is background a reader deletes. Near misses keep their dates: a "by" date on a past perfect ("by March 2020
the company had cut 300 jobs") reports what had happened. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.timeline import analyze_timeline
from newsbrief.models import Article, Source, TimelineEvent
from newsbrief.nlp.annotate import annotate


def _entries(text: str, published: str | None = "2026-11-20") -> list[tuple[str, str]]:
    """(date, text) of each timeline entry of ``text``."""
    doc = annotate(Article(text=text, source=Source(title="Test", date=published)))
    entries = []
    for candidate in analyze_timeline(doc, build_context(doc)):
        event = candidate.item.payload
        assert isinstance(event, TimelineEvent)
        entries.append((event.date, candidate.item.text))
    return entries


PROJECTIONS = (
    ("will_number", "By 2030 the fleet will number more than 400 aircraft.", "2030"),
    ("expected_to_reach", "Sales are expected to reach $5bn by 2030, the company said.", "2030"),
    ("projected_in", "The population is projected to hit 10 million in 2040.", "2040"),
    ("aims_to", "The carrier aims to halve its emissions by 2035.", "2035"),
    ("set_to_double", "Output is set to double by 2029, the ministry said on Monday.", "2029"),
    ("could_be_worth", "Analysts say the market could be worth $2bn by 2031.", "2031"),
    ("likely_to", "The new line is likely to carry 80,000 passengers a day by 2033.", "2033"),
    ("target_of", "The government has set a target of one million electric cars on the road by 2030.", "2030"),
    ("committed_to_cap", "Airline chiefs committed on Tuesday to a global cap on emissions by 2032.", "2032"),
    ("should_reach", "Exports should reach 40 per cent of output by 2034, officials believe.", "2034"),
    ("will_cut_by_half", "The government will cut emissions by half by 2036.", "2036"),
    ("wants_to_have", "The government wants every school to have a nurse by 2037.", "2037"),
    ("will_be_biggest", "By 2038 the port will be the biggest in the region.", "2038"),
)

# Later cases (second batch, scored on 793efed8): a rate as the level, a bare infinitive under a modal.
PROJECTIONS_2 = (
    ("rate_object", "Officials expect the new runway to handle 40 flights an hour in 2031.", "2031"),
    ("would_see_fall", "The deal would see the state's stake fall to 20% by 2032.", "2032"),
    ("will_let_rise", "The plan will let the share of wind power rise to a third by 2033.", "2033"),
)


@pytest.mark.parametrize(("name", "text", "iso"), PROJECTIONS_2, ids=[c[0] for c in PROJECTIONS_2])
def test_a_rate_or_a_level_under_a_modal_is_no_entry(name: str, text: str, iso: str) -> None:
    assert all(d != iso for d, _ in _entries(text)), (name, _entries(text))


LEVELS_KEPT = (
    ("said_reached", "Sales reached $5bn in 2025, the agency said.", "2025"),
    ("saw_fall", "Shareholders saw the state's stake fall to 20% in 2019.", "2019"),
    ("handled_rate", "The old runway handled 40 flights an hour in 2019.", "2019"),
)


@pytest.mark.parametrize(("name", "text", "iso"), LEVELS_KEPT, ids=[c[0] for c in LEVELS_KEPT])
def test_a_past_level_keeps_its_date(name: str, text: str, iso: str) -> None:
    assert any(d == iso for d, _ in _entries(text)), (name, _entries(text))


@pytest.mark.parametrize(("name", "text", "iso"), PROJECTIONS, ids=[c[0] for c in PROJECTIONS])
def test_a_target_or_forecast_is_no_timeline_entry(name: str, text: str, iso: str) -> None:
    assert all(d != iso for d, _ in _entries(text)), (name, _entries(text))


# The same projections in an older piece: the target year is past by now, but was ahead when written.
OLD_PROJECTIONS = (
    ("will_be_old", "By 2023 the fleet will be twice its present size.", "2023"),
    ("expected_old", "Traffic is expected to reach 3 million passengers by 2020.", "2020"),
    ("committed_old", "Airline bosses committed this week to a global cap on emissions by 2020.", "2020"),
)


@pytest.mark.parametrize(("name", "text", "iso"), OLD_PROJECTIONS, ids=[c[0] for c in OLD_PROJECTIONS])
@pytest.mark.parametrize("published", ["2009-06-09", None])
def test_an_old_pieces_target_is_no_entry(name: str, text: str, iso: str, published: str | None) -> None:
    assert all(d != iso for d, _ in _entries(text, published)), (name, _entries(text, published))


SIDE_DATES = (
    ("felt_had", "The coach said on Friday that the edge he felt his rival had in 2000 was gone.", "2000"),
    ("alluded", "The former champion alluded to remarks about the advantage she believed her rival enjoyed in 2012.",
     "2012"),
    ("whom_drove", "The rebels, whom the army drove out of the valley in 2014, returned to the town last week.",
     "2014"),
    ("losses_suffered", "Officials pointed to the losses the firm suffered in 2015 as a warning.", "2015"),
)


@pytest.mark.parametrize(("name", "text", "iso"), SIDE_DATES, ids=[c[0] for c in SIDE_DATES])
def test_a_date_under_another_verb_does_not_date_the_sentence(name: str, text: str, iso: str) -> None:
    assert all(not (d == iso and told == text) for d, told in _entries(text)), (name, _entries(text))


STATES = (
    ("biggest_partner", "In 2010 the bloc was the country's biggest trading partner.", "2010"),
    ("year_of_surprises", "For the band, 2014 was and still is a year full of surprises.", "2014"),
    ("had_staff", "In 2012 the firm had 3,000 staff across Europe.", "2012"),
    ("home_to", "The town was home to 5,000 people in 1900.", "1900"),
)


@pytest.mark.parametrize(("name", "text", "iso"), STATES, ids=[c[0] for c in STATES])
def test_a_state_of_a_year_is_no_event(name: str, text: str, iso: str) -> None:
    assert all(d != iso for d, _ in _entries(text)), (name, _entries(text))


KEPT = (
    ("had_cut", "By March 2020 the company had cut 300 jobs.", "2020-03"),
    ("had_grown", "By 2019 the fleet had grown to 400 aircraft.", "2019"),
    ("cut_in", "The company cut 300 jobs in 2019.", "2019"),
    ("became", "In 2010 the bloc became the country's biggest trading partner.", "2010"),
    ("was_sold", "The firm was sold to a rival in 2012.", "2012"),
    ("forecast_made", "In 2015 the agency cut its forecast for growth.", "2015"),
    ("committed_day", "Airline chiefs committed on 8 June to a global cap on emissions by 2032.", "2026-06-08"),
)

# Scheduled acts and milestones ahead stay (marked expected): no level is to be reached.
SCHEDULED = (
    ("will_open", "The new bridge will open to traffic in 2028.", "2028"),
    ("expected_to_open", "The museum is expected to open by 2029.", "2029"),
    ("unlikely_ready", "A vaccine is unlikely to be ready for general use before 2030.", "2030"),
    ("will_pay", "The firm will pay $2bn into the fund by 2031.", "2031"),
)


@pytest.mark.parametrize(("name", "text", "iso"), SCHEDULED, ids=[c[0] for c in SCHEDULED])
def test_a_scheduled_act_stays_as_expected(name: str, text: str, iso: str) -> None:
    assert any(d == iso for d, _ in _entries(text)), (name, _entries(text))


@pytest.mark.parametrize(("name", "text", "iso"), KEPT, ids=[c[0] for c in KEPT])
def test_a_dated_past_event_is_kept(name: str, text: str, iso: str) -> None:
    assert any(d == iso for d, _ in _entries(text)), (name, _entries(text))


# A running tally up to now ("so far this year", "to date") is dated by the publication alone: a figure, no event.
TALLIES = (
    ("so_far_this_year", "So far this year, 40 people have died on the region's roads.", "2026"),
    ("this_year_so_far", "The bank has cut 2,000 jobs this year so far.", "2026"),
    ("so_far_this_month", "Some 12 ships have been seized so far this month.", "2026-11"),
    ("so_far_in_year", "The council has received 300 complaints so far in 2026.", "2026"),
    ("to_date", "To date this year, 500 homes have been sold in the town.", "2026"),
    ("perfect_count", "The airline has carried 3 million passengers this year.", "2026"),
)


@pytest.mark.parametrize(("name", "text", "iso"), TALLIES, ids=[c[0] for c in TALLIES])
def test_a_running_tally_is_no_event(name: str, text: str, iso: str) -> None:
    assert all(d != iso for d, _ in _entries(text)), (name, _entries(text))


TALLY_KEPT = (
    ("earlier_this_month", "Earlier this month, the ship was seized off the coast.", "2026-11"),
    ("resigned_this_week", "The minister has resigned this month after a row over expenses.", "2026-11"),
    ("closed_in_march", "The bank closed 20 branches in March.", "2026-03"),
)


@pytest.mark.parametrize(("name", "text", "iso"), TALLY_KEPT, ids=[c[0] for c in TALLY_KEPT])
def test_an_act_of_the_current_period_is_kept(name: str, text: str, iso: str) -> None:
    assert any(d == iso for d, _ in _entries(text)), (name, _entries(text))


# An aside's date on the subject of a forecast or a present state dates only the aside, not the sentence.
ASIDES = (
    ("built_could_fail", "The dam, built in 1962, could fail, experts warned.", "1962"),
    ("opened_is_unsafe", "The bridge, which opened in 1932, is no longer safe, engineers say.", "1932"),
    ("founded_will_close", "The school, founded in 1890, will close next summer.", "1890"),
)


@pytest.mark.parametrize(("name", "text", "iso"), ASIDES, ids=[c[0] for c in ASIDES])
def test_an_asides_date_does_not_date_a_forecast_or_a_state(name: str, text: str, iso: str) -> None:
    assert all(not (d == iso and told == text) for d, told in _entries(text)), (name, _entries(text))


def test_an_asides_date_beside_a_dated_past_act_keeps_the_acts_date() -> None:
    text = "The dam, built in 1962, failed on Monday."
    assert any(d == "2026-11-16" for d, _ in _entries(text)), _entries(text)


@pytest.mark.xfail(strict=True, reason="a past tense spelt like the base form ('cut', 'set', 'hit') after a singular "
                   "subject is read as unmarked by nlp/tense.py (it skips such words as often nouns), so a yearless "
                   "date after it is put ahead of publication; the fix belongs to the tense reader, not the timeline")
def test_a_bare_past_like_cut_dates_a_yearless_day_in_the_past() -> None:
    assert any(d == "2026-03-03" for d, _ in _entries("The bank cut 2,000 jobs on 3 March.")), \
        _entries("The bank cut 2,000 jobs on 3 March.")


# Later cases (third batch, scored on 47f9422b): a tally "as of" now, a span of years the current period marks.
NOW_ONLY = (
    ("as_of_today", "As of today, 1,200 people have signed the petition.", "2026-11-20"),
    ("as_of_month", "As of this month, 75 stores have closed their doors.", "2026-11"),
    ("marks_a_century", "The country this year marks a century of independence.", "2026"),
    ("marks_years", "This month the company marks 100 years in the town.", "2026-11"),
)


@pytest.mark.parametrize(("name", "text", "iso"), NOW_ONLY, ids=[c[0] for c in NOW_ONLY])
def test_a_date_of_now_on_a_tally_or_an_anniversary_is_no_event(name: str, text: str, iso: str) -> None:
    assert all(d != iso for d, _ in _entries(text)), (name, _entries(text))


NOW_KEPT = (
    ("attended_evening", "Around 300 people attended the meeting this evening.", "2026-11-20"),
    ("marked_by_act", "The city marked the anniversary on Sunday by unveiling a memorial.", "2026-11-15"),
)


@pytest.mark.parametrize(("name", "text", "iso"), NOW_KEPT, ids=[c[0] for c in NOW_KEPT])
def test_an_act_of_now_is_kept(name: str, text: str, iso: str) -> None:
    assert any(d == iso for d, _ in _entries(text)), (name, _entries(text))


# Later cases (fourth batch, scored on 14522eae): a future perfect; a target the parse hangs on a participle.
def test_a_future_perfect_target_is_no_entry() -> None:
    text = "By 2023 the company will have cut 300 jobs, the chief executive said."
    assert all(d != "2023" for d, _ in _entries(text, "2019-05-02")), _entries(text, "2019-05-02")


def test_a_scheduled_completion_stays() -> None:
    text = "The project is due to be completed in 2030."
    assert any(d == "2030" for d, _ in _entries(text)), _entries(text)


@pytest.mark.xfail(strict=True, reason="the parse hangs 'by <year>' on a participle ('running') below the level verb "
                   "('have 40 per cent of its fleet'): the level is above the date's clause, which the rule does not "
                   "climb to without also catching scheduled acts")
def test_a_target_hung_on_a_participle_is_no_entry() -> None:
    text = "The airline said it plans to have 40 per cent of its fleet running on biofuel by 2035."
    assert all(d != "2035" for d, _ in _entries(text)), _entries(text)
