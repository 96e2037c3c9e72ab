"""Recommendations that urge no one (session 29; reader audits found 0 of 7 useful recommendations in one article):
labelled cases, each a sentence written for this test and set in a short article of its own.

- An open question: "Whether the board should sell the dock is the question facing the town", "It is unclear who
  should pay" asks; it advises no one.
- A writer's rhetorical "we should ask": "We should ask ourselves why the dock was left to rot" is a question put to
  the reader, not an act urged on a party.
- A "must" or "had to" in a quote about the past: '"We knew we must finish the dock before the storms came," Pope
  said' tells what was needed then.
- A norm for a class (the two strict xfails of test_sections_audit45_s28, closed in session 29): "every dock should
  have enough cranes", "small boats should be able to use the dock" are calls; a definite party's "should have
  enough cash to pay" or "should already have" expects a state, and "should have acted" judges the past.

Near misses that stay: a plain call with its speaker, a quoted "must" about what is still to do, "we should ask the
government for help" (a party asked for something), a columnist's own call.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze import analyze
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

_TITLE = "Harbour board weighs the cost of the dock repairs"
_NEWS = "https://example.com/news/dock"
_COLUMN = "https://example.com/opinion/dock"


def _calls(body: str, url: str) -> list[str]:
    text = (_TITLE + "\n\nThe Marlow harbour board met on Tuesday to discuss the cost of repairing the north dock after "
            "the winter storms. " + body + "\n\nThe board will meet again next month.\n")
    doc = annotate(Article(text=text, source=Source(title=_TITLE, date="2024-03-14", url=url)))
    return [c.item.text for c in analyze(doc).get("recommendations", ())]


_NO_CALLS = [
    ("whether_subject", "Whether the board should sell the dock is now the main question facing the town.", _NEWS),
    ("question_is", "The question is whether the council must pay for the repairs or leave them to the owners.",
     _NEWS),
    ("unclear_who", "It is still unclear who should pay for the repairs to the north dock.", _NEWS),
    ("column_ask_ourselves", "We should ask ourselves why the dock was left to rot for so many years.", _COLUMN),
    ("column_must_ask", "We must ask who gains from selling the dock to a private firm.", _COLUMN),
    ("quote_past_must", '"We knew we must finish the dock before the storms came," said Ana Pope, the fishermen\'s '
                        "leader.", _NEWS),
    ("quote_past_had_to", '"In those years the crews had to work through the night to save the ships," said Ana '
                          "Pope, the fishermen's leader.", _NEWS),
    ("definite_enough", "The treasurer said the reserve fund should have enough cash to pay for the work until "
                        "the end of the year.", _NEWS),
    ("hindsight_every", "Fishermen's leader Ana Pope said every council should have acted sooner on the dock.", _NEWS),
    ("definite_able", "Engineers said the new cranes should be able to lift the larger boats.", _NEWS),
]


@pytest.mark.parametrize(("name", "sentence", "url"), _NO_CALLS, ids=[n for n, _, _ in _NO_CALLS])
def test_no_recommendation(name: str, sentence: str, url: str) -> None:
    assert not any(sentence[5:45] in item for item in _calls(sentence, url))


_CALLS = [
    ("plain_call", "Fishermen's leader Ana Pope said the board should rebuild the north dock before the autumn.",
     _NEWS),
    ("quote_must_now", '"We must finish the dock before the storms come," said Ana Pope, the fishermen\'s leader.',
     _NEWS),
    ("ask_for_help", "Fishermen's leader Ana Pope said the board should ask the government for help with the repairs.",
     _NEWS),
    ("column_call", "The board should sell the old cranes and rebuild the north dock before the autumn.", _COLUMN),
    ("norm_every", "Fishermen's leader Ana Pope said every dock should have enough cranes for the autumn catch.",
     _NEWS),
    ("norm_bare_plural", "Fishermen's leader Ana Pope said small boats should be able to use the north dock for free.",
     _NEWS),
    ("norm_parents", "Parents should be able to see the safety survey before the dock reopens, Ana Pope said.", _NEWS),
]


@pytest.mark.parametrize(("name", "sentence", "url"), _CALLS, ids=[n for n, _, _ in _CALLS])
def test_call_kept(name: str, sentence: str, url: str) -> None:
    assert any(sentence[5:45] in item for item in _calls(sentence, url))
