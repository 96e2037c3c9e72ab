"""Claims told in different words: three outlets (one a day later) report one plant fire, with
differences planted that share few words (a denial, contrary states, parts of a named whole, a
figure told by what befell people) and look-alikes that must not be reported as differences."""

from __future__ import annotations

import pytest

from newsbrief.models import Document, Hints, RawDocument
from newsbrief.pipeline import annotate_raw
from newsbrief.settings import Settings
from newsbrief.stories.claims import claims_of
from newsbrief.stories.compare import ClaimRelation, compare_claims
from newsbrief.stories.compare_items import comparison_items

HARBOUR = """Fire at Dunholm chemical plant, workers evacuated

A fire broke out at the Velcor chemical plant in Dunholm on Thursday morning, forcing the evacuation of the site.

Three of the plant's 11 storage tanks caught fire before crews reached them.

No warning siren was sounded before the blast, and the first alarm came from a lorry driver who saw smoke at the gate.

No one was killed in the fire, the county fire service said.

Twenty-one workers were taken to hospital with burns and breathing problems.

The fire caused about 20 million euros of damage to the site, the company estimated.

The plant, which opened in 1988, employs about 400 people.

The coast road remains open, but drivers have been told to keep their windows shut.
"""

COUNTY = """Blast and fire at Velcor plant in Dunholm

Five of the plant's 11 storage tanks went up in flames on Thursday, the county fire service said.

The plant had sounded a warning siren minutes before the blast, and most of the staff left the site in time.

A maintenance worker died on Thursday when a pipe burst near the loading bay.

"We saw the flames from the school and sent the children home," said Ilse Marten, a teacher in Dunholm.

The coast road has closed while crews check the air for toxic fumes.

Crews found two more leaking drums behind the warehouse.
"""

NEXT_DAY = """Velcor fire: eight still in hospital as inquiry opens

Eight workers remain in hospital a day after the fire at the Velcor plant in Dunholm, the regional health service said on Friday.

The fire caused about 20 million euros of damage to the site.

Crews found three more leaking drums near the river on Friday.

The plant is closed until the inquiry ends.
"""


@pytest.fixture(scope="module")
def docs(settings: Settings) -> list[Document]:
    articles = [(HARBOUR, "Harbour News", "2026-05-07"), (COUNTY, "County Wire", "2026-05-07"),
                (NEXT_DAY, "Dunholm Daily", "2026-05-08")]
    return [annotate_raw(RawDocument(text.encode(), content_type="text/plain",
                                     hints=Hints(title=text.split("\n")[0], outlet=outlet, date=day)), settings)
            for text, outlet, day in articles]


@pytest.fixture(scope="module")
def relations(docs: list[Document]) -> tuple[ClaimRelation, ...]:
    return compare_claims([c for doc in docs for c in claims_of(doc)])


def _find(relations: tuple[ClaimRelation, ...], label: str, *phrases: str) -> list[ClaimRelation]:
    return [r for r in relations if r.label == label and all(any(p in c.text for c in r.claims) for p in phrases)]


def _differences(relations: tuple[ClaimRelation, ...], *phrases: str) -> list[ClaimRelation]:
    return [r for label in ("conflict", "update", "attributed-differently") for r in _find(relations, label, *phrases)]


def test_a_denial_contradicts_the_act_it_denies(relations: tuple[ClaimRelation, ...]) -> None:
    assert _find(relations, "conflict", "No warning siren", "had sounded a warning siren")


def test_no_one_killed_contradicts_a_death_the_same_day(relations: tuple[ClaimRelation, ...]) -> None:
    assert _find(relations, "conflict", "No one was killed", "A maintenance worker died")


def test_contrary_states_of_one_thing_conflict_without_shared_wording(relations: tuple[ClaimRelation, ...]) -> None:
    assert _find(relations, "conflict", "remains open, but drivers", "has closed while crews")


def test_parts_of_one_named_whole_that_differ_are_a_conflict(relations: tuple[ClaimRelation, ...]) -> None:
    found = _find(relations, "conflict", "Three of the plant's 11", "Five of the plant's 11")
    assert found and {q.value for q in found[0].quantities} == {3.0, 5.0}


def test_people_in_hospital_told_two_ways_are_one_figure_that_moves(relations: tuple[ClaimRelation, ...]) -> None:
    found = _find(relations, "update", "Twenty-one workers", "Eight workers remain")
    assert found and [q.value for q in found[0].quantities] == [21.0, 8.0]


def test_a_closing_estimate_is_an_attribution(relations: tuple[ClaimRelation, ...]) -> None:
    assert _find(relations, "attributed-differently", "the company estimated", "20 million euros of damage to the site.")


def test_increments_of_different_reports_are_not_a_conflict(relations: tuple[ClaimRelation, ...]) -> None:
    assert not _differences(relations, "two more leaking drums", "three more leaking drums")


def test_a_past_opening_is_not_contrary_to_a_closure_today(relations: tuple[ClaimRelation, ...]) -> None:
    assert not _differences(relations, "which opened in 1988", "The plant is closed")


def test_a_quotation_is_not_stated_as_fact(relations: tuple[ClaimRelation, ...]) -> None:
    assert not _find(relations, "attributed-differently", "We saw the flames")


def test_a_figure_that_falls_is_said_to_fall_in_the_brief(docs: list[Document]) -> None:
    texts = [item.text for item in comparison_items(docs)]
    assert ("People in hospital fell from twenty-one (Harbour News, 2026-05-07) to eight (Dunholm Daily, "
            "2026-05-08).") in texts
