"""Reader Audit 40 (docs/audit.md 41), prose essay.

- A headline, standfirst or highlights run together with the body's first sentence, with no full stop between
  (#6 "... just get the job done Outrage and punishment are ...", #3's highlights ending "(CNN) --."), and a
  byline pasted before the lead ("By Michael Martinez, CNN It was ..."): only the body's sentence is told, or
  nothing when no sentence is left.
- A sentence whose subject pronoun comes after an opening phrase ("As campaign slogans go, it lacked ...",
  "According to his page, he is ...", "So they used ...") told away from its antecedent (#6, #5, #8).
- A nickname in quotation marks cut into the given name ("[Bank Hank”] Jackson", #12).

The articles are written for these tests.
"""

from __future__ import annotations

import re

import pytest

from newsbrief.models import Article, Brief, Citation, Item, Source
from newsbrief.pipeline import brief_article
from newsbrief.render import render
from newsbrief.render.prose import _Essay
from newsbrief.settings import Settings

COLUMN = (
    "Mayor Lind, about that bridge just fix it Anger and blame are fair answers to the closure.\n\n"
    "But above all, the mayor needs to show results Engineers said yesterday that the Kessel bridge would stay "
    "shut for another month, cutting the town's only road to the coast.\n\n"
    "Back in 1994, the mayor Otto Brandt ran for office by promising that the election was about roads, not "
    "parties.\n\n"
    "As campaign slogans go, it lacked a certain charm, and it did not help him much: he lost.\n\n"
    "Voters who chose Lind wanted the bridge fixed, and their anger is growing every week.\n\n"
    "The council has debated a repair fund for months without a vote, though its engineers warned of cracks.\n\n"
    "Residents are tired of the excuses and the blame.\n\n"
    "Just get it done.")

HIGHLIGHTS = (
    "Farm protest: Growers march on the capital There was hope the price talks would end quickly But weeks "
    "later, the growers are still camped outside the ministry Some say the protest could last all summer "
    "(CNN) --.\n\n"
    "Thousands of grain growers marched through Veloria on Tuesday, demanding higher prices for their wheat.\n\n"
    "The farm minister, Ada Kurz, said the government would not raise the fixed price this year.\n\n"
    "Growers said they would stay until the price was raised.")

BYLINED = (
    "By Nora Vance, CNN Hundreds of nurses walked out of three hospitals in Drelton on Monday, demanding more "
    "staff on night shifts.\n\n"
    "The nurses' union said the strike would last two days.\n\n"
    "Hospital managers said emergency wards stayed open.")

OBITUARY = (
    "His voice opened a whole era of radio. It was in Marcus “Little Lou” Perrin’s warm drawl, the way he read "
    "the late news on the city station for thirty years.\n\n"
    "Perrin, 71, died on Sunday after a long illness, his family said.\n\n"
    "Perrin joined the station in 1975 and retired in 2005.")

PROFILE = (
    "A local teacher named Rosa Ilves was said to have won the national lottery last week.\n\n"
    "Her brother Tomas Ilves denied the story on Monday.\n\n"
    "According to his page, he is a student in the capital.\n\n"
    "The lottery board said no winner had come forward.")


def _brief(text: str) -> Brief:
    return brief_article(Article(text=text, source=Source()), Settings())


@pytest.fixture(scope="module")
def column() -> Brief:
    return _brief(COLUMN)


@pytest.fixture(scope="module")
def profile() -> Brief:
    return _brief(PROFILE)


def _essay(text: str) -> str:
    prose = render(_brief(text), "prose")
    return prose.split("Notes (source sentence ids)")[0]


def _item(brief: Brief, start: str) -> Item:
    sentence = next(s for s in brief.sentences if s.text.startswith(start))
    citation = Citation(sentence.id, sentence.start, sentence.end, sentence.article_id)
    return Item(text=sentence.text, citations=(citation,))


def _told(brief: Brief, starts: list[str]) -> str:
    essay = _Essay(brief)
    essay.paragraph([_item(brief, s) for s in starts], [""])
    return " ".join(essay.paragraphs)


def test_a_headline_run_into_the_standfirst_is_not_told(column: Brief) -> None:
    told = _told(column, ["Mayor Lind", "Back in 1994"])
    assert "fix it Anger" not in told and "just fix it" not in told


def test_a_standfirst_run_into_the_body_tells_the_body_sentence(column: Brief) -> None:
    told = _told(column, ["But above all", "Back in 1994"])
    assert "results Engineers" not in told
    assert "Engineers said yesterday that the Kessel bridge would stay shut" in told


def test_an_opening_phrase_before_it_leans_back(column: Brief) -> None:
    told = _told(column, ["Mayor Lind", "Voters who chose", "As campaign slogans go"])
    assert "lacked a certain charm" not in told


