"""A sentence whose own subject is the source it carries on is not labelled "[According to X, ...]"
(Audit 12: "[According to a new report in The Wall Street Journal, t]he WSJ also corroborates ...")."""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Brief, Source
from newsbrief.pipeline import brief_article
from newsbrief.settings import Settings

TEXT = ("Orchard Computers has tested titanium phone frames, according to a new report in The Harbour Street "
        "Gazette. The HSG also corroborates rumours that Orchard will close two factories in Ohio next year to "
        "cut costs. The company has not commented on the report, and its shares fell 2 percent on Monday.\n\n"
        "Analysts at Brightline said the frames would raise the price of each phone by about 40 dollars.")

NEAR_MISS = ("Orchard Computers has tested titanium phone frames, according to a new report in The Harbour "
             "Street Gazette. The frames would add about 40 dollars to the price of each phone and would first "
             "appear in the company's most expensive model next spring.\n\n"
             "The company has not commented on the report, and its shares fell 2 percent on Monday.")


def _all_items(brief: Brief) -> list[str]:
    return [item.text for section in brief.sections for item in section.items]


@pytest.mark.slow
def test_a_sentence_naming_its_source_as_subject_is_not_labelled_again() -> None:
    brief = brief_article(Article(text=TEXT, source=Source()), Settings())
    items = [t for t in _all_items(brief) if "HSG also corroborates" in t]
    assert items
    assert not any("[According to" in t for t in items)


@pytest.mark.slow
def test_a_carried_on_claim_without_its_source_named_is_still_labelled() -> None:
    brief = brief_article(Article(text=NEAR_MISS, source=Source()), Settings())
    items = [t for t in _all_items(brief) if "would add about 40 dollars" in t]
    assert items
    assert all(t.startswith("[According to") for t in items)
