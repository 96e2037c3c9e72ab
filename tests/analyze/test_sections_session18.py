"""Who says what, Outlook and Analysis items a reader deletes or misreads (reader Audit 28, docs/audit.md 29.2 and
29.4; the lead's reading of Newsroom dev row 43), session 18 round 1: labelled cases, each a short article written
for this test.

- A statement that calls a claim false ("are fabrications", "baseless") is a denial, though the claim it answers
  holds a "could" ("papers showing how a rocket could carry it"): the modal is the claim's, not the speaker's.
- Outlook: a present state ("no decision has gone to the governor", "There is no sign of ...") is no forecast; a
  counterfactual ("Imagine if ... had ...", "If he had ..., he would have ...") is no forecast; an intention the
  source stated earlier ("said earlier it would not take part") is past; a scenario's bare "would" whose condition
  is the sentence before is no flat forecast; "I can't believe they would do that" has lost its referent.
- Analysis: a scenario ("The worst case would be ...") and a comparison ("X is less important than Y") are no
  causes; a sentence that announces reasons and gives none ("There is also reason for optimism.") is nothing alone.
Near misses keep their place: a dated forecast, a conditional forecast with its condition, a reported intention
with its date, a real cause, a plain denial of a charge.
"""

from __future__ import annotations

from newsbrief.analyze.classify import analyze_analysis, analyze_outlook
from newsbrief.analyze.context import build_context
from newsbrief.analyze.positions import analyze_positions
from newsbrief.models import Article, Document, PositionInfo, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.test_sections_s13 import Analyzer


def _doc(text: str, title: str) -> Document:
    return annotate(Article(text=text, source=Source(title=title, date="2025-03-04",
                                                     url="https://example.com/news/story")))


def _brief(text: str, analyzer: Analyzer, title: str) -> list[str]:
    doc = _doc(text, title)
    return [i.text for i in analyzer(doc, build_context(doc))]


def _shown(items: list[str], words: str) -> bool:
    return any(words in t for t in items)


def _stances(text: str, title: str) -> dict[str, str]:
    doc = _doc(text, title)
    out: dict[str, str] = {}
    for item in analyze_positions(doc, build_context(doc)):
        assert isinstance(item.payload, PositionInfo)
        out[item.text] = item.payload.stance
    return out


# A policy report: a denial whose claim holds a "could", a present state, a forecast and a plan.
VAULT = (
    "The inspectors of the Atomic Oversight Board will publish new evidence on Norland's reactor programme next "
    "week, diplomats said on Friday.\n\n"
    "Norland has declared that all of the papers describing how a warhead could fit on its rockets are "
    "\"fabrications\" meant to justify a strike.\n\n"
    "Senior officials, who would not speak publicly, say no decision on new sanctions has gone to the president, who "
    "vowed last week that Norland would face harsh penalties.\n\n"
    "There is no sign that the board's members have agreed on a text.\n\n"
    "The board will meet in Vienna on March 20 to discuss the report, its chairman said."
)
VAULT_TITLE = "Oversight board to publish evidence on Norland reactor"


def test_calling_a_claim_fabricated_is_a_denial() -> None:
    stances = _stances(VAULT, VAULT_TITLE)
    denial = [s for t, s in stances.items() if "fabrications" in t]
    assert denial == ["denies"], stances


def test_a_present_state_is_no_forecast() -> None:
    items = _brief(VAULT, analyze_outlook, VAULT_TITLE)
    assert not _shown(items, "no decision on new sanctions"), items
    assert not _shown(items, "There is no sign"), items


def test_a_dated_forecast_stays_beside_a_present_state() -> None:
    items = _brief(VAULT, analyze_outlook, VAULT_TITLE)
    assert _shown(items, "will meet in Vienna"), items


# A plain forecast with a denial word nowhere: still an expectation.
PLANT = (
    "Norland's energy ministry said on Monday it would build two more reactors by 2030.\n\n"
    "The ministry said the plants could supply a third of the country's power, its spokesman added."
)


def test_a_forecast_without_a_rebuttal_still_expects() -> None:
    stances = _stances(PLANT, "Norland to build two more reactors")
    assert "predicts" in stances.values(), stances
    assert "denies" not in stances.values(), stances


