"""A byline or live-update stamp on the first line is not the title: it dates the article.

And a wire dateline with a dash ("Oslo (CNN) -- The ...") is set apart from the lead even when
highlights stand above it. The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.ingest.header import byline_author
from newsbrief.models import Article, RawDocument
from newsbrief.settings import Settings

LEAD = ("With a mix of hope and worry, the islands are watching the largest protest against the ferry "
        "fares in their history.")
BODY = ("The harbour board voted on Tuesday to raise fares by a tenth from June, citing fuel costs that "
        "doubled over the winter. Islanders who commute every day will pay about £80 more a year. The "
        "board said it would review the fares again in the autumn, after the summer timetable.")


def _extract(text: str) -> Article:
    return extract(RawDocument(text.encode(), content_type="text/plain"), Settings())


@pytest.mark.parametrize(("first", "date"), [
    ("March 4, 2026 | By Jane Doe, Special to the Ledger", "2026-03-04"),
    ("By Jane Doe, 4 March 2026", "2026-03-04"),
])
def test_a_dated_byline_gives_the_date_not_the_title(first: str, date: str) -> None:
    article = _extract(f"{first}\n\n{LEAD}\n\n{BODY}\n")
    assert article.source.title is None
    assert article.source.date == date
    assert "Jane Doe" not in article.text
    assert article.text.startswith(LEAD)


@pytest.mark.parametrize("first", ["By the Ledger Wire Staff", "By Lars Berg Nordic affairs analyst, Oslo University",
                                   "Updates at 5:10 p.m."])
def test_a_byline_or_stamp_is_not_the_title(first: str) -> None:
    article = _extract(f"{first}\n\nFerry fares to rise by a tenth in June\n\n{LEAD}\n\n{BODY}\n")
    assert article.source.title == "Ferry fares to rise by a tenth in June"
    assert first not in article.text


@pytest.mark.parametrize("dateline", ["Tromso, Norway (CNN) -- ", "OSLO (Reuters) - ", "(CNN) -- ",
                                      "Bergen (AP) — "])
def test_a_spaced_dateline_under_highlights_is_set_apart(dateline: str) -> None:
    highlights = "\n\n".join(["Ferry fares to rise by a tenth", "Board cites fuel costs",
                              "Islanders who cross to the mainland every day plan a protest at the harbour office",
                              "Review due in autumn"])
    lead = "The harbour board voted on Tuesday to raise ferry fares by a tenth from June, its chairwoman said."
    article = _extract(f"By the Ledger Wire Staff\n\n{highlights}\n\n{dateline}{lead}\n\n{BODY}\n")
    assert lead in article.text.split("\n\n")
    assert "(CNN)" not in article.text and "(Reuters)" not in article.text and "(AP)" not in article.text


def test_a_bracket_and_dash_inside_a_sentence_stay() -> None:
    lead = ("Rep. Anna Diaz (Labour) - who chairs the transport committee - said on Tuesday the fares were "
            "too high for islanders.")
    article = _extract(f"Ferry fares to rise\n\n{lead}\n\n{BODY}\n")
    assert lead in article.text


def test_a_share_widget_is_not_the_title() -> None:
    # A BBC page's share widget opens the paste (the lead's reading, session 16): "Share this with" titled the brief.
    widget = "Share this with\nEmail\nFacebook\nTwitter\nCopy this link\n"
    article = _extract(f"{widget}{LEAD}\n{BODY}\n")
    assert article.source.title != "Share this with"
    assert "Share this with" not in article.text
    assert LEAD in article.text


def test_a_joint_byline_names_both_writers() -> None:
    """Session 35 (Audit 52 #2): "By Paul Roe and Tim Lee, CNN" printed only the first writer."""
    assert byline_author(["March 23, 2011 | By Paul Roe and Tim Lee, CNN"]) == "Paul Roe and Tim Lee"
    assert byline_author(["By Jo Roe and the CNN Wire Staff"]) == "Jo Roe"
