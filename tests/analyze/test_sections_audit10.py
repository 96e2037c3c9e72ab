"""Recommendations hold prescriptions, Outlook holds no run-together fact box (reader Audit 10, 11.4 pattern 5).

Labelled cases written for this test, in new wording: a warning whose only "should" opens a
condition ("the danger that the country -- should the president resign -- could fall"), a writer's
"should" inside a clause of wonder ("What puzzles me is not that the council should try to save
money"), and a fact box whose lines were run together into one sentence of several past
developments. Near-misses are real prescriptions (a writer's suggestion told inside "if you propose
that we should ...", a minister's "should") and a real forecast that must stay.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.advice import prescribes
from newsbrief.analyze.classify import analyze_outlook, analyze_recommendations
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Document, Source
from newsbrief.nlp.annotate import annotate

WRITER = [
    ("What puzzles me is not that the council should try to save money.", False),
    ("It is only natural that the firm should want to protect its name.", False),
    ("What strikes me is that the board should care so little about its own customers.", False),
    ("If they think we should pay more, they are wrong.", False),
    # near-misses: the writer's own prescriptions
    ("If you propose that we should tax petrol more heavily and spend the money on trains, the usual answer "
     "is an awkward silence.", True),
    ("When I argue that we must close the coal plants, people look away.", True),
    ("The point is that we should tax petrol more heavily.", True),
    ("We must insist that the truth comes out.", True),
    ("If you are ill, you should stay at home.", True),
]


@pytest.mark.parametrize(("text", "expected"), WRITER)
def test_writer_prescribes(text: str, expected: bool) -> None:
    doc = annotate(Article(text=text, source=Source()))
    assert prescribes(doc, doc.sentences[0]) is expected


CRISIS = """Protesters filled the main square of Valdoria for a sixth day on Sunday.

The foreign minister of Norland, Karl Brandt, warned on Monday about the danger that Valdoria -- should \
President Ruiz resign, after 20 years in office -- could fall into the hands of militias.

Brandt said the government in Valdoria should hold early elections and release the jailed reporters.

Should the talks fail, the Norland government must recall its ambassador, Brandt told reporters.

The Norland Foreign Office said it will send a team to The Hague on Monday to meet officials of the court.

The city has said it will open three new shelters and send 200 beds to the north A spokesman for the mayor \
who organised the visit is being tested, the paper reports, although he is said to be well The head of the \
health agency says it is safe to travel, a day after the governor said he would stay home Norway reports its \
first case of the illness

Swiss officials confirm that a driver who carried the patient also fell ill, the first such case in the canton Lab results confirm a second case in a friend of the driver Norland says it will file a formal complaint at the trade body against the ban on its beef On Friday the regional health ministers held an urgent meeting on the outbreak, which has now reached four regions.
"""


@pytest.fixture(scope="module")
def crisis() -> Document:
    return annotate(Article(text=CRISIS, source=Source(title=None, date="2024-03-04")))


@pytest.mark.parametrize(("words", "expected"), [
    ("warned on Monday about the danger", False),  # a warning: its "should" opens a condition
    ("should hold early elections", True),
    ("must recall its ambassador", True),
])
def test_recommendations_are_prescriptions(crisis: Document, words: str, expected: bool) -> None:
    items = analyze_recommendations(crisis, build_context(crisis))
    assert any(words in item.text for item in items) is expected, [item.text for item in items]


@pytest.mark.parametrize(("words", "expected"), [
    ("three new shelters", False),  # a fact box run together into one sentence
    ("file a formal complaint", False),  # the same, its joins a preposition and a word taken for a name
    ("send a team to The Hague", True),  # a forecast with a capitalised "The" inside a name
])
def test_outlook_has_no_run_together_lists(crisis: Document, words: str, expected: bool) -> None:
    items = analyze_outlook(crisis, build_context(crisis))
    assert any(words in item.text for item in items) is expected, [item.text for item in items]
