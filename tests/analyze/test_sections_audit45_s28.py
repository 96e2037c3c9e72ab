"""Recommendations and Analysis items misfiled in reader Audit 45 (docs/audit.md 46.2): labelled cases, each a short
article written for this test (other names, other events).

- Recommendations: a "should" of expectation ("the fund should already have enough cash to cover ..."), an
  interviewer's question line ("Question: ... has called for the envoy to resign") and a legal standard told as fact
  ("the firm must abide by rules that govern ...") are no calls; a plain call, a call to obey the law that someone
  urges, and a normative "should be able to" stay.
- Analysis: the cause of an earlier episode, told back with "At the time," / "Back then," after the earlier
  episode is named, is no cause of the current news and is withheld; a cause of the current event opening on
  "At the time," stays.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze import analyze
from newsbrief.models import Article, Document, Source
from newsbrief.nlp.annotate import annotate


def _doc(text: str, url: str = "https://example.com/news/story") -> Document:
    return annotate(Article(text=text, source=Source(title=text.split("\n")[0], date="2024-03-14", url=url)))


def _section(text: str, name: str, url: str = "https://example.com/news/story") -> list[str]:
    return [c.item.text for c in analyze(_doc(text, url)).get(name, ())]


def _article(body: str) -> str:
    return ("Harbour board weighs the cost of the dock repairs\n\n"
            "The Marlow harbour board met on Tuesday to discuss the cost of repairing the north dock after the winter "
            "storms. " + body + "\n\nThe board will meet again next month.\n")


_NO_CALLS = [
    # a "should" of expectation: what the speaker expects the firm's state to be
    ("expected_already", "Analyst Tom Reyes points out that by selling its spare ferries, the board should already "
                         "have enough money in hand to cover the repair bill."),
    ("expected_enough", "The treasurer said the reserve fund should have enough cash to pay for the work until "
                        "the end of the year."),
    ("expected_able", "Engineers said the dock should easily be able to take the larger ships by the summer."),
    # a legal standard stated as fact
    ("legal_abide", "The report notes that the board must abide by laws governing how public ports set their fees."),
    ("legal_comply", "Like all port operators, harbour boards must comply with national rules on dock safety."),
]


@pytest.mark.parametrize(("name", "sentence"), _NO_CALLS, ids=[n for n, _ in _NO_CALLS])
def test_no_recommendation(name: str, sentence: str) -> None:
    assert not any(sentence[20:60] in item for item in _section(_article(sentence), "recommendations"))


_INTERVIEW = (
    "Harbour expert answers questions on the dock dispute\n\n"
    "The Marlow Gazette turned to the port economist Ines Vale for some insights into the dispute.\n\n"
    "Question: The dockers' union has said it is against any private operator, even though it has called for the "
    "board chairman to resign.\n\n"
    "Is it possible for the board to work around the union?\n\n"
    "Ines Vale: The board still has the means to hire an operator, but the chairman is wary of a strike.\n\n"
    "Question: If the dock is to reopen, the mayor has said it must start with a full safety survey.\n\n"
    "Ines Vale: That survey would take months, and the board has no money for it yet.\n")


def test_interview_question_is_no_recommendation() -> None:
    items = _section(_INTERVIEW, "recommendations", "https://example.com/news/interview")
    assert not any("Question" in item or "union has said" in item or "mayor has said" in item for item in items)


def test_interviewee_call_kept() -> None:
    text = _INTERVIEW.replace("Ines Vale: That survey would take months",
                              "Ines Vale: The board should hire an outside firm to do the survey at once, because it")
    items = _section(text, "recommendations", "https://example.com/news/interview")
    assert any("should hire an outside firm" in item for item in items)


_CALLS = [
    ("plain_call", "Fishermen's leader Ana Pope said the board should rebuild the north dock before the autumn.",
     "should rebuild the north dock"),
    ("urged_law", "The minister urged the board to comply with the national rules on dock safety.",
     "comply with the national rules"),
    ("hindsight_call", "Fishermen's leader Ana Pope said the board should already have repaired the north dock "
                       "last year.", "should already have repaired"),
    ("norm_enough", "Fishermen's leader Ana Pope said every dock should have enough cranes for the autumn catch.",
     "should have enough cranes"),
    ("norm_able", "Fishermen's leader Ana Pope said small boats should be able to use the north dock for free.",
     "should be able to use"),
]
# Norms told with "should have" / "should be able to" were dropped until session 29 (classify._NOT_ADVICE read every
# "should have" as hindsight, advice.expects_by_should every "should be able to" as an expectation); a norm for a class
# of parties is now a call (section_expected.generic_norm; more cases in test_recommendations_s29).


@pytest.mark.parametrize(("name", "sentence", "part"), _CALLS, ids=[n for n, _, _ in _CALLS])
def test_call_kept(name: str, sentence: str, part: str) -> None:
    assert any(part in item for item in _section(_article(sentence), "recommendations"))


_EARLIER = (
    "Petrol prices jump to their highest level since 2005\n\n"
    "Petrol prices rose sharply this week to their highest level in nearly two decades, the motoring group "
    "said on Thursday. "
    "The jump was caused by a refinery fire in Texas that cut supplies to the east coast, traders said. "
    "The last time prices reached this level was in September 2005. "
    "At the time, the price increase was driven by damage caused by Hurricane Rita to refineries on the Gulf coast. "
    "Analysts expect prices to ease next month.\n")


def test_earlier_episode_cause_withheld() -> None:
    items = _section(_EARLIER, "analysis")
    assert not any("At the time" in item or "Hurricane Rita" in item for item in items)
    assert any("refinery fire" in item for item in items)


_CURRENT = (
    "Bridge closed after river floods\n\n"
    "The Elm Street bridge over the river Wey collapsed on Monday morning, police said. "
    "No one was hurt. "
    "At the time, the bridge was carrying more traffic than usual because of roadworks on the bypass. "
    "The council will inspect the other bridges this week.\n")


def test_current_cause_at_the_time_kept() -> None:
    assert any("roadworks" in item for item in _section(_CURRENT, "analysis"))


_DECADE = (
    "Ferry fares rise for the second time this year\n\n"
    "Ferry fares to the islands rose by a fifth on Monday, the operator said. "
    "The rise was caused by higher fuel costs and a shortage of crew, the operator said. "
    "Fares last rose this fast more than a decade ago. "
    "Back then, the rise was driven by the loss of two ships in a winter storm. "
    "The operator will review fares again in the spring.\n")


def test_decade_ago_cause_withheld() -> None:
    items = _section(_DECADE, "analysis")
    assert not any("Back then" in item or "two ships" in item for item in items)
    assert any("higher fuel costs" in item for item in items)
