"""An undated byline glued onto the lead by a copied page ("By Jane Doe, USA TODAY Franchitti, whose ...").

The lead's reading of an unseen Newsroom report (session 20): the byline and the outlet in capitals stood at
the front of key point 1. A byline is set apart only when a person's name (two to four capitalised words, no
date word) and an outlet in capitals follow "By" and a capitalised lead follows the outlet; "By Christmas Day,
NATO Secretary ..." and "By Tuesday, ..." stay. The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.models import Article, RawDocument
from newsbrief.settings import Settings

LEAD = ("Hansen, whose boat will start from the outer lane in Sunday's final, topped the morning session at 41.2 "
        "knots with Ruiz, who starts sixth, close behind.")
BODY = ("Temperatures reached the 30s during practice, with no incidents reported. Organisers expect a record "
        "crowd on the harbour wall for the final, and the race office said tickets for the stands sold out within "
        "an hour of going on sale on Friday.")


def _extract(text: str) -> Article:
    return extract(RawDocument(text.encode(), content_type="text/plain"), Settings())


@pytest.mark.parametrize("byline", ["By Lena Marsh, USA TODAY", "By Lena Marsh, CNN", "By Lena K. Marsh, AP",
                                    "By Tomas de la Vega, THE HARBOUR TIMES"])
def test_an_undated_byline_glued_to_the_lead_is_set_apart(byline: str) -> None:
    article = _extract(f"{byline} {LEAD} {BODY}\n")
    assert article.text.startswith(LEAD), article.text[:120]
    assert "Marsh" not in article.text and "Vega" not in article.text


@pytest.mark.parametrize("lead", [
    "By Christmas Day, NATO Secretary General Anna Berg said, the last troops would be home from the border.",
    "By Tuesday, FIFA Officials had still not said whether the final would go ahead in the rain.",
    "By Sunday Night, UEFA President Marco Ruiz had cancelled the draw and called the clubs to Geneva.",
    "By Lena Marsh, Chief Executive of the harbour board, the fares were called a disgrace in a letter on Tuesday.",
])
def test_a_lead_that_opens_with_by_stays_whole(lead: str) -> None:
    article = _extract(f"{lead} {BODY}\n")
    assert article.text.startswith(lead), article.text[:120]
