"""A photo caption closed by its picture's source in brackets ("... for a 10km race. (Instagram) A young woman ...").

The lead's reading of an unseen Newsroom feature (session 20): the caption and its "(Instagram)" opened key points 1
and 2. A platform or picture agency alone in brackets after a stop closes a caption the way a call sign does, and
under the same guard: a news sentence told in the past before it stays. Inside a sentence the bracket is an aside.
The paragraphs are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.captions import without_captions

LEAD = "A young runner who lost her leg to bone cancer has set her sights on changing how athletes are pictured."


@pytest.mark.parametrize("source", ["(Instagram)", "(Facebook)", "(Twitter)", "(Supplied)", "(Getty)",
                                    "(Shutterstock)", "(YouTube)"])
def test_a_caption_closed_by_its_picture_source_is_cut(source: str) -> None:
    paragraph = f"Mia Lund is training for a 10km race. {source} {LEAD}"
    assert without_captions(paragraph) == LEAD


@pytest.mark.parametrize("paragraph", [
    f"Mia Lund posted the photo to her 55,000 followers (Instagram) on Monday. {LEAD}",
    f"The council said the race was cancelled after the storm. (Facebook) {LEAD}",
    f"She wrote that she had never run more than 600 metres before the surgery. (Instagram) {LEAD}",
])
def test_a_sentence_before_a_source_in_brackets_stays(paragraph: str) -> None:
    assert without_captions(paragraph).startswith(paragraph.split(" (")[0].split(". (")[0])


# A labelled credit alone after a sentence closes that sentence as its caption the way a bracketed one does
# ("Agents walk back to work at the airport. Photograph: Tom Roe/Agency The man accused ...": Newsroom row 37,
# where the caption opened key point 1).
@pytest.mark.parametrize("credit", ["Photograph: Tom Roe/Getty Images", "Photo: Tom Roe/AP", "Photograph: Tom Roe/Reuters"])
def test_a_caption_before_a_labelled_credit_is_cut(credit: str) -> None:
    paragraph = f"Security agents walk back to work at the airport. {credit} {LEAD}"
    assert without_captions(paragraph) == LEAD


def test_a_reported_sentence_before_a_labelled_credit_stays() -> None:
    paragraph = f"The agency said on Friday that the airport would reopen. Photograph: Tom Roe/Getty Images {LEAD}"
    assert without_captions(paragraph).startswith("The agency said on Friday")
