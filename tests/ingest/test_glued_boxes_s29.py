"""A data box's "Label: value" line glued into the lede (session 29, issue #11 pattern 8: page furniture).

A personal-finance or profile page heads its story with a data box ("Age: 34", "Estimated years until debt-free:
Unknown"); extracted or saved as text, the box's last line runs into the lede's first sentence, which then opened
key point 1. The cases are invented, in the style of such pages; the near misses are sentences and transcript
turns that open with a label and must stay whole.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.repair import without_inline_furniture

_LEDE = "Like many of my friends, I left college with a pile of loans and a degree that did not pay the rent."

# (paragraph, expected paragraph after ingest)
_GLUED = [
    (f"Estimated years until debt-free: Unknown {_LEDE}", _LEDE),
    ("Estimated years until debt-free: Two Like many of my friends, I moved home.",
     "Like many of my friends, I moved home."),
    ("Total student debt: $48,000 I was 22 when the first bill arrived, and I had no idea how to pay it.",
     "I was 22 when the first bill arrived, and I had no idea how to pay it."),
    ("Monthly rent: $1,250 My flat is a single room above a bakery on the edge of town.",
     "My flat is a single room above a bakery on the edge of town."),
    ("Age: 34 Occupation: Teacher Location: New York When the pandemic closed my school, I started to count every "
     "dollar.", "When the pandemic closed my school, I started to count every dollar."),
    ("Age: 29 The first thing I bought with my bonus was a second-hand bicycle for the commute.",
     "The first thing I bought with my bonus was a second-hand bicycle for the commute."),
    ("Household income: Two salaries We split every bill down the middle, from the mortgage to the dog food.",
     "We split every bill down the middle, from the mortgage to the dog food."),
]

# Paragraphs that open with a label and a colon but are no data box: they stay as they are.
_KEPT = [
    # a kicker or dateline before a name that opens the sentence
    "Update: President Obama said on Tuesday that the talks would go on into the night.",
    "WASHINGTON: Senator Jane Roe said the bill would pass before the recess.",
    # a transcript's turn: a speaker's name as the label, an answer that opens with a capital
    "Anderson: Right We have to look at what the council has actually done since the flood.",
    "Q: Yes I think the mayor should have called the meeting much earlier than she did.",
    # a sentence whose clause after the colon goes on in lower case
    "The verdict: guilty on all counts, after a trial that lasted more than six weeks.",
    "Her advice: Save early and often, and never borrow more than you can pay back in a year.",
    # a label inside the text, not at its start
    "The survey asked one question. Estimated years until debt-free: Unknown was the most common answer.",
    # a value of three capitalised words runs into a name
    "Location: New York City Hall The mayor met the union leaders there on Friday morning.",
]


@pytest.mark.parametrize(("paragraph", "expected"), _GLUED)
def test_glued_box_label_is_cut(paragraph: str, expected: str) -> None:
    assert without_inline_furniture(paragraph) == expected


@pytest.mark.parametrize("paragraph", _KEPT)
def test_label_that_is_no_box_stays(paragraph: str) -> None:
    assert without_inline_furniture(paragraph) == paragraph
