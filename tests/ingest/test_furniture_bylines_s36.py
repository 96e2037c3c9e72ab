"""A byline with its desk and place glued to the text after it is set apart and names the author (Issue #11: the
Timeline17 BBC and CNN pages, detokenised one sentence a line, run "By Jo Roe BBC News, Los Angeles ..." into the
lead). Articles are invented.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.ingest.furniture_bylines import byline_apart
from newsbrief.ingest.header import byline_author
from newsbrief.models import Article, RawDocument
from newsbrief.settings import Settings

_BODY = (
    "\n\nHe had lived in Los Angeles for forty years and wrote for the city's theatres until last spring.\n\n"
    "Friends said he was working on a new play about the harbour strike when he fell ill in March.\n\n"
    "A memorial will be held at the theatre next month, his publisher said on Monday.\n"
)


def _extract(text: str) -> Article:
    return extract(RawDocument(text.encode(), filename="page.txt"), Settings())


def test_a_desk_byline_with_a_two_word_place_goes_and_names_the_author() -> None:
    article = _extract("By Ann Marsh BBC News, Los Angeles Tom Baxter died at his home on Sunday after a long "
                       "illness, his family said in a statement." + _BODY)
    assert article.text.startswith("Tom Baxter died at his home"), article.text
    assert article.source.author == "Ann Marsh"
    assert "BBC News" not in article.text


def test_a_headline_before_the_byline_becomes_the_title() -> None:
    article = _extract("Storm season: are the towns ready? By Ann Marsh Environment correspondent, BBC News The flood "
                       "barriers built after the last storm have never been tested by a river in full spate." + _BODY)
    assert article.source.title == "Storm season: are the towns ready?"
    assert article.source.author == "Ann Marsh"
    assert article.text.startswith("The flood barriers built"), article.text


def test_a_dated_byline_of_two_writers_dates_the_article() -> None:
    article = _extract("January 5, 2011 | By Ann Marsh and Tom Reed, CNN Protesters marched through the capital for "
                       "a third day on Wednesday, demanding the release of the jailed editors." + _BODY)
    assert article.source.author == "Ann Marsh and Tom Reed"
    assert article.source.date == "2011-01-05"
    assert article.text.startswith("Protesters marched through the capital"), article.text


@pytest.mark.parametrize(("paragraph", "byline", "text"), [
    ("By Ann Marsh BBC News, Campeche, Mexico The old well was drilling in shallow water when it blew out and burned "
     "for nine months.", "By Ann Marsh BBC News, Campeche, Mexico", "The old well was"),
    ("By Ann Marsh BBC Diplomatic Correspondent Refugees say the number who have crossed the border this week is far "
     "higher than the official count.", "By Ann Marsh BBC Diplomatic Correspondent", "Refugees say"),
    ("By Ann Marsh, CNN senior international correspondent Is the opposition waning in the capital? Until the "
     "leadership falls, the capital is where it will be decided.",
     "By Ann Marsh, CNN senior international correspondent", "Is the opposition"),
])
def test_the_byline_ends_where_the_text_opens(paragraph: str, byline: str, text: str) -> None:
    page = paragraph + "\n" + "The refugees were counted at two camps."
    apart = byline_apart(paragraph, page)
    assert apart[0] == byline
    assert apart[1].startswith(text)
    # the name without its desk; a correspondent's title after a comma (the genre rules read it)
    assert (byline_author([apart[0]]) or "").split(",")[0] == "Ann Marsh"


@pytest.mark.parametrize("paragraph", [
    "By the time the BBC News team arrived, the protesters had left the square and police had reopened the roads.",
    "By Ann Marsh, CNN Police arrested two photographers outside the court building in the capital on Monday.",
    "The council was told on Monday that the budget was cut By Ann Marsh BBC News, who had seen the papers before the "
    "meeting began.",
])
def test_no_byline_or_no_desk_is_left_alone_or_cut_only_at_its_outlet(paragraph: str) -> None:
    apart = byline_apart(paragraph, paragraph)
    assert apart == [paragraph] or apart == ["By Ann Marsh, CNN", paragraph.removeprefix("By Ann Marsh, CNN ")]
