"""Recommendations, Outlook and actor types (reader Audit 16, docs/audit.md 17.4 items 4 and 6).

Labelled cases written for this test, in new wording. Not advice: a predictive "should" of a product's
promise ("it should last you all day"), an interpretive "should be seen as" (a reading of an event), a
tweet run on with hashtags, a risk told as a condition ("they have to get it right, otherwise X could
sue"). Not outlook: a past act in a first-person account, one side's call ("X urged Y to listen ...").
Actors: an animal named in the text, an agency, a country and a time-zone stamp are not people.
Real advice, forecasts and people stay.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.actors import analyze_actors
from newsbrief.analyze.classify import analyze_outlook, analyze_recommendations
from newsbrief.analyze.context import build_context
from newsbrief.models import ActorInfo, Article, Source
from newsbrief.nlp.annotate import annotate

LEAD = "The regional assembly met on Monday to debate the crisis in the northern provinces."
CLOSE = "The assembly's next session has not been announced, and the debate drew a small crowd of protesters."

RECOMMENDATIONS = [
    # a predictive "should" of a product's promise
    ("The company says the new battery should last you throughout a long working day.", False),
    ("With normal use, the tablet should keep you going for two full days, the maker claims.", False),
    # an interpretive "should be seen as"
    ("The promotion of the general should be seen as a sign that the army is taking control, a party source said.",
     False),
    ("The minister's resignation should be read as an admission that the plan has failed, one aide said.", False),
    # a tweet run on with hashtags
    ("People in the square say 'they should be' Widely feared riot police pulled back #Cairo #protest", False),
    # a risk told as a condition
    ("The auditors have to do it exactly right, otherwise the firm could challenge the findings in court, "
     "an analyst said.", False),
    # prescriptions that stay
    ("The government should fund more nurses in the northern provinces, the union said.", True),
    ("The envoy urged both sides to return to the talks without conditions.", True),
    ('"Travellers should stay in their hotels until the curfew is lifted," the embassy said.', True),
    ("Officials must act now to protect the water supply, the report said.", True),
]

OUTLOOK = [
    # a past act in a first-person account
    # the tagger reads "clung" as a present verb; its past conjunct "shielded" dates the "would" (session 13)
    ("I clung on to my two nephews and shielded them as the walls came down, and we would stay there for hours.",
     False),
    ("I held on to the children and covered them as best I could.", False),
    # one side's call filed as the outlook
    ('"Our government expects the country\'s rulers to listen to their people and refrain from violence," '
     "the ministry spokesman said.", False),
    ("The neighbouring government urged the country's rulers to listen to the voice of their people.", False),
    # forecasts that stay
    ("The central bank is expected to raise interest rates in June.", True),
    ("The company said it would open two new factories in the provinces next year.", True),
]


def _doc(text: str):  # type: ignore[no-untyped-def]
    return annotate(Article(text=text, source=Source(date="2024-05-02", url="https://example.com/news/story")))


def _brief_sections(sentence: str) -> tuple[list[str], list[str]]:
    doc = _doc(f"{LEAD}\n\n{sentence}\n\n{CLOSE}")
    ctx = build_context(doc)
    return ([i.text for i in analyze_outlook(doc, ctx)], [i.text for i in analyze_recommendations(doc, ctx)])


@pytest.mark.parametrize(("sentence", "expected"), RECOMMENDATIONS)
def test_recommendations_hold_prescriptions(sentence: str, expected: bool) -> None:
    _outlook, advice = _brief_sections(sentence)
    assert any(sentence[:40] in item for item in advice) is expected, advice


@pytest.mark.parametrize(("sentence", "expected"), OUTLOOK)
def test_outlook_holds_forecasts(sentence: str, expected: bool) -> None:
    outlook, _advice = _brief_sections(sentence)
    assert any(sentence[:40] in item for item in outlook) is expected, outlook


DOG = """A dog was found tied to a railing at a station in the west of the county on Sunday, with a suitcase beside it.

Rex, a German shepherd, was discovered by a cleaner at about 7am. Staff said the dog Rex was cold but unharmed.

Rex has since been taken to a rescue centre, where vets say he is eating well.

Inspector Jane Moore of the animal charity said: "Abandoning an animal is a criminal offence."

Moore said anyone with information should call the charity's helpline.
"""

AGENCY = """A congressman claimed on Tuesday that ten fighters had been caught crossing the southern border.

Border Patrol agents detained four men near the crossing last week, officials said. Border Patrol said the men were checked carefully.

The Coast Guard also searched boats off the coast. The Coast Guard said it found nothing.

Representative Tom Hale said the government was hiding the truth. Border Patrol declined to comment further.

Secretary Dan Royce said there was no evidence of any link to terrorism.
"""

COUNTRY = """Protests spread across Egypt on Saturday as the president named a new deputy.

(Update 6:33 p.m. ET) Egypt has cut internet access in several cities, witnesses said.

(Update 7:10 p.m. ET) Egypt faces its biggest crisis in decades. Egypt's army deployed tanks in the capital.

(Update 8:02 p.m. ET) Ahmed Fawzi, a protester in the square, said the crowd would not leave.

(Update 9:15 p.m. ET) Egypt's government imposed a curfew, and Fawzi said people ignored it.
"""

ACTORS = [
    (DOG, "Rex", "person", False),
    (DOG, "Jane Moore", "person", True),
    (AGENCY, "Border Patrol", "person", False),
    (AGENCY, "Coast Guard", "person", False),
    (AGENCY, "Tom Hale", "person", True),
    (COUNTRY, "Egypt", "person", False),
    (COUNTRY, "ET", "organisation", False),
    (COUNTRY, "Ahmed Fawzi", "person", True),
]


@pytest.mark.parametrize(("text", "name", "kind", "expected"), ACTORS)
def test_actor_types(text: str, name: str, kind: str, expected: bool) -> None:
    doc = _doc(text)
    actors = [i.payload for i in analyze_actors(doc, build_context(doc)) if isinstance(i.payload, ActorInfo)]
    typed = [(a.name, a.type) for a in actors]
    assert any(name in a.name and a.type == kind for a in actors) is expected, typed
