"""Session 35 (Audit 51 #12): a wire dateline's day ("ABUJA, Nov 1 (Reuters) - ...") dates a page that gives no date.

The year is written only when the dateline or the text prints that day with one year (a wire's own trailer
"STORY_DATE: 04/03/2019"); a year the story merely mentions is no publication year, so the day stays yearless
("--03-04"), a form the analysis reads as no date. A page's timestamp and a reader's hint win. Invented text.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.models import Article, Hints, RawDocument
from newsbrief.pipeline import brief_source
from newsbrief.render import render
from newsbrief.settings import Settings

_LEAD = ("The port workers' union said on Tuesday it would extend its strike for a second week after talks with the "
         "shipping companies broke down without an agreement on pay.")
_REST = (
    "\n\nThe companies said the union's demands would cost them more than they earned in a year, and that they would "
    "take the dispute to the labour court.\n\n"
    "Dozens of container ships were waiting off the coast on Tuesday, and exporters said fruit was rotting on the "
    "quays.\n\n"
    "The union first struck over pay in 2017, when the government stepped in after nine days.\n"
)


def _extract(text: str, hints: Hints | None = None) -> Article:
    return extract(RawDocument(text.encode(), filename="page.txt", hints=hints or Hints()), Settings())


@pytest.mark.parametrize(("head", "day"), [
    ("SANTIAGO, Mar 4 (Reuters) - ", "--03-04"),
    ("SANTIAGO, March 4 (Reuters) - ", "--03-04"),
    ("VALPARAISO, Sept. 14 (UPI) -- ", "--09-14"),
    ("By Ana Pereira SANTIAGO, Mar 4 (Reuters) - ", "--03-04"),  # a byline glued to it
    ("SANTIAGO, 4 March - ", "--03-04"),  # no wire named
    ("SANTIAGO, Mar. 4, 2019 (UPI) -- ", "2019-03-04"),  # the dateline's own year
])
def test_a_wire_dateline_dates_a_page_without_a_date(head: str, day: str) -> None:
    """The year the story mentions (2017) is not taken: only the day the dateline gives."""
    assert _extract(head + _LEAD + _REST).source.date == day


def test_the_text_printing_the_same_day_with_a_year_gives_the_year() -> None:
    text = "SANTIAGO, Mar 4 (Reuters) - " + _LEAD + _REST + "\nSTORY_DATE: 04/03/2019 STORY_TIME: 1324 GMT\n"
    assert _extract(text).source.date == "2019-03-04"


def test_two_years_for_the_day_leave_it_yearless() -> None:
    text = ("SANTIAGO, Mar 4 (Reuters) - " + _LEAD + _REST
            + "\nThe last strike ended on March 4, 2018, and the one before on 4 March 2016.\n")
    assert _extract(text).source.date == "--03-04"


@pytest.mark.parametrize("text", [
    "SANTIAGO, Mar 4 (Reuters) - " + _LEAD + _REST,
    "Port strike goes into second week\n\nSunday 3 March 2019 18.45 GMT\n\nSANTIAGO, Mar 4 (Reuters) - " + _LEAD + _REST,
])
def test_a_timestamp_or_a_hint_wins_over_the_dateline(text: str) -> None:
    hints = None if "GMT" in text else Hints(date="2019-03-05")
    assert _extract(text, hints).source.date == ("2019-03-03" if hints is None else "2019-03-05")


@pytest.mark.parametrize("text", [
    _LEAD + _REST,  # no dateline
    "SANTIAGO, Mar 34 (Reuters) - " + _LEAD + _REST,  # no such day
    _LEAD + "\n\nCHILE, March 4 - the day the strike began - was a Monday, the union said.\n" + _REST,  # lower case
])
def test_no_wire_dateline_no_date(text: str) -> None:
    assert _extract(text).source.date is None


def test_a_yearless_day_is_shown_and_dates_no_event() -> None:
    """The brief shows the wire's day in its header; the analysis, given no year, resolves "on Tuesday" to nothing
    rather than to a guessed year's Tuesday."""
    text = "SANTIAGO, Mar 4 (Reuters) - " + _LEAD + _REST
    brief = brief_source(RawDocument(text.encode(), filename="page.txt"), Settings())
    assert brief.source.date == "--03-04"
    assert "4 March (year not given)" in render(brief, "markdown").split("\n\n")[1]  # shown in words (render)
    timeline = [item for section in brief.sections if section.name == "timeline" for item in section.items]
    assert all("--" not in str(getattr(item.payload, "date", "")) for item in timeline)


@pytest.mark.parametrize(("head", "outlet"), [
    ("SANTIAGO, Mar 4 (Reuters) - ", "Reuters"),
    ("By Ana Pereira SANTIAGO (Reuters) - ", "Reuters"),
    ("Santiago (CNN) -- ", "CNN"),
    ("VALPARAISO, Chile (KVAL) - ", "KVAL"),
])
def test_a_wire_dateline_names_the_outlet_of_a_page_without_one(head: str, outlet: str) -> None:
    assert _extract(head + _LEAD + _REST).source.outlet == outlet


def test_a_hints_outlet_wins_over_the_wire() -> None:
    article = _extract("SANTIAGO, Mar 4 (Reuters) - " + _LEAD + _REST, Hints(outlet="The Andes Post"))
    assert article.source.outlet == "The Andes Post"


def test_a_party_in_brackets_is_no_wire() -> None:
    assert _extract("Jane Roe (Labour) - who chairs the committee - said " + _LEAD[4:] + _REST).source.outlet is None
