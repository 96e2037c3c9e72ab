"""Outlook, Recommendations and Conclusion items a reader deletes (reader Audit 26, docs/audit.md 27.4 pattern 2
and 5): labelled cases, each a short sentence or article written for this test.

- Outlook holds what is expected, not a fulfilled prediction ("..., and so it has proven"), a present price told
  to the reader ("will cost you $199"), a view the writer sets up to reject ("If you take the view that ...,
  the prices may not make sense"), a promise of a prediction whose content is cut ("I will make you a
  prediction."), nor a past premonition ("he knew he would pay a price").
- Recommendations hold calls, not a description of damage ("is destroyed and has to be rebuilt") nor a
  confession of uncertainty ("we don't even know what tomorrow will be like").
- The Conclusion never shows the consequence of a closing conditional without its condition.
Near misses keep their place: real forecasts with "will" and a time, real calls, a close without a condition.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.classify import analyze_outlook, analyze_recommendations
from newsbrief.analyze.conclusion import analyze_conclusion
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.test_sections_s13 import Analyzer, _held

OUTLOOK = [
    # a prediction the article says came true
    ("Commentators predicted early on that the spill would be a disaster for the marsh birds, and so it has "
     "proven.", False),
    ("Experts warned that the dam would fail in a big flood, and that is exactly what happened.", False),
    # a present price told to the reader
    ("The rival watch in a steel case will cost you $199 at most shops, the reviewer said.", False),
    # a view the writer sets up to reject
    ("If you take the view that the new watch is simply another gadget, the prices may not make much sense.",
     False),
    # a promise of a prediction with the prediction cut off
    ("I will make you a prediction, the senator told the crowd at the rally.", False),
    # a past premonition
    ("He knew he would pay a price for his reporting, his brother said after the funeral.", False),
    # a plan in a generic "when" clause: a step of an argument about how a country acts
    ("When other countries plan to attack us, we try to stop them first, the columnist argues.", False),
    # near misses that stay
    ("When the rebels attack the port next week, the navy will be ready, the admiral said.", True),
    ("The new watch will go on sale in April and will cost $349, the company said.", True),
    ("If the rebels take the capital, the government will fall within days, analysts said.", True),
    ("Analysts predicted on Monday that the storm would reach the coast by Friday.", True),
    ("The minister said the dam would be repaired before the rainy season.", True),
]


@pytest.mark.parametrize(("sentence", "expected"), OUTLOOK)
def test_outlook_holds_forecasts_not_fulfilled_or_rejected_views(sentence: str, expected: bool) -> None:
    assert _held(analyze_outlook, sentence) is expected


RECOMMENDATIONS = [
    # a description of damage, not a call
    ("The whole town is destroyed and has to be rebuilt, a volunteer in the valley told the paper.", False),
    # a confession of uncertainty
    ("We need food, but we don't even know what tomorrow will be like, a volunteer told the paper.", False),
    # a norm of an office described
    ("Presidents are asked to consult with Congress before they send troops into a war, the columnist wrote.",
     False),
    # calls that stay
    ("Residents must stay indoors when they hear the siren, the police said.", True),
    ("The bridge is closed and has to be repaired before the winter, the mayor said.", True),
    ("The bridge has to be rebuilt before the winter, the mayor said.", True),
    ("The council must rebuild the school before the children return, parents said.", True),
]


@pytest.mark.parametrize(("sentence", "expected"), RECOMMENDATIONS)
def test_recommendations_hold_calls_not_descriptions(sentence: str, expected: bool) -> None:
    assert _held(analyze_recommendations, sentence) is expected


ACCOUNT = ("Readers in the flooded valley sent us their accounts of the first days after the storm.\n\n"
           "I run a small clinic on the edge of the town. The whole town is destroyed and has to be rebuilt. "
           "We have no clean water and little food. The army must open the road to the clinic at once.\n\n"
           "I really have to thank the volunteers from the north, who came on the first night.")
OPINION = ("The president has improvised his way through the crisis, and that has made no one happy.\n\n"
           "Presidents are asked to consult with Congress before they send troops into a war. "
           "Americans worry that a coalition will drift off course once the shooting starts. "
           "Analysts worry that the coalition will collapse next month.\n\n"
           "The war will be over by the summer, and the troops will come home.")


def _section(text: str, url: str, analyzer: Analyzer) -> list[str]:
    doc = annotate(Article(text=text, source=Source(title="Voices", date="2025-03-04", url=url)))
    return [i.text for i in analyzer(doc, build_context(doc))]


def test_a_readers_account_of_damage_is_no_call() -> None:
    items = _section(ACCOUNT, "https://example.com/world/your-stories", analyze_recommendations)
    assert not any("has to be rebuilt" in t for t in items), items


def test_a_columns_norm_and_general_worry_are_no_call_or_outlook() -> None:
    calls = _section(OPINION, "https://example.com/opinion/column", analyze_recommendations)
    assert not any("Presidents are asked" in t for t in calls), calls
    outlook = _section(OPINION, "https://example.com/opinion/column", analyze_outlook)
    assert not any("drift off course" in t for t in outlook), outlook
    assert any("over by the summer" in t for t in outlook), outlook
    assert any("collapse next month" in t for t in outlook), outlook


COLUMN = ("The president has improvised his way through the crisis, and that has made no one happy.\n\n"
          "His critics say he moved too slowly, and his allies say he moved too fast. The generals wanted a plan, "
          "and the diplomats wanted a coalition. Nobody got quite what they asked for.\n\n"
          "If the dictator goes, the president's a hero. And all of that improvisation will suddenly look like a "
          "carefully written symphony.")
PLAIN = ("The city council approved the new budget on Tuesday after a long debate.\n\n"
         "The budget raises spending on schools and roads. Several members voted against it, saying taxes were "
         "too high.\n\n"
         "The new budget takes effect in July, and the council will review it again in December.")


def _conclusion(text: str) -> str:
    doc = annotate(Article(text=text, source=Source(title="Column", date="2025-03-04",
                                                    url="https://example.com/opinion/column")))
    return " ".join(i.text for i in analyze_conclusion(doc, build_context(doc)))


def test_a_closing_conditional_keeps_its_condition() -> None:
    close = _conclusion(COLUMN)
    assert "symphony" not in close or "If the dictator goes" in close, close


def test_a_close_after_a_plain_sentence_stands_alone() -> None:
    text = COLUMN.replace("If the dictator goes, the president's a hero.", "The dictator may go soon.")
    close = _conclusion(text)
    assert "symphony" in close and "may go soon" not in close, close


def test_a_close_without_a_condition_is_shown() -> None:
    assert "review it again in December" in _conclusion(PLAIN)
