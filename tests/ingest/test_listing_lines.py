"""A review's listing line ("At the Rialto, 12 Mill Street; 555-201-3344, rialto.org.") is furniture.

Arts reviews end with the venue's address, telephone number and web site, a service line for
readers who want tickets. The lead's reading of an unseen Newsroom dance review (session 15) found
it chosen as the brief's conclusion. A listing line carries a way to reach the venue (a telephone
number or a web address) and what it is about (a street address, tickets, prices, dates of a run);
an appeal in a news report ("Anyone with information is asked to call police at ...") and a reported
sentence that mentions a web site are the article's and stay. The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.models import Article, RawDocument
from newsbrief.settings import Settings

LEAD = ("The quartet's new piece opened on Thursday in a warehouse by the river, and for an hour the "
        "audience followed four dancers from room to room as the lights failed one by one.")
MIDDLE = ("What began as a game of tag turned into something harder, a study of who leads and who is "
          "left behind, and the final duet was as tender as anything staged this winter.")
CLOSE = "By the end, the dancers had made the cold building feel like a home."

LISTINGS = [
    "Most performances are at the Rialto Arts Center, 412 Mill Street, Brooklyn; 718-555-0142, rialtoarts.org.",
    "The piece runs through Feb. 12 at the Dockside Theater, 90 Water Street; 212-555-0199, docksidetheater.com.",
    "Tickets are $25 to $40; 646-555-0123 or quartetdance.org.",
    "Through March 3 at the Orchard Gallery, 18 Orchard Road, Cambridge; orchardgallery.co.uk.",
    "Tickets: $30; box office 212-555-0177.",
]

KEPT = [
    "Anyone with information is asked to call the police at 555-201-3344 or visit crimestoppers.org.",
    "The company, based at 12 Mill Street, said its web site, millworks.com, had been hacked on Monday.",
    "The theater at 90 Water Street will close next year, its director said.",
]


def _extract(text: str) -> Article:
    return extract(RawDocument(text.encode(), content_type="text/plain"), Settings())


@pytest.mark.parametrize("listing", LISTINGS)
def test_a_listing_line_at_a_paragraph_end_is_removed(listing: str) -> None:
    article = _extract(f"Dancing in the dark\n\n{LEAD} {MIDDLE} {CLOSE} {listing}\n")
    assert listing not in article.text
    assert LEAD in article.text and MIDDLE in article.text and CLOSE in article.text


@pytest.mark.parametrize("listing", LISTINGS)
def test_a_listing_line_as_its_own_paragraph_is_removed(listing: str) -> None:
    article = _extract(f"Dancing in the dark\n\n{LEAD}\n\n{MIDDLE}\n\n{CLOSE}\n\n{listing}\n")
    assert listing not in article.text
    assert CLOSE in article.text


@pytest.mark.parametrize("sentence", KEPT)
def test_an_appeal_or_a_reported_address_stays(sentence: str) -> None:
    inline = _extract(f"Dancing in the dark\n\n{LEAD} {MIDDLE} {sentence}\n")
    alone = _extract(f"Dancing in the dark\n\n{LEAD}\n\n{MIDDLE}\n\n{sentence}\n")
    assert sentence in inline.text
    assert sentence in alone.text


def test_the_listing_line_is_not_the_conclusion() -> None:
    from newsbrief.pipeline import brief_source

    text = f"Dancing in the dark\n\n{LEAD}\n\n{MIDDLE} {CLOSE} {LISTINGS[0]}\n"
    brief = brief_source(RawDocument(text.encode(), content_type="text/plain"), Settings())
    items = [item.text for section in brief.sections for item in section.items]
    assert items and all("555-0142" not in item for item in items)
