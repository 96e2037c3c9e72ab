"""Outlook, Recommendations and Timeline items misread by session 18's rules (round 3): labelled cases, each a
short article written for this test.

- Counterfactual: a reported future perfect ("said that by March all schools would have reopened") is a forecast;
  "without X, Y would never be told" and "but for X" are counterfactuals, not forecasts.
- The last time: "The last time her mother saw her was on March 3" dates the story's own event; a compared last
  time ("the last time the index fell so far") stays a precedent.
- A "should" of expectation ("is expected to reach the leak in August, and should seal it") is a forecast.
- A shopper's generic "You just have to get it" in a quote and a columnist's "we want movies to reflect that
  confusion" are no calls; a quote told to an official ("You have to act now," she told the mayor) and a writer's
  "we want the council to ..." are.
"""

from __future__ import annotations

from newsbrief.analyze.classify import analyze_outlook, analyze_recommendations
from newsbrief.analyze.context import build_context
from newsbrief.analyze.section_calls import wants_a_state
from newsbrief.analyze.section_scenarios import counterfactual
from newsbrief.models import Article, Brief, Document, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.pipeline import brief_article
from newsbrief.settings import Settings
from tests.analyze.test_sections_s13 import Analyzer

_BODY = ("The city council met on Monday evening in the town hall to discuss the annual budget. "
         "Several residents spoke during the public comment period about road repairs and school funding. "
         "The budget includes new money for parks, libraries and the fire department.\n\n")


def _doc(text: str, title: str = "Local news") -> Document:
    return annotate(Article(text=text, source=Source(title=title, date="2025-03-10",
                                                     url="https://example.com/news/story")))


def _items(text: str, analyzer: Analyzer, title: str = "Local news") -> list[str]:
    doc = _doc(text, title)
    return [i.text for i in analyzer(doc, build_context(doc))]


def _last_counterfactual(text: str) -> bool:
    doc = _doc(_BODY + text)
    return counterfactual(doc, doc.sentences[-1])


def _timeline(text: str) -> list[str]:
    brief: Brief = brief_article(Article(text=_BODY + text, source=Source(title="Local news", date="2025-03-10")),
                                 Settings())
    return [item.text for section in brief.sections if section.name == "timeline" for item in section.items]


# 1a: a reported future perfect is a forecast; counterfactuals stay counterfactual.
def test_a_reported_future_perfect_by_a_deadline_is_a_forecast() -> None:
    assert not _last_counterfactual("The ministry said that by March all schools in the region would have "
                                    "reopened.")


def test_a_future_perfect_under_saying_is_a_forecast() -> None:
    assert not _last_counterfactual("Engineers said the new bridge would have carried its first trains before the "
                                    "end of the summer.")


def test_a_past_perfect_if_stays_counterfactual() -> None:
    assert _last_counterfactual("If the council had acted in March, it would have saved the library.")


def test_a_regret_would_have_stays_counterfactual() -> None:
    assert _last_counterfactual("A stronger levee would have held back the flood, residents said.")


# 3b: "without X, Y would ..." and "but for X" suppose the opposite of what is.
def test_without_x_would_is_counterfactual() -> None:
    assert _last_counterfactual("It means a lot to me, but without my colleagues, stories like these would never "
                                "be told.")


def test_but_for_x_would_is_counterfactual() -> None:
    assert _last_counterfactual("But for the volunteers, the shelter would be closed by now.")


def test_without_after_the_verb_is_a_forecast() -> None:
    assert not _last_counterfactual("The ministry said the trains would run without drivers from next year.")


# 1b: a person's last sighting dates the story's event; a compared last time is a precedent.
def test_the_last_time_she_was_seen_keeps_its_date() -> None:
    items = _timeline("Police are searching for Dana Miles, a 14-year-old girl from Harlow.\n\n"
                      "The last time her mother saw her was on March 3, when she left for school.\n\n"
                      "Police ask anyone with information to call them.")
    assert any("March 3" in t for t in items), items


def test_the_last_time_he_spoke_to_his_lawyer_keeps_its_date() -> None:
    items = _timeline("A reporter held in Tarvia has not been heard from for weeks, his family says.\n\n"
                      "The last time his lawyer spoke to him was on February 11, in the prison at Kessen.\n\n"
                      "The foreign ministry has asked for consular access.")
    assert any("February 11" in t for t in items), items


