"""A live blog's hand-over notes and a glued "Read More" link (session 17b), as labelled cases.

Written for these tests (the shapes are reader Audit 27's and the lead's reading of an unseen Newsroom
row): a live blog's writers hand the page over in short notes ("(Thanks to Jane Roe who has been blogging
here for the last three hours.)", "Tom Hill in Washington, taking over.", "Thanks Mark and Jane.") that
were filed as Analysis; and a "Read More" link glued to its headline at a paragraph's end ("... late
Monday. Read MoreMinister's plan: ...") became a Who says what item. Near-misses: thanks and a taking-over
that are news, a "read more" sentence inside a paragraph, a byline at the head (still removed).
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.models import RawDocument
from newsbrief.settings import Settings

P1 = ("The health ministry said on Tuesday that 40 new cases had been confirmed in the capital, most of "
      "them in schools.")
P2 = "Officials said the schools would stay closed until the end of the week while the buildings were cleaned."
P3 = "The minister is expected to announce further measures at a news conference on Thursday."


def _text(text: str) -> str:
    return extract(RawDocument(text.encode(), content_type="text/plain"), Settings()).text


HAND_OVERS = [
    "(Thanks to Jane Roe who has been blogging here for the last three hours.)",
    "Thanks to Jane Roe, who has been live-blogging for us since this morning.",
    "Tom Hill in Washington, taking over.",
    "Tom Hill here, taking over the blog from Jane.",
    "Thanks Mark and Jane.",
    "This is Tom Hill taking over from Jane Roe.",
]


@pytest.mark.parametrize("note", HAND_OVERS)
def test_a_live_blogs_hand_over_note_is_furniture(note: str) -> None:
    text = _text(f"{P1}\n\n{note}\n\n{P2}\n\n{P3}\n")
    assert note not in text
    assert P2 in text


NEWS = [
    "The minister thanked Jane Roe, who has been leading the inquiry for the last three years.",
    "Thanks to the rain, the river rose by two metres overnight and the bridge was closed.",
    "Tom Hill, the former coach, is taking over the team in May after a season of defeats.",
    "Ms Roe, 52, is taking over from Tom Hill as head of the agency, the ministry said.",
]


@pytest.mark.parametrize("line", NEWS)
def test_thanks_and_taking_over_as_news_stay(line: str) -> None:
    assert line in _text(f"{P1}\n\n{line}\n\n{P2}\n\n{P3}\n")


GLUED = [
    "Read MoreMinister's plan: what the new rules mean for parents",
    "READ MORE: Schools shut as cases rise in the capital",
    "Read More: Why the virus spreads in classrooms",
    "Related: Parents queue for tests outside the clinic",
]


@pytest.mark.parametrize("link", GLUED)
def test_a_link_glued_at_a_paragraphs_end_is_cut(link: str) -> None:
    text = _text(f"{P1}\n\n{P2} {link}\n\n{P3}\n")
    assert text.split("\n\n") == [P1, P2, P3]


@pytest.mark.parametrize("link", GLUED)
def test_a_link_line_is_furniture(link: str) -> None:
    text = _text(f"{P1}\n\n{P2}\n\n{link}\n\n{P3}\n")
    assert link not in text


def test_a_read_more_sentence_inside_a_paragraph_stays() -> None:
    paragraph = (f"{P2} Parents can read more about the new rules in the ministry's report, which lists every "
                 "school affected. The report says most will reopen on Monday.")
    assert paragraph in _text(f"{P1}\n\n{paragraph}\n\n{P3}\n")


def test_a_byline_at_the_head_stays_removed() -> None:
    text = _text(f"By Tom Hill\n\n{P1}\n\n{P2}\n\n{P3}\n")
    assert "Tom Hill" not in text
    assert P1 in text
