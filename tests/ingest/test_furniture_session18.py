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
