"""Session 34: live-page update stamps with a clock that were left at the start of a sentence: a second clock in
brackets of its own ("(Updated 7:40 p.m. (0240 in Cairo))", the CNN live pages of Timeline17), a stamp glued after
the sentence before, a stamp with no mark after it, a "Last updated" stamp, a fused "8.28pm" and a "--" after it.

Near misses stay: an update word before words that are not time words, a bracket with a clock but no update word,
and a bare clock with no update word. Articles are invented.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.models import RawDocument
from newsbrief.settings import Settings

_HEAD = (
    "Protests spread across the capital\n\n"
    "Thousands of protesters marched through the centre of the capital on Tuesday, demanding the resignation of the "
    "prime minister and new elections.\n\n"
)
_FOOT = ("\n\nThe opposition leader called the speech an insult to the people who had filled the streets for a "
         "week.\n")
_ENTRY = "The prime minister said in a televised address that he would not step down before the end of his term."


def _text(paragraph: str) -> str:
    return extract(RawDocument((_HEAD + paragraph + _FOOT).encode(), filename="page.txt"), Settings()).text


@pytest.mark.parametrize("stamp", [
    "(Updated 7:40 p.m. (0240 in Cairo)) ",
    "(Updated 9:45 a.m. ET (1645 in Cairo) ",
    "UPDATED 8:28 p.m. ET ",
    "Last updated 8:28 p.m. ET: ",
    "UPDATE, 8.28pm: ",
    "Updated: 8:28 p.m. ET -- ",
])
def test_a_stamp_at_the_head_of_an_entry_goes(stamp: str) -> None:
    paragraphs = _text(stamp + _ENTRY).split("\n\n")
    assert _ENTRY in paragraphs, paragraphs


def test_a_stamp_glued_after_the_sentence_before_goes_and_the_entry_stands_apart() -> None:
    paragraphs = _text("Police closed the main square. UPDATED 8:28 p.m. ET: " + _ENTRY).split("\n\n")
    assert "Police closed the main square." in paragraphs, paragraphs
    assert _ENTRY in paragraphs, paragraphs


@pytest.mark.parametrize("paragraph", [
    "Updated figures released at 8:30 a.m. showed that the economy grew by two percent in the last quarter.",
    "Polls close at 8 p.m. (0100 GMT) and the first results are expected a few hours later, officials said.",
    "The crowd grew. Updated guidance at 8 a.m. Tuesday told residents to stay away from the square.",
])
def test_an_update_word_before_other_words_stays(paragraph: str) -> None:
    assert paragraph in _text(paragraph), _text(paragraph)
