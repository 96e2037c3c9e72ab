"""Session 23's ingest work (text3), as labelled cases (reader Audit 37, docs/audit.md section 38; the lead's
session-22 readings).

Every page and line here is written for these tests (new wording and names; the shapes are the audit's):

- a column's author note ("Dr. NAME is Research Fellow at ORG's X Programme.") stood as a paragraph of its own after
  the byline and the highlights: it became key point 2 and the essay's second sentence. A one-sentence paragraph that
  gives the byline writer's job is an author note; a person of the story with a job, or a note that goes on to tell
  an event, stays;
- a live page of "HHMM" entries lost the boundary between two entries, so a stamp sat inside a sentence ("... 250,000
  injured 2032 Gen NAME, the commander ...") and read as the year 2032; others were glued to their entry's first word
  ("2208The BBC's ..."). On a live page a valid clock stamp that fits between its neighbours' times starts an entry;
  a year in a sentence ("the 2004 Olympic Games", "in 1998 The ...") and a page without stamps stay;
- a quotation's paragraphs were glued with one mark between them ('... side."We were ... away."'): the next paragraph
  is set apart so the quotation reads as one speaker's two paragraphs; two quotations each closed, or a closed quote
  followed by narration with its own quotes, stay.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.models import RawDocument
from newsbrief.settings import Settings


def _text(page: str, name: str = "page.txt") -> str:
    return extract(RawDocument(page.encode(), filename=name), Settings()).text


# ------------------------------------------------------------------ an author note after the byline

_NOTE = "Dr. Maria Lindqvist is Senior Fellow at the Northgate Institute's Energy Security Programme."
_COLUMN = (
    "By Maria Lindqvist, Special to the Courier\n\n"
    "Cutting gas imports overnight would hurt poorer households first Price caps shift the cost to taxpayers "
    "A slower exit gives industry time to adapt\n\n"
    f"{_NOTE}\n\n"
    "(Courier) -- As ministers weigh an immediate ban on imported gas, one question keeps coming back: who pays?\n\n"
    "A ban announced this winter would raise heating bills for millions of families within weeks.\n\n"
    "Price caps can soften the blow, but they move the cost from bills to the public purse.\n\n"
    "A phased exit over three years would let factories switch fuels without closing their doors.\n\n"
    "That is why the slower path is the braver one.\n")


def test_a_byline_writer_s_job_note_is_cut() -> None:
    text = _text(_COLUMN)
    assert "Senior Fellow" not in text
    assert "who pays?" in text and "the braver one" in text


def test_a_job_note_about_someone_else_stays() -> None:
    """A person of the story with a job ("Dr. Paul Ek is Senior Fellow at ...") is no note about the writer."""
    page = _COLUMN.replace(_NOTE, "Dr. Paul Ek is Senior Fellow at the Northgate Institute's Energy Security "
                                  "Programme.")
    assert "Dr. Paul Ek is Senior Fellow" in _text(page)


def test_a_writer_s_note_that_goes_on_stays() -> None:
    """A paragraph that goes on past the job (a second sentence, an event) is the article's."""
    page = _COLUMN.replace(_NOTE, "Maria Lindqvist is a fellow at the Northgate Institute. She advised the energy "
                                  "ministry until last year, when the ban was first proposed.")
    assert "She advised the energy ministry" in _text(page)


def test_a_job_note_without_a_byline_stays() -> None:
    page = _COLUMN.replace("By Maria Lindqvist, Special to the Courier\n\n", "")
    assert "Senior Fellow" in _text(page)


# ------------------------------------------------------------------ a live page's glued clock stamps

