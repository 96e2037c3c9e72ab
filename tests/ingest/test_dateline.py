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


BODY = ("For the first time in a decade, the harbour board has voted to raise ferry fares, citing fuel costs "
        "that doubled over the winter. The increase takes effect in June, the board said. Islanders who "
        "commute to the mainland every day will pay about a tenth more for a season ticket.")


@pytest.mark.parametrize(("head", "title"), [
    ("Ferry fares will rise this summer.\n\nBut the board says the islands will not lose a sailing", True),
    ("Harbour Board Raises Ferry Fares.", True),
    ("The board voted to raise fares.\n\nWhat happens next", False),  # a short lead, then a sub-head
    ("The board voted to raise fares.", False),
])
def test_a_headline_may_end_with_a_full_stop(head: str, title: bool) -> None:
    article = extract(RawDocument(f"{head}\n\n{BODY}\n".encode(), content_type="text/plain"), Settings())
    first = head.split("\n\n")[0]
    assert (article.source.title == first) is title
