"""Outlook holds forecasts, Analysis holds the article's causes (reader Audit 12, 13.4 patterns 3-4).

Labelled cases written for this test, in new wording: a present finding or generic likelihood ("At the
time of their arrest, suspects are likely to be calm", "it is older drivers that are much more likely to
cause crashes"), a wish ("I would like my weekends back"), a past announcement ("Two months ago, the
airline said it would scrap the fee") and an apology whose "caused" sits in a relative clause ("We are
sorry for the chaos it has caused"). Near-misses are forecasts and causal statements that must stay.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.classify import states_cause
from newsbrief.models import Article, Source
from newsbrief.nlp.ahead import looks_ahead
from newsbrief.nlp.annotate import annotate

AHEAD = [
    # a present generic likelihood or a comparative finding: no forecast
    ("At the time of their arrest, suspects are likely to be calm.", False),
    ("The study says it is older drivers that are much more likely to cause crashes than the young.", False),
    ("Smokers are far more likely to develop heart disease.", False),
    ("Children who read at home are more likely to do well at school.", False),
    # a wish: no forecast
    ("I would like my weekends back.", False),
    ("We would love to see our old street again.", False),
    ("She said she would like an apology from the council.", False),
    # a past announcement told with "ago"
    ("Two months ago, the airline said it would scrap the fee.", False),
    ("A year ago the mayor announced that she would not stand again.", False),
    # near-misses: forecasts that stay
    ("Prices are likely to rise sharply next year.", True),
    ("The storm is likely to reach the coast on Friday.", True),
    ("Turnout in the runoff is likely to be low.", True),
    ("The minister said on Monday that she would resign in June.", True),
    ("Two weeks ago the airline said it would scrap the fee from next April.", True),
    ("The company would like to close the deal by the end of the year, its chief said.", True),
    ("The damage to the coast will be very small, the chief executive said.", True),
]

@pytest.mark.parametrize(("text", "expected"), AHEAD)
def test_looks_ahead(text: str, expected: bool) -> None:
    doc = annotate(Article(text=text, source=Source()))
    assert looks_ahead(doc, doc.sentences[0]) is expected

CAUSES = [
    ("We are sorry for the chaos it has caused to your journeys.", False),
    ("I apologise for the delays this has caused our passengers.", False),
    ("We deeply regret the distress that the error caused the families.", False),
    # near-misses: causes that stay
    ("The flooding was caused by a blocked drain under the main road.", True),
    ("The strike caused the cancellation of 300 flights on Monday.", True),
    ("Sales fell because the new model was delayed by six months.", True),
]

@pytest.mark.parametrize(("text", "expected"), CAUSES)
def test_states_cause(text: str, expected: bool) -> None:
    doc = annotate(Article(text=text, source=Source()))
    assert states_cause(doc, doc.sentences[0]) is expected
