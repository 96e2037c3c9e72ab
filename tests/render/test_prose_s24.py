"""Reader Audit 39 (docs/audit.md 40), prose essay.

- "The ministry now believes that he may be dangerous again" told right after a sentence on another man made
  him the danger (#8): a sentence whose he/she the article resolves in the sentences before it is not told
  after a sentence naming another person.
- "The following year, ..." told after a sentence of another year (#6): a time named only by the sentence
  before leans back on it.
- "But on Friday, X said ..." opening a sentence away from the one it contrasts with (#4): the stray
  connective is dropped.
- Doubled quotation marks in the source ("““We ...") were printed doubled and closed twice (#10).
- A statement cut at a sentence break inside its quotation (#9): the quotation is told to its end.
- A run of "Name: teaser" highlights pasted in as one sentence (#7).
- "The article adds that I paused" in a first-person column (#12): the writer's "I" is quoted as the writer's.

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Brief, Citation, Item, Source
from newsbrief.pipeline import brief_article
from newsbrief.render.prose import _Essay
from newsbrief.render.prose_links import drop_stray_link
from newsbrief.render.prose_speakers import balance_quotes
from newsbrief.settings import Settings

ARTICLE = (
    "Two of the seven prisoners freed from Harlow jail in a swap for the reporter Anna Vesk are thought to have "
    "rejoined a smuggling ring.\n\n"
    "Officials said on Monday that one of the freed men had contacted his old gang. "
    "The ministry now believes that he may be dangerous again.\n\n"
    "Prosecutors will charge Colonel Dirk Mallan, who ran the jail, with fraud, a newspaper reported this week.\n\n"
    "A fire gutted the jail's kitchen in 2008. "
    "The following year, a riot broke out in its east wing.\n\n"
    "Critics blamed the jail's managers for both. "
    "But on Friday, Mallan said the jail had been run by the book.\n\n"
    "The jail's warden, Ines Oduya, released a statement saying, \"We ask the press not to guess at names while "
    "lives are at risk. We will not name anyone at this stage or say how the inquiry is going.\"\n\n"
    "The swap \"was a mistake\" Ola Berg: freed men \"will be watched closely\" Tom Reyes: expect more swaps "
    "this year Lin Chu: a fair trade, not so rare.\n\n"
    "The swap was agreed in March.")

COLUMN = (
    "A quiet student once told me her English name was Lucky Star.\n\n"
    "I paused, smiled, and then asked her where the name came from.\n\n"
    "Schools in the region have encouraged English names for years.")


@pytest.fixture(scope="module")
def brief() -> Brief:
    return brief_article(Article(text=ARTICLE, source=Source()), Settings())


@pytest.fixture(scope="module")
def column() -> Brief:
    return brief_article(Article(text=COLUMN, source=Source()), Settings())


def _item(brief: Brief, start: str) -> Item:
    sentence = next(s for s in brief.sentences if s.text.startswith(start))
    citation = Citation(sentence.id, sentence.start, sentence.end, sentence.article_id)
    return Item(text=sentence.text, citations=(citation,))


def _told(brief: Brief, starts: list[str], connectives: list[str] | None = None) -> str:
    essay = _Essay(brief)
    essay.paragraph([_item(brief, s) for s in starts], connectives or [""])
    return " ".join(essay.paragraphs)


def test_a_pronoun_subject_is_not_told_after_another_person(brief: Brief) -> None:
    told = _told(brief, ["Prosecutors will charge", "The ministry now believes"])
    assert "dangerous again" not in told


def test_a_pronoun_subject_after_its_own_antecedent_is_told(brief: Brief) -> None:
    told = _told(brief, ["Officials said on Monday", "The ministry now believes"])
    assert "dangerous again" in told


def test_a_relative_year_is_not_told_away_from_its_year(brief: Brief) -> None:
    told = _told(brief, ["Prosecutors will charge", "The following year"])
    assert "riot" not in told


def test_a_relative_year_after_its_own_year_is_told(brief: Brief) -> None:
    told = _told(brief, ["A fire gutted", "The following year"])
    assert "riot" in told


def test_a_stray_but_is_dropped_away_from_its_contrast(brief: Brief) -> None:
    told = _told(brief, ["Two of the seven", "But on Friday"])
    assert "But on Friday" not in told and "[O]n Friday" in told


def test_a_but_after_its_contrast_stays(brief: Brief) -> None:
    told = _told(brief, ["Critics blamed", "But on Friday"])
    assert "But on Friday" in told


def test_doubled_quotation_marks_are_told_once() -> None:
    assert balance_quotes("““We kept every rule,” Mallan said.") == "“We kept every rule,” Mallan said."


def test_a_statement_is_told_to_the_end_of_its_quotation(brief: Brief) -> None:
    told = _told(brief, ["Two of the seven", "The jail's warden"])
    assert "We will not name anyone" in told


def test_a_run_of_labelled_teasers_is_no_essay_sentence(brief: Brief) -> None:
    told = _told(brief, ["Two of the seven", "The swap \"was"])
    assert "Tom Reyes" not in told


def test_the_writers_i_is_told_as_the_writers(column: Brief) -> None:
    told = _told(column, ["A quiet student", "I paused"], ["The article adds that "])
    assert "that I paused" not in told and "I paused" in told and "writer" in told


@pytest.mark.parametrize("text", ["But for the rain, the match would have gone ahead.", "Yet another blow came on Friday.",
                                  "Yet more rain fell overnight."])
def test_but_for_and_yet_another_are_kept_whole(text: str) -> None:
    """Review of session 24: "But for" means "without", and "yet another" means "still another"; dropping the word
    would change the meaning ("[F]or the rain ...")."""
    assert drop_stray_link(text) == text


def test_a_plain_opening_yet_is_still_dropped() -> None:
    assert drop_stray_link("Yet the council voted again.") == "[T]he council voted again."
