"""Reader Audit 39 (docs/audit.md 40), conclusion: closes a reader could not read alone. The articles are invented
for these tests.

- a close that opens on a demonstrative ("This is not an option in ...") whose referent is itself a sentence opening
  "In such cases, ..." that leans on one more demonstrative ("This makes ...") before the sentence that says what is
  meant (#7): shown, the close carries that sentence; the penultimate "In such cases ..." alone left "such cases"
  dangling;
- a round-up of commentaries closes on "The opinions expressed in these commentaries are solely those of the
  writers." (#7): page furniture, never the close;
- a first-person column's closing quip addressed to a celebrity ("Gwyneth Paltrow, take note.", #12): an imperative
  is a sentence, and the punchline of an argued piece is its close.

Near miss: "In such cases ..." right after the sentence it points to is shown with that sentence.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze import analyze_in_context
from newsbrief.analyze.conclusion import analyze_conclusion
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.test_conclusion_session17 import Case, check_shown

_REFORM_HEAD = (
    "Protests spread across the region this week as crowds demanded new governments in four capitals.\n\n"
    "Rana Asfour, a historian at Lindqvist College: The old rulers underestimated how fast news now travels "
    "between cities.\n\n"
    "Young people organised the marches through phone messages and neighbourhood committees.\n\n"
    "Many of them had never voted in an election that was not rigged.\n\n")
CHAIN = _REFORM_HEAD + (
    "In kingdoms such as Velmora and Castrel, reform would not require the end of the crown, because those states "
    "could turn into parliamentary systems in which the king keeps a ceremonial role.\n\n"
    "This makes change less frightening and more likely.\n\n"
    "In such cases, the king is more willing to give up some of his powers.\n\n"
    "This is not an option in the region's republics, whose presidents rule for life.\n\n"
    "The opinions expressed in these commentaries are solely those of the writers.")
NEAR = _REFORM_HEAD + (
    "Several rulers have promised elections within a year and freed some jailed opponents.\n\n"
    "Kingdoms could turn into parliamentary systems in which the king keeps a ceremonial role.\n\n"
    "In such cases, the king is more willing to give up some of his powers.")

CASES = (
    Case("such_cases_chain", CHAIN, want=("region's republics",), avoid=("opinions expressed",),
         needs=(("In such cases", "In kingdoms such as Velmora"),)),
    Case("such_cases_near", NEAR, want=("In such cases",), needs=(("In such cases", "parliamentary systems"),)),
)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_closing_session24(case: Case) -> None:
    doc = annotate(Article(text=case.text, source=Source(date="2026-03-04", url=case.url)))
    shown = " ".join(item.text for item in analyze_conclusion(doc, build_context(doc)))
    check_shown(case, shown)


QUIP = (
    "When I taught in a small town abroad, my students picked English names for themselves. One girl called "
    "herself Sugar Cube, and a boy in the back row insisted on Thunder.\n\n"
    "The national broadcaster now wants to end such choices. It published a guide telling people not to take the "
    "name of a dessert, a pop star or a great-grandmother.\n\n"
    "Names of food, the guide says, can sound silly or suggestive, and the people who carry them may not be taken "
    "seriously at work.\n\n"
    "One wonders whether some celebrities at home could use the same advice.\n\n"
    "Hollywood parents, take note.")


def test_closing_quip_shown() -> None:
    doc = annotate(Article(text=QUIP, source=Source(date="2026-03-04", url="https://example.com/news/story")))
    found = analyze_in_context(doc, build_context(doc))
    assert "take note" in " ".join(c.item.text for c in found["conclusion"])