def test_an_opening_phrase_before_it_is_told_after_its_antecedent(column: Brief) -> None:
    told = _told(column, ["Back in 1994", "As campaign slogans go"])
    assert "lacked a certain charm" in told


def test_a_possessive_opening_phrase_before_he_leans_back(profile: Brief) -> None:
    told = _told(profile, ["A local teacher", "According to his page"])
    assert "a student in the capital" not in told


def test_highlights_ending_on_a_dateline_are_not_told() -> None:
    essay = _essay(HIGHLIGHTS)
    assert "(CNN)" not in essay and "capital There was" not in essay
    assert "Thousands of grain growers marched" in essay


def test_a_byline_before_the_lead_is_not_told() -> None:
    essay = _essay(BYLINED)
    assert "Nora Vance" not in essay and "CNN Hundreds" not in essay
    assert "Hundreds of nurses walked out" in essay


def test_a_quoted_nickname_is_not_cut_into_a_bracket() -> None:
    essay = _essay(OBITUARY)
    assert re.search(r"\[[^\]“]*”\]", essay) is None  # no closing mark without its opening one
    assert "[Lou”]" not in essay and "[Little Lou”]" not in essay


CAPTIONED = (
    "Ferry strike strands islanders We must hope the talks resume soon Passengers wait at the harbour in Tarvik "
    "on a grey morning.\n\n"
    "Photograph: Ena Holm/Reuters Ferry crews walked out on Monday in a row over pay, stranding thousands of "
    "passengers on the islands.\n\n"
    "The crews' union said talks with the operator had broken down.\n\n"
    "The operator said it would run a reduced timetable.")

CLEFT = (
    "By Karl Osten, CNN It was nine days of strikes that finally forced the port of Marlow to close, union "
    "leaders said.\n\n"
    "The port authority said ships would be sent to other harbours.\n\n"
    "Dock workers want a ten percent raise.")


def test_a_photograph_credit_and_its_caption_are_not_told() -> None:
    essay = _essay(CAPTIONED)
    assert "Photograph" not in essay and "Passengers wait at the harbour" not in essay
    assert "Ferry crews walked out on Monday" in essay


def test_a_span_of_time_cleft_after_a_byline_is_told() -> None:
    essay = _essay(CLEFT)
    assert "Karl Osten" not in essay
    assert "It was nine days of strikes that finally forced" in essay


FRAGMENTS = (
    "The river board has spent two years on a flood plan for Essam.\n\n"
    "\"We are not trying to finish because we are not sure what finished means,\" one engineer said.\n\n"
    "Not sure because from the start, the board and the town council have said the plan is not about new walls.\n\n"
    "The board's own report found a gap in the work last year.\n\n"
    "A \"gap,\" perhaps due to the board's reluctance to pay for a second survey of the banks.\n\n"
    "What do the residents think?\n\n"
    "As the town's letters suggest, not angry, but not happy either.\n\n"
    "The board will publish the plan in March.")


@pytest.fixture(scope="module")
def fragments() -> Brief:
    return _brief(FRAGMENTS)


@pytest.mark.parametrize("start", ["Not sure because", "A \"gap,\"", "As the town's letters suggest"])
def test_an_elliptical_fragment_is_not_told_away_from_its_sentence(fragments: Brief, start: str) -> None:
    told = _told(fragments, ["The river board has spent", start])
    assert start not in told


def test_an_elliptical_fragment_after_its_sentence_is_told(fragments: Brief) -> None:
    told = _told(fragments, ["The board's own report", "A \"gap,\""])
    assert "perhaps due to the board's reluctance" in told


@pytest.mark.xfail(strict=True, reason="Audit 40 #6: the thesis of an argued piece sits in the standfirst's last line, "
                                       "run into the body's first sentence ('But above all, the mayor needs to show "
                                       "results Engineers said ...'); the essay tells only the body's sentence and "
                                       "cannot yet tell a standfirst line from a headline, so the lead misses it")
def test_an_argued_pieces_thesis_in_its_standfirst_leads_the_essay() -> None:
    essay = _essay(COLUMN)
    assert "needs to show results" in " ".join(essay.split(".")[:2])


SEQUENCE = (
    "The singer Lena Marsh opened her tour in Harwick on Friday.\n\n"
    "Her first album sold two million copies in 1999.\n\n"
    "On the title song she said she could sing the sun up.\n\n"
    "In the closing song she sang that she owned the city's nights.\n\n"
    "Marsh then made another claim: \"I taught the river to sing.\"\n\n"
    "The tour runs until May.")


def test_then_another_is_not_told_away_from_the_sentence_before() -> None:
    brief = _brief(SEQUENCE)
    told = _told(brief, ["The singer Lena Marsh", "Marsh then made another claim"])
    assert "another claim" not in told
