"""A source's span stops before a time phrase the parser hangs on it (session 29, PolNeAR dev's span errors).

"An arbitration panel in 2001 ruled that ..." gave the source "arbitration panel in 2001": the year says when the
panel ruled, not who it is, and a brief printing "an arbitration panel in 2001 — says" misreads as a panel named
for the year. A prepositional phrase after the subject's noun whose object is a date or a year ("in 2001", "in
the 1990s", "during 2015") is cut from the source. Near misses: a place or a body after "in"/"of" ("officials in
Washington", "a panel of judges") says who they are and stays.

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute

pytestmark = pytest.mark.slow

_LEAD = "The trade dispute has dragged on for two decades. "

# (sentence, a piece of the content, the source as it must read, without its article)
CASES: list[tuple[str, str, str]] = [
    ("An arbitration panel in 2001 found that the United States was in breach of the agreement.",
     "in breach", "arbitration panel"),
    ("A group of doctors in 2015 called for the surgeon's dismissal from the clinic.", "dismissal",
     "group of doctors"),
    ("Economists in the 1990s argued that the tariffs would cost more jobs than they saved.", "cost more jobs",
     "economists"),
    # near misses: a place and a body say who the source is
    ("Officials in Washington said that the talks would resume next month.", "talks would resume",
     "officials in Washington"),
    ("A panel of judges found that the tariffs broke the treaty.", "broke the treaty", "panel of judges"),
]


@pytest.mark.parametrize(("sentence", "piece", "source"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_a_time_phrase_is_no_part_of_the_source(sentence: str, piece: str, source: str) -> None:
    doc = annotate(Article(text=_LEAD + sentence, source=Source(title="Test")))
    found = [a for a in attribute(doc).attributions if piece in doc.article.text[a.content_start : a.content_end]]
    assert found and all(a.source_text == source for a in found), [(a.source_text, a.speaker) for a in found]
