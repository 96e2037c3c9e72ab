"""A quote's speaker is the person in the cue, never a body the cue only cites (session 29, Audit 47 48.3 M:
'"...," a spokesman for the school said, citing the health agency' gave the words to the agency), and a Who says
what role cut at an abbreviated title is spelled out ("Republican Sen" from "Sen. NAME"). Texts invented here.

First score on the unchanged code: 7/13 failing (4/10 quote cases: "adding" after a reported clause on a body x3,
"she added" after one x1; 3/3 roles); the near misses passed.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.positions import analyze_positions
from newsbrief.analyze.quotes import analyze_quotes
from newsbrief.models import Article, PositionInfo, Source
from newsbrief.nlp.annotate import annotate

LEAD = ("A boarding school in Kent closed for a week on Tuesday after two pupils caught the flu, and forty "
        "classmates were given antiviral drugs.")

CASES = [
    # (the quote's sentence, a speaker that may be shown, a speaker that must not be shown)
    ('"The aim is to keep the infection from spreading to the rest of the town," a spokesman for the school '
     'said, citing the Regional Health Authority.', "spokesman", "Regional Health Authority"),
    ('"We will reopen when the doctors tell us it is safe to do so," said a spokesman, referring to Public '
     'Health Wales guidance.', "spokesman", "Public Health Wales"),
    ('"Parents have been told to keep their children at home for seven days," the headmistress said, quoting '
     'the National Health Service.', "headmistress", "National Health Service"),
    # The body is the subject of a clause the speaker's verb reports; the quote goes on the speaker's "adding:".
    ('A spokesman for the school said the pupils were recovering well. He said the Regional Health Authority was '
     'checking the other boarding houses, adding: "The aim is to keep the infection from spreading to the rest of '
     'the town."', "spokesman", "Regional Health Authority"),
    ('A school spokesman said the Regional Health Authority had advised the closure, adding: "The aim is to keep '
     'the infection from spreading to the rest of the town."', "spokesman", "Regional Health Authority"),
    ('The headmistress said Public Health Wales was testing the other pupils. "The aim is to keep the infection '
     'from spreading to the rest of the town," she added.', "headmistress", "Public Health Wales"),
    # Near misses: the body is the subject, or the speaker is named.
    ('"There is no need for other schools to close," the Regional Health Authority said in a statement.',
     "Regional Health Authority", None),
    ('"We are following the advice of the doctors," said Anna Reid, the school\'s bursar, citing the council.',
     "Anna Reid", "council"),
    ('The Regional Health Authority said the risk to the public was low. "There is no need for other schools to '
     'close," it added.', "Regional Health Authority", None),
    ('Anna Reid, the bursar, said the Regional Health Authority had advised the closure, adding: "We are following '
     'the advice of the doctors."', "Anna Reid", "Regional Health Authority"),
]


@pytest.mark.parametrize(("sentence", "shown", "hidden"), CASES)
def test_a_cited_body_is_no_speaker(sentence: str, shown: str, hidden: str | None) -> None:
    doc = annotate(Article(text=f"{LEAD}\n\n{sentence}", source=Source(date="2025-10-06")))
    speakers = [str(getattr(i.payload, "speaker", "")) for i in analyze_quotes(doc, build_context(doc))]
    assert not any(hidden and hidden.lower() in s.lower() for s in speakers), speakers
    assert not speakers or any(shown.lower() in s.lower() for s in speakers), speakers


ROLE_LEAD = "The Senate voted 52 to 48 on Thursday to block the sale of fighter jets to the Gulf state."

ROLE_CASES = [
    ("Ohio Republican Sen. Mark Dunn said the sale would put American pilots at risk in the region.", "Mark Dunn",
     "Senator"),
    ("Democratic Rep. Lisa Owens said the vote was a warning to the administration about its arms policy.",
     "Lisa Owens", "Representative"),
    ("Former Gov. Paul Hart said the state would lose four thousand jobs at the factory if the sale was blocked.",
     "Paul Hart", "Governor"),
]


@pytest.mark.parametrize(("sentence", "speaker", "title"), ROLE_CASES)
def test_an_abbreviated_title_is_spelled_out(sentence: str, speaker: str, title: str) -> None:
    doc = annotate(Article(text=f"{ROLE_LEAD}\n\n{sentence}", source=Source(date="2025-10-06")))
    rows = [i.payload for i in analyze_positions(doc, build_context(doc)) if isinstance(i.payload, PositionInfo)]
    roles = [p.role or "" for p in rows if p.speaker == speaker]
    assert all(not r.endswith((" Sen", " Rep", " Gov")) and r.split()[-1:] != [title[:3]] for r in roles), roles
    assert all(title in r for r in roles if r), roles
