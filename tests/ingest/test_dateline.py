"""A wire dateline glued to the lead's first word is set apart, so the lead parses whole."""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.models import RawDocument
from newsbrief.settings import Settings

LEAD = ("Harbour Lines is recalling nearly 4,000 ferry tickets sold twice by its booking system, "
        "the company said on Tuesday.")
REST = ("The recall covers tickets for sailings in May and June, the regulator said. Harbour Lines said "
        "no passenger had been turned away so far, and that refunds would be paid within a week.")


def _text(dateline_and_lead: str) -> str:
    article = extract(RawDocument(f"Ferry company recalls tickets\n\n{dateline_and_lead}\n\n{REST}\n".encode(),
                                  content_type="text/plain"), Settings())
    return article.text


@pytest.mark.parametrize("glued", ["Oslo (CNN Business)", "OSLO (Reuters)", "(CNN)", "New York (AP)"])
def test_a_glued_dateline_leaves_the_lead_whole(glued: str) -> None:
    text = _text(glued + LEAD)
    assert LEAD in text
    assert ")Harbour" not in text


def test_a_bracket_later_in_the_text_is_left_alone() -> None:
    lead = "The regulator (CNN)Harbour notice was read out in the harbour office on a long Tuesday afternoon."
    text = _text(lead)
    assert lead in text  # not at the head of the paragraph: the article's own words stay as written
