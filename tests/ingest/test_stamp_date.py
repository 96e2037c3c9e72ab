"""A saved page's own timestamp line dates an article that carries no other date."""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.ingest.header import stamp_date
from newsbrief.models import RawDocument
from newsbrief.settings import Settings

TEXT = """Harbour board delays vote on sea wall

Board members want more time to study the costs

Tuesday 14 March 2023 09.15 GMT

The harbour board delayed its vote on the new sea wall on Monday, saying members needed more time to study the costs.

The board will meet again on Friday. The engineers' report, published last week, put the cost at 40 million pounds.
"""


@pytest.mark.parametrize(("line", "day"), [
    ("Sunday 26 April 2009 18.45 BST", "2009-04-26"),
    ("Nov. 8, 2019 at 10:02 a.m.", "2019-11-08"),
    ("Updated 2021-06-30 10:00", "2021-06-30"),
    ("31 June 2020", None),
    ("Last updated on Monday", None),
])
def test_a_timestamp_line_gives_its_day(line: str, day: str | None) -> None:
    assert stamp_date(line) == day


def test_a_text_without_a_date_is_dated_by_its_timestamp_line() -> None:
    article = extract(RawDocument(TEXT.encode(), content_type="text/plain"), Settings())
    assert article.source.date == "2023-03-14"
    assert "09.15 GMT" not in article.text  # the line itself is still furniture


def test_a_date_given_by_the_reader_wins_over_the_timestamp_line() -> None:
    from newsbrief.models import Hints

    raw = RawDocument(TEXT.encode(), content_type="text/plain", hints=Hints(date="2023-03-15", trusted=True))
    assert extract(raw, Settings()).source.date == "2023-03-15"


BYLINED = """Ferry company to close three routes

By Jane Roe, March 15, 2023

Harbour Lines announced on Tuesday that it would close three of its ferry routes in the autumn, saying they had never made money.

The routes will close on October 1, the company said. Unions said they would fight the closures, and the
island councils asked the government to step in with a subsidy before the summer timetable is printed.
"""


def test_a_byline_with_its_date_is_furniture_that_dates_the_text() -> None:
    article = extract(RawDocument(BYLINED.encode(), content_type="text/plain"), Settings())
    assert article.source.date == "2023-03-15"
    assert "Jane Roe" not in article.text


@pytest.mark.parametrize("line", ["By March 15, 2023, the work was done.", "By the way, March was cold."])
def test_a_sentence_opening_with_by_is_not_a_byline(line: str) -> None:
    from newsbrief.ingest.furniture import furniture_kind
    assert furniture_kind(line) is None


FOOTED = """Ferry company to close three routes

Harbour Lines announced on Tuesday that it would close three of its ferry routes in the autumn, saying they had never made money.

The routes will close on October 1, the company said. Unions said they would fight the closures, and the
island councils asked the government to step in with a subsidy before the summer timetable is printed.

Last updated : 2023-03-20

Date created : 2023-03-15
"""


def test_a_stamp_at_the_foot_dates_the_text_and_publication_wins_over_update() -> None:
    article = extract(RawDocument(FOOTED.encode(), content_type="text/plain"), Settings())
    assert article.source.date == "2023-03-15"
    assert "Date created" not in article.text
