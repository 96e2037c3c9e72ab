"""Outlook is what will happen, not a past fact, a present exposure, a generic "would" or a habit.

Labelled cases for the Outlook items readers judged wrong in reader Audit 10 (section 11.4,
pattern 5), in new wording: a past act whose clause holds a "could" of inability under a negative
subject ("no one ... could possibly judge"), a past development that gave weight to "claims of a
plan", what a law on the books already does ("some of our laws would make it liable"), what anyone
would do ("Any airline would try to avoid such costs") and what an animal always does ("will
swallow anything that moves"). The near-misses are forecasts that must stay. Sentences are written
for this test.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Source
from newsbrief.nlp.ahead import looks_ahead
from newsbrief.nlp.annotate import annotate

CASES = [
    # past facts with no future in them
    ("Pressure from residents eventually forced out a short video, along with the assurance that no one "
     "watching it could possibly judge how deep the water was.", False),
    ("Nobody could explain why the pumps had stopped.", False),
    ("A string of raids - most recently in Malta - has lent weight to the police's claims of a long-standing "
     "gang plan to smuggle arms abroad.", False),
    # a present legal exposure, a general "would"
    ("Some of our laws would make the operator liable to fines of $2,000 per tonne spilled.", False),
    ("Existing rules would require the airline to refund every passenger.", False),
    ("Any airline would try to avoid such costs.", False),
    ("Anyone would want to leave a town like that.", False),
    # a habit: what something always does
    ("The heron has a sharp beak and will swallow anything that moves.", False),
    ("Wolves will usually avoid people.", False),
    ("A frightened octopus will often squirt ink at whatever comes near.", False),
    # near-misses: forecasts that stay
    ("The new law would ban smoking in parks from next year.", True),
    ("The bill would raise the tax on fuel by ten cents.", True),
    ("Any delay would push the launch into next year.", True),
    ("The ministry unveiled a plan to cut fares next spring.", True),
    ("The council plans to close the library.", True),
    ("The herons will return to the lake in April.", True),
    ("The army will fire on anything that crosses the river.", True),
    ("No one will be allowed into the zone until Friday.", True),
    ("Analysts said the company could face fines of up to $4,000 per barrel.", True),
    ("Nobody knows whether the dam will hold.", True),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_looks_ahead_audit10(text: str, expected: bool) -> None:
    doc = annotate(Article(text=text, source=Source(date="2024-05-02")))
    assert looks_ahead(doc, doc.sentences[0]) is expected
