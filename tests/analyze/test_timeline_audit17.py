"""Reader Audit 17, Timeline: a year inside the thing a sentence likens something to ("a similar
pattern to the crackdown in 2009") dates the comparison's other side, not the sentence's event.
Sentences written for this test; first score (before the rule, 2026-11-29) in the commit message."""

from __future__ import annotations

import pytest

from tests.analyze.test_timeline_audit15 import _dates as timeline_dates  # one reader of timeline dates


@pytest.mark.parametrize("text", [
    "The opposition leader says he sees a similar pattern to the crackdown on protesters in 2009.",
    "Analysts said the protests were following the same path as the uprising of 1989.",
    "Observers see a striking resemblance to the collapse of the currency in 1998.",
    "Officials described the flood as comparable with the disaster that struck the valley in 1953.",
])
def test_a_date_inside_the_compared_thing_makes_no_entry(text: str) -> None:
    assert timeline_dates(text) == []


@pytest.mark.parametrize(("text", "date"), [
    ("The army used similar tactics against the protesters in 2009.", "2009"),
    ("A similar attack killed 12 people in the capital in 2012.", "2012"),
    ("The same company built the bridge in 1998, records show.", "1998"),
    ("Police used similar tactics to disperse the crowd in 2009.", "2009"),
])
def test_a_dated_event_with_a_likeness_word_stays(text: str, date: str) -> None:
    assert timeline_dates(text) == [date]
