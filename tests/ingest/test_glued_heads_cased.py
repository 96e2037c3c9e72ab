"""Session 35: a head in capitals or title case glued to the lead splits where two capitalised words meet ("HOW THE
STRIKE BEGAN Dock workers ...", "By Jo Roe BBC News, Lagos The port ...", "... Port Strike Talks BP said ...").

The lower-case seam reader never split these, so the head opened key point 1. Near misses: a sentence whose subject
runs in capitals ("The World Health Organization (WHO) said ..."), an apposition before an acronym ("Jo Roe, an
American BP executive, said ..."), and a title-case run with no lead in sentence case after it. Invented text.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.ingest.glued_heads import head_apart
from newsbrief.models import RawDocument
from newsbrief.settings import Settings

_LEAD = ("The port workers' union said on Tuesday it would extend its strike for a second week after talks with the "
         "shipping companies broke down.")


@pytest.mark.parametrize(("head", "lead"), [
    ("HOW THE PORT STRIKE BEGAN", "Dock workers walked out in March after the companies cut overtime pay, and the "
                                  "strike has spread to three other ports since then."),
    ("By Jo Adeyemi BBC News, Lagos", _LEAD),
    ("By Jo Adeyemi BBC Africa Correspondent", _LEAD),
    ("Get To Know The Morning Show: Jo Roe Guest Hosts", "This evening the show welcomes back the singer for a third "
                                                         "stint as host while the regular presenter is away."),
    ("Union Extends Port Strike As Talks Collapse", "BP said on Tuesday that its tankers would wait off the coast until "
                                                    "the strike was over, whatever the cost."),
])
def test_a_head_in_capitals_or_title_case_is_set_apart(head: str, lead: str) -> None:
    assert head_apart(f"{head} {lead}") == [head, lead]


@pytest.mark.parametrize("paragraph", [
    "The World Health Organization (WHO) said on Tuesday that the outbreak had spread to three more ports in the south "
    "of the country.",
    "Jo Roe, an American BP executive, said on Tuesday that the company's tankers would wait off the coast until the "
    "strike was over.",
    "Port Workers Union Leader Jo Roe Says Talks Are Over For Now And The Strike Goes On Into A Second Week At Lagos.",
])
def test_a_sentence_with_names_in_capitals_is_not_split(paragraph: str) -> None:
    assert head_apart(paragraph) == [paragraph]


def test_the_byline_set_apart_leaves_the_lead() -> None:
    """Set apart, the glued byline is read as one: the lead opens the article."""
    body = ("\n\nShips have queued off the coast for a week, and exporters say fruit is rotting on the quays.\n\n"
            "The companies say the union's demands would cost them more than they earn in a year.\n")
    article = extract(RawDocument(f"By Jo Adeyemi BBC News, Lagos {_LEAD}{body}".encode(), filename="page.txt"),
                      Settings())
    assert article.text.startswith(_LEAD), article.text[:120]


@pytest.mark.parametrize("paragraph", [
    # the lead's code review of session 34: an opener that is a name's first word
    "The disgraced chemist He Wenli, who claimed to have made the first self-healing plastic, has been released from "
    "prison in Hefei after three years.",
    "The opposition politician An Jae-min said on Monday that he would run for the presidency again in next year's "
    "election.",
    "Millions of mobile customers left Three after the network went down for two days last week in the worst outage "
    "of the year.",
])
def test_an_opener_that_is_a_names_first_word_is_no_seam(paragraph: str) -> None:
    assert head_apart(paragraph) == [paragraph]
