"""About-us boxes, author bio lines, media widgets and dated bylines (reader Audit 7).

The lines are written for these tests. Each furniture case has content lines beside it
that look like it: a news sentence about a monitoring agency, a quoted professor in the
body, a sentence that names a byline's date.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.furniture import drop_furniture, furniture_kind

# Line-level furniture: judged by furniture_kind alone, wherever the line stands.
FURNITURE = [
    ("widget", "Click for Audio: Crews tell the dispatcher the driver is not breathing."),
    ("widget", "Click for video: Firefighters reach the roof of the mill"),
    ("widget", "Listen to audio: The harbour master describes the collision."),
    ("widget", "Watch video: The moment the bridge span was lifted into place"),
    ("timestamp", "Updates at 5:10 p.m."),
    ("timestamp", "Update 3:45 p.m.:"),
    ("byline", "March 4, 2026 | By Jane Doe, Special to the Ledger"),
    ("byline", "12 March 2026 - By Mark Roe"),
    ("byline", "By the Ledger Wire Staff"),
    ("byline", "By the Associated Press"),
    ("byline", "By Lars Berg Nordic affairs analyst, Oslo University"),
    ("byline", "By Ann Holm, Energy Editor"),
]

CONTENT = [
    "Click beetles were found in the samples, the researchers said.",
    "Updates to the software will be released in May, the company said.",
    "By March 4, the council had spent more than £2 million on the repairs.",
    "By the time the ferry docked, 40 passengers had been treated for exposure.",
    "Watch officials said the video showed the moment the span fell.",
    "The Associated Press reported the arrests on Tuesday.",
]


@pytest.mark.parametrize(("kind", "line"), FURNITURE)
def test_furniture_lines(kind: str, line: str) -> None:
    assert furniture_kind(line) == kind


@pytest.mark.parametrize("line", CONTENT)
def test_content_lines(line: str) -> None:
    assert furniture_kind(line) is None, line


# ------------------------------------------------------------------ by position

LEAD = ("The harbour board voted on Tuesday to raise ferry fares by a tenth from June, citing fuel costs "
        "that doubled over the winter.")
MIDDLE = [
    "Islanders who commute to the mainland every day will pay about £80 more a year for a season ticket.",
    '"We had no choice," said Karin Lund, who chairs the board. "The alternative was cutting sailings."',
    "Tom Vik, a professor of transport economics at Nordland University, said the rise was modest.",
    "The board will review the fares again in the autumn.",
]

# A publisher's or a monitoring service's "about us" box at the foot of the page.
ABOUT_BOXES = [
    ["Press Digest Service selects and translates news from radio, television, newspapers and the web "
     "in more than 60 countries and 40 languages.",
     "It is based in Leeds and has several offices abroad."],
    ["Harbour Wire monitors more than 3,000 news sources in 25 languages and publishes summaries every hour.",
     "To subscribe, write to the sales team."],
]
# An author's bio line: the last paragraph names someone the article never mentions.
BIOS = [
    ["Lars Berg is a professor of Nordic politics at Oslo University. His latest book is The Long Winter."],
    ["Ann Holm is director of the Centre for Coastal Studies at Bergen."],
    ["Ann Holm is a senior fellow at the Institute for Island Affairs and the author of two books on ferries."],
    ["Mark Roe teaches maritime law at the University of Aberdeen."],
]
# Content at the foot that looks like a box or a bio: a person the body quotes, a news sentence
# with a reporting verb, an agency whose work is the news.
TAIL_CONTENT = [
    ["Lund is a professor of economics at Nordland University who studies ferry pricing, and she said "
     "the board would publish its accounts in May."],
    ["Tom Vik is also a member of the board's advisory panel."],
    ["The Coastal Monitoring Agency, which tracks ferry safety in 12 countries, said it would send inspectors "
     "in June."],
    ["Jane Doe is the mayor of the island and said she would fight the rise."],
    ["Fares on the southern routes are set by a separate authority."],
]


def _article(tail: list[str]) -> list[str]:
    return [LEAD, *MIDDLE, *tail]


@pytest.mark.parametrize("box", ABOUT_BOXES)
def test_an_about_box_at_the_foot_is_dropped(box: list[str]) -> None:
    assert drop_furniture(_article(box)) == [LEAD, *MIDDLE]


@pytest.mark.parametrize("bio", BIOS)
def test_an_authors_bio_at_the_foot_is_dropped(bio: list[str]) -> None:
    assert drop_furniture(_article(bio)) == [LEAD, *MIDDLE]


@pytest.mark.parametrize("tail", TAIL_CONTENT)
def test_content_at_the_foot_stays(tail: list[str]) -> None:
    assert drop_furniture(_article(tail)) == _article(tail)


def test_a_bio_in_the_middle_stays() -> None:
    # The same shape in the body is reporting about a person, whatever the name.
    bio = BIOS[0][0]
    paragraphs = [LEAD, bio, *MIDDLE]
    assert drop_furniture(paragraphs) == paragraphs


def test_a_bio_under_the_authors_byline_goes() -> None:
    paragraphs = ["By Lars Berg", LEAD, *MIDDLE, "Berg is a professor of Nordic politics at Oslo University."]
    assert drop_furniture(paragraphs) == [LEAD, *MIDDLE]
