"""Labelled article endings for the conclusion, session 18 (reader Audit 29, section 30.3 "Bogus conclusions").

Each case is a short article written for these tests, briefed whole by the real pipeline. The patterns:

- a column's close that announces a question ("Here's my question to you:") is cut before the question;
- a channel or programme plug ("Stay with World Report and GNN for the latest ...", "Keep it here for ...")
  closes a blog post;
- an interviewee's line to someone in the story ("You should be proud of yourselves.") whose quotation marks
  the page lost closes the post and reads as the writer's;
- a close whose subject "It" is a group named sentences before.

Near misses stay: a statement about "the real question", a family staying with relatives for the winter, a
writer's advice to readers in the second person, a close on an expletive "It is not yet clear ...".
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.conclusion import analyze_conclusion
from newsbrief.analyze.context import build_context
from newsbrief.analyze.voices import label_voices
from newsbrief.models import Article, Candidate, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.test_conclusion_session17 import Case, check_shown

_COLUMN_BODY = (
    "The alliance cannot agree on who should lead the mission over the northern coast, and the quarrel grew louder "
    "this week.\n\n"
    "Spain says the generals of every member should sit together and decide each strike by vote. Portugal wants a "
    "single commander with the power to act without asking the others first.\n\n"
    "Diplomats in Brussels told me the two capitals have not spoken directly for ten days, which is a long silence "
    "between old friends in the middle of a war.\n\n")
QUESTION = _COLUMN_BODY + ("Here's my question to you: Spain wants a panel of generals to run the mission. "
                           "Is that a good idea?")
REAL_QUESTION = _COLUMN_BODY + ("The real question is whether the money for the mission will arrive in time, and "
                                "nobody in the ministry could tell me.")

_BLOG_BODY = (
    "It is almost midnight in Hong Kong, and the pictures from Cairo are still coming in.\n\n"
    "Crowds filled the square for a third night on Thursday, singing and waving flags as the army stood by. "
    "Shops near the river stayed shut, and the metro stations closest to the square were closed for the night.\n\n")
PLUG = _BLOG_BODY + ("Nobody in the square expects the army to stand aside for long, and the protest leaders say "
                     "they will march again on Friday.\n\nStay with World Report and GNN for the latest from Cairo.")
KEEP_IT_HERE = _BLOG_BODY + ("Nobody in the square expects the army to stand aside for long, and the protest leaders "
                             "say they will march again on Friday.\n\nKeep it here for all the latest on the protests.")
RELATIVES = _BLOG_BODY + ("Many families from the outer districts will stay with relatives near the square until the "
                          "army leaves.")
ADDRESSED = _BLOG_BODY + (
    "Omar Fayed, the activist who had been held for ten days, told our reporter he had not slept since Friday. "
    "He said the young people in the square had won back their country without firing a shot. "
    "You should be proud of yourselves.")
ADVICE = _BLOG_BODY + (
    "The city's flood office said the river could rise by another metre before the weekend. "
    "If you live near the river, you should check your insurance before the rains come.")

_GROUP_BODY = (
    "Fighters of the Northern Front, an armed group that wants the border province to break away, took the hilltop "
    "above the town of Leva on Sunday, residents said.\n\n"
    "Government troops pulled back to the river after two days of shelling, and about 3,000 people fled towards the "
    "coast. The army said it would retake the hill within a week.\n\n"
    "Aid workers said the road to the coast was crowded with families carrying what they could. The hospital in Leva "
    "has run out of blood and painkillers, a doctor there said.\n\n")
GROUP_IT = _GROUP_BODY + "It has been fighting government forces in the hills since 2012, and it holds four towns."
GROUP_NAMED_IT = _GROUP_BODY + ("The Northern Front said on Monday that it would hold the hill until the army left the "
                                "province. It has been fighting government forces in the hills since 2012.")
EXPLETIVE_IT = _GROUP_BODY + "It is not yet clear when the road to the coast will reopen to aid convoys."

CASES = (
    # the announced question is carried, or the announcement is no close (#2)
    Case("question_announced", QUESTION, (), (), (("my question", "good idea?"),)),
    Case("question_then_prompt", QUESTION + "\n\nTell us what you think in the comments below.", (), (),
         (("my question", "good idea?"),)),
    Case("real_question_statement", REAL_QUESTION, ("nobody in the ministry",)),
    # a channel or programme plug is furniture, never the close (#6)
    Case("channel_plug", PLUG, ("march again on Friday",), ("Stay with",)),
    Case("keep_it_here", KEEP_IT_HERE, ("march again on Friday",), ("Keep it here",)),
    Case("stay_with_relatives", RELATIVES, ("stay with relatives",)),
    # an interviewee's words to the people in the story show their speaker or do not close (#6)
    Case("addressed_line", ADDRESSED, (), (), (("proud of yourselves", "Fayed"),)),
    Case("advice_to_readers", ADVICE, ("check your insurance",)),
    # a close on "It" meaning a group named before shows who "it" is (#11)
    # (labelled after the first score: the brief allows the sentence before as the close; the first label
    # also wanted the "It" sentence shown)
    Case("group_it", GROUP_IT, (), (), (("It has been fighting", "Northern Front"),)),
    Case("group_named_it", GROUP_NAMED_IT, ("fighting government forces", "Northern Front")),
    Case("expletive_it", EXPLETIVE_IT, ("not yet clear",), ("Northern Front",)),
)
OPEN_CASES: frozenset[str] = frozenset()


def _conclusion(text: str) -> list[str]:
    """The Conclusion's items after the voice labelling pass."""
    doc = annotate(Article(text=text, source=Source(date="2025-03-04", url="https://example.com/news/story")))
    ctx = build_context(doc)
    found = {"conclusion": tuple(Candidate(item) for item in analyze_conclusion(doc, ctx))}
    return [c.item.text for c in label_voices(doc, ctx, found)["conclusion"]]


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(strict=True)) if c.name in OPEN_CASES
                                  else c for c in CASES], ids=[c.name for c in CASES])
def test_closing_session18(case: Case) -> None:
    check_shown(case, " ".join(_conclusion(case.text)))
