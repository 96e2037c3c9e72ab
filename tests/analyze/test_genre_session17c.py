"""A signed commentary's editor's note and disclaimer survive the furniture filter as a genre hint (session 17).

Session 17's second genre round reads "Editor's note: X is a contributor and columnist ..." and "The opinions
expressed in this commentary are solely those of X." as opinion; but when each stands as its own paragraph (a page
read from HTML or a text with line breaks), the furniture filter cuts it before the genre stage can see it, and the
column was labelled a feature (the lead's Newsroom reading, row 0). The ingest stage now leaves the hint on the
Article (``genre_note``), as it does for a review's label line. Near miss: an editor's note about a correction on a
news report makes no opinion. The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.ingest.extract import extract
from newsbrief.models import RawDocument
from newsbrief.nlp.annotate import annotate
from newsbrief.settings import Settings

pytestmark = pytest.mark.slow

_BODY = ("Beneath the governor's easy win on Tuesday lies a stubborn sign of trouble for his party: its voters are "
         "staying at home.\n\nTurnout fell by a fifth against the last primary, according to the county clerk. In "
         "three counties fewer than one voter in six cast a ballot.\n\nParty officials blamed the weather and a short "
         "campaign. The numbers can be explained away all day long, but the fact remains that voters are not turning "
         "out for this field of candidates.")
_NOTE = ("Editor's note: Dana Price is a contributor and senior political columnist for the Weekly Ledger. She is the "
         "author of the book \"Common Ground.\"")
_DISCLAIMER = "The opinions expressed in this commentary are solely those of Dana Price."
_CORRECTION = "Editor's note: This story was updated to correct the spelling of the clerk's name."


def _genre(text: str) -> str:
    article = extract(RawDocument(text.encode(), content_type="text/plain"), Settings())
    return build_context(annotate(article)).genre


def test_an_editors_note_paragraph_makes_opinion() -> None:
    assert _genre(f"{_NOTE}\n\n{_BODY}\n") == "opinion"


def test_a_disclaimer_paragraph_makes_opinion() -> None:
    assert _genre(f"{_BODY}\n\n{_DISCLAIMER}\n") == "opinion"


def test_a_correction_note_makes_no_opinion() -> None:
    report = _BODY.replace("Beneath the governor's easy win on Tuesday lies a stubborn sign of trouble for his party: "
                           "its voters are staying at home.", "The governor won the county primary on Tuesday with "
                           "61 per cent of the vote, the county clerk said.").replace(
                           "The numbers can be explained away all day long, but the fact remains that voters are not "
                           "turning out for this field of candidates.", "The clerk said the full count would be "
                           "published on Friday.")
    assert _genre(f"{report}\n\n{_CORRECTION}\n") == "news"
