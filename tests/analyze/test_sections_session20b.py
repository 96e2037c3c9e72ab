"""Outlook, Recommendations and Analysis items misread on main e8a199f (session 20 round 2: reader Audit 33 and the
lead's unseen Newsroom rows): labelled cases, each a short article written for this test.

- Recommendations: "has to do with" relates, it obliges nothing ("it has to do with making sure the firm pays");
  a hedged need ("those over six feet may need more legroom") guesses at a need, it urges nothing; a call whose
  subject is a bare "such" noun ("such travellers should go to the airport") leans on a sentence it cannot show.
- Outlook: a "was to" or "was expected to" under a past event ("died two days before he was to leave") is the
  future of a past moment, no forecast; a will-clause told as a simile after a past narrative ("won in three sets,
  and tickets ... will sell like those for a rock concert") is colour, no forecast.
- Analysis: a state word with nothing that caused it or followed from it ("With the centre paralysed, state
  television has dropped all mention ..."), a passive hit's agent ("he was hit on the head by a protester") and a
  ranking's "result of" ("the best result of his career") state no cause.

Near misses keep real items: a call to "have to do more", "need more training ... should take a test", "such as",
a "was to" with a time to come, a will-future with a date, a strike that paralysed the port, "the result of a
faulty signal".
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.classify import analyze_analysis, analyze_outlook, analyze_recommendations
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Document, Item, Source
from newsbrief.nlp.annotate import annotate

_BODY = ("The regional council met on Tuesday to discuss the new ferry timetable. "
         "About 3,000 people use the crossing each day, according to the operator. "
         "The old timetable had been in place since 2015.\n\n")


def _doc(text: str) -> Document:
    return annotate(Article(text=_BODY + text, source=Source(title="Council reviews ferry timetable",
                                                             date="2025-06-11", url="https://example.com/news/story")))


def _texts(items: tuple[Item, ...]) -> list[str]:
    return [i.text for i in items]


def _recs(text: str) -> list[str]:
    doc = _doc(text)
    return _texts(analyze_recommendations(doc, build_context(doc)))


def _outlook(text: str) -> list[str]:
    doc = _doc(text)
    return _texts(analyze_outlook(doc, build_context(doc)))


def _analysis(text: str) -> list[str]:
    doc = _doc(text)
    return _texts(analyze_analysis(doc, build_context(doc)))


_NOT_CALLS = [
    ("A briefing from a senior official said that while the president did say the anger had nothing to do with the "
     "firm's nationality, he went on \"but has to do with ensuring that a big, wealthy company lives up "
     "to its duties\".", "has to do with"),
    ("The seats are firm yet comfortable, though passengers over six feet may need more legroom, the operator "
     "said.", "may need more legroom"),
    ("All travellers who wish to leave on the chartered ferry should go to the harbour now, the council said. "
     "Earlier, the council said such travellers should go to the harbour at once.", "such travellers"),
]


@pytest.mark.parametrize(("text", "words"), _NOT_CALLS)
def test_no_call(text: str, words: str) -> None:
    assert not any(words in item for item in _recs(text))


_CALLS = [
    ("The union said the council has to do more for the crews who work the night crossings.", "has to do more"),
    ("The inspector said new skippers need more training and should take a test every five years.",
     "need more training"),
    ("The council said travellers such as students should show a card at the harbour.", "such as students"),
]


@pytest.mark.parametrize(("text", "words"), _CALLS)
def test_call_kept(text: str, words: str) -> None:
    assert any(words in item for item in _recs(text))


_NOT_FORECASTS = [
    ("The deckhand died two days before he was to leave for college, where he was expected to play football.",
     "was to leave"),
    ("The local crew beat the visitors in three close races to win the cup, and seats on the harbour wall for "
     "the final on Sunday will sell like those for a rock concert.", "will sell like"),
]


@pytest.mark.parametrize(("text", "words"), _NOT_FORECASTS)
def test_no_forecast(text: str, words: str) -> None:
    assert not any(words in item for item in _outlook(text))


_FORECASTS = [
    ("The new ferry is expected to enter service next month, the operator said.", "next month"),
    ("The operator said tickets for the summer sailings will go on sale on Monday.", "will go on sale"),
    ("The crew won the cup, and the club will hold a parade like last year's on Saturday.", "will hold a parade"),
]


@pytest.mark.parametrize(("text", "words"), _FORECASTS)
def test_forecast_kept(text: str, words: str) -> None:
    assert any(words in item for item in _outlook(text))


_NOT_CAUSES = [
    ("With parts of the harbour paralysed and hundreds of passengers stranded, the local radio station has dropped "
     "all mention of the dispute.", "dropped all mention"),
    ("The reporter said he was hit on the head by a passenger.", "hit on the head"),
    ("Coming off the best result of his career on Sunday, the skipper won the race by two lengths.",
     "best result"),
]


@pytest.mark.parametrize(("text", "words"), _NOT_CAUSES)
def test_no_cause(text: str, words: str) -> None:
    assert not any(words in item for item in _analysis(text))


_CAUSES = [
    ("The strike paralysed the harbour for a week, and fuel deliveries to the island stopped.", "paralysed"),
    ("The collision last year was the result of a faulty radar, the inquiry found.", "result of a faulty radar"),
]


@pytest.mark.parametrize(("text", "words"), _CAUSES)
def test_cause_kept(text: str, words: str) -> None:
    assert any(words in item for item in _analysis(text))
