"""A key point that is a quotation names its speaker, or is not chosen (a T17 brief's second
key point was the first sentence of a quotation whose speaker it never named). Articles written
for these tests."""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.pipeline import brief_document
from newsbrief.settings import Settings

LEAD = ("Hundreds of families flooded out of their homes in Millbrook last winter marched on the water "
        "board's offices on Saturday.")
QUOTE = ("\"We have waited eleven months for a single answer from the board. Nobody from the board has "
         "knocked on our door.")
TAIL = ("The board said in a statement that an independent review of the dam would report in the spring.\n\n"
        "Insurers have paid out more than 40 million pounds to households in the town since the flood.")

# The speaker is never named for the quotation: the organiser is named only after it, in a
# sentence of her own that says nothing of the quote.
UNNAMED = (f"{LEAD}\n\n{QUOTE}\"\n\nThe march was organised by Rita Mendes, whose bakery on the high street was "
           "destroyed in the flood. She said the board had ignored three warnings about the dam before it "
           f"failed.\n\n{TAIL}")
# The quotation ends '..., said Rita Mendes': every sentence of it is hers.
FRAMED = (f"{LEAD}\n\n{QUOTE} The board owes every family in this town an apology,\" said Rita Mendes, whose "
          f"bakery on the high street was destroyed in the flood.\n\n{TAIL}")
# The sentence after the quotation, in its paragraph, has her speak: the quotation is hers.
NEXT = (f"{LEAD}\n\n{QUOTE}\" Rita Mendes, whose bakery on the high street was destroyed in the flood, said "
        f"the board had ignored three warnings about the dam.\n\n{TAIL}")


def _points(text: str) -> list[str]:
    doc = annotate(Article(text=text, source=Source(title="Flood victims march on the water board")))
    summary = brief_document(doc, Settings()).section("summary")
    assert summary is not None
    return [item.text for item in summary.items]


def test_a_quotation_without_a_speaker_is_not_a_key_point() -> None:
    points = _points(UNNAMED)
    assert points and not any("eleven months" in p or "knocked on our door" in p for p in points), points


@pytest.mark.parametrize("text", [FRAMED, NEXT], ids=["framed", "next-sentence"])
def test_a_quotation_chosen_as_a_key_point_opens_with_its_speaker(text: str) -> None:
    quoted = [p for p in _points(text) if "eleven months" in p or "knocked on our door" in p]
    assert quoted, "the quotation is the strongest point after the lead in these articles"
    assert all(p.startswith("[Rita Mendes:] ") for p in quoted), quoted
