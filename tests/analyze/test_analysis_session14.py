"""Analysis from the article's explicit causal statements (issue #11; reader Audit 19, docs/audit.md 20.4 item 10).

Audit 19 judged half the Analysis items deletable. Two kinds are labelled here, each with near misses:
- Examples and scenarios are no causes: an expert's hypothetical ("If the army split, it would lead to the
  regime's fall"), an instance named as one ("In the north for instance the ferry was cancelled because ..."),
  an example a writer asks the reader to take ("Take the Garcia family, who had to move because ...") and a
  column's anecdote told in the writer's own first person. The same cause stated of the story's events stays.
- An item never opens on a dangling connective or a cut stamp: "As a result, ..." or "This led to ..." whose
  cause is the sentence before is shown with that sentence, and a live page's stamp cut in half at the
  item's front ("Monday in Libya) The ministry said ...") is never shown. "As a result of the storm, ..." names
  its own cause and stays as written.
Every article is written for this test.
"""

from __future__ import annotations

import re

import pytest

from newsbrief.analyze.classify import analyze_analysis
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.pipeline import brief_article
from newsbrief.settings import Settings

LEAD = "The regional council met on Tuesday to discuss the floods in the eastern valleys."
CLOSE = "The council will meet again next month, and residents have been invited to attend."
# A frame for whole briefs: its own key points, so that the sentence judged is left to Analysis.
BRIEF_LEAD = """Valley council approves flood repairs

The regional council on Tuesday approved 12 million euros for repairs after the worst floods in the eastern
valleys for forty years.

Councillors voted by 31 to 4 to rebuild three bridges and the main road to Santa Lucia before the winter.

The floods destroyed crops on 3,000 hectares and left about 900 people without homes, the council said."""


def _analysis(text: str) -> list[str]:
    doc = annotate(Article(text=text, source=Source(date="2025-03-04", url="https://example.com/news/valley")))
    return [item.text for item in analyze_analysis(doc, build_context(doc))]


def _brief_analysis(text: str) -> list[str]:
    brief = brief_article(Article(text=text, source=Source(date="2025-03-04")), Settings())
    return [item.text for section in brief.sections if section.name == "analysis" for item in section.items]


SENTENCES = [
    # an expert's hypothetical or a scenario: no cause of the story's events
    ("If the army split, it would lead to the fall of the regime within weeks, a professor of politics said.", False),
    ("Were the central bank to raise rates again, it could trigger a wave of defaults among small firms, "
     "one economist said.", False),
    ("If the talks collapsed, the smaller parties would be blamed for the deadlock, one analyst said.", False),
    ("A split in the army would lead to the fall of the regime within weeks, the professor argued.", False),
    ("Imagine a storm that knocks out power to the whole city because the grid has no spare lines.", False),
    # the same causes stated of what happened (near misses)
    ("The regime fell within weeks because the army split, the professor said.", True),
    ("The talks collapsed because the smaller parties refused to sign, one analyst said.", True),
    ("The floods were made worse by the clearing of forests upstream, and if nothing changes they will return, "
     "the report said.", True),
    ("The mill closed because orders fell, and the owners said they would not reopen it.", True),
    ("The fire could have been caused by a faulty cable in the basement, investigators said.", True),
    ("The closure of the mill will lead to the loss of 200 jobs in the valley, the union said.", True),
    ("Officials said the delay, if the figures are confirmed, was caused by a shortage of parts.", True),
    # an instance named as one, or an example the reader is asked to take
    ("In the north for instance the ferry was cancelled because of high winds on the lake.", False),
    ("One bakery had to close for a week because its flour did not arrive, for example.", False),
    ("Take the Garcia family, who had to move out because their rent doubled last spring.", False),
    ("Consider the small bakery on Mill Street, which closed because its flour never arrived.", False),
    # near misses: no example, or a listed instance inside a stated cause
    ("For the first time, the ferry was cancelled because of high winds, the operator said.", True),
    ("Many shops, among them the bakery on Mill Street, closed because their suppliers stopped delivering.", True),
    ("Instances of flooding have risen because the drains were never cleared, the report found.", True),
    ("Consider how quickly the river rose: the drains failed because nobody had cleared them in years.", True),
    # a column's anecdote in the writer's own first person
    ("Last winter my neighbour sold her car because she could no longer pay for the petrol.", False),
    ("When I was a boy, my father lost his job because the mine closed.", False),
    # near misses: a cause told by a named speaker, or by the reporter
    ('"The plant shut because the board ignored every warning," the former director said.', True),
    ("The mine closed because the price of coal fell by half in two years, the union said.", True),
]


@pytest.mark.parametrize(("sentence", "kept"), SENTENCES)
def test_analysis_holds_causes_not_examples(sentence: str, kept: bool) -> None:
    items = _analysis(f"{LEAD}\n\n{sentence}\n\n{CLOSE}")
    assert any(sentence[:40] in text for text in items) is kept


PAIRS = [
    # (paragraph, the dangling sentence's words, the cause before it)
    ("Heavy rain fell for three days on the hills above the town. "
     "As a result, the river burst its banks and flooded two hundred homes.",
     "As a result, the river burst", "Heavy rain fell for three days"),
    ("The pumping station lost power on Friday night after a cable failed. "
     "This led to flooding in the low streets, where several cars were swept away.",
     "This led to flooding", "The pumping station lost power"),
    ("The county cut its road budget by a third in the spring.\n\n"
     "As a result, dozens of culverts were never cleared before the storm arrived.",
     "As a result, dozens of culverts", "The county cut its road budget"),
]


@pytest.mark.parametrize(("paragraph", "dangling", "cause"), PAIRS)
def test_a_dangling_result_is_shown_with_its_cause(paragraph: str, dangling: str, cause: str) -> None:
    items = _brief_analysis(f"{BRIEF_LEAD}\n\n{paragraph}\n\n{CLOSE}")
    shown = [text for text in items if dangling[10:] in text]
    assert shown and all(cause in text for text in shown), items


def test_a_result_with_its_own_cause_stays_as_written() -> None:
    sentence = "As a result of the storm, the river burst its banks and flooded two hundred homes."
    items = _brief_analysis(f"{BRIEF_LEAD}\n\nThe storm hit the valley on Sunday.\n\n{sentence}\n\n{CLOSE}")
    assert sentence in items


STAMPS = [
    ("Last update 14.20 (Libya time 16.20. Monday in Libya) The defence ministry said the raid was called off "
     "because of poor weather over the coast."),
    "08.15 GMT) The defence ministry said the second raid was delayed because of a sandstorm over the desert.",
]
# a closing bracket with no opening one before it: the item opens inside a cut bracket
_CUT_BRACKET = re.compile(r"^[^(]*\)")


@pytest.mark.parametrize("paragraph", STAMPS)
def test_no_item_opens_on_a_cut_stamp(paragraph: str) -> None:
    items = _brief_analysis(f"{BRIEF_LEAD}\n\n{paragraph}\n\n{CLOSE}")
    assert not any(_CUT_BRACKET.match(text) for text in items), items


def test_a_bracket_inside_a_cause_stays() -> None:
    sentence = "The raid (the third this week) was called off because of poor weather, the ministry said."
    assert any(sentence[:40] in text for text in _brief_analysis(f"{BRIEF_LEAD}\n\n{sentence}\n\n{CLOSE}"))
