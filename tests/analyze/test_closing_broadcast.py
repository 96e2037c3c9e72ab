"""A programme's trailer is no close (reader Audit 53 #5: a radio programme's page ended on "The Report is on BBC
Radio 4 on Thursday, 27 May at 2000 BST." and "You can also listen via the BBC iPlayer after broadcast or download the
podcast.", and the brief closed on the second). A broadcast listing (a programme on a station named by its acronym, at
a clock time) and a line telling the reader how to hear, watch or download it are passed over like a show's run dates;
the close is the programme's own last word. Near misses can close: an event on a day at a time ("The hearing is on
Monday at 9am GMT.") and a "you can" about the story. The articles are written for these tests.

First score on the unchanged code: 2 of 5 failing (the radio trailer closed; a listing was not passed over); the
near misses passed.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.closing_window import closes_nothing
from newsbrief.analyze.conclusion import analyze_conclusion
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

BODY = (
    "Inspectors who check the safety of offshore rigs were short of staff for a decade, a review has found.\n\n"
    "The review said the agency had 60 inspectors for more than 3,000 platforms, and that many checks were done "
    "by the operators themselves.\n\n"
    "Ministers have promised to double the number of inspectors by the end of next year.\n\n"
    "Former inspector Dana Hollis said the agency had been warned many times. \"We told them the numbers did not "
    "add up, and nobody listened to us,\" she said.\n\n"
)
TRAILERS = (
    ("radio", "Rig Watch is on BBC Radio 4 on Thursday, 14 May at 2000 BST.\n\nYou can also listen via the BBC "
     "iPlayer after broadcast or download the podcast."),
    ("television", "Rig Watch airs on CNN at 9 p.m. ET on Sunday.\n\nYou can watch the full programme online."),
)


def _close(text: str) -> str:
    doc = annotate(Article(text=text, source=Source(title="Rigs", date="2026-05-10")))
    return " ".join(item.text for item in analyze_conclusion(doc, build_context(doc)))


@pytest.mark.parametrize(("name", "tail"), TRAILERS, ids=[t[0] for t in TRAILERS])
def test_a_programme_trailer_does_not_close(name: str, tail: str) -> None:
    close = _close(BODY + tail)
    assert "nobody listened to us" in close, close
    assert "iPlayer" not in close and "Rig Watch" not in close and "online" not in close


@pytest.mark.parametrize(("last", "closes"), [
    ("The next hearing of the review is on Monday at 9am GMT.", True),
    ("You can see why the inspectors were angry.", True),
    ("Rig Watch is on BBC Two at 8.30pm on Monday.", False),
])
def test_only_the_trailer_is_passed_over(last: str, closes: bool) -> None:
    doc = annotate(Article(text=BODY + last, source=Source(title="Rigs", date="2026-05-10")))
    assert closes_nothing(doc, doc.sentences[-1]) is not closes
