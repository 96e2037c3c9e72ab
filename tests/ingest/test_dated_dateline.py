"""A dated wire dateline ("PLACE (Oct. 14, 2014)", "(Nov. 26, 2014) –") dates the article and leaves the lead.

Reader Audit 8: two fact-checks kept their datelines glued to key point 1 or as a timeline entry while the
brief had no date. Ingest reads the dateline (ingest/header.py); the analysis stage's fallback for a text
that did not pass through ingest reads it through the same function. The texts are written for this test.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsbrief.analyze.date_roles import dateline_date
from newsbrief.ingest.extract import extract
from newsbrief.ingest.header import dateline_day
from newsbrief.models import Article, Hints, RawDocument, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.settings import Settings

LEAD = "County officials on Friday rejected as false a post that said the village had been sealed off by soldiers."
MORE = ("The county judge said the story was completely false and asked readers to check what they share with "
        "trusted sources before passing it on to friends and neighbours.")


@pytest.mark.parametrize(("head", "day"), [
    ("HARLOW FALLS (June 3, 2022) ", "2022-06-03"),
    ("(Mar. 4, 2023) – ", "2023-03-04"),
    ("LONDON, 3 May 2012 - ", "2012-05-03"),
])
def test_a_dated_dateline_dates_the_article_and_leaves_the_lead(head: str, day: str) -> None:
    text = f"{head}{LEAD}\n\n{MORE}\n"
    article = extract(RawDocument(content=text.encode(), filename="a.txt", content_type="text/plain"), Settings())
    assert article.source.date == day
    assert article.text.startswith("County officials on Friday"), article.text[:60]


def test_a_date_in_the_lead_is_no_dateline() -> None:
    assert dateline_day("The (Nov. 26, 2014) meeting was cancelled.") is None
    assert dateline_day("US officials said on Monday that talks would resume.") is None


def test_the_source_date_wins_over_the_dateline() -> None:
    raw = RawDocument(content=f"(Mar. 4, 2023) – {LEAD}\n\n{MORE}\n".encode(),
                      filename="a.txt", content_type="text/plain")
    article = extract(replace(raw, hints=Hints(date="2023-03-05", trusted=True)), Settings())
    assert article.source.date == "2023-03-05"


def test_the_analysis_fallback_reads_the_same_dateline() -> None:
    doc = annotate(Article(text=f"HARLOW FALLS (June 3, 2022) {LEAD}", source=Source()))
    found = dateline_date(doc)
    assert found is not None and found.isoformat() == "2022-06-03"
