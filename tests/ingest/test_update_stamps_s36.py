"""A colon after a bracketed update stamp goes with the stamp (t17 CNN live page read by the lead, session 36:
"(Updated: 1:38 a.m. Monday, Libya; 6:38 p.m. Sunday ET): Libya's army ..." left ": Libya's army ..." opening
sentences and Who says what rows). Articles written for the test."""

from __future__ import annotations

from newsbrief.ingest.extract import extract
from newsbrief.models import RawDocument
from newsbrief.settings import Settings

_HEAD = ("Protests spread across the capital\n\n"
         "Thousands of protesters marched through the centre of the capital on Tuesday, demanding new elections.\n\n")
_ENTRY = "The prime minister said in a televised address that he would not step down before the end of his term."


def _paragraphs(text: str) -> list[str]:
    return extract(RawDocument((_HEAD + text).encode(), filename="page.txt"), Settings()).text.split("\n\n")


def test_the_colon_after_a_bracketed_stamp_goes_with_it() -> None:
    paragraphs = _paragraphs("(Updated: 1:38 a.m. Monday, Lagos; 6:38 p.m. Sunday ET): " + _ENTRY)
    assert _ENTRY in paragraphs
    assert not any(p.startswith(":") for p in paragraphs)


def test_near_miss_a_colon_in_the_article_after_an_ordinary_bracket_stays() -> None:
    text = "The minister (who spoke for an hour): the speech was long. " + _ENTRY
    assert any("(who spoke for an hour): the speech" in p for p in _paragraphs(text))
