"""Outlook holds what someone expects, not a quotation nobody is found to say, a plea, or a past argument.

Labelled cases for the Outlook items a reader judged wrong in four unseen briefs (check 8): a
quotation whose speaker the attribution stage did not find ("I will remain ..." with no one named),
a call made in a hypothetical ("I would tell our neighbours, stop the shelling"), and a past
argument about what happened ("the firm argues the inspectors have miscalculated the leak, and
that it could be half the estimate"). The article is written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.classify import analyze_outlook
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Document, Source
from newsbrief.nlp.ahead import looks_ahead
from newsbrief.nlp.annotate import annotate

RALLY = """Thousands of supporters of the governor rallied in the main square of Varenza on Friday.

"We will defend the dam to the last man," said Oren Tal, a spokesman for the governor.

The governor spoke to the crowd from a balcony of the town hall.

"I will stay with my people and with my rifle until the very end. Nobody will drive us from this valley."

One of the marchers said he had a message for the rebels in the hills: "I would tell our brothers in the hills, \
stop the shelling," said Ivo Marsh, a 24-year-old student.

Last month the power company formally challenged the official estimate of the size of the leak.

The company argues that inspectors have miscalculated the flow from the broken pipe, and that the real leak could \
be half the official estimate.

Analysts expect the company to report a loss when it publishes its results next week.
"""


@pytest.fixture(scope="module")
def rally() -> Document:
    return annotate(Article(text=RALLY, source=Source(title=None, date="2025-07-15")))


@pytest.mark.parametrize(("words", "expected"), [
    ("We will defend the dam", True),  # a quotation with its speaker
    ("I will stay with my people", False),  # no speaker found for it
    ("stop the shelling", False),  # a plea, not a forecast
    ("the real leak could be half", False),  # a party's argument about what happened
    ("Analysts expect the company to report a loss", True),
])
def test_outlook_is_what_someone_expects(rally: Document, words: str, expected: bool) -> None:
    items = analyze_outlook(rally, build_context(rally))
    assert any(words in item.text for item in items) is expected, [item.text for item in items]


@pytest.mark.parametrize(("text", "ahead"), [
    # a hope told inside an "after ..." phrase of a past main verb is narration
    ("After visiting all-girl schools with the plan to make sure that “No boy will be around to tease her,” "
     "Mia got bad news from her doctor.", False),
    ("The chances were greater that it would with a boy, and it was unacceptable.", False),  # a view held then
    ("After the vote, the minister said the tax will rise next year.", True),
    ("Before the talks began, officials warned that prices would rise.", True),
    ("When the plant closes next year, 300 people will lose their jobs.", True),
])
def test_a_future_inside_past_narration_does_not_look_ahead(text: str, ahead: bool) -> None:
    doc = annotate(Article(text=text, source=Source(title=None, date="2025-07-15")))
    assert looks_ahead(doc, doc.sentences[0]) is ahead


def test_a_past_frame_counts_under_any_past_verb() -> None:
    text = ("I hate the system, I was not going to let that happen with my child. The chances were greater that "
            "it would with a boy, it was unacceptable. After looking at schools with the plan to make sure that "
            "“No boy will be around to tease her,” Mia got bad news from her doctor – her baby had a penis.")
    doc = annotate(Article(text=text, source=Source(title=None, date="2025-07-15")))
    assert [looks_ahead(doc, s) for s in doc.sentences[1:]] == [False, False], [s.text for s in doc.sentences]
