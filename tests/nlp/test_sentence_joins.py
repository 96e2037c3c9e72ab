"""Sentences split where the text has no full stop (reader Audit 8, docs/audit.md 9.4 pattern 8).

Paragraphs written for this test. spaCy's parser ends sentences after a closing bracket and before
"but"; a piece that does not end in sentence-final punctuation is joined to the next unless a line
break, a dateline or a heading in capitals stands between. First score (before the rules,
2026-11-29): 4 of 6.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

ONE_SENTENCE = [
    "Over the years, the regime has silenced bloggers, jailed activists such as Omar Nabil, and during these "
    "most recent protests even placed 1998 Booker Prize winner (and opposition figure) Dr. Lena Hart under "
    "house arrest.",
    "But one elder we met did admit that, in the case of the valley towns, the villagers may have had not only "
    "the reason but also the weapons to resist.",
    "During the army's occupation of the valley (from 1982 until 1999) local chiefs in the port worked closely "
    "with the soldiers and fought beside them in several battles.",
    "\"It is spreading and meets the definition of an outbreak but I do not think anyone should panic because "
    "nothing has changed since yesterday.\"",
]
TWO_SENTENCES = [
    ("The ferry left at noon. It reached the island an hour later.", 2),
    ("THE BASICS\nSymptoms are like those of seasonal flu.", 2),
    # a stamp or a byline before a sentence: found in t17 pages after the first version of the rule
    ("(Updated 5:16 p.m. (0016 in Cairo)) President Hosni Mubarak is expected to speak soon, state television "
     "reports.", 2),
    ("By the Wire Staff The government has sent two cargo planes to the border", 2),
]


@pytest.mark.parametrize("text", ONE_SENTENCE)
def test_no_split_without_a_full_stop(text: str) -> None:
    doc = annotate(Article(text=text, source=Source()))
    assert [s.text for s in doc.sentences] == [text]


@pytest.mark.parametrize(("text", "count"), TWO_SENTENCES)
def test_real_boundaries_stay(text: str, count: int) -> None:
    doc = annotate(Article(text=text, source=Source()))
    assert len(doc.sentences) == count
