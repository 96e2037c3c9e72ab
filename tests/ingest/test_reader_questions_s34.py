"""Session 34: a page's question to its readers glued onto the box line above it ("... tested negative Are you in a
country which has confirmed the virus?", a BBC fact box and its call-out) is cut with the call-outs after it.

Near misses stay: a question in quotation marks, a question with its speaker after it, a question that calls a person
by name, and a question after a stop (an opinion piece's own). Lines are invented.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.ingest.reader_lines import without_glued_reader_question
from newsbrief.models import RawDocument
from newsbrief.settings import Settings


@pytest.mark.parametrize(("paragraph", "kept"), [
    ("Two suspected cases in Portugal tested negative Are you in a country which has reported cases of the flu?",
     "Two suspected cases in Portugal tested negative."),
    ("Schools in the county stay shut until Monday Have you been affected by the floods? Do you know someone who "
     "has? Send us your experiences.", "Schools in the county stay shut until Monday."),
])
def test_a_glued_reader_question_goes(paragraph: str, kept: str) -> None:
    assert without_glued_reader_question(paragraph) == kept


@pytest.mark.parametrize("paragraph", [
    'The officer stopped the car and asked the driver "Are you hurt?"',
    "The nurse leaned over the bed Are you in pain? she asked the man.",
    "Protesters chanted outside the palace gates Are you listening, Mr President?",
    "Worried about the price of bread? You should be, say the farmers.",
])
def test_a_question_of_the_story_stays(paragraph: str) -> None:
    assert without_glued_reader_question(paragraph) == paragraph


def test_the_question_is_not_printed_with_the_fact_line() -> None:
    text = ("Flu cases confirmed in three countries\n\n"
            "Health officials confirmed new cases of the flu virus in three countries on Monday, as governments "
            "stepped up screening at airports.\n\n"
            "Suspected cases in Portugal tested negative Are you in a country which has confirmed the virus?\n\n"
            "The World Health Organization said it would meet on Tuesday to decide whether to raise its alert.\n\n"
            "Doctors said most of the patients had mild symptoms and were recovering at home after treatment with "
            "antiviral drugs, and that none of them had needed intensive care.\n\n"
            "Airlines said they would keep flying to the affected countries but would offer refunds to passengers "
            "who decided not to travel in the coming weeks.\n")
    article = extract(RawDocument(text.encode(), filename="page.txt"), Settings())
    assert "Are you in a country" not in article.text
    assert "Suspected cases in Portugal tested negative." in article.text.split("\n\n")
    assert "The World Health Organization said it would meet" in article.text
