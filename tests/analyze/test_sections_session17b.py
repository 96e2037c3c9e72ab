"""Analysis, Outlook and Recommendations items a reader deletes (reader Audit 27, docs/audit.md 28.2 and 28.4),
session 17 round 2: labelled cases, each a short sentence or article written for this test.

- Analysis holds causes: not an evaluation ("cause for encouragement"), a live page's thanks ("Thanks to everyone
  who followed"), the reason for a name, nor a result whose cause ("as a result") is left behind; attributed
  causes of a market's moves ("helped push the market lower", "cheaper oil helped the airline") are causes.
- Outlook holds forecasts: not the future-in-the-past of a history's narration ("would be set free", "were soon
  set to work"), nor a dated old quotation, nor an analyst's claim the writer rebuts in the same sentence.
- Recommendations hold calls: a forecast of necessity ("will have to close, engineers warned") is none.
Near misses keep their place: a real attributed cause stays Analysis, a real forecast stays Outlook.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.classify import analyze_analysis, analyze_outlook, analyze_recommendations
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.test_sections_s13 import Analyzer, _held

CASES = [
    # evaluations, thanks and naming trivia are no cause
    (analyze_analysis, "The early sales figures are cause for encouragement, the company's chief executive said.",
     False),
    (analyze_analysis, "Thanks to everyone who has followed along with us today; my colleague Sam will take over "
     "the blog from here.", False),
    (analyze_analysis, "What's in a name? The valley was called Greenhollow because of the willows along its river.",
     False),
    # near misses: causes stay, attributed ones too
    (analyze_analysis, "The river burst its banks because two weeks of heavy rain had fallen on the hills.", True),
    (analyze_analysis, "Worries about slowing growth in China helped push the market lower, traders said.", True),
    (analyze_analysis, "Cheaper oil prices definitely helped the airline in the last quarter, one analyst said.",
     True),
    (analyze_analysis, "The flooding thanks to the broken dam forced hundreds of families from their homes.", True),
    # an analyst's forecast rebutted by the writer in the same sentence is no outlook
    (analyze_outlook, "One analyst says the new chip supports satellite navigation, but that would contradict the "
     "company's own statement, so we would say it is less likely.", False),
    (analyze_outlook, "Chipworx says the new chip supports satellite navigation, but that would contradict the "
     "maker's own statement, so we'd say it is less likely.", False),
    (analyze_outlook, "One analyst says the chip will support satellite navigation, but that would contradict the "
     "company's own statement.", False),
    (analyze_outlook, "One analyst says the new chip will support satellite navigation when the phone ships next "
     "year.", True),
    # a dated old quotation is history, not an outlook
    (analyze_outlook, "\"You will find them at their books every hour of the day,\" a visiting minister wrote in "
     "1863.", False),
    (analyze_outlook, "The prisoners will be set free next month, the ministry said.", True),
    # a forecast of necessity is no call
    (analyze_recommendations, "The bridge will have to close on Friday, engineers warned.", False),
    (analyze_recommendations, "Families will have to wait months for the payments, the charity warned.", False),
    (analyze_recommendations, "The bridge must be closed at once, engineers warned.", True),
    (analyze_outlook, "The bridge will have to close on Friday, engineers warned.", True),
]


@pytest.mark.parametrize(("analyzer", "sentence", "expected"), CASES)
def test_audit27_misfilings(analyzer: Analyzer, sentence: str, expected: bool) -> None:
    assert _held(analyzer, sentence) is expected


def _brief(text: str, analyzer: Analyzer, title: str) -> list[str]:
    doc = annotate(Article(text=text, source=Source(title=title, date="2025-03-04",
                                                    url="https://example.com/news/story")))
    return [i.text for i in analyzer(doc, build_context(doc))]


# A result whose cause is the sentence before: shown with its cause, or not at all.
CLAIMS = (
    "The compensation fund for the spill has paid out $300 million so far, officials said on Monday.\n\n"
    "Last month the state handed control of the claims offices to a retired federal judge. "
    "The size and number of the payouts will almost certainly increase as a result.\n\n"
    "Fishermen along the coast have waited months for their money."
)


def test_a_result_keeps_its_cause() -> None:
    items = _brief(CLAIMS, analyze_analysis, "Spill fund payouts to rise")
    assert not any(t.startswith("The size and number") for t in items), items


# A history essay (written for this test): its narration's future-in-the-past is no outlook.
HISTORY = (
    "The school in the swamp\n\n"
    "In the winter of 1862 hundreds of escaped slaves reached the Union lines on the coast of South Carolina. "
    "The army did not know what to do with them.\n\n"
    "The general told them they would be set free once the war was won. "
    "Housed in old tents, the families were soon set to work clearing land and building cabins.\n\n"
    "A young teacher from Boston opened a school in a church in the spring of 1862. "
    "Within weeks she had more than a hundred pupils, and by the summer more teachers had arrived from the north. "
    "By 1864 the school taught 400 children."
)


def test_a_historys_narration_is_no_outlook() -> None:
    items = _brief(HISTORY, analyze_outlook, "The school in the swamp")
    assert not any(p in t for p in ("would be set free", "soon set to work") for t in items), items
