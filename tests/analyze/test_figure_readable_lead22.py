"""A change noun whose "in" phrase holds only a period ("a 27% decline in the four years to 2019") is briefed: the
phrase is a date, left out of the parse's subtree, so the object to add is empty (session 22: XSum row 133 crashed
eval summ with "max() arg is an empty sequence"). The text is invented."""

from __future__ import annotations

from newsbrief.models import RawDocument
from newsbrief.pipeline import brief_raw
from newsbrief.settings import Settings

ARTICLE = """Ferry numbers fall again

The island's ferry operator said on Monday that passenger numbers have suffered a 27% decline in the four years to \
2019.

The company blamed higher fares and poor weather, and said it would cut two sailings a day from March.

It will review its timetable again in the autumn, a spokeswoman said.
"""


def test_a_change_over_a_period_is_briefed() -> None:
    brief = brief_raw(RawDocument(ARTICLE.encode(), content_type="text/plain"), Settings())
    shown = " ".join(item.text for section in brief.sections for item in section.items)
    assert "27% decline" in shown
