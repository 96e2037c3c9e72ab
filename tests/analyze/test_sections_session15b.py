"""Items in the wrong section (reader Audit 24, docs/audit.md 25.4 item 3): labelled cases.

Each case is a short article written for this test and what a reader would keep.
- Outlook holds what is expected to happen, not the steps of an argument: a "would" under a
  counterfactual ("If the gods spared us all pain, there would be no courage"), a claim told inside a view
  or a thought experiment ("On this view, people will grow wiser through loss", "In such a world, there
  would be no floods"); nor a present estimate ("the true figure may be higher"), a teaser to the reader
  ("may just change the way you think about ..."), a party's motive as the writer reads it, or a
  reassurance given to the writer then.
- On a live page, a forecast that a newer entry reports as done is no outlook; a still-open one stays.
- Recommendations hold advice, not an expectation ("must also face questions"), a party's recognition
  reported ("recognises that ... a change must take place") or a requirement on a product ("the new
  tablet will have to be all things to all people").
Near misses keep their place: a real forecast, a real call, a live page's open forecast.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.classify import analyze_analysis, analyze_outlook, analyze_recommendations
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.test_sections_s13 import Analyzer, _held


def _texts_of(analyzer: Analyzer, text: str, title: str | None = None) -> list[str]:
    doc = annotate(Article(text=text, source=Source(title=title, date="2025-03-04", url="https://example.com/a/b")))
    return [i.text for i in analyzer(doc, build_context(doc))]


# An argument essay (written for this test): its steps reason, they forecast nothing.
ESSAY = (
    "Why does a good god allow suffering? The question is as old as religion, and it has never been more "
    "pressing than after a year of floods and fires.\n\n"
    "Some thinkers answer that suffering makes us better. If the gods spared us all pain, there would be no "
    "courage and no kindness in the world.\n\n"
    "On this view, people will grow wiser and stronger through hardship and loss.\n\n"
    "Imagine a world shaped to keep us safe. In such a world, there would be no floods or earthquakes, and "
    "no child would ever fall ill. In that world, disease is unknown because the body never fails.\n\n"
    "I do not find this convincing. Much of the suffering we see breaks people rather than building them up.\n\n"
    "The question, then, remains as pressing as ever. The church's synod will debate it again next spring."
)
ESSAY_STEPS = ("there would be no courage", "people will grow wiser", "there would be no floods", "disease is unknown")


def test_an_essays_argument_steps_are_no_outlook() -> None:
    items = _texts_of(analyze_outlook, ESSAY, title="Why does a good god allow suffering?")
    assert not any(step in t for step in ESSAY_STEPS for t in items), items
    assert any("will debate it again next spring" in t for t in items), items  # the essay's real forecast


def test_an_essays_thought_experiment_is_no_cause() -> None:
    items = _texts_of(analyze_analysis, ESSAY, title="Why does a good god allow suffering?")
    assert not any(step in t for step in ESSAY_STEPS for t in items), items


OUTLOOK = [
    # a present estimate, not a forecast
    ("The damaged well is thought to be spilling 4,000 barrels of oil a day, though the true figure may be "
     "far higher.", False),
    # a teaser addressed to the reader
    ("The short film about a retired miner has been watched a million times and may just change the way you "
     "think about loneliness.", False),
    # a party's motive as the writer reads it
    ("The council does not want to see a precedent that could one day be used against its own members.",
     False),
    # a reassurance given to the writer then
    ("At the checkpoint the gunmen told us we would be safe and that nobody would harm us.", False),
    # forecasts that stay (near misses)
    ("The death toll could rise further as rescuers reach the remote villages, officials said.", True),
    ("If the talks fail, the union will strike next month, its leader warned.", True),
    ("The minister told reporters the bridge would reopen to traffic next year.", True),
    ("Without new funding, the shelter would close within weeks, its director warned.", True),
    ("Forecasters said the storm will reach the coast on Thursday night.", True),
    ("If the bank cut rates now, there would be more jobs by next summer, the economist said.", True),
    ("The mayor assured residents that the water would be safe to drink by the weekend.", True),
]


@pytest.mark.parametrize(("sentence", "expected"), OUTLOOK)
def test_outlook_holds_forecasts_not_estimates_or_hooks(sentence: str, expected: bool) -> None:
    assert _held(analyze_outlook, sentence) is expected


# A live page, newest entry first (written for this test): the address announced at 1505 is reported done
# at 1610; the press conference announced at 1540 is still to come.
LIVE = (
    "1645: Crowds are still gathering in the main square as night falls, our correspondent says.\n\n"
    "1610: President Korval has addressed the nation on television, promising a new government within days.\n\n"
    "1540: The army will hold a press conference tomorrow morning, an officer told reporters.\n\n"
    "1505: President Korval will address the nation within the hour, state television says.\n\n"
    "1430: Thousands of protesters have marched to the parliament building, chanting for change.\n\n"
    "1400: Police have closed the bridges into the capital, witnesses say."
)


def test_a_live_pages_superseded_forecast_is_no_outlook() -> None:
    items = _texts_of(analyze_outlook, LIVE, title="Protests in the capital: live")
    assert not any("will address the nation" in t for t in items), items
    assert any("will hold a press conference" in t for t in items), items


# the same page oldest entry first: the address is reported in a later entry, lower down
LIVE_FORWARD = "\n\n".join(reversed(LIVE.split("\n\n")))


def test_an_oldest_first_pages_superseded_forecast_is_no_outlook() -> None:
    items = _texts_of(analyze_outlook, LIVE_FORWARD, title="Protests in the capital: live")
    assert not any("will address the nation" in t for t in items), items
    assert any("will hold a press conference" in t for t in items), items


RECOMMENDATIONS = [
    # an expectation, not advice
    ("France and Germany must also face questions about how the weapons reached the rebels, the paper said.",
     False),
    # a party's recognition reported
    ("He recognises that the present arrangement cannot last and that a change must take place, the "
     "president said.", False),
    # a requirement on a product
    ("The new tablet will have to be all things to all people if it is to sell, the analyst said.", False),
    ("To sell, the new watch has to be all things to all people, the analyst said.", False),
    # calls that stay (near misses)
    ("The transition must begin now, and it must be peaceful, the president said.", True),
    ("Ministers have to act quickly to stop the disease from spreading, the expert said.", True),
    ("The government must answer these questions before the vote, the opposition leader said.", True),
    ("We recognise that we must act now to protect the river, the mayor said.", True),
]


@pytest.mark.parametrize(("sentence", "expected"), RECOMMENDATIONS)
def test_recommendations_hold_advice_not_expectations(sentence: str, expected: bool) -> None:
    assert _held(analyze_recommendations, sentence) is expected


# "make a statement" is reported done by a later "said in a statement" (a verb of saying, same party)
LIVE_STATEMENT = (
    "1645: Crowds are still gathering in the main square as night falls, our correspondent says.\n\n"
    "1625: Prime Minister Dana Holt said in a televised statement that the government had heard the protesters.\n\n"
    "1540: The army will hold a press conference tomorrow morning, an officer told reporters.\n\n"
    "1505: Prime Minister Holt will make a statement within the hour, her office says.\n\n"
    "1430: Thousands of protesters have marched to the parliament building, chanting for change.\n\n"
    "1400: Police have closed the bridges into the capital, witnesses say."
)


def test_a_statement_announced_and_made_is_no_outlook() -> None:
    items = _texts_of(analyze_outlook, LIVE_STATEMENT, title="Protests in the capital: live")
    assert not any("will make a statement" in t for t in items), items
    assert any("will hold a press conference" in t for t in items), items
