"""Audit 53's ingest findings (docs/audit.md section 54): a wire byline in "|" fields dates the article (#10), a
sentence broken across paragraphs at a comma is joined (#11), and a broadcaster's closing listing is dropped (#5).
Articles are invented.
"""

from __future__ import annotations

from newsbrief.ingest.extract import extract
from newsbrief.models import Article, RawDocument
from newsbrief.settings import Settings

_BODY = (
    "The engineer had joined the department in 1981 and went on leave in 1991, officials said.\n\n"
    "An inquiry was opened in 1993, but it was delayed for years by his refusal to appear before it.\n\n"
    "The minister has asked officials to fix responsibility for the delay in closing the case.\n"
)


def _extract(text: str) -> Article:
    return extract(RawDocument(text.encode(), filename="page.txt"), Settings())


def test_a_wire_byline_in_fields_dates_the_article_and_goes() -> None:
    article = _extract("By: Northern Wire Agency | Springfield | Posted: March 3, 2015 4:10 pm\n\n"
                       "A senior engineer was on Tuesday dismissed from service for an absence from duty of 22 years.\n\n"
                       + _BODY)
    assert article.source.date == "2015-03-03"
    assert "Posted" not in article.text and "Northern Wire" not in article.text
    assert article.source.author is None  # an agency is no person


def test_a_sentence_broken_at_a_comma_across_paragraphs_is_joined() -> None:
    article = _extract("A man held at the border was not the leader of the armed group, but a cousin of its driver,"
                       "\n\nthe interior ministry has said.\n\n" + _BODY)
    first = article.text.split("\n\n")[0]
    assert first.endswith("but a cousin of its driver, the interior ministry has said."), article.text


def test_a_paragraph_after_a_comma_that_opens_its_own_sentence_stays_apart() -> None:
    article = _extract("The engineer was dismissed after an inquiry that ran for two decades, his lawyer said on "
                       "Tuesday,\n\nHe called the decision unfair and said he would appeal to the courts.\n\n" + _BODY)
    assert "\n\nHe called the decision unfair" in article.text, article.text


def test_a_broadcasters_closing_listing_goes() -> None:
    article = _extract(_BODY + "\nThe Inquiry is on BBC Radio 4 on Thursday, 3 June at 2000 BST.\n\n"
                       "You can also listen via the BBC iPlayer after broadcast or download the podcast.\n")
    assert article.text.endswith("fix responsibility for the delay in closing the case."), article.text


def test_a_reported_broadcast_time_stays() -> None:
    closing = "The interview airs on CNN at 9pm on Sunday, the network said in a statement."
    article = _extract(_BODY + "\n" + closing + "\n")
    assert article.text.endswith(closing), article.text
