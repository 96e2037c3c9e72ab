"""A caption glued to the lead with no stop, where the lead opens on a word no opener list holds (Issue #11).

"Sam said she had hoped to raise £500 A nine-year-old girl ..." (an amount before the seam) and "... in the valley
Rescue teams are working ..." (a capitalised common word the page writes in lower case elsewhere) are set apart;
a name that goes on the words before it ("the stainless steel Apple Watch may start", "at the time Brown was shot",
"Henry 'Big Hank' Jackson has died"), a verbless phrase ("users of anonymous Web browser Tor have") and a role
before a name stay whole. Articles are invented.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.ingest.glued_heads import heads_apart
from newsbrief.models import Article, RawDocument
from newsbrief.settings import Settings

_BODY = [
    "The rescue effort was slowed by fallen trees, and a spokesman said web pages with updates would follow.",
    "Volunteers from the valley towns joined the teams, and the council said the rescue would go on all week.",
    "Residents said the water rose within an hour, and several families spent the night on their roofs.",
]


def _extract(text: str) -> Article:
    return extract(RawDocument(text.encode(), filename="page.txt"), Settings())


def test_a_caption_ending_on_an_amount_is_set_apart_from_the_lead() -> None:
    article = _extract(
        "Sam said she had hoped to raise £500 A nine-year-old girl from Leeds who set out to raise £500 for the "
        "flood appeal by swimming 50 lengths has raised more than £30,000.\n\n" + "\n\n".join(_BODY))
    assert article.text.startswith("A nine-year-old girl from Leeds"), article.text
    assert "hoped to raise" not in article.text.split("\n\n")[0]


def test_a_lead_opening_on_a_common_word_the_page_writes_in_lower_case_is_set_apart() -> None:
    first = ("Floods have cut off villages in the valley Rescue teams are working through the night to reach the villages "
             "cut off by the floods in the north.")
    split = heads_apart([first, *_BODY])
    assert split[:2] == ["Floods have cut off villages in the valley",
                         "Rescue teams are working through the night to reach the villages cut off by the floods in "
                         "the north."]


def test_the_same_capitalised_word_used_inside_a_name_is_no_seam() -> None:
    # "Rescue" written after "the" as part of a name ("the Mountain Rescue service") is not a common word here
    first = ("Floods have cut off villages in the valley Rescue teams are working through the night to reach the villages "
             "cut off by the floods in the north.")
    body = [*_BODY, "A crew from the Mountain Rescue service in Keswick joined them on Sunday morning."]
    named = [*body[:-1], body[-1].replace("the Mountain Rescue", "the Rescue")]
    assert heads_apart([first, *named])[0] == first


@pytest.mark.parametrize("lead", [
    "A tech website is reporting that pricing for the stainless steel Apple Watch may start at $500, while the gold "
    "models could cost far more.",
    "The FBI has questioned a man who says he recorded audio of gunfire at the time Brown was shot by police on "
    "August 9, the lawyer said.",
    "Rap pioneer Henry 'Big Hank' Jackson has died at the age of 57 after a long illness, his manager said on Tuesday.",
    "Multiple users of anonymous Web browser Tor have reported that their provider threatened to cut off their "
    "service.",
    "The party has chosen a new leader Rescue workers later said the flood barriers on the river would hold "
    "through the night.",
])
def test_a_name_or_phrase_that_goes_on_the_words_before_it_stays_whole(lead: str) -> None:
    assert heads_apart([lead, *_BODY])[0] == lead
