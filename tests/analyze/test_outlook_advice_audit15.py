"""Outlook holds forecasts, Recommendations prescriptions (reader Audit 15, docs/audit.md 16.4 item 4).

Labelled cases written for this test, in new wording, each in a short analysis piece of its own (an
advising genre, so the writer's own "should" can count as advice). Not advice: a step of procedure ("Any
changes would also have to be passed by the upper house"), a predictive "should" ("should be able to
check", "should be ready by"), a "should" inside a clause that describes an unnamed party's shift ("For the
first time it is suggesting that the president should resign"). Not forecasts: a present discrepancy
told beside someone's past announcement, a standfirst announcing the piece, a present disposition ("none
would dare speak publicly"), a research finding and a poll's answer about the present. Near-misses are
forecasts and calls that stay; earlier audits' non-responses, past habits, wishes and set-ups stay out.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.classify import analyze_outlook, analyze_recommendations
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

LEAD = "The regional assembly met on Monday to debate the crisis in the northern provinces."
CLOSE = "The assembly's next session has not been announced, and the debate drew a small crowd of protesters."

RECOMMENDATIONS = [
    # procedure, not advice
    ("Any changes to the spending bill would also have to be passed by the upper house.", False),
    ("The new rules would have to be approved by the national regulator before taking effect.", False),
    ("Any such treaty would need to be ratified by every member state.", False),
    # a predictive "should"
    ("Once fully deployed, the inspectors should be able to check whether the factories are complying.", False),
    ("The new power plant should be able to supply electricity to 20,000 homes.", False),
    ("The final results should be known by the end of the week.", False),
    ("The bridge should be ready for traffic by the spring.", False),
    # an unnamed party's shift, its adviser lost
    ("For the first time it is suggesting that the president should step down.", False),
    ("Now it is signalling that the rebels should lay down their arms.", False),
    # prescriptions that stay
    ("The report urged ministers to act before the winter.", True),
    ('"We must cut emissions now," she said.', True),
    ("The government should fund more nurses in the northern provinces, the union said.", True),
    ("The foreign minister of Norway said the president should step down.", True),
    ("Ministers should be held to account for the delays, the committee said.", True),
    ("The inspectors should be given full access to the sites, the envoy said.", True),
    ("The assembly should publish the audit of the provincial accounts without delay.", True),
]

OUTLOOK = [
    # a present discrepancy beside a past announcement
    ("The chip includes a radio, which the analyst admitted is at odds with the company's announcement, "
     "where the firm said the device will require a phone to find its position.", False),
    # a standfirst announcing the piece
    ("Get up to speed on the recent events in the provinces and what the next few months may bring as our "
     "correspondent answers some frequently asked questions about the crisis.", False),
    ("Find out what the coming weeks could bring as our economics editor answers your questions.", False),
    # a present fact told with "would"
    ("Few residents are willing to challenge the governor and none would dare speak publicly.", False),
    ("Most traders are nervous, and few would dare criticise the central bank openly.", False),
    # research findings and poll answers about the present
    ("Our latest research shows that, given the chance, ordinary people will stand up to corruption.", False),
    ("Two-thirds of the 40,000 people questioned in 30 countries said they would support a colleague "
     "who reported a bribe.", False),
    ("Most of the voters surveyed said they would back a ban on smoking in parks.", False),
    ("The study found that patients will usually take their medicine if the doctor explains why.", False),
    # earlier audits: a non-response, a past habit, a wish, a set-up of a reply
    ("The ministry could not be reached for comment on Tuesday.", False),
    ("Before the war cut the town off, a loaf of bread would cost ten cents.", False),
    ("Ask the ministry's planners about the shortages and they are likely to blame the weather.", False),
    # forecasts that stay
    ("The central bank is expected to raise interest rates in June.", True),
    ("Officials warned the storm could strengthen before it reaches the coast.", True),
    ("The study shows that sea levels will rise by a metre by 2100.", True),
    ("The company said it would open two new factories in the provinces next year.", True),
    ("Analysts expect the merger to be approved by the regulator.", True),
    ("Most economists polled by the agency said the bank would cut rates in March.", True),
]


def _brief_sections(sentence: str) -> tuple[list[str], list[str]]:
    text = f"{LEAD}\n\n{sentence}\n\n{CLOSE}"
    doc = annotate(Article(text=text, source=Source(date="2024-05-02", url="https://example.com/analysis/crisis")))
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
