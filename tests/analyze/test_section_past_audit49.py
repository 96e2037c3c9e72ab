"""Outlook misfilings of reader Audit 49 (docs/audit.md 50.4 item 5), each case a short article written for this test.

- A present fact put in other units with "it would take <an amount> to <do>" is no forecast.
- A main clause of a present state or past event ("hasn't commented since Thursday, when X told reporters ...") whose
  only forward words lie in the dated report: the forecast is the quoted speaker's, told as history.
- "We could do worse than to follow X's advice" is an idiom of advice, no forecast.

Near misses keep real forecasts: a "would take" with a speaker, a report whose main clause forecasts.
"""

from __future__ import annotations

from newsbrief.analyze.classify import analyze_outlook, sentence_class
from newsbrief.analyze.context import build_context
from newsbrief.analyze.section_past import dated_forecast, measured_would
from newsbrief.models import Article, Document, Sentence, Source
from newsbrief.nlp.annotate import annotate

_MENU = (
    "Burger Chain Tests Lighter Menu\n\n"
    "A burger chain is testing a lighter menu in 40 restaurants in Ohio, its executives said on Tuesday.\n\n"
    "Currently, the chain's biggest burger has 560 calories and 30 grams of fat. A large fries contains 490 "
    "calories, and it would take a full hour of brisk walking to burn that off.\n\n"
    "The chain will decide whether to sell the lighter menu nationwide next year, a spokesman said.\n")

_JETS = (
    "Senators Question Fighter Jet Program\n\n"
    "Several senators on Tuesday questioned a costly fighter jet program after a report found fresh delays.\n\n"
    "The defence ministry hasn't commented on the matter since Thursday, when Senator Jane Holt told reporters "
    "the program was over budget and if costs kept rising \"it is likely to be cancelled.\"\n\n"
    "The program employs thousands of workers in a dozen states. The Senate will hold a hearing on it next "
    "month, its chairman said.\n")


def _doc(text: str) -> Document:
    return annotate(Article(text=text, source=Source(title=text.split("\n", 1)[0], date="2026-12-01",
                                                     url="https://example.com/news/story")))


def _sentence(doc: Document, words: str) -> Sentence:
    return next(s for s in doc.sentences if words in s.text)


def _outlook(text: str) -> list[str]:
    doc = _doc(text)
    return [item.text for item in analyze_outlook(doc, build_context(doc))]


def test_measure_with_would_take_is_no_outlook() -> None:
    items = _outlook(_MENU)
    assert not any("burn that off" in i or "Currently" in i for i in items)
    assert any("lighter menu nationwide" in i for i in items)  # the real forecast stays


def test_would_take_with_a_speaker_or_a_time_stays_a_forecast() -> None:
    doc = _doc("It would take ten years to rebuild the bridge, officials said. "
               "The bridge is closed, and it would take ten years to rebuild it from next spring.")
    assert not measured_would(doc, _sentence(doc, "officials said"))
    assert not measured_would(doc, _sentence(doc, "next spring"))


def test_forecast_inside_a_dated_report_is_no_outlook() -> None:
    items = _outlook(_JETS)
    assert not any("hasn't commented" in i for i in items)
    assert any("hold a hearing" in i for i in items)


def test_report_whose_main_clause_forecasts_stays() -> None:
    doc = _doc("The ministry will review the program, after Senator Holt told reporters it was likely to be cut. "
               "Officials said on Thursday, when the report came out, that the program would be cut.")
    assert not dated_forecast(doc, _sentence(doc, "will review"))
    assert not dated_forecast(doc, _sentence(doc, "Officials said"))


def test_could_do_worse_is_advice_not_a_forecast() -> None:
    assert sentence_class("We could do worse than to follow the late mayor's advice and plant more trees.") \
        == "recommendations"
    assert sentence_class("You would do well to book early.") == "recommendations"
    assert sentence_class("The storm could do serious damage to the harbour.") == "outlook"
