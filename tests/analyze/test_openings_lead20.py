"""An opening "He" after a sentence whose speaker trails it ('X was unresponsive, said Bowdich. He was charged ...').

The lead's reading of an unseen Newsroom report (session 20): Outlook showed "[Bowdich] was charged with first-degree
murder", the FBI agent who spoke, for the gunman the reported clause was about. When the sentence before reports a
clause about a named person and its speaker trails it (", said X", ", X said"), an opening pronoun of a sentence that
does not itself speak means the reported clause's subject; a pronoun that speaks ("He added ...") carries the speaker
on. With two people in reach the repair stays a guess and is not made (openings._only_candidate, Audit 16), so the
first three cases ask only that the speaker is never named. Short texts written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.openings import repair_opening
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

CASES = [
    ("By Saturday Tom Reed, under guard in hospital, was unresponsive and could not be interviewed, said Victor "
     "Osei. He was charged with murder and may face the death penalty.", "not [Osei]"),
    ("Tom Reed had driven to the airport alone, Victor Osei told reporters. He was arrested at the gate.",
     "not [Osei]"),
    ("Tom Reed hid the debts from the board for years, said Victor Osei. He resigned on Monday.", "not [Osei]"),
    # near misses: a pronoun that speaks carries the speaker on; a speaker first stays as it was
    ("Tom Reed hid the debts from the board for years, said Victor Osei. He added that the audit was finished.",
     "[Osei]"),
    ("Victor Osei said the firm had not broken any rule. He added that the audit would be published.", "[Osei]"),
    ("Peter Lang said Victor Osei had misled the board for years. He denied taking any money.", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_a_pronoun_after_a_trailing_speaker_means_the_reported_subject(text: str, expected: str | None) -> None:
    doc = annotate(Article(text=text, source=Source()))
    repaired = repair_opening(doc, doc.sentences[1], build_context(doc).actors)
    if expected is None:
        assert repaired is None or not repaired.startswith("["), repaired
    elif expected.startswith("not "):
        assert repaired is None or not repaired.startswith(expected[4:]), repaired
    else:
        assert repaired is not None and repaired.startswith(expected), repaired
