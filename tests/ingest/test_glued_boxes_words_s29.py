"""A data box's lone "Label: value" line with a word value glued into the lede (session 29, issue #11 pattern 8).

A fact box's line whose value is a word, not a number ("Capital: Oslo", "Genre: Thriller"), ran into the lede's first
sentence as a lone pair, which ingest left glued: one pair with a one-word label and a word value looks like a
transcript's turn ("Anderson: Right We have to ...") or a kicker ("Update: President ..."). It is cut when its label
is a noun that heads a fact box (a country's, a person's, a film's or a firm's facts), never a speaker's name or role,
a dateline's place or a kicker. The cases are invented; the near misses are turns, kickers and datelines.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.repair import without_inline_furniture

_GLUED = [
    ("Capital: Oslo The government said on Monday it would raise the fuel tax by a tenth next year.",
     "The government said on Monday it would raise the fuel tax by a tenth next year."),
    ("Genre: Thriller The film follows a retired detective who is drawn back into one last case.",
     "The film follows a retired detective who is drawn back into one last case."),
    ("Nationality: Brazilian When she arrived in Lisbon at the age of 19, she spoke no Portuguese dialect but her own.",
     "When she arrived in Lisbon at the age of 19, she spoke no Portuguese dialect but her own."),
    ("Hometown: Leeds My father drove a bus for thirty years and never once took a day off sick.",
     "My father drove a bus for thirty years and never once took a day off sick."),
    ("Headquarters: Stockholm The company was founded in a garage by two engineering students in 1998.",
     "The company was founded in a garage by two engineering students in 1998."),
    ("Status: Endangered In the wild, fewer than 400 of the birds are thought to survive.",
     "In the wild, fewer than 400 of the birds are thought to survive."),
]

_KEPT = [
    # transcript turns: a speaker's name or role as the label
    "Anderson: Right We have to look at what the council has actually done since the flood.",
    "Host: Welcome The show tonight comes to you from the harbour in Bristol.",
    "Minister: Absolutely We will publish the figures before the end of the month.",
    # kickers and datelines before a name
    "Update: President Obama said on Tuesday that the talks would go on into the night.",
    "Exclusive: Police The force has never admitted the raid went wrong.",
    "Kabul: Taliban The group said in a statement it had taken the district centre.",
    # a fact label whose clause goes on in lower case, or with no function word after the value
    "Capital: the city was moved inland in 1991 after the coast flooded twice.",
    "Status: Endangered species are protected by law in all the countries of the region.",
]


@pytest.mark.parametrize(("paragraph", "expected"), _GLUED)
def test_word_valued_box_label_is_cut(paragraph: str, expected: str) -> None:
    assert without_inline_furniture(paragraph) == expected


@pytest.mark.parametrize("paragraph", _KEPT)
def test_label_that_is_no_box_stays(paragraph: str) -> None:
    assert without_inline_furniture(paragraph) == paragraph
