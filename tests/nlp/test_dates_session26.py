"""Reader Audit 40 (docs/audit.md 41), timeline: a weekday after a forecast verb is the coming one.

"With yet another massive street protest predicted again Friday" in Thursday's paper (#7) was dated the
Friday before, read from the past-looking "predicted". A weekday a forecast verb's participle points to
("predicted Friday", "expected on Monday", "scheduled for Tuesday", "planned again Sunday") is ahead; the
same verb after "was"/"had been" keeps the reading of its tense ("was scheduled to land Monday" may have
happened). The sentences are invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsbrief.nlp.dates import find_dates

THURSDAY = date(2011, 2, 10)

CASES = (
    ("With another mass rally predicted again Friday in the capital, the generals acted.", "2011-02-11"),
    ("With a general strike expected on Monday, shops stocked up on bread.", "2011-02-14"),
    ("The vote, scheduled for Tuesday, will decide the budget.", "2011-02-15"),
    ("Talks planned Saturday between the two sides drew little hope, officials said.", "2011-02-12"),
    ("A ruling forecast for Wednesday could reopen the mine, lawyers said.", "2011-02-16"),
    # unchanged readings
    ("Police arrested four men on Monday, officials said.", "2011-02-07"),
    ("The minister predicted on Tuesday that prices would fall.", "2011-02-08"),
)


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[1] + "-" + c[0][:20] for c in CASES])
def test_weekday_after_forecast(text: str, want: str) -> None:
    found = [v.iso for v in find_dates(text, THURSDAY)]
    assert want in found, (text, found)
