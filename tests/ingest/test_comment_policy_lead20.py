"""A comment-policy note glued after the article's last sentence ("You share in the X community, so please keep your
comments smart and civil. Don't attack other readers personally ... Use the "Report Abuse" button ...").

The lead's reading of an unseen Newsroom travel piece (session 20): the note was the brief's Conclusion. It is cut
with its short tail like the print-edition note; a sentence of the article about comments stays. Paragraphs written
for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.repair import without_inline_furniture

BODY = ("The second of three phases, which includes a hotel and a marina, opens this summer on the harbour "
        "front.")


@pytest.mark.parametrize("note", [
    "You share in the Ledger community, so please keep your comments smart and civil. Don't attack other readers "
    "personally, and keep your language decent. Use the \"Report Abuse\" button to make a difference.",
    "Please keep your comments civil and on topic. Read our comment policy before you post.",
    "Join the conversation. Comments are moderated; please read our community guidelines.",
])
def test_a_comment_policy_note_at_the_end_is_cut(note: str) -> None:
    assert without_inline_furniture(f"{BODY} {note}") == BODY


@pytest.mark.parametrize("paragraph", [
    "The council asked residents to keep their comments civil at Tuesday's meeting, after two were removed by "
    "police. The mayor said the meeting would go on.",
    "The site closed its comments section in 2014, saying readers had used it to attack each other personally.",
])
def test_a_sentence_about_comments_stays(paragraph: str) -> None:
    assert without_inline_furniture(paragraph) == paragraph
