"""A publication day without a year (a wire dateline "ABUJA, Nov 1 (Reuters) -" on an undated page) is shown as a
reader reads it, never as the ISO form "--11-01", and a story's coverage line puts it after the dated articles."""

from __future__ import annotations

from newsbrief.models import Hints, RawDocument
from newsbrief.pipeline import annotate_raw, brief_document
from newsbrief.render import render, shown_date
from newsbrief.settings import Settings
from newsbrief.web.reader import human_date

WIRE = """ABUJA, Nov 1 (Reuters) - Nigeria said on Friday it had agreed a ceasefire with the rebels in the north-east, \
and talks on the release of hostages would resume in Chad next week, officials said.

The army said its units would hold their positions while the talks go on, and that any attack would be answered at \
once by the air force.
"""


def test_a_day_or_month_without_a_year_reads_as_words() -> None:
    assert shown_date("--11-01") == "1 November (year not given)"
    assert shown_date("--03") == "March (year not given)"
    assert shown_date("2014-11-01") == "2014-11-01"  # a full date is printed as before
    assert shown_date(None) == "" and shown_date("--13-01") == "--13-01"  # nothing, or nothing to read
    assert human_date("--11-01") == "1 November (year not given)"


def test_a_wire_datelines_day_heads_the_brief_in_words(settings: Settings) -> None:
    raw = RawDocument(WIRE.encode(), content_type="text/plain", filename="wire.txt", hints=Hints())
    brief = brief_document(annotate_raw(raw, settings), settings)
    assert brief.source.date == "--11-01"  # stored as the ISO yearless form
    for fmt in ("markdown", "html"):
        shown = render(brief, fmt)
        assert "1 November (year not given)" in shown and "--11-01" not in shown
