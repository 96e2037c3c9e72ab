"""Outlook holds forecasts, not objections, generic claims, inferences or the site's own promos (reader Audit 41,
docs/audit.md 42.4 items 3 and 4).

Labelled cases written for this test, in new wording. Not forecasts: a view of unnamed others that the writer sets
up ("Some might scoff at the idea ..."), a generic claim about anyone ("Someone in good shape might bounce back
..."), an inference about what a present thing is ("The label likely means the case is solid silver"), and the
publication's own promise of coverage ("The Daily Ledger will be providing live coverage of the launch"). Near
misses stay: forecasts by named parties, "could mean" with a thing to come, a forecast of a kind's fate with a time.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.classify import analyze_outlook
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

LEAD = "A group of volunteers in the river town has spent two years mapping the old canal network."
CLOSE = "The volunteers meet in the town library, and their maps now cover most of the valley."

# (paragraphs before, the sentence, paragraphs after, expected in Outlook)
CASES = [
    # a view of unnamed others the writer sets up and answers
    ("", "Some might scoff at the notion that a handful of hobbyists could crack a puzzle that has defeated "
     "the national survey office.", "Yet the idea is an old one.", False),
    ("", "Many people may laugh at the idea that a village choir could win the national prize.",
     "But choirs like it have won before.", False),
    ("", "Critics might argue that the money would be better spent on the roads.",
     "That misses the point, say the organisers.", False),
    # a generic claim about anyone, a step of the argument
    ("", "Someone in good shape might bounce back within days, though only after a week of coughing and aches.",
     "Older patients are another matter.", False),
    ("", "Anyone who walks the towpath at dawn may spot a kingfisher on the far bank.", "", False),
    # an inference about what a thing is, not what will be
    ("", "The word 'sterling', the jeweller says, probably means the case is solid silver rather than plated.",
     "", False),
    ("", "The new markings likely indicate that the bridge was rebuilt after the war.", "", False),
    # the publication's own promise of coverage
    ("", "The Valley Courier will be providing live coverage of the council vote, which begins at 7 p.m.",
     "", False),
    ("", "The Valley Courier will be live-blogging the hearing from 9 a.m. on Thursday.", "", False),
    # forecasts that stay
    ("", "The council is expected to approve the canal restoration grant next month.", "", True),
    ("", "The engineer said the restoration could mean that boats will return to the canal by 2027.", "", True),
    ("", "Some residents fear the works will close the towpath for most of next year.", "", True),
    ("", "The volunteers will present their maps to the regional assembly in June.", "", True),
]


def _outlook(before: str, sentence: str, after: str) -> list[str]:
    parts = [LEAD] + ([before] if before else []) + [sentence] + ([after] if after else []) + [CLOSE]
    doc = annotate(Article(text="\n\n".join(parts),
                           source=Source(date="2024-05-02", url="https://example.com/features/canals")))
    return [i.text for i in analyze_outlook(doc, build_context(doc))]


@pytest.mark.parametrize(("before", "sentence", "after", "expected"), CASES)
def test_outlook_audit41(before: str, sentence: str, after: str, expected: bool) -> None:
    outlook = _outlook(before, sentence, after)
    assert any(sentence[:40] in item for item in outlook) is expected, outlook


INTERVIEW = [
    "The council's former planner answered our questions by email; she asked that we call her Mara.",
    "Will the canal ever carry boats again?",
    "Mara: Not in my lifetime, I fear.",
    "The water board will never pay for new locks.",
    "What should the volunteers do next?",
    "They should publish the maps.",
]


def test_interview_answer_without_speaker_is_no_outlook() -> None:
    doc = annotate(Article(text="\n\n".join([LEAD, *INTERVIEW, CLOSE]),
                           source=Source(date="2024-05-02", url="https://example.com/features/canals")))
    outlook = [i.text for i in analyze_outlook(doc, build_context(doc))]
    assert not any("water board will never" in item and "Mara" not in item for item in outlook), outlook


def test_column_question_and_answer_stays() -> None:
    column = ["Will the council act before the floods?", "It will not.", "Will the board pay?",
              "The water board will approve the new locks in March, its chairman said."]
    doc = annotate(Article(text="\n\n".join([LEAD, *column, CLOSE]),
                           source=Source(date="2024-05-02", url="https://example.com/features/canals")))
    outlook = [i.text for i in analyze_outlook(doc, build_context(doc))]
    assert any("water board will approve" in item for item in outlook), outlook
