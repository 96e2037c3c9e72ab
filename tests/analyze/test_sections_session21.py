"""Outlook, Recommendations and Analysis items misfiled on main 381fe1d (session 21: the lead's unseen Newsroom row
34 and CNN/DM row 77): labelled cases, each a short article written for this test.

- Recommendations: an opinion writer's "she could simply admit ...", "he might point out that ..." addressed to
  the piece's subject is the writer's advice to that subject, not a forecast: it belongs under Recommendations,
  and not under Outlook.
- Analysis: a speaker's own circumstance told as what others believe ("Folk assume that because I use a
  wheelchair I cannot travel alone") explains nothing in the story; a "because" that gives the grounds for what
  the writer advises someone to say ("Because the rise came first, she can say that ...") is no cause either.

Near misses keep real items: a forecast in an opinion piece ("the mayor could lose the vote next spring"), a
news report's "could", a cause with "because" in the speaker's own words about the story.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.classify import analyze_analysis, analyze_outlook, analyze_recommendations
from newsbrief.analyze.context import build_context
from newsbrief.analyze.section_suggest import writers_suggestion
from newsbrief.models import Article, Document, Item, Source
from newsbrief.nlp.annotate import annotate

# An opinion column advising a mayor (its subject) what to say about a stalled tram line.
_COLUMN = (
    "Now that Mayor Helen Varga has become the favourite to keep her job, she is going to hear a lot about the "
    "tram line. Apologising for the delay once is not enough. This story will not fade. But Varga can turn the "
    "tram fiasco into a chance to sell a sensible transport plan. The two aims fit together well. "
    "Start with the obvious. Instead of dodging the question, she could simply admit that the line is four years "
    "late and twice over budget. {extra}"
    "Then Varga should move on to the future. "
    "When her rivals say the city cannot afford any new transport, she might point out that the same people "
    "once said the bus lanes would ruin the high street. "
    "The shops on the high street are busier than they have been for a decade. "
    "There are far more voters who ride the bus than there are voters who drive into the centre.")


def _doc(text: str, title: str = "What the mayor should say about the trams") -> Document:
    return annotate(Article(text=text, source=Source(title=title, date="2025-03-02",
                                                     url="https://example.com/opinion/mayor-trams")))


def _texts(items: tuple[Item, ...]) -> list[str]:
    return [i.text for i in items]


def _sections(text: str) -> tuple[list[str], list[str], list[str]]:
    doc = _doc(text)
    ctx = build_context(doc)
    return (_texts(analyze_recommendations(doc, ctx)), _texts(analyze_outlook(doc, ctx)),
            _texts(analyze_analysis(doc, ctx)))


def test_column_advice_to_its_subject_is_a_recommendation() -> None:
    recs, outlook, _ = _sections(_COLUMN.format(extra=""))
    assert any("could simply admit" in r for r in recs)
    # Session 24: the writer's items are shown marked and with their openings repaired by the analyzer, so "the city"
    # with no place named withholds the second here, as the sections' repair did in the brief before; it is still
    # read as the writer's advice, not a forecast.
    doc = _doc(_COLUMN.format(extra=""))
    advised = next(s for s in doc.sentences if "might point out" in s.text)
    assert writers_suggestion(doc, build_context(doc), advised)
    assert not any("could simply admit" in o or "might point out" in o for o in outlook)


def test_grounds_for_advised_claim_are_no_cause() -> None:
    extra = ("Because the first overrun came before the new contractor arrived, Varga can say with some confidence "
             "that most of the waste was her predecessor's. ")
    _, _, analysis = _sections(_COLUMN.format(extra=extra))
    assert not any("Because the first overrun" in a for a in analysis)


def test_column_forecast_stays_outlook() -> None:
    extra = "Her rivals are strong, and she could lose the vote next spring. "
    recs, outlook, _ = _sections(_COLUMN.format(extra=extra))
    assert any("could lose the vote" in o for o in outlook)
    assert not any("could lose the vote" in r for r in recs)


_REPORT = (
    "The city's tram line will open four years late, the transport authority said on Monday. "
    "The authority blamed a dispute with its main contractor for most of the delay. "
    "Officials said the mayor could announce a new timetable next month. "
    "Passenger groups said they expected fares to rise when the line opens. "
    "The line was first proposed in 2012.")


def test_news_report_could_stays_outlook() -> None:
    recs, outlook, _ = _sections(_REPORT)
    assert any("could announce a new timetable" in o for o in outlook)
    assert not any("could announce" in r for r in recs)


_PROFILE = (
    "A teenage swimmer from Leeds has won a place on the national para-swimming squad. "
    "Maya Okafor, 16, trains five mornings a week at her local pool. "
    "'Folk assume that because I use a wheelchair I cannot do anything on my own, when in fact I travel to "
    "training alone every day,' Okafor said. "
    "The pool nearly closed last year because the council cut its budget, her coach said. "
    "She will compete at her first international meet in August.")


def test_own_circumstance_in_a_quote_is_no_cause() -> None:
    _, _, analysis = _sections(_PROFILE)
    assert not any("Folk assume" in a for a in analysis)
    assert any("council cut its budget" in a for a in analysis)


_CALL = (
    "The prime minister and the president spoke by phone for half an hour on Saturday about the mining disaster. "
    "The two governments later gave accounts of the call that stressed different points. "
    "The prime minister's office said the president had made clear he had no interest in undermining the mining "
    "company's finances. "
    "The company's shares fell by a third after the mine flooded because a pump failed, analysts said. "
    "The company's chairman will meet the president on Wednesday.")


def test_disclaimed_aim_is_no_cause() -> None:
    _, _, analysis = _sections(_CALL)
    assert not any("no interest in undermining" in a for a in analysis)
    assert any("because a pump failed" in a for a in analysis)


_FORUM = (
    "A survey of 2,000 cyclists found that most ride to work at least twice a week. "
    "Commuters said the new lanes had made the trip safer. "
    "Why do riders prefer the canal path? "
    "Because it has no traffic lights along the whole route. "
    "Nobody knows why the council closed the path last winter, because it has never said. "
    "It is a fair point, because I think the lanes are too narrow in places, one rider said. "
    "The council closed the bridge in May because the deck had cracked.")


def test_fragment_unknown_cause_and_view_grounds_are_no_cause() -> None:
    _, _, analysis = _sections(_FORUM)
    assert not any(a.startswith("Because it has no traffic lights") for a in analysis)
    assert not any("Nobody knows why" in a for a in analysis)
    assert not any("because I think" in a for a in analysis)
    assert any("the deck had cracked" in a for a in analysis)


_FILM = (
    "The new film follows a retired soldier who returns to a city he no longer recognises. "
    "All the soldier wants is to go back to his farm and his two daughters. "
    "The director said audiences should see it on the biggest screen they can find. "
    "The film opens in cinemas on Friday.")


@pytest.mark.xfail(strict=True, reason="a wish described ('All X wants is to ...') is read as a call; dropping it from "
                   "Recommendations sent Newsroom row 17's line to Who says what with a broken speaker ('Maximus, "
                   "All'), so the fix waits for the positions stage")
def test_wish_described_is_no_call() -> None:
    recs, _, _ = _sections(_FILM)
    assert not any("All the soldier wants" in r for r in recs)
    assert any("should see it" in r for r in recs)
