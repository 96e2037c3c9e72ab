"""Two people named as one subject leave the next "he"/"she" open (nlp/pronoun_candidates.joint_subject, issue #11, session 29).

"Tom Reyes and Carl Busch met the mayor. He said: ..." - either man may be the "he"; the quote is withheld
rather than given to the first one named. Near misses keep their speaker: a second man outside the subject
("Carl Busch's daughter"), a woman joined to a man ("Mrs Anna Busch" for a "he"), a speaker named as written,
a joint subject two sentences back with a named speaker between. All the sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.positions import analyze_positions
from newsbrief.analyze.quotes import analyze_quotes
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

_LEAD = ("Harbour plan splits the council\n\n"
         "The city council met on Tuesday to discuss the new budget for the harbour district.\n\n")
_TAIL = "\n\nThe council will vote on the budget next month."


def _speakers(paragraph: str) -> list[str]:
    """The speakers the brief's quote and position items show for the words about giving up the harbour."""
    doc = annotate(Article(text=_LEAD + paragraph + _TAIL, source=Source(title="Test")))
    ctx = build_context(doc)
    return [getattr(i.payload, "speaker", None) or "" for i in (*analyze_quotes(doc, ctx), *analyze_positions(doc, ctx))
            if "give up" in i.text]


JOINT = [
    'Tom Reyes and Carl Busch met the mayor on Monday. He said: "We will not give up the harbour."',
    'Tom Reyes and Carl Busch met the mayor on Monday. "We will not give up the harbour," he said.',
    'Ms Lena Ortiz and Mrs Maria Quist toured the harbour on Monday. "We will not give up the harbour," she said.',
    'Frank Oduya, Peter Lind and Omar Haddad walked out of the meeting. "Nobody will give up the harbour," he said.',
]


@pytest.mark.slow
@pytest.mark.parametrize("paragraph", JOINT, ids=[f"joint{i}" for i in range(len(JOINT))])
def test_a_pronoun_after_two_joint_subjects_names_no_one(paragraph: str) -> None:
    """Either of the two may be the one who spoke: the quote goes to no one named (withheld)."""
    speakers = _speakers(paragraph)
    named = ("Reyes", "Busch", "Ortiz", "Quist", "Oduya", "Lind", "Haddad")
    assert not any(n in s for s in speakers for n in named), speakers


NEAR = [
    ('Tom Reyes met Carl Busch\'s daughter on Monday. He said: "We will not give up the harbour."', "Tom Reyes"),
    ('Mr Tom Reyes and Mrs Anna Busch met the mayor on Monday. He said: "We will not give up the harbour."',
     "Tom Reyes"),
    ('Tom Reyes and Carl Busch met the mayor on Monday. Busch said: "We will not give up the harbour."',
     "Carl Busch"),
    ('Tom Reyes and his lawyer met the mayor on Monday. He said: "We will not give up the harbour."', "Tom Reyes"),
    ('Tom Reyes and Carl Busch met the mayor on Monday.\n\nBusch told reporters the meeting had gone well. '
     '"We will not give up the harbour," he said.', "Carl Busch"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("paragraph", "speaker"), NEAR, ids=[f"near{i}" for i in range(len(NEAR))])
def test_a_single_subject_keeps_its_speaker(paragraph: str, speaker: str) -> None:
    """Near misses: one man in the subject, a woman beside him, a speaker named, a named speaker in between."""
    speakers = _speakers(paragraph)
    assert speakers and all(s == speaker for s in speakers), speakers
