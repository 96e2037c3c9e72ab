"""Recommendations that advise nothing (reader Audit 37, docs/audit.md 38.4 item 3): an inference about what a call
"could suggest" ("an address in which he called on his people to fight could suggest he is under pressure") and a
rhetorical "no-one should underestimate the difficulties" (it is hard). Near misses: a reported call, a "no one
should" that asks for something, and a "suggest ... should" that carries a call stay. All texts are invented.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.classify import analyze_recommendations
from newsbrief.analyze.context import build_context
from newsbrief.models import RawDocument
from newsbrief.pipeline import annotate_raw
from newsbrief.settings import Settings

LEAD = ("Floods have cut the river towns of the northern province off from the capital for a third day, officials "
        "said on Tuesday.\n\nThousands of families are sleeping in schools and churches on higher ground.\n\n")


def _recommendations(sentence: str) -> list[str]:
    text = LEAD + sentence + "\n\nThe army has sent boats and two helicopters to the worst-hit towns.\n"
    doc = annotate_raw(RawDocument(text.encode(), content_type="text/plain"), Settings())
    return [item.text for item in analyze_recommendations(doc, build_context(doc))]


@pytest.mark.parametrize(("sentence", "shown"), [
    ("An angry radio address by the governor on Monday, in which he called on residents to \"stand firm\", could "
     "suggest he is under growing pressure.", False),
    ("A UN spokesman told reporters that no-one should underestimate the difficulties of working in the flooded "
     "province.", False),
    ("The governor urged residents of the river towns to leave their homes before nightfall.", True),
    ("No one should be left without shelter this winter, the charity's director said.", True),
    ("The mayor said the figures suggest the government should send more boats at once.", True),
])
def test_a_recommendation_advises(sentence: str, shown: bool) -> None:
    found = _recommendations(sentence)
    assert any(sentence[:30] in f for f in found) == shown, found
