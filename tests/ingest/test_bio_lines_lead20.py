"""An author's bio box flattened into the middle of a column ("Dana Roe writes about political theater in the
capital. He joined the Post as a political reporter in 2000.").

The lead's reading of an unseen Newsroom column (session 20): the bio line was key point 4 and its second sentence a
Timeline entry. A sentence "NAME writes about/covers ..." whose person the rest of the paragraph never names (a foot
line "Read more from NAME's archive" aside) is the author's bio, cut with a following "He/She joined the X as ..."
line; a person the story names elsewhere, or a sentence with more to it, stays. Paragraphs written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.repair import without_inline_furniture

BEFORE = ("The committee met at 10 a.m. and did not finish until 11 hours later, when the chairman adjourned the "
          "hearing.")
AFTER = "The chairman read from the e-mails for most of the afternoon, pausing only to cough."


@pytest.mark.parametrize("bio", [
    "Tom Reed writes about political theater in the nation's capital. He joined the Post as a political reporter "
    "in 2000.",
    "Tom Reed writes about politics and culture.",
    "Ana Ruiz covers the White House for the Ledger. She joined the paper in 2011.",
])
def test_an_authors_bio_in_the_middle_is_cut(bio: str) -> None:
    paragraph = f"{BEFORE} {bio} {AFTER} Read more from Tom Reed's archive."
    assert without_inline_furniture(paragraph).startswith(f"{BEFORE} {AFTER}")


@pytest.mark.parametrize("paragraph", [
    f"{BEFORE} Tom Reed writes about the hearing in his new book. Reed, a former aide, said the chairman was unfair. "
    f"{AFTER}",
    f"{BEFORE} Ana Ruiz covers the White House for the Ledger and was in the room. Ruiz said the e-mails were "
    f"private. {AFTER}",
])
def test_a_person_the_story_names_stays(paragraph: str) -> None:
    assert without_inline_furniture(paragraph) == paragraph
