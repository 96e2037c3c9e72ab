"""Outlook and Recommendations hold forecasts and calls, not one side's framed view, past conditions, past promises,
descriptions of calls, a dangling "this" or a sidebar's dated line (reader Audit 42, docs/audit.md 43.4 pattern 4).

Labelled cases written for this test, in new wording. Not forecasts: a view told by an agentless "is seen as" whose
holder a fronted phrase of the sentence before named ("In Europe ... Syria is seen as ..."), a party's stated terms
told in the past ("then this too was unacceptable to the delegation"), a past promise made in a private meeting, a
"not likely to accept this" whose "this" the item cannot show. Not calls: a concessive "Although X have called
for ..." under a description of what a document did not do, and a dated line of a timeline box. Near misses stay:
forecasts by named parties, a "widely expected" forecast, reported plans, calls by named parties.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.classify import analyze_outlook, analyze_recommendations
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Document, Sentence, Source
from newsbrief.nlp.annotate import annotate

LEAD = "Delegates from twenty countries met in the lakeside city on Saturday to discuss the border crisis."
CLOSE = "The conference ends on Sunday with a closing address by the host's foreign minister."

# (paragraph before, the sentence, paragraph after, expected in the section)
OUTLOOK = [
    # one side's view, its holder named only by the sentence before
    ("Across Europe the mood has been far more hopeful.",
     "The junta is seen as the next old government to collapse and its exit would weaken its neighbours.", "",
     False),
    ("Among the exporters there has been open relief.",
     "The cartel is viewed as the next scheme to unravel and its end would lower prices.", "", False),
    # a party's stated terms, told in the past
    ("", "Likewise, if the treaty mentioned the border plan in any form, then this too was unacceptable to the "
     "delegation, as was anything that might settle the border question early.", "", False),
    # a "this" the item cannot show
    ("This will require an inspection of every depot in the north.", "He is not likely to accept this.", "", False),
    # forecasts that stay
    ("", "The ferry line is widely expected to close next year, and its loss would cut the island off.", "", True),
    ("", "Analysts said the junta would probably collapse next year.", "", True),
    ("", "The company told investors it would cut 500 jobs by the end of next year.", "", True),
    ("", "The rebels are not likely to accept the ceasefire terms offered on Friday.", "", True),
    ("", "Officials said the talks might resume next week in the capital.", "", True),
    ("", "The board said it would consider the offer at its meeting on Friday.", "", True),
]

RECOMMENDATIONS = [
    # a concessive report of calls under a description of what a document did not do
    ("", "Although several governments have called for General Okoro to step down, the council's resolution did "
     "not call for this.", "", False),
    ("", "While rights groups have urged the ministry to free the prisoners, the agreement did not mention them.",
     "", False),
    # a dated line of a timeline box
    ("Timeline 2 March: Protests begin in the capital 9 April: Army moves into the port 14 May:",
     "Neighbouring king openly urges General Okoro to go; bloc tightens sanctions", "", False),
    # calls that stay
    ("", "The envoy urged both sides to return to the table before the ceasefire expires.", "", True),
    ("", "Although the talks have stalled, the envoy urged both sides to return to the table.", "", True),
    ("", "Opposition groups are calling for an elected prime minister and a stronger parliament.", "", True),
]


def _items(before: str, sentence: str, after: str, outlook: bool) -> list[str]:
    parts = [LEAD] + ([before] if before else []) + [sentence] + ([after] if after else []) + [CLOSE]
    if before.startswith("Timeline"):
        parts = [LEAD, before + " " + sentence, CLOSE]
    doc = annotate(Article(text="\n\n".join(parts),
                           source=Source(date="2024-05-02", url="https://example.com/world/border-talks")))
    section = analyze_outlook if outlook else analyze_recommendations
    return [i.text for i in section(doc, build_context(doc))]


def _shown(items: list[str], sentence: str) -> bool:
    core = sentence.split(",")[-1].strip(" .")[-30:]
    return any(core in text for text in items)


@pytest.mark.parametrize(("before", "sentence", "after", "expected"), OUTLOOK)
def test_outlook_audit42(before: str, sentence: str, after: str, expected: bool) -> None:
    """Each forecast stays in Outlook; each framed view, past term or dangling "this" does not."""
    assert _shown(_items(before, sentence, after, True), sentence) is expected


@pytest.mark.parametrize(("before", "sentence", "after", "expected"), RECOMMENDATIONS)
def test_recommendations_audit42(before: str, sentence: str, after: str, expected: bool) -> None:
    """Each reported call stays in Recommendations; a described call or a timeline line does not."""
    assert _shown(_items(before, sentence, after, False), sentence) is expected


def test_past_promise_not_outlook() -> None:
    """A promise of attention told in a narrative of a past meeting is not a forecast (Audit 42 #4)."""
    sentence = "The chairman reportedly told the mayor he would keep those families in mind when speaking to the board."
    assert not _shown(_items("", sentence, "", True), sentence)


def _doc_sentence(text: str, at: int = -1) -> tuple[Document, Sentence]:
    doc = annotate(Article(text=text, source=Source(date="2024-05-02", url="https://example.com/world/border-talks")))
    return doc, doc.sentences[at]


# The predicates on their own, in the shapes the audited briefs showed (the whole pipeline drops some of the cases
# above for other reasons in a short invented article, so the shapes are checked here too).
PREDICATES = [
    ("framed_view", "In Europe there has been a brighter mood.\n\nThe junta is seen as the next old regime to fall "
     "and its exit would weaken its neighbours.", True),
    ("framed_view", "The junta is widely seen as the next old regime to fall.", False),
    ("framed_view", "The junta is seen by most diplomats as the next regime to fall.", False),
    ("framed_view", "The junta was seen leaving the capital in a convoy of cars.", False),
    ("past_terms", "Likewise, if the treaty mentioned the border plan in any form, then this too was unacceptable to "
     "the delegation, as was anything that they believe might settle the border question early.", True),
    ("past_terms", "The deal was unacceptable to the delegation, and the talks might resume next week.", False),
    ("past_terms", "The minister said the talks might resume on Monday.", False),
    ("dangling_this", "This will require an inspection of every depot.\n\nHe is not likely to accept this.", True),
    ("dangling_this", "He is not likely to accept the inspection of every depot.", False),
    ("described_call", "Although several governments have called for General Okoro to step down, the council's "
     "resolution did not call for this.", True),
    ("described_call", "Although the talks have stalled, the envoy urged both sides to return to the table.", False),
    ("described_call", "The envoy urged both sides not to walk away, and did not rule out sanctions.", False),
    ("described_call", "Ministers should not call for new elections before the census.", False),
    ("timeline_line", "Timeline 9 April: Army moves into the port 14 May: Neighbouring king openly urges General "
     "Okoro to go; bloc tightens sanctions", True),
    ("attention_promise", "The chairman reportedly told the mayor he would keep those families in mind when "
     "speaking to the board.", True),
    ("attention_promise", "She promised she would remember them.", True),
    ("attention_promise", "The board said it would consider the offer.", False),
    ("attention_promise", "She said she would bear the workers in mind when the budget is set next month.", False),
    ("timeline_line", "The envoy urged both sides to return to the table.", False),
]


@pytest.mark.parametrize(("name", "text", "expected"), PREDICATES)
def test_section_framed_predicates(name: str, text: str, expected: bool) -> None:
    """Each shape of Audit 42 is caught by its predicate; each near miss is not."""
    from newsbrief.analyze import section_framed

    doc, sentence = _doc_sentence(text)
    assert getattr(section_framed, name)(doc, sentence) is expected