# An interview with a counterfactual, a past intention and a referent-less "that".
TALK = (
    "Analyst Mara Quint said on Sunday that the council should demand the general's exit.\n\n"
    "\"Imagine if the general had long-range missiles. He would be threatening the whole region,\" Quint said.\n\n"
    "If the council had acted in March, it would have saved thousands of lives, she said.\n\n"
    "The Unity Party said earlier it would not take part in the protests.\n\n"
    "The general's aides want the council to lift its sanctions. \"I can't believe they would do that,\" Quint "
    "said.\n\n"
    "The council will vote on new sanctions on Thursday, its president said. The Farmers' League said on Monday "
    "it would join the protests next week."
)
TALK_TITLE = "Analyst urges council to demand general's exit"


def test_a_counterfactual_is_no_forecast() -> None:
    items = _brief(TALK, analyze_outlook, TALK_TITLE)
    assert not _shown(items, "would be threatening the whole region"), items
    assert not _shown(items, "would have saved thousands"), items


def test_an_earlier_statement_of_intent_is_no_outlook() -> None:
    items = _brief(TALK, analyze_outlook, TALK_TITLE)
    assert not _shown(items, "said earlier it would not take part"), items


def test_a_bare_that_object_is_withheld() -> None:
    items = _brief(TALK, analyze_outlook, TALK_TITLE)
    assert not _shown(items, "they would do that"), items


def test_a_dated_vote_and_a_dated_intention_stay() -> None:
    items = _brief(TALK, analyze_outlook, TALK_TITLE)
    assert _shown(items, "will vote on new sanctions"), items
    assert _shown(items, "would join the protests next week"), items


# A scenarios analysis whose "would" clauses carry no condition of their own.
SIEGE = (
    "The rebels have held the eastern hills of Varnaby for six weeks, General Ana Ruiz told parliament on "
    "Tuesday.\n\n"
    "One outcome is a long stalemate. Governor Pell would control the rest of the province.\n\n"
    "The army might also split under the strain. The capital would then be open to the rebels.\n\n"
    "The worst case would be a war that draws in the neighbouring states.\n\n"
    "The northern province is less strategically important than the capital.\n\n"
    "There is also reason for optimism. The province has oil, and its people are well educated.\n\n"
    "The rebels advanced because the army ran out of fuel, a defence official said.\n\n"
    "If the talks fail, the governor will send fresh troops into the hills next month, his spokesman said."
)
SIEGE_TITLE = "Three ways the siege of Varnaby could end"


def test_a_scenarios_bare_would_is_no_flat_forecast() -> None:
    items = _brief(SIEGE, analyze_outlook, SIEGE_TITLE)
    assert not any(t.startswith("Governor Pell would control") for t in items), items
    assert not any(t.startswith("The capital would then be open") for t in items), items


def test_a_conditional_forecast_with_its_condition_stays_in_a_scenario_piece() -> None:
    items = _brief(SIEGE, analyze_outlook, SIEGE_TITLE)
    assert _shown(items, "will send fresh troops"), items


def test_a_scenario_and_a_comparison_are_no_causes() -> None:
    items = _brief(SIEGE, analyze_analysis, SIEGE_TITLE)
    assert not _shown(items, "The worst case would be"), items
    assert not _shown(items, "One outcome is a long stalemate"), items  # added after the first score
    assert not _shown(items, "less strategically important"), items


def test_reasons_announced_and_cut_are_no_cause() -> None:
    items = _brief(SIEGE, analyze_analysis, SIEGE_TITLE)
    assert "There is also reason for optimism." not in items, items


def test_a_real_cause_stays() -> None:
    items = _brief(SIEGE, analyze_analysis, SIEGE_TITLE)
    assert _shown(items, "because the army ran out of fuel"), items


# A plain denial of a charge stays a denial (near miss for the rebuttal rule).
CHARGE = (
    "Prosecutors accused the mayor of Dunmore of taking bribes from a builder, court papers show.\n\n"
    "The mayor said the charges were baseless and he would fight them in court."
)


def test_a_denial_of_a_charge_stays() -> None:
    stances = _stances(CHARGE, "Dunmore mayor accused of taking bribes")
    assert "denies" in stances.values(), stances
