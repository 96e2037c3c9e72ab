"""Does a sentence look ahead? Sentences written for this test, one per pattern readers judged (docs/audit.md 5.4, 6.4)."""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Source
from newsbrief.nlp.ahead import looks_ahead
from newsbrief.nlp.annotate import annotate

CASES = [
    ("The ferry service will resume on Monday after repairs.", True),
    ("Economists expect inflation to ease next year.", True),
    ("It remains unclear whether the mayor will run again.", True),
    ("Officials said the bridge would reopen in June.", True),
    ("Small shops will never be able to make that money back.", True),
    ("Shares fell amid fears that the slump will deepen.", True),  # what is feared is the forecast
    ("The rocket will carry the capsule into orbit.", True),  # an event, not a capacity
    ("The tablet will come with a stylus and a keyboard case.", False),  # a spec line
    ("The new ferry will carry 600 passengers.", False),  # a capacity
    ("The new model will be available in four colours.", False),
    ("The estate car will be able to tow 2,000 kg.", False),
    ("Councils have been planning how the grants will be paid.", False),  # a detail's future
    ("Schools have been preparing, and councils have been planning how vaccines will be stored and given.", False),
    ("The call centres will have had time to hire staff.", False),  # a future perfect about the past
    ("She said she would rather lose the vote than drop the plan.", False),  # a preference
    ("The rivals hinted that they would cut prices.", False),  # a view held then
    ("There may or may not be a deal behind all this.", False),  # a hedge
    ("He was due to give a speech in Leeds.", False),  # a plan overtaken
    ("The firm collapsed before it could repay its debts.", False),  # a past seen from the past
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_looks_ahead(text: str, expected: bool) -> None:
    doc = annotate(Article(text=text, source=Source()))
    assert looks_ahead(doc, doc.sentences[0]) is expected
