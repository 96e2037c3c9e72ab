"""Outlook holds forecasts, Recommendations the article's own calls (reader Audit 13, 14.4 items 3-4).

Labelled cases written for this test, in new wording. Not forecasts: a "would" of a past price or habit
under a past time ("Before the war cut the town off, a loaf would cost ten cents", "which would, two years
ago, have cost 300 dollars, now costs 700"); a rhetorical set-up of what one side would reply ("Ask the
ministry's planners and they are likely to blame the weather", "they will say, trade has never been
better"); a writer's "we will admit" aside; a present guess ("A second option could be that the planes are
being refuelled in Cyprus"). Not a recommendation: a call the writer sneers at ("One self-styled expert
suggested the villagers should just move to the city"). Near-misses are forecasts and calls that stay.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.classify import analyze_recommendations
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Document, Source
from newsbrief.nlp.ahead import looks_ahead
from newsbrief.nlp.annotate import annotate

AHEAD = [
    # a past price or habit under a past time
    ("Before the war cut the town off, a loaf of bread would cost ten cents.", False),
    ("In those days a bus ticket to the coast would cost two shillings.", False),
    ("A monthly rent which would, two years ago, have cost 300 dollars, now costs 700.", False),
    ("Back then, a taxi across the city would take twenty minutes.", False),
    ("Before the strike began, a litre of milk would sell for less than a euro.", False),
    # one side's reply set up to be rebutted
    ("Ask the ministry's planners about the shortages and they are likely to blame the weather.", False),
    ("Ask the club's owners and they will tell you the team has never been stronger.", False),
    ("Even though the harbour has silted up, they will say, trade has never been better.", False),
    ("Talk to the generals and they will insist that the war is going well.", False),
    # the writer's aside
    ("We will happily admit that the old stadium had its charms.", False),
    ("I will confess that the second film is better than the first.", False),
    # a present guess
    ("A second option could be that the planes are being refuelled in Cyprus.", False),
    ("Another possibility might be that the signal is coming from a ship offshore.", False),
    ("It could be that the shipments are being routed through Malta.", False),
    # near-misses: forecasts that stay
    ("After the new tax takes effect, a pack of cigarettes will cost ten euros.", True),
    ("Under the plan, a ticket would cost 20 dollars from next year.", True),
    ("The minister will say on Tuesday that the budget is balanced.", True),
    ("Officials are likely to announce the results next week.", True),
    ("The union says the talks are likely to collapse.", True),
    ("We will announce the winners on Friday.", True),
    ("The storm could bring flooding to the coast later this week.", True),
    ("Prices could rise again if the drought continues.", True),
    ("The vote is likely to be delayed until next year.", True),
    ("The money from the sale would be used to build schools in the north.", True),
    ("Prices would climb back to the levels people paid back then, the bank warned.", True),
    ("Ask any economist and she will tell you on Monday what the figures mean.", True),
]


@pytest.mark.parametrize(("text", "expected"), AHEAD)
def test_looks_ahead(text: str, expected: bool) -> None:
    doc = annotate(Article(text=text, source=Source(date="2024-05-02")))
    assert looks_ahead(doc, doc.sentences[0]) is expected


VILLAGE = """The floods of March destroyed most of the farms around the village of Kestrel Bay, the regional \
council said on Monday.

Nearly 400 families lost their harvest, and many have nowhere to live.

One self-styled expert suggested the villagers should just move to the city and find office jobs.

Where are they supposed to live while the offices are built?

A so-called consultant told the council that the farmers should simply retrain as software engineers.

Who will pay their rent for the three years that takes?

One "expert" argued on the radio that the families should just sell their land to the developers.

The regional governor, Maria Okafor, said the government should pay the families compensation for the lost \
harvest.

The council's engineers said the river banks must be raised by a metre before the autumn rains.
"""


@pytest.fixture(scope="module")
def village() -> Document:
    return annotate(Article(text=VILLAGE, source=Source(date="2024-05-02")))


@pytest.mark.parametrize(("words", "expected"), [
    ("should just move to the city", False),  # "self-styled", "should just", rebutted by a question
    ("should simply retrain", False),  # "so-called"
    ("should just sell their land", False),  # scare quotes around the speaker
    ("should pay the families compensation", True),
    ("must be raised by a metre", True),
])
def test_recommendations_leave_out_sneered_calls(village: Document, words: str, expected: bool) -> None:
    items = analyze_recommendations(village, build_context(village))
    assert any(words in item.text for item in items) is expected, [item.text for item in items]


# Audit 14: a source's non-response is a past fact, not a forecast (first score on the unchanged code
# in the commit message); near-misses: a refusal or comment that is still to come.
NON_RESPONSES = [
    ("The drug maker could not be reached for comment on Tuesday.", False),
    ("A spokesman for the ministry could not immediately be reached.", False),
    ("The army would not comment on specific cases.", False),
    ("The club would not say how much the new striker had cost.", False),
    ("The company will comment on the results next week.", True),
    ("The minister would not rule out new taxes, but said a decision would come in June.", True),
]


@pytest.mark.parametrize(("text", "expected"), NON_RESPONSES)
def test_a_non_response_is_no_forecast(text: str, expected: bool) -> None:
    doc = annotate(Article(text=text, source=Source(date="2024-05-02")))
    assert looks_ahead(doc, doc.sentences[0]) is expected
