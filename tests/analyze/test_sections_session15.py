"""Items in the wrong section (issue #11; reader Audit 23, docs/audit.md 24.4 items 3 and 8): labelled cases.

Each case is a short article written for this test and what a reader would keep.
- Outlook holds the article's own forecasts, not the forecast of a claim it rejects ("we now have the claim
  that on 16 December the sun will go dark": a debunk's target) nor a past fact: a perception told with
  "could be seen/heard" ("A line of cars could be seen leaving the town") or a past main verb whatever
  its adverbials ("After the governor's fall, thousands turned out in droves, hoping for a better future").
- Analysis holds causes, not a forecast whose "because" belongs to the prediction ("Friday will be a
  crucial day, because ...").
- Recommendations hold advice to someone, not a physical condition on a thing ("the weight of the cap must
  be enough to overcome the upward force", "the relief well needs to be away from the damaged pipes").
Near misses keep their place: a real forecast, a real call ("the government must act"), a real cause.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.classify import analyze_analysis, analyze_outlook, analyze_recommendations
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.test_sections_s13 import Analyzer, _held


def _texts_of(analyzer: Analyzer, text: str) -> list[str]:
    doc = annotate(Article(text=text, source=Source(date="2025-03-04", url="https://example.com/news/sky")))
    return [i.text for i in analyzer(doc, build_context(doc))]


OUTLOOK = [
    # a past perception told with "could" + a passive verb of perceiving
    ("A long line of cars could be seen leaving the town along the coast road on Sunday.", False),
    ("Heavy gunfire could be heard across the city centre throughout the night.", False),
    ("Black smoke could be seen rising from the harbour as the fishing boats burned.", False),
    # a past main verb, whatever its adverbials or its words of the future
    ("After the governor's fall, many thousands of people turned out in droves, hoping for a better future.",
     False),
    ("After the president's departure, many thousands of people who had never protested before turned out in "
     "droves, convinced that the country could finally change.", False),
    ("Following the election, tens of thousands of voters poured into the square, expecting a new era.", False),
    # forecasts that stay (near misses)
    ("Hundreds of jobs could be lost across the valley as suppliers follow the plant, the union warned.", True),
    ("The comet could be seen from most of Europe next week if the skies stay clear, astronomers said.", True),
    ("The finance minister is convinced that the economy could recover strongly next year, she told reporters.",
     True),
    ("Thousands of fans are expected to turn out in droves for the final on Saturday, the police said.", True),
]

# a debunking column: (article, words of the rejected forecast, words of a real forecast or None)
HOAX_LEAD = ("Every winter the internet finds a new reason to panic about the sky, and this year is no "
             "exception.")
DEBUNKS = [
    (f"{HOAX_LEAD}\n\nWe now have the claim that on 16 December the Earth will pass through a cloud of dust "
     "and the sun will go dark for three whole days.\n\nThis is nonsense. Dust in space is far too thin to "
     "block the sun, and astronomers have never recorded such a thing.\n\nThe story first appeared years ago "
     "as a joke on a satirical website.",
     "the sun will go dark", None),
    (f"{HOAX_LEAD}\n\nThe hoax claims that on 4 March you will be able to jump in the air and float for a "
     "whole minute as the planets line up.\n\nOf course, none of this is true. The planets are far too "
     "distant to change your weight.\n\nAstronomers expect the next bright comet to reach the inner "
     "solar system in the spring of 2027.",
     "you will be able to jump", "next bright comet"),
    ("A rumour spread online this week about the city's famous clock tower.\n\nAccording to the rumour, "
     "the council will demolish the clock tower next month to make room for a car park.\n\nThere is no "
     "truth to the rumour. The tower is a listed building and cannot be knocked down.\n\nThe council said "
     "it will repaint the tower's clock face in the summer.",
     "will demolish the clock tower", "repaint the tower"),
    # the hoax site's copy told in the writer's voice, with the expert it misuses, the verdict paragraphs later
    ("The first nonsense I had to debunk this year was a claim about the planets, and now it is back.\n\n"
     "A website called Daily Star Talk is running the story again. According to the site, the astronomer Tom "
     "Reid says that on 4 March at 9:47 am Venus will pass behind Jupiter and you will be able to jump in the "
     "air and float.\n\nReid made the joke on the radio in 1976 as an April Fools' prank, and listeners rang "
     "in to say they had floated.\n\nThe planets are far too distant to change your weight by any amount "
     "you could feel.",
     "you will be able to jump", None),
    ("A claim about the moon has been shared thousands of times this week.\n\nThe post says that the full "
     "moon on 9 May will be so close that it will pull the tides over the sea walls of every port.\n\n"
     "It is a hoax. The moon's distance changes by only a few per cent.\n\nThe coastguard expects normal "
     "tides for the rest of the month, a spokesman said.",
     "pull the tides over", "normal tides"),
]

ANALYSIS = [
    # a forecast whose "because" belongs to the prediction
    ("Friday will be a very crucial day for the government, because the protesters have promised to march "
     "on the palace.", False),
    ("Next week's vote will be decisive because the coalition has lost its majority in the lower house.",
     False),
    # causes that stay (near misses)
    ("The talks collapsed because the unions refused the final pay offer from the ministry.", True),
    ("The floods were caused by three days of heavy rain on already saturated ground.", True),
]

RECOMMENDATIONS = [
    # a physical or engineering condition on a thing, not advice to anyone
    ("The weight of the steel cap must be enough to overcome the upward force of the oil, the engineer "
     "explained.", False),
    ("The relief well needs to be well away from the damaged pipes on the sea floor, the expert said.", False),
    ("The concrete plug must be strong enough to hold back the pressure of the gas below it, he said.", False),
    ("The new sea wall has to be at least four metres high to stop the winter storm surges, engineers said.",
     False),
    # calls that stay (near misses)
    ("The government must act now to stop the oil from reaching the coast, the opposition leader said.", True),
    ("The company needs to drill a second relief well at once, the expert said.", True),
    ("The new rules must be enforced by the regulator without delay, campaigners said.", True),
    ("Wages need to be high enough for a family to live on, the union said.", True),
    ("Fuel taxes must be lower for rural drivers, the farmers' union said.", True),
    ("The new housing law must be fair to tenants and landlords alike, campaigners said.", True),
    ("The response to the spill needs to be more clear and direct, the opposition leader said.", True),
    ("The spending cuts must be deep and fast, the finance minister told parliament.", True),
]


@pytest.mark.parametrize(("sentence", "expected"), OUTLOOK)
def test_outlook_holds_forecasts_not_past_facts(sentence: str, expected: bool) -> None:
    assert _held(analyze_outlook, sentence) is expected


@pytest.mark.parametrize(("text", "rejected", "kept"), DEBUNKS)
def test_outlook_leaves_out_a_rejected_forecast(text: str, rejected: str, kept: str | None) -> None:
    items = _texts_of(analyze_outlook, text)
    assert not any(rejected in t for t in items), items
    if kept is not None:
        assert any(kept in t for t in items), items


# near miss: a news report cites a report's forecast, and rejects nothing in its own voice
CITED_REPORT = ("The central bank published its spring review of the economy on Tuesday.\n\n"
                "According to the report, the economy will grow by two per cent next year as exports recover.\n\n"
                "The bank's governor said the figures were encouraging.")


def test_a_cited_report_forecast_stays() -> None:
    items = _texts_of(analyze_outlook, CITED_REPORT)
    assert any("will grow by two per cent" in t for t in items), items


@pytest.mark.parametrize(("sentence", "expected"), ANALYSIS)
def test_analysis_holds_causes_not_forecasts(sentence: str, expected: bool) -> None:
    assert _held(analyze_analysis, sentence) is expected


# the forecast whose "because" belongs to the prediction is the outlook's
FORECASTS_WITH_REASONS = [
    ("Friday will be a very crucial day for the government, because the protesters have promised to march "
     "on the palace.", True),
    ("The mayor said Friday would be a crucial day because the unions had called a general strike.", True),
    # a past main clause: the cause stays in Analysis, and nothing looks ahead
    ("The talks collapsed because the unions refused the final pay offer from the ministry.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), FORECASTS_WITH_REASONS)
def test_a_forecast_with_its_reason_is_outlook(sentence: str, expected: bool) -> None:
    assert _held(analyze_outlook, sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), RECOMMENDATIONS)
def test_recommendations_hold_calls_not_conditions(sentence: str, expected: bool) -> None:
    assert _held(analyze_recommendations, sentence) is expected
