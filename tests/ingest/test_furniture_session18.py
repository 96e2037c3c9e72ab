"""A related-link block at the foot of a page: a headline question followed by link lines.

Read by the lead (session 18, an unseen XSum extract, a poll report): the page ended on two related links, a
headline question and a "Policy guide: ..." line; the line rules dropped the second as a sub-head, and the question
became the brief's Conclusion. A question is a link there when it stands in the link block: nothing after it but
link-shaped lines (short, no closing stop), and it speaks to no one ("you", "we", "I"). Articles are invented.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.models import RawDocument
from newsbrief.settings import Settings

_BODY = (
    "Most voters in Harlan want the county to keep its bus routes, a poll for the Ledger has found.\n"
    "Pollsters Delta Research asked 1,200 adults to score eight policies out of ten.\n"
    "Keeping the bus routes scored 8.1, the highest of the eight.\n"
    "Building a new ring road scored 4.2, the lowest.\n"
    "The county council will set its budget in March.\n"
)


def _text(settings: Settings, text: str) -> str:
    return extract(RawDocument(text.encode(), filename="page.txt"), settings).text


@pytest.mark.parametrize("tail", [
    "What are the top issues for each of the political parties at the 2026 county election?\nPolicy guide: Where the "
    "parties stand\n",
    "Who will run the county after the 2026 election, and what will the new council do first?\nCounty election: Full "
    "coverage\nMeet the candidates\n",
])
def test_a_headline_question_in_a_link_block_at_the_foot_goes(settings: Settings, tail: str) -> None:
    text = _text(settings, _BODY + tail)
    assert "?" not in text, text
    assert text.rstrip().endswith("The county council will set its budget in March."), text


@pytest.mark.parametrize("tail", [
    # the writer's question to readers, then a link: the question stays
    "What do you think the council should cut first in 2026, and what should it protect at all costs?\nPolicy "
    "guide: Where the parties stand\n",
    # a closing question with a wire credit after it: a credit is no link, the question stays
    "Will the council listen to the voters in 2026, or will it press on with the ring road anyway?\n(Reporting by "
    "Dan Roe; Editing by Ann Holt)\n",
    # a closing question that ends the article: stays
    "Will the council listen to the voters in 2026, or will it press on with the ring road anyway?\n",
])
def test_a_closing_question_that_is_no_link_stays(settings: Settings, tail: str) -> None:
    question = tail.split("\n", 1)[0]
    assert question in _text(settings, _BODY + tail)


# A stamp with its clock time first and a lowercase stamp word, glued to the front of a flattened text ("updated 8:10
# AM EDT, Tue July 29, 2014 <the caption> (CNN) -- ..."): the lead's reading of an unseen Newsroom row at the end of
# session 18; the stamp was cut but the article stayed undated, so "Monday" dated nothing. Near miss: a clock time
# opening a sentence ("8:10 AM on Tuesday was when ...") stays the text's.
_TIME_FIRST = ("updated 8:10 AM EDT, Tue July 29, 2014 The harbour board voted on Monday to raise ferry fares by a "
               "tenth from June, citing fuel costs that doubled over the winter. Islanders who commute every day will "
               "pay about 80 pounds more a year, and they will protest outside the board's office next week.\n")


def test_a_time_first_stamp_glued_to_the_text_dates_the_article_and_goes(settings: Settings) -> None:
    article = extract(RawDocument(_TIME_FIRST.encode(), filename="page.txt"), settings)
    assert article.source.date == "2014-07-29"
    assert article.text.startswith("The harbour board voted"), article.text[:80]


def test_a_sentence_opening_on_a_clock_time_is_no_stamp(settings: Settings) -> None:
    text = ("8:10 AM on Tuesday July 29, 2014 was when the harbour board voted to raise ferry fares by a tenth from "
            "June, citing fuel costs that doubled over the winter. Islanders who commute every day will pay about 80 "
            "pounds more a year, and they will protest outside the board's office next week.\n")
    article = extract(RawDocument(text.encode(), filename="page.txt"), settings)
    assert article.text.startswith("8:10 AM on Tuesday"), article.text[:80]
