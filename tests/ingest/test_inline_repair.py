"""Repairs inside a paragraph, before sentences are split: mojibake, promos and print notes.

A page's text sometimes arrives as one long paragraph (feeds and archives deliver it so), and
then the line-level furniture filter cannot see a promo link set in brackets, a newspaper's
print-edition note or a reprints bar: they were read as sentences of the article (the lead's
reading of unseen Newsroom briefs, session 12). Double-encoded UTF-8 ("CutiÃ©") split one
person into two actors. The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.models import Article, RawDocument
from newsbrief.settings import Settings

LEAD = ("The harbour board voted on Tuesday to raise ferry fares by a tenth from June, citing fuel "
        "costs that doubled over the winter.")
MIDDLE = ("Islanders who commute every day will pay about £80 more a year, and the board said it would "
          "review the fares again in the autumn, after the summer timetable.")
CLOSE = "For now, the islanders say they will keep their protest going until the board listens."


def _extract(text: str) -> Article:
    return extract(RawDocument(text.encode(), content_type="text/plain"), Settings())


@pytest.mark.parametrize("promo", [
    "(See the ten busiest ferry routes in Europe.)",
    "(See pictures of the harbour protest.)",
    "(Check out a story about the island's last ferryman.)",
    "(Read more: Why fuel costs doubled this winter.)",
    "(Watch a video of the protest.)",
    "[Related: Island councils ask for a fares freeze.]",
    "(PHOTOS: The protest at the harbour office.)",
])
def test_a_bracketed_promo_inside_a_paragraph_is_removed(promo: str) -> None:
    article = _extract(f"Ferry fares to rise\n\n{LEAD} {promo} {MIDDLE} {CLOSE}\n")
    assert promo not in article.text
    assert LEAD in article.text and MIDDLE in article.text and CLOSE in article.text


@pytest.mark.parametrize("aside", [
    "(One of the board's members, in fact, lives on the island.)",
    "(The board has raised fares twice since 2019.)",
    "(Fares on the mainland routes, by contrast, have not changed since 2021.)",
])
def test_a_parenthetical_of_the_article_stays(aside: str) -> None:
    article = _extract(f"Ferry fares to rise\n\n{LEAD} {aside} {MIDDLE}\n")
    assert aside in article.text


@pytest.mark.parametrize("note", [
    "A version of this review appears in print on May 11, 2014, on page AU4 of the New York edition "
    "with the headline: The Future Will See You Now. Order Reprints|Today's Paper|Subscribe",
    "A version of this article appears in print on March 3, 2015, on page A12 of the National edition "
    "with the headline: Islands Protest Fares.",
    "Order Reprints| Today's Paper|Subscribe",
])
def test_a_print_edition_note_at_the_end_is_removed(note: str) -> None:
    article = _extract(f"Ferry fares to rise\n\n{LEAD} {MIDDLE} {CLOSE} {note}\n")
    assert article.text.rstrip().endswith(CLOSE)


def test_mojibake_is_repaired_once_and_clean_text_is_untouched() -> None:
    broken = "The priest, Alberto CutiÃ©, said he was sorry. CutiÃ©â€™s parish stood by him."
    article = _extract(f"Priest apologises\n\n{LEAD} {broken} {MIDDLE}\n")
    assert "Alberto Cutié, said" in article.text and "Cutié’s parish" in article.text
    assert "Ã" not in article.text
    clean = "Café owners in Malmö said “naïve” plans would fail — and Ã is a letter in Portuguese."
    article = _extract(f"Fares\n\n{LEAD} {clean} {MIDDLE}\n")
    assert clean in article.text


def test_a_byline_glued_to_its_date_gives_the_author_and_the_date() -> None:
    text = (f"By JANE DOEMAY 9, 2014 OSLO — {LEAD} {MIDDLE} {CLOSE}\n")
    article = _extract(text)
    assert article.source.author == "Jane Doe"
    assert article.source.date == "2014-05-09"
    assert "JANE" not in article.text and "MAY 9" not in article.text  # the dateline is read later, as ever

