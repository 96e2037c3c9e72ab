"""Items filed in the wrong section (reader Audit 17, section 18.4 items 4 and 10): labelled cases in new wording.

Each case is a short article written for this test and what a reader would keep. Outlook holds a future
event, not a modal judgment of what has happened ("this latest case may top all the others") nor a habit
told with "would" or a past inability ("Usually the inspectors would ...", "could not walk for weeks").
Analysis holds causes, not a relative's worry with its reason, a plea, or a rumour. Recommendations hold a
call on someone, not a speaker's own "we need to be organised". Who says what labels a page's pointer
nothing, names as disputed the source whose charge a denial answers, and reads a denial from its words.
Near misses keep their place.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.classify import analyze_analysis, analyze_outlook, analyze_recommendations
from newsbrief.analyze.context import build_context
from newsbrief.analyze.positions import analyze_positions
from newsbrief.models import Article, PositionInfo, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.test_sections_s13 import _held

# the same article frame and readers as the first session 13 cases


OUTLOOK = [
    # a modal judgment of what has happened
    ("This latest case may top all the others, with the bank getting a customer sacked over one complaint.",
     False),
    ("The scandal might rank as the worst in the club's history, with three coaches dismissed in a week.", False),
    # a habit told with "would"
    ("Typically a report after a serious flood would give a detailed account of the damage to each street.",
     False),
    ("Usually the inspectors would visit every dam in the valley twice a year.", False),
    ("The volunteers would meet every Thursday in the church hall to plan the clean-up.", False),
    # a past inability with a past time
    ("She could not walk for weeks after the accident on the flooded road.", False),
    # forecasts that stay (near misses)
    ("The new rules may force dozens of small shops in the valley to close next year.", True),
    ("The council said the volunteers would meet every Thursday from next month.", True),
    ("The road could stay closed for weeks, engineers warned.", True),
    ("The river may burst its banks again if the rain continues, the agency warned.", True),
]

ANALYSIS = [
    # a relative's worry with its reason, a plea
    ('"We are so worried because my uncle is still missing," his niece said.', False),
    ('"Please do not give up hope, because they are still searching," she told the crowd.', False),
    ("The mother appealed for help because her son has been missing since the storm.", False),
    # a rumour
    ("Some villagers had heard a rumour that the dam burst because the builders used cheap cement.", False),
    # causes that stay (near misses)
    ("Engineers said the dam burst because the builders had used cheap cement.", True),
    ("The road was closed because a bridge had collapsed in the storm.", True),
    ("Residents blamed the council for failing to clear the drains before the storm.", True),
]

RECOMMENDATIONS = [
    # a speaker's exhortation of her own side to a state
    ('"Now we need to be organised," the activist wrote on Twitter after the vote.', False),
    ('"We must be strong for each other in these hard times," the mayor said.', False),
    # calls that stay (near misses)
    ("We need to act now, otherwise the next flood could wash away the whole village, the mayor said.", True),
    ("The government needs to be ready for more floods this winter, the report said.", True),
    ("The council should build new flood barriers along the river before the winter, residents said.", True),
]


@pytest.mark.parametrize(("sentence", "expected"), OUTLOOK)
def test_outlook_holds_future_events(sentence: str, expected: bool) -> None:
    assert _held(analyze_outlook, sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), ANALYSIS)
def test_analysis_holds_causes(sentence: str, expected: bool) -> None:
    assert _held(analyze_analysis, sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), RECOMMENDATIONS)
def test_recommendations_hold_calls(sentence: str, expected: bool) -> None:
    assert _held(analyze_recommendations, sentence) is expected


def _positions(text: str) -> list[PositionInfo]:
    doc = annotate(Article(text=text, source=Source(title="Test")))
    return [i.payload for i in analyze_positions(doc, build_context(doc)) if isinstance(i.payload, PositionInfo)]


def _entry(text: str, words: str) -> tuple[str, str | None] | None:
    doc = annotate(Article(text=text, source=Source(title="Test")))
    for item in analyze_positions(doc, build_context(doc)):
        if words in item.text and isinstance(item.payload, PositionInfo):
            return item.payload.stance, item.payload.disputes
    return None


THIRD_PARTY = (
    "A committee of MPs accused the oil company of cutting costs on the well to save money.\n\n"
    "The drilling firm Rigco accused the company of ignoring its warnings about the cement.\n\n"
    "The company's safety chief, Mark Dale, rejected the claim that it had cut costs on the well."
)
SHARED_PLACE = (
    "Campaigner Jo Marsh accused the museum of hiding stolen artefacts in its stores.\n\n"
    "Museum director Paul Kent said the charge was false.\n\n"
    'Visitor guide Ana Ruiz said: "We have never had so many school groups in the museum in one spring."'
)
POINTER = (
    "A customer says the bank had him sacked after he complained about a fee on its website.\n\n"
    "The bank said it had contacted his employer because he had used the firm's name in the complaint.\n\n"
    "Below, please enjoy the letter in which the bank accuses him of misusing the firm's name, as the site says."
)


def test_denial_disputes_the_charge_it_answers() -> None:
    found = _entry(THIRD_PARTY, "rejected the claim")
    assert found is not None and found[0] == "denies" and "committee" in (found[1] or "").lower()


def test_a_shared_place_word_is_no_denial() -> None:
    found = _entry(SHARED_PLACE, "never had so many")
    assert found is not None and found[0] == "asserts"


def test_a_pointer_alleges_nothing() -> None:
    found = _entry(POINTER, "Below, please enjoy")
    assert found is None or found[0] == "asserts"


def test_a_writers_consider_argues() -> None:
    """Near miss: a writer's own imperative that argues a cause is no plea (the pattern of a dev-pool opinion piece)."""
    sentence = ("Consider how quickly the town turned on its own police force in the wake of the shooting, "
                "because the council had ignored every complaint for years.")
    assert _held(analyze_analysis, sentence)
