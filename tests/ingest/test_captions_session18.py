"""A labelled credit that ends a flattened page runs on into the page's related headlines.

Read by the lead (session 18, an unseen Newsroom row): a film column's text ended "... doesn't exist. Photo: A
scene from the film. Credit: <studio> <headline> <headline>" with no stop after the credit, because the page's
"related stories" headlines were glued to it; the credit piece was too long for the labelled-caption limit and
became an Outlook item. Articles below are invented.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.models import RawDocument
from newsbrief.settings import Settings

_BODY = (
    "Harlan's summer film season ended on a high note this weekend, when the action picture \"Steel Line\" "
    "opened to sold-out screens across the county. The picture, made for $30 million, took $12 million in three "
    "days, the studio said. Critics had written it off as a throwback. But audiences, it seems, wanted exactly "
    "that. Whether the success lasts is another matter. "
)


def _text(settings: Settings, text: str) -> str:
    return extract(RawDocument(text.encode(), filename="page.txt"), settings).text


@pytest.mark.parametrize("tail", [
    "Photo: A scene from \"Steel Line.\" Credit: Harlan Pictures Ortega: I'm planning a \"Steel Line\" sequel "
    "Studio wonders if Bryce will be back",
    "Photo: A scene from \"Steel Line.\" Credit: Harlan Pictures Box office: \"Steel Line\" tops the weekend chart",
])
def test_a_labelled_credit_ending_the_text_without_a_stop_goes_with_its_glued_headlines(
        settings: Settings, tail: str) -> None:
    text = _text(settings, _BODY + tail + "\n")
    for gone in ("Credit:", "Photo:", "sequel", "tops the weekend chart"):
        assert gone not in text, text
    assert text.rstrip().endswith("Whether the success lasts is another matter."), text


def test_a_long_labelled_piece_that_ends_on_a_stop_mid_text_stays(settings: Settings) -> None:
    # A writer's own "Picture: ..." aside mid-text, ending on a stop and followed by more text, is a sentence.
    text = ("The council met on Monday. Picture: a hall of three hundred residents shouting at five councillors "
            "about a road that has not been mended since the winter floods. The mayor said repairs would start "
            "in June, after the council's budget vote, and that the county would pay for the work from its "
            "reserve fund rather than raise the road levy this year.\n")
    joined = _text(settings, text)
    assert "three hundred residents" in joined


# ---------------------------------------------------------------- a video's teaser sentence

# Read by the lead (session 18, an unseen Newsroom row): a markets item closed on "In this video, <the analyst>
# gives three reasons why ...", the teaser of a video the saved text no longer has; it was the Conclusion.
_MARKET = (
    "Mortgage rates in Harlan rose for a third week, the county lenders' survey showed on Friday. The average "
    "rate on a 30-year loan rose to 5.1 percent from 5.0 percent a week earlier, and buyers are holding back, "
    "said Dana Reyes, an economist at Harlan Savings. "
)


@pytest.mark.parametrize("teaser", [
    "In this video, Reyes gives three reasons why it is still so hard for young buyers to get a first home.",
    "In the video above, Reyes explains what the rise means for first-time buyers.",
    "In this clip, Reyes talks about the lenders' new rules.",
])
def test_a_video_teaser_sentence_goes(settings: Settings, teaser: str) -> None:
    text = _text(settings, _MARKET + teaser + "\n")
    assert "Reyes gives" not in text and "Reyes explains" not in text and "Reyes talks" not in text, text
    assert "said Dana Reyes" in text


@pytest.mark.parametrize("story", [
    "In the video, released by the group on Tuesday, a man in a red jacket reads a statement.",
    "In this video, posted online on Monday, the gunman is seen walking into the store.",
])
def test_a_sentence_about_a_video_in_the_story_stays(settings: Settings, story: str) -> None:
    text = _text(settings, _MARKET + story + " Police said they were studying it.\n")
    assert story in text, text
