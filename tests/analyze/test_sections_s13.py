"""Items filed in the wrong section (reader Audits 15 and 16, session 13): labelled cases in new wording.

Each case is a short article written for this test and what a reader would keep. Recommendations hold a
party urging an act, not a "should" of what a thing will do ("should see you through the weekend",
"should mean lower bills") nor a risk told as a condition ("must get it right or the firm could sue").
Outlook holds what is expected, not a past ability ("could offer little help") nor a past act. Who says
what labels a denial of wrongdoing *denies* ("There was no wrongdoing") and a plain report *asserts*, not
*denies* ("We have never seen so many visitors"). Analysis holds causes, not an event or a body's
background. Near misses keep their place.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsbrief.analyze.classify import analyze_analysis, analyze_outlook, analyze_recommendations
from newsbrief.analyze.context import Context, build_context
from newsbrief.analyze.positions import analyze_positions
from newsbrief.models import Article, Document, Item, PositionInfo, Source
from newsbrief.nlp.annotate import annotate

LEAD = "The regional council met on Tuesday to discuss the floods in the eastern valleys."
CLOSE = "The council will meet again next month, and residents have been invited to attend."

Analyzer = Callable[[Document, Context], tuple[Item, ...]]


def _texts(analyzer: Analyzer, sentence: str) -> list[str]:
    doc = annotate(Article(text=f"{LEAD}\n\n{sentence}\n\n{CLOSE}",
                           source=Source(date="2025-03-04", url="https://example.com/news/valleys")))
    return [i.text for i in analyzer(doc, build_context(doc))]


def _held(analyzer: Analyzer, sentence: str) -> bool:
    return any(sentence[:40] in text for text in _texts(analyzer, sentence))


RECOMMENDATIONS = [
    # what a thing is expected to do or bring, told with "should"
    ("Charged overnight, the new phone should see you through a full weekend of heavy use, the maker says.", False),
    ("The new tariff should mean lower bills for most households from April, the regulator said.", False),
    ("The repaired bridge should reopen to traffic by the end of next week, engineers said.", False),
    # a constraint on a third party told with the risk of missing it
    ("The inspectors must get every figure right or the company could challenge the report in court, "
     "a lawyer said.", False),
    ("The agency needs to follow the procedure exactly, or the developer may sue over the decision, "
     "an adviser said.", False),
    # a reading of an event
    ("The closure of the plant should be understood as a warning to the whole industry, a union official said.",
     False),
    # calls that stay
    ("The council should build new flood barriers along the river before the winter, residents said.", True),
    ("The charity urged the government to release emergency funds for the flooded villages.", True),
    ("Farmers must move their livestock to higher ground at once, the agency said.", True),
    ("Farmers must move their livestock to higher ground or they could lose their herds, the agency said.", True),
    ("Workers should return to the site by Monday, the union said.", True),
    ("Campaigners say life should mean life for anyone who kills a police officer on duty.", True),
    ("We need to act now, otherwise the next flood could wash away the whole village, the mayor said.", True),
]

OUTLOOK = [
    # a past ability, not a forecast
    ("Doctors at the small clinic could offer little help to the families when the fever first spread.", False),
    ("The rescuers could do nothing for the stranded drivers until the water went down on Sunday.", False),
    # a past act in an account; a study's design told in the past
    ("I grabbed my daughter and ran up the stairs, and we would stay on the roof for hours.", False),
    ("Half of the patients were given a dummy pill, and the rest would receive the new drug.", False),
    # one side's demand
    ("The opposition called on the council to listen to the voice of the valley's residents.", False),
    # forecasts that stay
    ("Forecasters expect more heavy rain in the valleys later this week.", True),
    ("The council said it would spend two million pounds on new drains next year.", True),
    ("The river could burst its banks again if the rain continues, the agency warned.", True),
    ("Prices rose in May and would rise again next year, the bank said.", True),
    ("The mayor said the town had been let down by the government but that it would rebuild the bridge.", True),
]

ANALYSIS = [
    # an event, not a cause
    ("Some bus companies are halting services to the eastern valleys, officials said.", False),
    ("Some airlines are halting flights to the region, and others have delayed departures.", False),
    ("The council has delayed the vote on the new stadium until the autumn.", False),
    # a body's background
    ("The charity, which was founded in 1998, runs shelters in four regions of the country.", False),
    # causes that stay
    ("The floods were caused by three days of heavy rain on already saturated ground.", True),
    ("Residents blamed the council for failing to clear the drains before the storm.", True),
    ("Opposition from farmers has delayed the new reservoir by two years.", True),
    ("The drought has cut harvests across the south of the country.", True),
]


@pytest.mark.parametrize(("sentence", "expected"), RECOMMENDATIONS)
def test_recommendations_hold_calls(sentence: str, expected: bool) -> None:
    assert _held(analyze_recommendations, sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), OUTLOOK)
def test_outlook_holds_forecasts(sentence: str, expected: bool) -> None:
    assert _held(analyze_outlook, sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), ANALYSIS)
def test_analysis_holds_causes(sentence: str, expected: bool) -> None:
    assert _held(analyze_analysis, sentence) is expected


def _stance(text: str, words: str) -> str | None:
    doc = annotate(Article(text=text, source=Source(title="Test")))
    for item in analyze_positions(doc, build_context(doc)):
        if words in item.text and isinstance(item.payload, PositionInfo):
            return item.payload.stance
    return None


NO_WRONGDOING = (
    "The city's housing fund has been under review since January.\n\n"
    '"There really was no wrongdoing here, and the accounts show it," said fund director Maria Lopez.\n\n'
    "Lopez said the review would end in May."
)
NEVER_BROKE = (
    "Inspectors visited the factory on Monday after a leak into the river.\n\n"
    "Plant manager Tom Reid said the company had never broken the safety rules at the site.\n\n"
    "Reid said the leak had been stopped within an hour."
)
PLAIN_NEVER = (
    "Campaigner Jo Marsh accused the museum of hiding stolen artefacts.\n\n"
    "Museum director Paul Kent said the charge was false.\n\n"
    'Visitor guide Ana Ruiz said: "We have never seen so many school groups in one spring."'
)
PLAIN_REJECTED = (
    "Campaigner Jo Marsh accused the council of wasting money on the new stadium.\n\n"
    "Councillor Ben Hart said the stadium plan had cost the town nothing so far.\n\n"
    "Planning officer Ruth Lane said the committee rejected a request for a second car park in March."
)
NEVER_ANSWER = (
    "Campaigner Jo Marsh accused the mayor of taking money from the builder.\n\n"
    "Mayor Sam Ode said he had never taken money from anyone in his life."
)
REAL_DENIAL = (
    "Campaigner Jo Marsh accused the mayor of taking money from the builder.\n\n"
    "Mayor Sam Ode said the claim was false and that he had never met the builder."
)
ACCUSATION = (
    "The council met on Monday.\n\n"
    "Campaigner Jo Marsh said the mayor had taken bribes from the builder for years."
)

POSITIONS = [
    ("negated wrongdoing: denies", NO_WRONGDOING, "no wrongdoing", "denies"),
    ("never broken the rules: denies", NEVER_BROKE, "never broken the safety rules", "denies"),
    ("plain never after a charge: asserts", PLAIN_NEVER, "never seen so many", "asserts"),
    ("a request rejected after a charge: asserts", PLAIN_REJECTED, "rejected a request", "asserts"),
    ("the claim was false: denies (near miss)", REAL_DENIAL, "the claim was false", "denies"),
    ("never taken the money he is accused of taking: denies (near miss)", NEVER_ANSWER, "never taken money",
     "denies"),
    ("took bribes: alleges (near miss)", ACCUSATION, "taken bribes", "alleges"),
]


@pytest.mark.parametrize(("name", "text", "words", "stance"), POSITIONS, ids=[p[0] for p in POSITIONS])
def test_position_stance(name: str, text: str, words: str, stance: str) -> None:
    assert _stance(text, words) == stance, name
