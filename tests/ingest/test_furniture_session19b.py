"""Session 19b: a news site's related-coverage box flattened into the article's text (Audit 31, its worst brief).

Each card of the box is one line: another story's photo caption, then that story's headline in Title Case glued to
the caption's stop with no space ("... a union flag bag.Council Backs Plan to ..."), then its stamp date, often glued
to the headline too ("...Budget PlanNOV. 17, 2014"). The cards gave a brief its whole timeline, a quote, a key figure
and an actor. The whole line goes (the caption is the other story's photo). A run of two or more such lines is
strong evidence; one line alone needs both the glued join and the stamp date at its end. A paragraph ending in a
date with its stop, an "U.S.Army" typo, a dateline, a quotation and a lone glued typo stay.

Articles are invented.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.models import RawDocument
from newsbrief.pipeline import brief_source
from newsbrief.settings import Settings

_LEAD = ("HARLAN — A county judge on Monday ordered the Harlan water board to publish its testing records for the "
         "past five years, siding with a group of residents who said the board had hidden high lead readings.\n\n"
         "The board had refused three requests for the records, saying they held details of private homes.\n\n")
_CARDS = (
    "A resident fills a jug at a public tap in Harlan in March.Water Board Faces Questions Over Lead Tests in "
    "Older HomesAUG. 24, 2014\n"
    "The mayor of Dunmore, Pat Kell, right, said on Monday that the town would replace its oldest pipes by the end of "
    "the decade.Dunmore Sets Out Plan to Replace Pipes Under Main StreetNOV. 17, 2014\n"
    "Lena Ortiz, a mother of two, spoke to reporters at her home. “We were told the water was safe,” she said. "
    "“Nobody checked.”Families Demand Answers After Second Round of Tests FEB. 1, 2015\n"
)
_REST = ("The judge gave the board 30 days to publish the records and said the residents' lawyers could inspect the "
         "originals.\n\n"
         "A lawyer for the board said it would study the ruling and had not decided whether to appeal.\n\n"
         "The residents' group said it would hold a public meeting on Thursday to read the records together.\n")


def _text(settings: Settings, text: str) -> str:
    return extract(RawDocument(text.encode(), filename="page.txt"), settings).text


def test_a_strip_of_cards_inside_a_block_goes(settings: Settings) -> None:
    text = _text(settings, _LEAD + _CARDS + _REST)
    for gone in ("public tap", "Pat Kell", "Dunmore", "Lena Ortiz", "Nobody checked", "Families Demand", "2014"):
        assert gone not in text, (gone, text)
    assert "The judge gave the board 30 days" in text, text


def test_a_strip_of_cards_above_a_paragraph_of_the_same_block_leaves_the_paragraph(settings: Settings) -> None:
    text = _text(settings, _LEAD + _CARDS + "The judge gave the board 30 days to publish the records.\n\n"
                 + _REST.split("\n\n", 1)[1])
    assert "Pat Kell" not in text, text
    assert "The judge gave the board 30 days to publish the records." in text, text


def test_cards_each_a_paragraph_of_their_own_go(settings: Settings) -> None:
    text = _text(settings, _LEAD + _CARDS.replace("\n", "\n\n") + _REST)
    for gone in ("public tap", "Pat Kell", "Lena Ortiz"):
        assert gone not in text, (gone, text)
    assert "A lawyer for the board said" in text, text


@pytest.mark.parametrize("stamp", ["Nov 17, 2014", "17 November 2014", "2014-11-17", "November 17, 2014"])
def test_a_run_of_two_cards_with_any_stamp_form_goes(settings: Settings, stamp: str) -> None:
    # Captions long enough (over 30 words with the headline) that no rule for unpunctuated lines takes them.
    cards = ("A resident fills a jug at a public tap in Harlan in March, a week after the board said the water in "
             "the older streets was safe to drink.Water Board Faces Questions Over Lead "
             f"Tests {stamp}\n"
             "Workers dig up a street in Dunmore on Monday, where the town has begun to replace the oldest of its "
             "iron pipes.Dunmore Sets Out Plan to Replace Pipes Under Main Street"
             f"{stamp}\n\n")
    text = _text(settings, _LEAD + cards + _REST)
    assert "public tap" not in text, text
    assert "Workers dig up" not in text, text


def test_a_single_card_with_join_and_stamp_goes(settings: Settings) -> None:
    card = ("The mayor of Dunmore, Pat Kell, right, said on Monday that the town would replace its oldest pipes."
            "Dunmore Sets Out Plan to Replace Pipes Under Main StreetNOV. 17, 2014\n\n")
    text = _text(settings, _LEAD + card + _REST)
    assert "Pat Kell" not in text, text
    assert "The judge gave the board" in text, text


def test_the_cards_give_the_brief_no_quote_timeline_or_speaker(settings: Settings) -> None:
    brief = brief_source(RawDocument((_LEAD + _CARDS + _REST).encode(), filename="page.txt"), settings)
    body = " ".join(item.text for section in brief.sections for item in section.items)
    for gone in ("Nobody checked", "Pat Kell", "We were told", "2015"):
        assert gone not in body, (gone, body)


# ---------------------------------------------------------------- near misses

@pytest.mark.parametrize("line", [
    # a real paragraph ending in a date, with its stop
    "The hearing on the appeal is set for Nov. 17, 2014.",
    # a typo join after an abbreviation
    "Engineers from the U.S.Army Corps of Engineers inspected the board's oldest main on Monday, officials said.",
    # a quotation, ending on a stamp-like date but with no glued headline
    "“We will publish everything,” said the board's chairman, Tom Reyes, who has led the board since June 3, 2014",
    # a lone glued typo join without a stamp
    "The board met on Tuesday.The Harlan Water Board Members Then Voted to Hire an Outside Auditor, officials said.",
    # a sentence that names a Title Case report and ends in a date with its stop
    "The residents cited a state report.Lead in Older Homes, published by the health department, came out "
    "on 17 November 2014.",
])
def test_a_near_miss_line_stays(settings: Settings, line: str) -> None:
    text = _text(settings, _LEAD + line + "\n\n" + _REST)
    assert line.split()[3] in text and line[-12:] in text, text


def test_a_dateline_with_a_date_stays(settings: Settings) -> None:
    text = _text(settings, "HARLAN, Nov. 17, 2014 — A county judge on Monday ordered the Harlan water board to "
                 "publish its testing records for the past five years.\n\n" + _REST)
    assert "A county judge on Monday ordered" in text, text


def test_two_real_paragraphs_ending_in_dates_stay(settings: Settings) -> None:
    pair = ("The board's last full test of the city's water was carried out on Nov. 17, 2014.\n\n"
            "Its next one, the judge noted, is not due until 17 November 2024.\n\n")
    text = _text(settings, _LEAD + pair + _REST)
    assert "carried out on Nov. 17, 2014." in text, text
    assert "not due until 17 November 2024." in text, text


def test_a_schedule_of_venues_and_dates_stays(settings: Settings) -> None:
    # A list item keeps its data on main (furniture.py); a run of such lines is no box of cards.
    schedule = ("The band's tour of the region, its first in ten years, will stop at three halls this autumn, the "
                "promoter said on Monday.\n\n"
                "- Harlan Civic Hall, Main Street, Harlan Nov 17, 2014\n\n"
                "- Dunmore Grand Theatre, Dunmore Nov 21, 2014\n\n")
    text = _text(settings, _LEAD + schedule + _REST)
    assert "Harlan Civic Hall, Main Street, Harlan Nov 17, 2014" in text, text
    assert "Dunmore Grand Theatre, Dunmore Nov 21, 2014" in text, text
