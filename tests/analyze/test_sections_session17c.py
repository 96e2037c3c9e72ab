"""Analysis and Outlook items a reader deletes or misreads (reader Audit 28, docs/audit.md 29.2 and 29.4 patterns 3
and 6-7), session 17 round 4: labelled cases, each a short article written for this test.

- A scenario's "would" is conditional: "The first scenario is a stalemate. In that case, the governor would hold
  the rest." and "Then the capital would be open to the rebels." (its condition the sentence before) are no flat
  forecasts; shown alone they tell the reader something the article does not expect.
- A past report of an intention ("the union had said it would not join the strike") is history, no outlook.
- A forecast whose subject or object is a bare "that" or "they ... that" points to a sentence the item leaves
  behind ("They would do that only under pressure").
- A cause that shares nothing with the story's subject (a strike on another town in a report about a weapons
  drop) is no cause of the story.
Near misses keep their place: a conditional forecast with its condition in the same sentence, a dated forecast,
a forecast with its own subject, a cause tied to the story.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.classify import analyze_analysis, analyze_outlook
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.test_sections_s13 import Analyzer


def _brief(text: str, analyzer: Analyzer, title: str) -> list[str]:
    doc = annotate(Article(text=text, source=Source(title=title, date="2025-03-04",
                                                    url="https://example.com/news/story")))
    return [i.text for i in analyzer(doc, build_context(doc))]


def _shown(items: list[str], words: str) -> bool:
    return any(words in t for t in items)


# A scenarios analysis (written for this test).
SCENARIOS = (
    "The rebels have held the eastern hills of Varnaby for six weeks, and the army has failed to move them, "
    "General Ana Ruiz told parliament on Tuesday.\n\n"
    "Analysts see three ways the standoff over the province could end.\n\n"
    "The first scenario is a stalemate. In that case, Governor Pell would control the rest of the province.\n\n"
    "The army could also break under the strain. Then the capital would be open to the rebels within days.\n\n"
    "In this scenario, the governor would probably flee to the coast.\n\n"
    "If the talks fail, the governor will send fresh troops into the hills next month, his spokesman said.\n\n"
    "Parliament will vote on a ceasefire plan next Tuesday, its speaker said."
)


def test_a_scenarios_would_is_no_flat_forecast() -> None:
    items = _brief(SCENARIOS, analyze_outlook, "Three ways the siege of Varnaby could end")
    assert not _shown(items, "would control the rest"), items
    assert not _shown(items, "would be open to the rebels"), items
    assert not _shown(items, "would probably flee"), items


def test_a_conditional_forecast_with_its_condition_stays() -> None:
    items = _brief(SCENARIOS, analyze_outlook, "Three ways the siege of Varnaby could end")
    assert _shown(items, "will send fresh troops"), items


def test_a_dated_forecast_stays() -> None:
    items = _brief(SCENARIOS, analyze_outlook, "Three ways the siege of Varnaby could end")
    assert _shown(items, "will vote on a ceasefire plan"), items


# A report with a past statement of intention and forecasts whose referent is the sentence before.
STRIKE = (
    "Thousands of dock workers walked out in Portmere on Monday, closing the city's harbour for the first time "
    "in a decade.\n\n"
    "The farmers' union had said it would not field candidates in next year's election, a spokesman told reporters. "
    "The drivers' union said on Monday it would join the strike next week.\n\n"
    "The workers want the port authority to publish its accounts. "
    "They would do that only under pressure, one dock worker said.\n\n"
    "The new port board will meet in public from April. "
    "That would give the unions a significant say, the mayor said.\n\n"
    "The unions will elect two members of the new port board in April, the mayor said."
)


def test_a_past_perfect_intention_is_no_outlook() -> None:
    items = _brief(STRIKE, analyze_outlook, "Dock strike shuts Portmere harbour")
    assert not _shown(items, "had said it would not field"), items


def test_a_reported_intention_with_its_date_stays() -> None:
    items = _brief(STRIKE, analyze_outlook, "Dock strike shuts Portmere harbour")
    assert _shown(items, "it would join the strike next week"), items


def test_a_forecast_with_a_cut_referent_is_not_shown_alone() -> None:
    items = _brief(STRIKE, analyze_outlook, "Dock strike shuts Portmere harbour")
    assert not any(t.startswith("They would do that") for t in items), items
    assert not any(t.startswith("That would give the unions") for t in items), items


def test_a_forecast_with_its_own_subject_stays() -> None:
    items = _brief(STRIKE, analyze_outlook, "Dock strike shuts Portmere harbour")
    assert _shown(items, "The unions will elect two members"), items


# A report about a weapons drop with an unrelated air strike on another town.
DROP = (
    "Fighters of the Black Banner group seized a cache of weapons that cargo planes had dropped for the militia "
    "defending Korvan, activists said on Tuesday.\n\n"
    "The parachutes drifted over the front line because strong winds carried them east of Korvan, "
    "a militia commander said.\n\n"
    "A video posted online showed gunmen opening crates of grenades and rockets.\n\n"
    "A government air strike on the border town of Tell Hamra killed at least eight people, and the toll is "
    "likely to rise because many were wounded, a monitoring group said.\n\n"
    "The State Department said it could not confirm that the cache had been lost."
)


@pytest.mark.xfail(strict=True, reason="the off-story rule tried in round 4 also dropped real causes of unseen rows "
                   "(a blaze's travel delays); left out at merge, see analyze/section_scenarios.py")
def test_an_unrelated_event_is_no_cause() -> None:
    items = _brief(DROP, analyze_analysis, "Militants seize weapons dropped for Korvan defenders")
    assert not _shown(items, "Tell Hamra"), items


def test_a_cause_tied_to_the_story_stays() -> None:
    items = _brief(DROP, analyze_analysis, "Militants seize weapons dropped for Korvan defenders")
    assert _shown(items, "because strong winds carried them"), items
