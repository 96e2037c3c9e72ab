"""A live blog's update stamps ("(Update 7:17 p.m. ET)", "(Updated 3:55 a.m. in Kyiv, 8:55 p.m. ET)",
"UPDATE 9:40 a.m. BST:") are page furniture: the text the analyzers see keeps each entry's sentence but
not the stamp, so no stamp becomes an actor and no "ET)" residue opens a sentence (reader Audit 10,
section 11.3 "Page furniture"). Parentheses that are the article's own words stay as written.

Cases written for this test (new wording, other places); the first score, before the rules changed,
is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.models import RawDocument
from newsbrief.settings import Settings

TITLE = "Storm live: flood barriers hold overnight"
OPENING = ("Flood barriers along the river held through the night, the city's emergency office said on Sunday, "
           "as water levels began to fall for the first time in four days.")
FILLER = ("Engineers will inspect every section of the barrier before residents of the lower town are allowed "
          "to return home, the mayor told reporters at a briefing in the town hall.")


def _text(*entries: str) -> str:
    body = "\n\n".join((TITLE, OPENING, *entries, FILLER))
    return extract(RawDocument(body.encode(), content_type="text/plain"), Settings()).text


ENTRY = "The regional rail operator said trains to the coast would run again from Monday morning."
SECOND = "Volunteers handed out sandbags at the football ground until the supply ran out shortly after noon."


@pytest.mark.parametrize("stamp", [
    "(Update 7:17 p.m. ET)",
    "(Update 3:55 a.m. in Kyiv, 8:55 p.m. ET)",
    "(Updated 11:02 a.m. in Lagos, 6:02 a.m. ET)",
    "(UPDATE 10:25 p.m. GMT)",
    "[Update 14:05 CET]",
    "(Update, 9:40 a.m. BST)",
    "UPDATE 9:40 a.m. BST:",
    "Update, 12:30 p.m. ET:",
    "(Posted 8:15 a.m. in Manila, 8:15 p.m. ET)",
    # Audit 16: the place right after its clock, and a dash after the stamp
    "(Update 1:33 a.m. Cairo, 6:33 p.m. ET) -",
    "(Update 3 p.m. Kyiv, 8 a.m. ET)",
    "(Update 10:47 p.m. Buenos Aires, 9:47 p.m. ET) —",
])
def test_an_update_stamp_leaves_the_entry_sentence_whole(stamp: str) -> None:
    text = _text(f"{stamp} {ENTRY}", f"{stamp} {SECOND}")
    assert ENTRY in text and SECOND in text
    assert "Update" not in text and "UPDATE" not in text and "Posted" not in text
    assert "ET)" not in text and "BST" not in text
    for paragraph in text.split("\n\n"):
        assert not paragraph.startswith(("(", "[", ")")), paragraph


def test_a_stamp_in_mid_paragraph_is_set_apart_from_both_sides() -> None:
    # An entry glued to the end of the previous one (as a saved live page prints it).
    glued = f"Crews worked through the night (Update 4:30 a.m. in Kyiv, 9:30 p.m. ET) {ENTRY}"
    text = _text(glued)
    assert ENTRY in text
    assert "Update" not in text and "9:30" not in text


@pytest.mark.parametrize("kept", [
    # a clock time in parentheses is the article's own words when no update word opens it
    "Polls close at 8 p.m. (0100 GMT) and the first results are expected after midnight, officials said.",
    "The vote is due on Thursday (1500 GMT), when the assembly meets for the last time before the recess.",
    # a person or party in parentheses
    "Rep. Jane Alder (D., Ore.) said the barrier funding would be voted on again next week in committee.",
    # the word "update" in a bracket that is not a stamp
    "The ministry promised a full update (its third this week) on the state of the dams by Friday evening.",
    # a sentence about an update, with a time
    "An update at 7:17 p.m. ET said the river had crested, and the warning was lifted soon afterwards.",
    # a measurement
    "The breach was one-third of a mile (0.5 kilometer) from the main pumping station, engineers said.",
])
def test_parentheses_that_are_the_articles_words_stay(kept: str) -> None:
    text = _text(kept)
    assert kept in text
