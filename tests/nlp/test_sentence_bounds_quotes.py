"""A quotation embedded in a sentence that runs over a full stop keeps its sentence whole (Audit 31, 32.3 M: a
letter's 'In arguing there can be no clouds because "oil is half as dense as water. It wants to get to the surface"
(...), Tony Hayward displays an alarming ignorance ...' was split inside the quotation, and its first half, with the
arguer and the main clause cut, became an Analysis item in no one's mouth).

The parser ends a sentence at the stop inside the quotation; when the quotation opened after words of its own
sentence and the sentence goes on after the closing mark (a comma, a bracket or lower-case words), the two pieces are
one sentence. Near misses stay split: a quotation that opens its sentence (its second sentence carries on as the
speaker's), a quotation whose closing mark ends the sentence, and a paragraph break.
First score on unchanged main 95f7b0a: 3/5 (both embedded cases split).
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

pytestmark = pytest.mark.slow


def _sentences(text: str) -> list[str]:
    doc = annotate(Article(text=text, source=Source(title="Test")))
    return [s.text for s in doc.sentences]


CASES: list[tuple[str, int]] = [
    ("The spill grows. In arguing there can be no undersea clouds because \"oil is half as dense as water. It wants "
     "to get to the surface\" (The Times, 1 June), Tom Hale, the firm's chief, shows an alarming ignorance.", 2),
    ("Talks broke down on Monday. The minister called the plan \"dead. It will never pass,\" adding that the unions "
     "had walked out of the room.", 2),
    ("Talks broke down on Monday. \"The plan is dead. It will never pass,\" the minister said.", 3),
    ("Talks broke down on Monday. Smith called it \"a disaster. We lost everything.\" Nobody helped the workers.", 4),
    ("Talks broke down on Monday. The minister called the plan \"dead.\n\nIt will never pass,\" the union said in "
     "its own statement on the talks.", 3),
]


@pytest.mark.parametrize(("text", "count"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_an_embedded_quotation_keeps_its_sentence_whole(text: str, count: int) -> None:
    assert len(_sentences(text)) == count, _sentences(text)
