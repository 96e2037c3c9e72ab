"""Numbers read as measures: tallies, parts of a whole, rates, lengths of time, counts named by what
befell people, and numbers that are not counts (names, hyphenated attributes, increments)."""

from __future__ import annotations

import pytest

from newsbrief.models import Hints, RawDocument
from newsbrief.pipeline import annotate_raw
from newsbrief.settings import Settings
from newsbrief.stories.claims import claims_of
from newsbrief.stories.quantities import Quantity

TEXT = """Council vote on the Harlow tram line

The council passed the tram budget 31 to 17 after a long debate on Monday evening.

The appeal court ruled 5-4 against the tram company on the route dispute.

Twenty-two passengers were taken to hospital after the tram crash in Harlow.

Four of the city's 26 trams were withdrawn from service for safety checks.

The operator will pay 3.20 pounds a ticket for the new smart cards.

The line will stay closed for at least six weeks while engineers replace the rails.

Crews removed two more damaged carriages from the depot on Monday.

The Harlow Metro 7 service runs a 24-hour timetable on weekends in the summer months.
"""


@pytest.fixture(scope="module")
def by_sentence(settings: Settings) -> dict[str, tuple[Quantity, ...]]:
    doc = annotate_raw(RawDocument(TEXT.encode(), content_type="text/plain",
                                   hints=Hints(title="Council vote on the Harlow tram line", outlet="Harlow Post",
                                               date="2026-02-02")), settings)
    return {c.text.split()[1]: c.quantities for c in claims_of(doc) if not c.clause}


def test_a_vote_written_as_two_numbers_is_one_tally(by_sentence: dict[str, tuple[Quantity, ...]]) -> None:
    assert [(q.value, q.noun) for q in by_sentence["council"]] == [(31017.0, "score")]


def test_a_split_score_is_one_tally(by_sentence: dict[str, tuple[Quantity, ...]]) -> None:
    assert [q.value for q in by_sentence["appeal"]] == [5004.0]


def test_a_hyphenated_number_word_is_one_number_and_people_in_hospital_are_named_so(
        by_sentence: dict[str, tuple[Quantity, ...]]) -> None:
    assert [(q.value, q.noun) for q in by_sentence["passengers"]] == [(22.0, "hospitalised")]


def test_a_part_of_a_named_whole(by_sentence: dict[str, tuple[Quantity, ...]]) -> None:
    part = by_sentence["of"][0]
    assert (part.value, part.noun, part.part, part.whole) == (4.0, "tram", True, 26.0)


def test_a_price_per_unit_is_a_rate(by_sentence: dict[str, tuple[Quantity, ...]]) -> None:
    assert [(q.value, q.unit) for q in by_sentence["operator"]] == [(3.2, "per ticket")]


def test_a_length_of_time_after_for_is_counted_in_days(by_sentence: dict[str, tuple[Quantity, ...]]) -> None:
    assert [(q.value, q.unit, q.approximate) for q in by_sentence["line"]] == [(42.0, "day", True)]


def test_increments_names_and_attributes_are_not_counts(by_sentence: dict[str, tuple[Quantity, ...]]) -> None:
    assert by_sentence["removed"] == ()  # "two more carriages" is a change, not a figure
    assert by_sentence["Harlow"] == ()  # "Metro 7" is a name, "24-hour" an attribute
