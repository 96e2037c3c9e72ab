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


# A magazine's issue note at the foot ("This article is from the March 19, 2012 issue of Fortune."): the lead's
# reading of Newsroom row 6 (session 20), where it stood last in the closing window. A sentence about an issue
# of a magazine in the body stays.
@pytest.mark.parametrize("note", ["This article is from the March 19, 2012 issue of Fortune.",
                                  "This story appeared in the May 2014 issue of Harbour Monthly.",
                                  "This article appears in the June 3, 2013 issue of The Ledger Weekly."])
def test_a_magazine_issue_note_at_the_end_is_cut(note: str) -> None:
    assert without_inline_furniture(f"{BODY} {note}") == BODY


def test_a_sentence_about_a_magazine_issue_stays() -> None:
    paragraph = ("The March issue of the magazine sold out in two days, its publisher said. This article is the "
                 "third the paper has run on the harbour plan.")
    assert without_inline_furniture(paragraph) == paragraph
