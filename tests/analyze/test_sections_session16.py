"""Outlook, Recommendations and Analysis items a reader deletes (reader Audit 25, docs/audit.md 26.4 patterns 3
and 8): labelled cases, each a short sentence or article written for this test.

- Outlook holds what is expected, not a past remark told again ("When he said he would fire the chief ...",
  a remark dated decades back), the writer's past telling ("I told you then that ... would"), the writer's
  present guess about the past ("I think it unlikely that he ordered ..."), an evaluation "that would be ..."
  nor an open question about the present ("It was not clear whether the jets could fly").
- A vow of thought with no event ("We will think about the call of duty") is no outlook; a vow to act stays.
- Recommendations hold advice, not an evaluation told with "should" ("should be terrifying to you") nor a charge
  put to the addressee ("you have turned into a corporate flack, and you have to admit it").
- Analysis holds causes, not a cost, a count of suggestions, a charge, a scene or a cry, nor a cue word used
  loosely: "led to the second floor", "the best result of her career", "triggers" as things, "bemoaned the lack
  of", "do not know what caused", "declined to comment, citing", "raised talk of".
Near misses keep their place: real forecasts, real calls, real causes.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.classify import analyze_analysis, analyze_outlook, analyze_recommendations
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.test_sections_s13 import Analyzer, _held

OUTLOOK = [
    # a past remark told again: the "would" is inside a telling that the sentence sets in the past
    ("When the president said he would fire the oil firm's chief executive, he was looking for someone to "
     "blame.", False),
    # a remark dated decades back
    ("In 1978 the archbishop told a grieving girl that she would one day see her lost dog again.", False),
    # the writer's own past telling
    ("I told you then that the new website would never find enough readers to pay its way.", False),
    # the writer's present guess about a past act
    ("I think it is unlikely that the owner ordered the editors to drop the story.", False),
    # an evaluation, not a forecast
    ("As you say, that would be a real scandal for the whole newsroom.", False),
    # an open question about the present
    ("It was not clear whether the captured jets could fly or whether they were armed.", False),
    # a vow of thought with no event
    ("We will not think about death or about life, the colonel told his supporters on Sunday.", False),
    # near misses that stay
    ("The president said on Monday that he would fire the oil firm's chief executive if the leak was not "
     "stopped by Friday.", True),
    ("The minister said the elections would be held in June, despite the unrest.", True),
    ("We will hold elections in June, whatever happens, the colonel told his supporters on Sunday.", True),
    ("It is not yet clear whether the talks will resume next week, a diplomat said.", True),
    ("The company said it was unlikely that the well would be sealed before August.", True),
]


@pytest.mark.parametrize(("sentence", "expected"), OUTLOOK)
def test_outlook_holds_forecasts_not_past_remarks(sentence: str, expected: bool) -> None:
    assert _held(analyze_outlook, sentence) is expected


RECOMMENDATIONS = [
    # an evaluation told with "should", not a prescription
    ("The owner's announcement should be terrifying to anyone who works at the paper, the columnist wrote.",
     False),
    ("The figures should be worrying for the government, an economist said.", False),
    # a past anecdote told as narration
    ("Years ago the bishop told his priests to learn the names of their parishioners' dogs, the paper "
     "reported.", False),
    # calls that stay
    ("The council should be transparent about the cost of the new bridge, residents said.", True),
    ("Farmers must move their livestock to higher ground before the river peaks, the agency said.", True),
    ("Drivers should avoid the coast road until the storm has passed, the police said.", True),
]


@pytest.mark.parametrize(("sentence", "expected"), RECOMMENDATIONS)
def test_recommendations_hold_calls_not_evaluations(sentence: str, expected: bool) -> None:
    assert _held(analyze_recommendations, sentence) is expected


ANALYSIS = [
    # a cost or a count, no cause
    ("The clean-up operation has cost the company $930m so far, it said on Monday.", False),
    ("Engineers have received more than 20,000 suggestions from the public on how to stop the leak.", False),
    # a charge attributed to a party
    ("Local officials charged that the air strikes had killed dozens of civilians in the town.", False),
    # an example scene
    ("Reporters were taken to damaged homes in the town, where residents showed them shrapnel.", False),
    # a charge whose cause is the party's accusation, and a cry
    ("Local officials charged that dozens of civilians had died as a result of the raids on the port.", False),
    ("\"Oh my God, the house is gone because of the flood,\" the father shouted from the bridge.", False),
    # an exclamation
    ("\"Oh my God, the whole street is gone,\" the father shouted as he ran towards the house.", False),
    # cue words used loosely: guiding, a rated result, a thing, a lack complained of, a cause asked for
    ("The guests were asked to leave their coats at the door, then led to a hall on the second floor.", False),
    ("Visitors were told to switch off their phones , then led to the top floor of the gallery , where the "
     "paintings hang.", False),
    ("The win over the champion was the best result of her career, and she celebrated with her coach.", False),
    ("The inspectors found parts that could be used as triggers for the device in a warehouse.", False),
    ("The club's manager bemoaned the lack of chances for young players in the first team.", False),
    ("Fire officials still do not know what caused the blaze at the warehouse, the mayor said.", False),
    ("The museum declined to comment on the sale of the painting, citing the pending litigation.", False),
    ("The champion's dominance has raised talk of a clean sweep of the season's titles.", False),
    # causes that stay
    ("The flights were cancelled because of the storm, the airline said.", True),
    ("The talks collapsed after the rebels refused to hand over their weapons.", True),
    ("Food prices rose sharply as a result of the drought, the ministry said.", True),
    ("The leak was blamed on a faulty valve on the sea floor.", True),
    ("The drought has cut harvests across the region by a third.", True),
    ("The closure of the mine has led to hundreds of job losses in the town.", True),
    ("The strike was called off last week and led to a new round of talks between the union and the firm.", True),
    ("The food shortage was the direct result of the failed harvest, the aid agency said.", True),
    ("The bakery closed last month, citing the soaring cost of flour and energy.", True),
    ("Investigators said the fire was caused by a faulty heater in the basement.", True),
]


@pytest.mark.parametrize(("sentence", "expected"), ANALYSIS)
def test_analysis_holds_causes_not_costs_or_charges(sentence: str, expected: bool) -> None:
    assert _held(analyze_analysis, sentence) is expected


# An open letter in a column (written for this test): the writer's past telling, a guess about the past, an
# evaluation, a feeling told with "should" and a charge put to the addressee are no outlook and no advice; the
# column's real forecast and its real call stay.
COLUMN = (
    "Dear Tom,\n\n"
    "I have read your defence of the new owner twice now, and I am still baffled by it.\n\n"
    "When we spoke last summer, I told you then that the new website would never find enough readers to pay its "
    "way. You laughed and said I was a cynic.\n\n"
    "I think it is unlikely that the owner ordered you to write the piece. But the result is the same.\n\n"
    "As you say, that would be a real scandal for the whole newsroom.\n\n"
    "The owner's announcement last week should be terrifying to anyone who works at the paper.\n\n"
    "Somewhere along the way, you have turned into a corporate flack, and you have to admit it.\n\n"
    "Newspapers should publish the names of their owners on the front page, and readers should demand it.\n\n"
    "The board will vote on the sale of the paper next month, and I expect the staff to strike if it goes through."
)


def _column(analyzer: Analyzer) -> list[str]:
    doc = annotate(Article(text=COLUMN, source=Source(title="An open letter to my old colleague", date="2025-03-04",
                                                      url="https://example.com/opinion/letter")))
    return [i.text for i in analyzer(doc, build_context(doc))]


def test_a_columns_past_tellings_and_guesses_are_no_outlook() -> None:
    items = _column(analyze_outlook)
    assert not any(p in t for p in ("I told you then", "it is unlikely", "that would be a real scandal")
                   for t in items), items
    assert any("will vote on the sale" in t for t in items), items


def test_a_columns_feelings_and_charges_are_no_advice() -> None:
    items = _column(analyze_recommendations)
    assert not any(p in t for p in ("should be terrifying", "corporate flack") for t in items), items
    assert any("should publish the names" in t for t in items), items


CHARGES = [
    ("You must accept that you have become the mouthpiece of the company, the letter said.", False),
    ("You must leave the building now and gather at the car park, the fire officer told the staff.", True),
]


@pytest.mark.parametrize(("sentence", "expected"), CHARGES)
def test_a_charge_put_to_the_addressee_is_no_call(sentence: str, expected: bool) -> None:
    assert _held(analyze_recommendations, sentence) is expected
