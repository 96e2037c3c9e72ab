"""Session 34 (Audit 51 #12): a wire byline glued to its dateline ("By Jo Roe ABUJA, Nov 1 (Reuters) - A man ...")
names the author, and neither the byline nor the dateline opens the lead. Near misses: a byline with no wire
dateline after it stays for the other byline readers, and a lead that opens "By" a date is no byline. Invented text.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.models import Article, RawDocument
from newsbrief.settings import Settings

_REST = (
    "\n\nThe governor said the talks with the group would go on, and that the families had been told of the "
    "video on Saturday morning.\n\n"
    "A spokesman for the army said it had not seen the recording and could not say whether it was genuine.\n\n"
    "The group has kidnapped hundreds of people in the region over the past year, officials say.\n"
)


def _extract(lead: str) -> Article:
    return extract(RawDocument((lead + _REST).encode(), filename="page.txt"), Settings())


@pytest.mark.parametrize(("lead", "author"), [
    ("By Jo Adeyemi KANO, Nov 3 (Reuters) - A man claiming to lead the rebel group said in a video that the "
     "hostages would not be freed until the army left the north.", "Jo Adeyemi"),
    ("By Jo Adeyemi and Sam Okoro LAGOS (Reuters) - A man claiming to lead the rebel group said in a video that "
     "the hostages would not be freed until the army left the north.", "Jo Adeyemi and Sam Okoro"),  # both writers (session 35)
])
def test_a_wire_byline_glued_to_its_dateline_names_the_author(lead: str, author: str) -> None:
    article = _extract(lead)
    assert article.source.author == author
    assert article.text.startswith("A man claiming to lead the rebel group"), article.text


def test_a_lead_opening_by_a_date_is_no_byline() -> None:
    lead = ("By Monday Night KANO officials had counted more than forty of the hostages who had escaped from the camp "
            "in the forest.")
    article = _extract(lead)
    assert article.source.author is None
    assert article.text.startswith(lead), article.text
