"""An opening "He"/"She" is never repaired to a name that stood inside someone's quoted words.

Session 24 task: ``openings._last_person`` took the nearest agreeing name within two sentences, and a name quoted
inside a speaker's words ('"Nobody has seen Victor Lund since March," the detective said.') was the nearest: the next
"He" became "[Lund]" though the quoted man is what the speaker talked about, not the one who goes on speaking. A
name inside a quotation is passed over; a name outside it (the speaker, or a subject named before) still carries the
pronoun. Short texts written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.opening_cases import check_repair

CASES = [
    ('Detective Paul Egan spoke outside the court on Monday. "Nobody has seen Victor Lund since March," the '
     "detective said. He said the search would go on through the winter.", 2, "not [Lund"),
    ('The mayor spoke briefly at the depot. "I have asked Simon Okafor to run the inquiry," the mayor said. He '
     "promised a report within a month.", 2, "not [Okafor"),
    ('Coach Dana Reilly faced reporters after the defeat. "Ask Maria Santos how she felt out there," the coach '
     "said. She left the room soon afterwards.", 2, "not [Santos"),
    ('The inspector spoke outside the station. "Colin Marsh walked out of that gate and vanished," he said. He said '
     "the search would go on.", 2, "not [Marsh"),
    ('The minister answered questions for an hour. She said: "Farida Noor has done nothing wrong and I stand by her." '
     "She said the inquiry was a waste of money.", 2, "not [Noor"),
    # near misses: the name outside the quotation still carries the pronoun
    ('Marta Ruiz, the captain, spoke after the final. "We deserved it," Ruiz said. She thanked the travelling '
     "fans.", 2, "[Ruiz]"),
    ("Officer Liam Byrne found the van near the harbour. He said the doors had been forced.", 1, "[Byrne]"),
]


@pytest.mark.parametrize(("text", "index", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_a_quoted_name_is_not_the_next_pronoun(text: str, index: int, expected: str) -> None:
    """The pronoun after a quotation never means a person named only inside the quoted words."""
    check_repair(text, index, expected)


@pytest.mark.parametrize(("text", "fragment"), [
    ("Hollywood parents, take note.", False),
    ("Memo to the minister: think again before the vote.", False),
    ("Find all the latest football transfers on our dedicated page.", True),
    ("Possibly the worst flood to hit the valley in a century.", True),
])
def test_an_order_is_no_fragment(text: str, fragment: bool) -> None:
    """Session 24 (Audit 39 #12): a column's closing order has no finite verb, but it is a whole sentence."""
    from newsbrief.analyze.openings import _fragment
    doc = annotate(Article(source=Source(), text=text))
    assert _fragment(doc, doc.sentences[0]) is fragment
