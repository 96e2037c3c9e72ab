"""Key points, session 21 round 2 (reader Audit 34: the fourth and fifth key points were mostly details of an earlier one).

Audit 34 marked six of the seven key points beyond the third "would delete": a pronoun-led line about the source of the
lede ("Today, he hates ..."), a quote whose "that" was cut away, the same fighters in the same town under fire again, a
correspondent's view of a retreat, "the hospital is one of the few ...". The one it kept brought new actors (the aid
workers, the outlet). Here a point beyond the third must bring a development the first three do not: a new named actor
acting, a response or a denial. Near misses: a new actor's denial and a new body's response stay.

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analyze.points_cases import Case, brief_points, case_params

pytestmark = pytest.mark.slow

NEWS = ("news",)

_FLOOD_FILLER = (
    "The water reached the first floor of many homes. "
    "Some families waited on their roofs for boats. "
    "Volunteers handed out blankets at the school gym. "
    "The rain stopped late on Sunday evening. "
    "Shops on the high street stayed shut. "
    "Many cars were left in the car parks under water. "
    "The bus station was closed for the day. "
    "A bakery gave away its bread to the rescuers. "
    "Local radio read out the names of the missing every hour. "
    "Farmers said their fields would take months to recover. "
    "Several roads into the town remained blocked by mud. "
    "A church opened its hall to families who had lost their homes. "
    "The power came back in most streets by Monday morning. "
    "Children were sent to schools in nearby villages. "
    "Insurance firms opened a tent in the market square. "
    "Police asked drivers to stay away from the valley. "
    "Clean-up crews began work on the river bank. "
    "A football match planned for Saturday was called off. "
    "The water company said tap water was safe to drink. "
    "A pop-up kitchen served hot soup at the library. "
    "The town hall stayed open through the night. "
    "Sandbags ran short by Sunday afternoon. "
    "Dogs and cats were taken to a shelter on the hill. ")

FLOOD_SOURCE = Case("flood_source", (
    "Floods have forced more than 2,000 people from their homes in the river town of Harlow Vale, according to a "
    "former fire chief who is leading the rescue. "
    "Tomas Brenner, as the villagers call him, ran the county's fire service for twenty years. "
    "He spent three decades in uniform, including a posting abroad, and now lives on a farm outside the town. "
    "Today, he says he wishes he had never retired. "
    + _FLOOD_FILLER + "\n"), NEWS, ("forced more than 2,000 people",),
    ("wishes he had never retired",))

FLOOD_DENIAL = Case("flood_denial", (
    "Floods have forced more than 2,000 people from their homes in the river town of Harlow Vale, officials said. "
    "The river burst its banks on Saturday after three days of heavy rain. "
    "Rescuers in boats pulled dozens of people from flooded houses overnight. "
    "The Environment Agency denied claims by residents that it had failed to clear the flood channels last year. "
    + _FLOOD_FILLER + "\n"), NEWS, ("forced more than 2,000 people",), ())

FLOOD_SHELTER = Case("flood_shelter", (
    "The shelter at St Anne's school has nearly run out of blankets, drinking water and fuel for its heaters. "
    "Floods have forced more than 2,000 people from their homes in the river town of Harlow Vale, officials said. "
    "Teachers at the school have been keeping a diary of the week for the county newspaper. "
    "The shelter is one of the few buildings in the town that stayed dry. "
    + _FLOOD_FILLER + "\n"), NEWS, ("run out of blankets", "forced more than 2,000 people"),
    ("one of the few buildings",))

CASES = [FLOOD_SOURCE, FLOOD_DENIAL, FLOOD_SHELTER]


@pytest.mark.parametrize("case", case_params(CASES))
def test_session21b_points(case: Case) -> None:
    """The case's point is among the first two key points and no detail of an earlier point pads the list."""
    genre, points = brief_points(case)
    assert genre in case.genres
    assert any(phrase in point for point in points[:2] for phrase in case.lead), points
    assert not any(phrase in point for point in points for phrase in case.banned), points


def test_new_actors_denial_stays() -> None:
    """A new body's denial is a development: it stays a key point even beyond the third."""
    _, points = brief_points(FLOOD_DENIAL)
    assert any("denied claims by residents" in p for p in points), points
