"""Stock lines that tell nothing of their own are no key point (Audit 39).

#7, a round-up of commentaries, had "Analysts offer their views on what this wave of unrest means ..." as KP4: it only
says views follow, and a round-up's points are the views. #2 had "The Scottish Government said it was closely
monitoring the situation." as KP3: every body says so of every event. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.point_padding import pointer_or_aside
from newsbrief.models import Sentence

CASES = [
    ("Economists offer their views on what the rate rise means for households.", True),
    ("Five of our columnists give their verdicts on the budget.", True),
    ("Below, three former diplomats share their thoughts about the summit.", True),
    ("Our panel of experts weigh in on what comes next for the club.", True),
    # near misses: a view given, not announced
    ("Economists say the rate rise will hit households with large mortgages hardest.", False),
    ("The senator gave her views on the budget in a speech that lasted two hours, angering her own party.", False),
    ("Voters will give their verdict on the plan in a referendum next spring.", False),
]

WATCHING = [
    ("The Welsh health department said it was closely monitoring the situation.", True),
    ("Officials said they are monitoring developments.", True),
    ("The embassy is keeping a close eye on the situation.", True),
    # near misses: what is watched, or the watching as the news
    ("Engineers are monitoring the dam, which has cracked in two places since Monday.", False),
    ("The agency said it was monitoring the situation and would close the airport if the ash cloud moved south.",
     False),
]


@pytest.mark.parametrize(("text", "announces"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_views_frame(text: str, announces: bool) -> None:
    """An announcement of the views that follow is a last resort, a view itself is not."""
    sentence = Sentence(id="s1", index=0, text=text, start=0, end=len(text), token_start=0, token_end=0, paragraph=0)
    assert pointer_or_aside(sentence) is announces


@pytest.mark.parametrize(("text", "stock"), WATCHING, ids=[f"watch{i}" for i in range(len(WATCHING))])
def test_watching_line(text: str, stock: bool) -> None:
    """A body's bare word that it is watching the situation is a last resort; what it will do is not."""
    sentence = Sentence(id="s1", index=0, text=text, start=0, end=len(text), token_start=0, token_end=0, paragraph=0)
    assert pointer_or_aside(sentence) is stock
