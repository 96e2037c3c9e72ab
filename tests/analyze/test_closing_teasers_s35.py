"""A last line that only says more follows ("And there's more.") closes nothing: the lead's reading of a t17 page,
session 35, whose brief closed on it (the live feed it announced is not in the text)."""

from __future__ import annotations

import pytest

from newsbrief.analyze.closing_statement import teases_more
from newsbrief.models import Hints, RawDocument
from newsbrief.pipeline import annotate_raw, brief_document
from newsbrief.settings import Settings


@pytest.mark.parametrize(("line", "teases"), [
    ("And there's more.", True), ("But wait, there's more!", True), ("More to come.", True),
    ("There is even more.", True), ("If so, we've got a few suggestions.", True),
    ("There's more to the plan than the council admits.", False), ("More than 200 people came.", False),
])
def test_a_line_that_only_says_more_follows(line: str, teases: bool) -> None:
    assert teases_more(line) is teases


ARTICLE = """How big is the lake spill? Try the map

A new map lets readers lay the outline of the Lake Varn fuel spill over their own town, and the results are \
sobering for anyone who lives near the water.

The spill now covers about 40 square kilometres, the regional water board said on Monday, twice the area it covered \
a week ago.

Playing with the map, I found that the slick would stretch from the harbour to the ring road if it sat over the city.

The water board said the leak from the pipeline had been slowed but not stopped, and that repairs would take weeks.

And there's more.
"""


def test_a_brief_does_not_close_on_a_teaser(settings: Settings) -> None:
    raw = RawDocument(ARTICLE.encode(), content_type="text/plain", filename="map.txt", hints=Hints())
    brief = brief_document(annotate_raw(raw, settings), settings)
    shown = [item.text.lower() for section in brief.sections for item in section.items]
    assert shown and not any("there's more" in text for text in shown)
