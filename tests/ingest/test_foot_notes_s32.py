"""A site's foot notes at the end of an article are cut, standing alone or flattened onto the last sentence (session
32: FNC-1 bodies and T17 Guardian pages closed their briefs on them): the category trail ("Filed in X > Y"), the
app or newsletter promo, the syndication licence notice with the writer's "Follow ... on Twitter" before it, and
the print-edition note with a page number. Invented articles, run through the real reader (from_text and the
furniture filter). Sentences that open the same way but report news stay.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import from_text, without_furniture
from newsbrief.settings import Settings

BODY = (
    "The city council voted on Tuesday to close the old harbour bridge to cars from next spring.\n\n"
    "Engineers found cracks in two of its steel piers last year, and repairs would cost more than the bridge is "
    "worth, the council's report said.\n\n"
    "Cyclists and walkers will still be able to cross, and a ferry will run every twenty minutes at rush hour.\n\n"
    "Shop owners on the north bank fear they will lose trade once drivers stop crossing."
)
LAST = "Shop owners on the north bank fear they will lose trade once drivers stop crossing."


def _last_paragraph(text: str) -> str:
    settings = Settings()
    article = without_furniture(from_text(text, settings), settings)
    return article.text.split("\n\n")[-1]


FOOT_NOTES = (
    "Filed in Cities >Transport >Bridges. Read more about harbour bridge.",
    "Filed under: Local news, Transport",
    "Stay updated on the go with The Harbour Gazette's mobile apps. Click here to download it for your device.",
    "Keep up to date with our free morning newsletter.",
    "Follow Jane Roe on Twitter Content created by The Harbour News Foundation is available without charge to any "
    "eligible news publisher that can provide a large audience. For licensing opportunities of our original "
    "content, please contact licensing@harbournews.example.org.",
    "For reprint permissions, write to the syndication desk.",
    "A version appeared on p7 of the Main section section of the Gazette on Follow the latest city news on Twitter",
    "This article appeared in print on page A12 of the Metro edition.",
    "A version appeared in the Gazette on 12.46 BST on Sunday 30 May 2010 The latest city news from our reporters",
)


@pytest.mark.parametrize("note", FOOT_NOTES, ids=[str(i) for i in range(len(FOOT_NOTES))])
def test_foot_note_alone_is_cut(note: str) -> None:
    assert _last_paragraph(f"{BODY}\n\n{note}") == LAST


@pytest.mark.parametrize("note", FOOT_NOTES, ids=[str(i) for i in range(len(FOOT_NOTES))])
def test_foot_note_glued_to_the_last_sentence_is_cut(note: str) -> None:
    assert _last_paragraph(f"{BODY} {note}") == LAST


KEPT = (
    # a filing told as news: no path separator after the place
    "Filed in March, the lawsuit claims the council ignored the engineers' warnings for two years.",
    # a reported promo or notice
    "Stay informed through the new transport app, the council told residents in a letter on Monday.",
    "Content created by residents is available without charge on the council's website, a spokesman said.",
    # a print-run story
    "The paper's first report appeared on page 3 of its weekend edition, weeks before the vote.",
    "A version of the plan appeared in the Gazette in May, before the engineers' report was published.",
)


@pytest.mark.parametrize("sentence", KEPT, ids=[str(i) for i in range(len(KEPT))])
def test_news_sentences_stay(sentence: str) -> None:
    assert _last_paragraph(f"{BODY}\n\n{sentence}") == sentence
    assert _last_paragraph(f"{BODY} {sentence}") == f"{LAST} {sentence}"