_LIVE = (
    "As it happened: floods in the valley\n\n"
    "Rolling coverage of the floods along the river valley.\n\n"
    "2250 The regional council says the last shelters will stay open overnight.\n\n"
    "2231 Rescue crews have reached the village of Marrow by boat, the fire service says.\n\n"
    "2140 The council says 1,200 homes have been evacuated since Monday.\n\n"
    "Earlier it said that 30 people had been taken to hospital and 400 rescued 2118 Col Anna Weir, who leads the army "
    "unit in the valley, says 40 trucks of sandbags are arriving every hour.\n\n"
    "2052The BBC's Tom Hale in Marrow says the water is still rising in the lower streets.\n\n"
    "2015 Residents who stayed through the 1998 floods say this is worse.\n\n"
    "1944 Volunteers who worked at the 2004 Olympic Games have offered to help with logistics.\n")


def test_a_stamp_inside_a_sentence_starts_an_entry() -> None:
    text = _text(_LIVE)
    assert "400 rescued\n\n2118" in text or "400 rescued.\n\n2118" in text, text


def test_a_stamp_glued_to_its_entry_is_spaced() -> None:
    assert "2052 The BBC's Tom Hale" in _text(_LIVE)


def test_years_in_a_live_page_s_sentences_stay() -> None:
    text = _text(_LIVE)
    assert "through the 1998 floods" in text and "at the 2004 Olympic Games" in text


def test_a_year_glued_before_a_capital_on_a_plain_page_stays() -> None:
    page = ("The bridge was finished in the spring and opened to traffic in the summer.\n\n"
            "Engineers who built it had worked on the dam finished 1998 Harbour Authority records show.\n\n"
            "The council says tolls will end next year, once the loan for the bridge has been repaid in full.\n\n"
            "Drivers have paid a toll since the first week, and the council says traffic has doubled since then.\n")
    assert "finished 1998 Harbour" in _text(page)


def test_a_stamp_out_of_its_neighbours_order_stays() -> None:
    """A number that would break the page's order of entries is no stamp of this page."""
    page = _LIVE.replace("400 rescued 2118 Col", "400 rescued 2330 Col")
    assert "400 rescued 2330 Col" in _text(page)


# ------------------------------------------------------------------ a quotation's glued paragraphs

_MATCH = (
    "Hundreds of fans watched the home side lose 2-1 on Saturday.\n\n"
    "Coach Tom Reed told Radio North: \"To lose like that hurts the whole side.\"We were the better team for an hour "
    "and we threw it away.\"\n\n"
    "The club plays again on Tuesday, away at the league leaders, and Reed says the squad will be unchanged.\n\n"
    "The defeat leaves the home side sixth in the table, four points off the play-off places with ten games left.\n")


def test_a_quotation_s_glued_paragraphs_are_set_apart() -> None:
    assert "hurts the whole side.\n\n\"We were the better team" in _text(_MATCH)


@pytest.mark.parametrize("line", [
    'Reed said: "We lost."The board said "no" to a new deal.',
    'Reed said: "We lost."We will win next week, he added.',
    'The sign read "Closed."Nobody knew why.',
])
def test_a_closed_quotation_before_narration_stays(line: str) -> None:
    page = ("Hundreds of fans watched the home side lose 2-1 on Saturday.\n\n" + line + "\n\n"
            "The club plays again on Tuesday, away at the league leaders, and Reed says the squad will be unchanged.\n\n"
    "The defeat leaves the home side sixth in the table, four points off the play-off places with ten games left.\n")
    assert line in _text(page)


def test_narration_glued_between_two_quotations_stays() -> None:
    """'again."Ms Lind now trains ... week."I've ...': the marks alone would make the narration a quotation's
    paragraph; only a speaker's first or second person does."""
    line = ('"I could not walk for a year," Ms Lind said. "After the operation I doubted I would ever run again."'
            'Ms Lind now trains six days a week with a club in the city."I have never felt stronger," she said.')
    page = ("A swimmer who lost a leg in a crash has entered her first marathon, ten years after the accident.\n\n"
            + line + "\n\n"
            "The race takes place in October, and the club says it will run alongside her for the whole course.\n")
    text = _text(page)
    assert "Ms Lind now trains" in text and '\n\n"Ms Lind now trains' not in text