def test_a_compared_last_time_is_still_a_precedent() -> None:
    items = _timeline("Shares fell sharply on Tuesday after the central bank raised rates.\n\n"
                      "The last time the index fell so far in a day was in October 1987.\n\n"
                      "Traders expect more losses this week.")
    assert not any("1987" in t for t in items), items


# 2: a "should" of expectation about a thing is a forecast.
WELL = ("Engineers at Harlow Energy have tried several ways to stop oil leaking from the damaged Corran well.\n\n"
        "The suction pipe is now collecting about 900 barrels a day.\n\n"
        "A relief well is expected to reach the leak in August, the company said, and should seal it for good.\n\n"
        "Environmental groups said the company must pay for the clean-up of the coast.")


def test_a_should_of_expectation_is_a_forecast() -> None:
    assert any("relief well is expected" in t for t in _items(WELL, analyze_outlook, "The Corran leak"))


def test_a_should_of_expectation_is_no_recommendation() -> None:
    items = _items(WELL, analyze_recommendations, "The Corran leak")
    assert not any("relief well is expected" in t for t in items), items


def test_a_real_call_next_to_it_stays() -> None:
    items = _items(WELL, analyze_recommendations, "The Corran leak")
    assert any("must pay for the clean-up" in t for t in items), items


# 3a: a shopper's generic "you have to" is no call; a quote told to an official is.
SHOPPERS = ("Hundreds of people queued overnight outside the Harlow electronics store for the new phone.\n\n"
            "Maria Lopez, 24, had waited since 9pm. \"It's a new phone. There's so much hype about it,\" she said. "
            "\"You just have to get it.\"\n\n"
            "\"You need to be here early or you miss out on the first batch,\" said Tom Reed, 31, a student.\n\n"
            "\"You have to cut the queues now,\" a shop worker told the store's manager, Ann Price.\n\n"
            "The store said it expects to sell out by noon.")


def test_a_shoppers_generic_you_is_no_recommendation() -> None:
    items = _items(SHOPPERS, analyze_recommendations, "Shoppers queue for new phone")
    assert not any("You just have to get it" in t for t in items), items
    assert not any("You need to be here early" in t for t in items), items


def test_a_quote_told_to_a_manager_stays_a_call() -> None:
    items = _items(SHOPPERS, analyze_recommendations, "Shoppers queue for new phone")
    assert any("You have to cut the queues" in t for t in items), items


# 3c: a columnist's generalisation about people is an argument; a call naming an actor is a call.
COLUMN = ("Why this year's best films are so strange\n\n"
          "Hollywood had a confusing year, and so did its audiences.\n\n"
          "When times are confusing, we want films to reflect that confusion back to us.\n\n"
          "The studios should stop making sequels and fund new writers instead.\n\n"
          "We want the studios to take more risks with young directors.")


def test_a_writers_we_want_generalisation_is_no_recommendation() -> None:
    items = _items(COLUMN, analyze_recommendations, "Opinion: why this year's best films are so strange")
    assert not any("we want films to reflect" in t for t in items), items


def test_a_writers_we_want_naming_an_actor_stays() -> None:
    items = _items(COLUMN, analyze_recommendations, "Opinion: why this year's best films are so strange")
    assert any("should stop making sequels" in t for t in items), items
    assert any("We want the studios to take more risks" in t for t in items), items


# A "we want" told with a call on a named party in the same sentence stays a call (Newsroom row 44's shape, found by
# the 120-row check: a group "wants the DCCC to make amends: 'We want an apology.'").
def test_we_want_beside_a_call_on_a_party_is_still_a_call() -> None:
    doc = _doc("Residents of Harlow have protested for a month against the closure of the town's library.\n\n"
               "Harlow Residents Action, said its chair Ann Price, wants the council to make amends: "
               "\"We want an apology.\"")
    assert not wants_a_state(doc, doc.sentences[-1])
    doc = _doc("When times are confusing, we want films to reflect that confusion back to us.")
    assert wants_a_state(doc, doc.sentences[-1])


def test_without_a_thing_to_come_is_a_warning() -> None:
    # a fast-subset case (test_sections_session15b): a warning of what lacking new money will bring stays a forecast
    assert not _last_counterfactual("Without new funding, the shelter would close within weeks, its director "
                                    "warned.")
