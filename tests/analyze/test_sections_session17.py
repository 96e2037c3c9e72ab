"""Outlook and Recommendations items a reader deletes (reader Audits 25 and 26, docs/audit.md 26.4 and 27.4),
session 17: labelled cases, each a short sentence or article written for this test.

- Outlook holds forecasts and scheduled or expected events about the story's subject, not the steps of an
  argument ("If rates rise, borrowers would ...", "That means ...", "This will matter because ..."), a generic
  truth ("Prices will always ..."), a habit told in the present ("When people plan to attack us, we try to ..."),
  a price told with a generic "will cost you", a prediction the sentence says has come true ("and so it has
  proven") nor the view the writer rejects.
- Recommendations hold calls: a passive call ("Residents are asked to avoid the area", "Drivers are urged to
  ...") is one, with the authority that asks in the sentence or the paragraph; an open question, a
  disagreement over what should be done, a necessity that follows from damage or a cause is none.
Near misses keep their place: a real forecast inside an analysis stays Outlook, a named person's call stays.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.classify import analyze_outlook, analyze_recommendations
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.test_sections_s13 import Analyzer, _held

OUTLOOK = [
    # argument steps: a condition and what it would bring, told as reasoning
    ("If the central bank raises rates, borrowers would pay more, and that means the housing market would cool.",
     False),
    ("That means the government will have to find the money somewhere else, which is the real problem here.",
     False),
    ("This will matter because voters care more about their bills than about the deficit.", False),
    # a consequence drawn, the question the argument poses, a "would" of any member of a kind
    ("In other words, savers will lose out while borrowers gain.", False),
    ("So the real question is whether voters will forgive him.", False),
    ("Of course, a weaker currency would make exports cheaper, which is the point.", False),
    # generic truths
    ("Prices will always rise when supply is short and demand stays strong.", False),
    ("Markets will always overreact to bad news, whatever the central bank says.", False),
    # a habit told in the present
    ("When people plan to attack us, we try to prevent it, the general said.", False),
    # a price told with a generic "will cost you"
    ("The same watch in a steel case will cost you $199 at most shops.", False),
    # a prediction the sentence says has come true
    ("Commentators predicted early on that the spill would be the worst ever, and so it has proven.", False),
    # near misses that stay: forecasts and scheduled events about the subject
    ("The central bank is expected to raise rates next month, economists said.", True),
    ("Ministers will meet in Brussels on Tuesday to discuss the rescue plan.", True),
    ("The company plans to open 20 new stores in the region next year.", True),
    ("The IMF forecast that growth in the region would slow to 2% next year.", True),
    ("If the river keeps rising, the town's main bridge will close on Friday, engineers warned.", True),
    ("If the merger goes ahead, the combined firm would control 40% of the market, regulators said.", True),
    ("That means the plant will close in March, with the loss of 300 jobs.", True),
    ("Higher tariffs would hurt the region's farmers, the minister warned.", True),
    ("\"If she runs, I believe she could win the nomination,\" the former governor said.", True),
    ("The new tariffs would add 10% to the price of imported steel.", True),
    ("If the river rises again, hundreds of homes could flood along the valley.", True),
]


@pytest.mark.parametrize(("sentence", "expected"), OUTLOOK)
def test_outlook_holds_forecasts_not_argument_steps(sentence: str, expected: bool) -> None:
    assert _held(analyze_outlook, sentence) is expected


RECOMMENDATIONS = [
    # passive calls: someone asks, urges or advises
    ("Residents are asked to avoid the area while firefighters tackle the blaze, the fire service said.", True),
    ("Drivers are urged to use the ring road until the bridge reopens, police said.", True),
    ("People are advised to stay indoors and keep their windows closed, health officials said.", True),
    ("Residents living near the river have been told to move their cars to higher ground.", True),
    ("Motorists are being asked to avoid the town centre on Saturday.", True),
    ("Anyone with information about the crash is asked to call the police.", True),
    # a named person's call stays
    ("The mayor urged residents to conserve water until the pipeline is repaired.", True),
    # open questions, disagreements and causes are no call
    ("Should the council spend more on its buses, or cut fares instead?", False),
    ("Whether the council should sell the land remains an open question.", False),
    ("The two parties disagree over whether the state should pay for the repairs.", False),
    ("The bridge had to be closed because the cracks in its main span had grown.", False),
    ("The whole town is destroyed and has to be rebuilt, one survivor said.", False),
    # a procedure's step told of "they"
    ("Once they log in, they are told to keep the recovery code in a safe place.", False),
    # a norm described
    ("Presidents are asked to consult with Congress before they send troops abroad.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), RECOMMENDATIONS)
def test_recommendations_hold_calls_not_questions_or_causes(sentence: str, expected: bool) -> None:
    assert _held(analyze_recommendations, sentence) is expected


# A short news report (written for this test) whose call is told in the passive, with the authority in the
# paragraph before: the call is a recommendation.
REPORT = (
    "A fire broke out at a chemical warehouse in the north of the city on Monday morning, the fire service said.\n\n"
    "Thick black smoke could be seen for miles. The fire service said 60 firefighters were at the scene.\n\n"
    "Residents are asked to avoid the area and to keep their windows and doors closed.\n\n"
    "The cause of the fire is not yet known. An investigation will begin once the blaze is out."
)


def test_a_passive_call_in_a_report_is_a_recommendation() -> None:
    doc = annotate(Article(text=REPORT, source=Source(title="Fire at chemical warehouse", date="2025-03-04",
                                                      url="https://example.com/news/fire")))
    items = [i.text for i in analyze_recommendations(doc, build_context(doc))]
    assert any("asked to avoid the area" in t for t in items), items


# A column (written for this test) that argues about interest rates: its reasoning steps and truisms are no
# outlook; the scheduled decision it names stays.
COLUMN = (
    "Why the rate rise is the wrong medicine\n\n"
    "I have watched central banks get this wrong before, and I fear they are about to do it again.\n\n"
    "If the bank raises rates, borrowers would pay more, and that means the housing market would cool. "
    "That means builders will stop building, which is the opposite of what we need.\n\n"
    "Prices will always rise when supply is short. This will matter because young families cannot wait.\n\n"
    "The bank's board will meet on Thursday to decide, and most economists expect a rise of a quarter point.\n\n"
    "The bank should hold its nerve and wait for the spring figures."
)


def _column(analyzer: Analyzer) -> list[str]:
    doc = annotate(Article(text=COLUMN, source=Source(title="Why the rate rise is the wrong medicine",
                                                      date="2025-03-04", url="https://example.com/opinion/rates")))
    return [i.text for i in analyzer(doc, build_context(doc))]


def test_a_columns_argument_steps_are_no_outlook() -> None:
    items = _column(analyze_outlook)
    assert not any(p in t for p in ("borrowers would pay more", "builders will stop", "will always rise",
                                    "This will matter") for t in items), items
    assert any("will meet on Thursday" in t for t in items), items


def test_a_columns_call_stays_a_recommendation() -> None:
    items = _column(analyze_recommendations)
    assert any("should hold its nerve" in t for t in items), items


# Reader Audit 26 (27.4 item 2), in new wording: a doubt about tomorrow is no call; a dead man's past
# foreboding and a fulfilled or rejected forecast are no outlook.
AUDIT26 = [
    (analyze_recommendations, "\"We don't even know what tomorrow will be like,\" the director of the shelter said.",
     False),
    (analyze_outlook, "He had often said that he would one day pay a price for his reporting.", False),
    (analyze_outlook, "Forecasters said early on that the storm would be the worst in decades, and that is exactly "
     "what happened.", False),
    (analyze_outlook, "If you take the view that the phone is just another gadget, the prices may not make much "
     "sense.", False),
    (analyze_outlook, "The shelter's director said she expected more aid to arrive from the capital next week.",
     True),
]


@pytest.mark.parametrize(("analyzer", "sentence", "expected"), AUDIT26)
def test_audit26_misfilings(analyzer: Analyzer, sentence: str, expected: bool) -> None:
    assert _held(analyzer, sentence) is expected
