"""Captions session 20: a call sign ("(AP)", "(KBRT)") closes a caption, not a news sentence told in the past.

The session 19 review found "The talks ended without a deal. (AP) The president said ..." losing its first sentence
as a caption. Near misses: a scene caption in the present tense, a caption's passive participle ("damaged by"), and
a call sign on a caption glued inside a paragraph still go with their caption. All texts are invented.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.captions import without_captions

KEPT = [
    "The talks ended without a deal. (AP) The president said on Tuesday that the talks would resume.",
    "Police arrested two men after the raid. (KBRT) The men will appear in court on Friday, police said.",
    "The storm was the worst in a decade. (NASA) Forecasters said more rain would fall this week.",
]


@pytest.mark.parametrize("paragraph", KEPT)
def test_a_news_sentence_before_a_call_sign_stays(paragraph: str) -> None:
    assert without_captions(paragraph).startswith(paragraph.split(" (")[0]), without_captions(paragraph)


CUT = [
    ("Firefighters spray water on the bakery on Elm Street. (KBRT) The fire began in the kitchen, the chief said.",
     "Firefighters spray"),
    ("A home damaged by the storm in Moore. (AP) The storm destroyed forty homes, officials said.", "A home damaged"),
    ("Police officers guard the flooded street in Harlan. (KBRT) The river rose two metres overnight.",
     "Police officers guard"),
    ("Fans wave flags outside the stadium on Sunday. (AP) The team won the cup for the first time.", "Fans wave"),
]


@pytest.mark.parametrize(("paragraph", "caption"), CUT)
def test_a_caption_before_a_call_sign_goes(paragraph: str, caption: str) -> None:
    kept = without_captions(paragraph)
    assert caption not in kept and "(" not in kept, kept
