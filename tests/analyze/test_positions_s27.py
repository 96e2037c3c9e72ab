"""Who says what, session 27 (Audit 41 #2, M): "says NAME, professor of ... at X and Y, Z College" files the words
under NAME, never under the college after the last comma (the NER model typed it a person). Text invented for
this test; the first score (unchanged code) is in the commit that added this file. The set-up is a statement, not
a question: after a question, "It would be ..." is the explainer's answer and leads the key points (point_setups), so
it is no longer a row of Who says what."""

from __future__ import annotations

import pytest

from newsbrief.models import Article, PositionInfo, Source
from newsbrief.nlp.speaker_lists import glued_list
from newsbrief.pipeline import brief_article
from newsbrief.settings import Settings

_PARTIES = (
    "No worse than a bad cold, say many of the people who caught measles this spring.\n\n"
    "Some parents have held measles parties this spring, to spread a mild case and build immunity.\n\n"
    "Doctors in three counties have warned against them.\n\n"
    "\"It would be a very risky thing to do,\" says Alan Kerr, professor of medicine at St Luke's and the Royal "
    "Avon Hospitals, Lady Margaret College.\n\n"
    "\"The idea is that you get your friends together to spread the virus. But you cannot know how ill a child "
    "will get.\"\n\n"
    "Measles is in a different league from chickenpox, warns Professor Kerr.\n\n"
    "\"What is reassuring is that most children recover within a week,\" says Professor Kerr.")


@pytest.mark.slow
def test_the_college_after_the_name_is_no_speaker() -> None:
    brief = brief_article(Article(text=_PARTIES, source=Source(title="Measles", date="2026-03-12")), Settings())
    rows = [item.payload for section in brief.sections if section.name == "positions" for item in section.items
            if "risky thing" in item.text]
    assert rows, [s.name for s in brief.sections]
    assert all(isinstance(p, PositionInfo) and p.speaker == "Alan Kerr" for p in rows), rows



# Audit 41 #3: a factbox glued into one line ("Dispersant used - scientists warn ...") is no row of Who says what.
@pytest.mark.parametrize(("text", "glued"), [
    ("Foam used - engineers warn it may harm fish Big cap placed over pipe - clogged by sand", True),
    ("The mayor - a former teacher - said the school would stay open.", False),  # near miss: a parenthesis
    ("Jean-Pierre Lacoste said the old site - by the river - had grown too small", False),  # near miss: no end mark, no glued item
    ("Prices rose - and fell again - in a week - analysts said.", False),  # near miss: an end mark
])
def test_glued_list(text: str, glued: bool) -> None:
    assert glued_list(text) is glued
