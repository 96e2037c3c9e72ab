"""A clock time's "a.m."/"p.m." followed by a time zone does not end the sentence (reader Audit 17).

Sentences written for this test. First score (before the rule, 2026-11-29): 3 of 4 kept whole
(the parser split "12:02 p.m. | CT on Saturday ...", and the zone then headed a fragment).
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate


@pytest.mark.parametrize("text", [
    "The lawyer said the recording was made at 12:02 p.m. CT on Saturday Aug. 9, precisely the time police say "
    "the man was shot.",
    "The meeting starts at 9 a.m. ET on Monday, officials said.",
    "The bomb went off at 10 a.m. GMT in the city centre, police said.",
    "The launch is planned for 4:15 p.m. PDT on Thursday, the company said.",
])
def test_a_time_zone_after_a_clock_time_stays_in_the_sentence(text: str) -> None:
    doc = annotate(Article(text=text, source=Source(title="Test")))
    assert [s.text for s in doc.sentences] == [text]


def test_two_sentences_stay_two() -> None:
    text = "The polls closed at 8 p.m. on Sunday. CT scans of the injured were taken at the hospital."
    doc = annotate(Article(text=text, source=Source(title="Test")))
    assert len(doc.sentences) == 2
