"""Misattribution after reader Audit 44 (docs/audit.md 45.3 and 45.4, patterns 1, 3 and 4: a line given to the wrong
official, a heading or a stub as a speaker, the writer's sentence glued to a source's), on short texts written for
these tests:

1. A sentence-initial "He" carries on the subject of the sentence just before when that subject is a person, even
   one the NER model typed as a place or a body: a title written before the name ("Cardinal", "Bishop", "Senator")
   makes it a person, so the "he" is not a minister named sentences back.
2. A speaker is a name, a role noun phrase or a pronoun resolved to one: never an adverb, adjective or interjection
   of the sentence ("- sorry"), nor a word cut at its hyphen ("the co" of "the co-executors wrote").
3. A round-up's heading in capitals ("YAHOO WANTS TO PERSONALIZE YOUR PHONE") is no one's statement, and "X wants
   (Y) to ..." is the writer's reading of an aim, not X's recommendation.
4. The writer's sentence glued to a source's with no full stop ("... in the last ten years The panel has until
   May ...") is not the source's: its words end at the run-together boundary, and a Who says what row either stops
   there or is withheld.
5. Near misses kept: a "he" after a named man, a "The Times" or "The Hague" inside a clause, a hyphenated role
   ("the vice-president said"), a company's plain statement of what it wants when it says so.

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.positions import analyze_positions
from newsbrief.analyze.quotes import analyze_quotes
from newsbrief.models import Article, PositionInfo, QuoteInfo, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute
from tests.nlp.test_session12_speakers2 import check_speaker

_CARDINAL = (
    "But late on Sunday the health minister, Pablo Ortega Ruiz, dented hopes by saying nine more people had died.\n\n"
    "The church, unable to hold large services, has found other ways to reach the faithful.\n\n"
    "Cardinal Norbeto Medellin has written a prayer, which families can recite at home, asking for divine "
    "deliverance from the fever.\n\n"
    "He urged people to follow the services on radio and television."
)
_BISHOP = (
    "Interior minister Tomas Brandt said on Monday that the border would stay closed.\n\n"
    "Aid groups have asked for a corridor to the camps.\n\n"
    "Archbishop Anselmo Lima has opened his cathedral to the families who fled.\n\n"
    "He told worshippers to follow the services on radio."
)
_SENATOR = (
    "Treasury secretary Hal Dormer defended the plan before the committee on Tuesday.\n\n"
    "Opposition to it has grown in the farm states.\n\n"
    "Senator Norbeto Sonora has drafted a rival bill with six colleagues.\n\n"
    "He called on the White House to follow the old rules."
)
# near miss: the subject just before is a man the model knows; the "he" is his
_PLAIN = (
    "The finance minister, Carl Mendes, presented the budget on Monday.\n\n"
    "The union leader Ivo Sato has written to every member of parliament.\n\n"
    "He urged them to vote against the cuts."
)

_OFFICER = (
    "The officer started out prickly one of his opening lines was, \"You could be spending the night in a cell, "
    "smart guy\", which impressed and scared me but ten minutes of heartfelt apologies and gee-I'm - sorry "
    "delivered in my best accent appeared to calm him, and I was let go."
)
_EXECUTORS = (
    "The estate's lawyers had asked the channel to drop the film.\n\n"
    "\"Your decision to even plan this film is in shockingly poor taste and cruel to the family,\" the "
    "co-executors wrote."
)
# near miss: a hyphenated role speaks in full
_VICE = (
    "The company's results fell short of forecasts.\n\n"
    "\"We expect a much stronger second half of the year,\" the vice-president said."
)

_ROUNDUP = (
    "The biggest companies make news every day. Here are today's highlights.\n\n"
    "(Daily Ledger) NORTHWIND WANTS TO RUN YOUR CALENDAR The company is building software that would plan a user's "
    "day from their mail.\n\n"
    "The software, which may be shown later this month, will offer the same features as Northwind's web page."
)
_AIM = (
    "Moscow has backed the government throughout the war.\n\n"
    "It wants any new government that may emerge to keep its alliance with Russia.\n\n"
    "The foreign minister said on Monday that Russia would veto the resolution."
)
_OWN_AIM = (
    "Northwind has lost customers to its rivals this year.\n\n"
    "Northwind wants to run the calendars of its users from their mail, starting in the autumn."
)
# near miss: a union that says what it wants keeps its row
_DEMAND = (
    "Nurses walked out at four hospitals on Monday.\n\n"
    "The union said it wants the health board to raise pay by 8% and to hire 400 more nurses this year."
)

_GLUED = (
    "The panel heard from oil firms and campaigners on Monday.\n\n"
    "However, Rosa Delacroix of the Coastal Watch group noted that two rival firms had a similar record of safety "
    "breaches, and one of them had been fined more than $3 m in the last ten years The panel has until 15 May to "
    "publish its account of the causes of the blast, and to offer ways to prevent another."
)
_GLUED_HE = (
    "Investors sold the shares on Friday.\n\n"
    "Analyst Mara Quint said the bank had lost money on every loan book it bought in 2019 He was appointed chairman "
    "of the bank's audit committee last year."
)
# near misses: "The Hague", "The Times" inside a clause
_HAGUE = (
    "Lawyers for the former general said on Monday that the court in The Hague had no right to try him."
)
_TIMES = (
    "Tomas Ferrer told The Times that the club would appeal against the ban and that the fans would back it."
)


def _attributions(text: str) -> list[tuple[str | None, str, str, str]]:
    doc = annotate(Article(text=text, source=Source()))
    return [(a.speaker, a.kind, a.stance, text[a.content_start : a.content_end]) for a in attribute(doc).attributions]


def _rows(text: str) -> list[tuple[str, str, str]]:
    doc = annotate(Article(text=text, source=Source(title="Test")))
    return [(i.payload.speaker, i.payload.stance, i.text) for i in analyze_positions(doc, build_context(doc))
            if isinstance(i.payload, PositionInfo)]


def _quotes(text: str) -> list[tuple[str | None, str]]:
    doc = annotate(Article(text=text, source=Source(title="Test")))
    return [(i.payload.speaker, i.text) for i in analyze_quotes(doc, build_context(doc))
            if isinstance(i.payload, QuoteInfo)]


# (text, a piece of the content, a speaker that must hold it, speakers never given)
HE_CASES: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (_CARDINAL, "follow the services", "Medellin", ("Pablo Ortega Ruiz",)),
    (_BISHOP, "follow the services", "Lima", ("Tomas Brandt",)),
    (_SENATOR, "follow the old rules", "Sonora", ("Hal Dormer",)),
    (_PLAIN, "vote against the cuts", "Ivo Sato", ("Carl Mendes",)),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "expected", "never"), HE_CASES, ids=[f"he{i}" for i in range(len(HE_CASES))])
def test_he_carries_on_the_titled_subject_just_before(text: str, piece: str, expected: str | None,
                                                      never: tuple[str, ...]) -> None:
    check_speaker(text, piece, expected, never)


STUBS: list[tuple[str, str, tuple[str, ...]]] = [
    (_OFFICER, "smart guy", ("sorry", "- sorry", "gee")),
    (_EXECUTORS, "poor taste", ("the co", "co", "-")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "never"), STUBS, ids=[f"stub{i}" for i in range(len(STUBS))])
def test_a_speaker_is_never_a_stray_word_or_a_stub(text: str, piece: str, never: tuple[str, ...]) -> None:
    speakers = [s for s, _k, _st, content in _attributions(text) if piece in content]
    assert not any(s is not None and s.strip() in never for s in speakers), speakers
    quoted = [s for s, q in _quotes(text) if piece in q]
    assert not any(s is not None and s.strip() in never for s in quoted), quoted


@pytest.mark.slow
def test_a_hyphenated_speaker_is_shown_whole() -> None:
    quoted = [s for s, q in _quotes(_EXECUTORS) if "poor taste" in q]
    assert quoted in ([], ["the co-executors"]), quoted
    quoted = [s for s, q in _quotes(_VICE) if "second half" in q]
    assert quoted == ["the vice-president"], quoted


@pytest.mark.slow
def test_a_heading_in_capitals_is_no_statement() -> None:
    assert not any("CALENDAR" in row[2] for row in _rows(_ROUNDUP)), _rows(_ROUNDUP)
    assert not any(s is not None and s.upper() == "NORTHWIND" and kind != "attitude"
                   for s, kind, _st, _c in _attributions(_ROUNDUP)), _attributions(_ROUNDUP)


@pytest.mark.slow
def test_wanting_is_an_aim_not_a_recommendation() -> None:
    rows = _rows(_AIM)
    assert not any("alliance" in text and stance == "recommends" for _s, stance, text in rows), rows
    aims = _attributions(_OWN_AIM)
    assert not any(s is not None and "Northwind" in s and kind != "attitude" for s, kind, _st, _c in aims), aims


@pytest.mark.slow
def test_a_union_that_says_what_it_wants_keeps_its_row() -> None:
    rows = _rows(_DEMAND)
    assert any("union" in speaker.lower() and "raise pay" in text for speaker, _st, text in rows), rows


@pytest.mark.slow
@pytest.mark.parametrize(("text", "writer", "source"), [(_GLUED, "until 15 May", "Delacroix"),
                                                         (_GLUED_HE, "appointed chairman", "Quint")],
                         ids=["glued_the", "glued_he"])
def test_a_voice_ends_at_a_glued_sentence_boundary(text: str, writer: str, source: str) -> None:
    for speaker, _kind, _stance, content in _attributions(text):
        if speaker and source in speaker:
            assert writer not in content, content
    assert not any(source in speaker and writer in shown for speaker, _st, shown in _rows(text)), _rows(text)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "source"), [(_HAGUE, "no right to try him", "Lawyers"),
                                                       (_TIMES, "fans would back it", "Ferrer")],
                         ids=["hague", "times"])
def test_a_title_inside_a_clause_is_no_boundary(text: str, piece: str, source: str) -> None:
    assert any(speaker and source.lower() in speaker.lower() and piece in content
               for speaker, _k, _st, content in _attributions(text)), _attributions(text)


@pytest.mark.slow
def test_a_wants_sentence_read_as_a_call_is_shown_as_a_statement() -> None:
    from newsbrief.analyze.position_stances import stance_shown

    doc = annotate(Article(text=_AIM, source=Source()))
    sentence = next(s for s in doc.sentences if "alliance" in s.text)
    assert stance_shown(doc, sentence, "recommends") == "asserts"
    urged = annotate(Article(text="The mayor urged residents to stay indoors on Monday.", source=Source()))
    assert stance_shown(urged, urged.sentences[0], "recommends") == "recommends"


@pytest.mark.slow
@pytest.mark.xfail(strict=True, reason="the quotation inside 'one of his opening lines was, \"...\"' is withheld, not "
                   "given to the officer: the frame 'his lines was' names its speaker only through a possessive")
def test_the_officers_line_is_the_officers() -> None:
    quoted = [s for s, q in _quotes(_OFFICER) if "smart guy" in q]
    assert quoted == ["The officer"], quoted
