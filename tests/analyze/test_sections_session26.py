"""Outlook, Recommendations and Analysis items misfiled on main 70af160 (reader Audit 40, docs/audit.md 41.4 items 2-3):
labelled cases, each a short article written for this test (other names, other events).

- Outlook: the news itself (an existing plan endorsed, an act announced and described as done), a past expectation,
  highlights glued without full stops and a prohibition under a concessive "even if" are no forecasts; a dated
  plan, a reported meeting to come and a conditional warning stay.
- Recommendations: an analyst's threshold ("the bar has to be high") is no call; an argued piece's own hindsight
  prescription ("should have turned at once to ...") and its short imperative close ("Just get it built.") are the
  writer's calls, marked as the writer's.
- Analysis: a cause whose subject is "such a position" carries the sentence that names the position, or is
  withheld; "The reason can be summed up in one word" announces a reason it does not state, and is withheld.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze import analyze
from newsbrief.analyze.cause_subjects import announced_reason
from newsbrief.analyze.classify import analyze_analysis, analyze_outlook
from newsbrief.analyze.context import build_context
from newsbrief.analyze.section_news import acted_on_plan, done_act, glued_lines
from newsbrief.analyze.section_rhetoric import NOT_CALL_PATTERNS
from newsbrief.models import Article, Document, Source
from newsbrief.nlp.annotate import annotate

# A news report of a summit that endorses an existing plan and an official who hands over his powers.
_REPORT = (
    "Coastal states back ceasefire plan at Varna summit\n\n"
    "Leaders of the six coastal states met in Varna on Saturday under heavy security. "
    "In the presence of the regional envoy, Pia Lund, delegates formally supported a joint plan to end the blockade "
    "of the port. "
    "The governor of Osterfeld announced that he would be handing his day-to-day powers to his deputy, Ilsa Brandt, "
    "a step that makes Brandt the acting governor of the province, an aide said. "
    "The repairs to the harbour bridge were expected to be quick and cheap. "
    "Instead, they have dragged on for more than a year. "
    "The leaders will meet again in Tallin next month to review the plan. "
    "Officials said the envoy would travel to the port in March. "
    "If the talks fail, the blockade could spread to the northern ports, the envoy warned.\n")

# A guest opinion piece with glued highlights, a prohibition, a hindsight prescription and a short close.
_OPINION = (
    "By Jon Pask, Special to the Herald Council has decided to close two schools in Ashcombe Jon Pask says closures "
    "won't save money or help pupils Savings may be small, but the harm could be large, he says Pask: Closing "
    "schools doesn't mean cutting costs, which is key\n\n"
    "The council voted last week to close the schools on Mill Street and Quay Road. "
    "Officials then took the new position that the director must resign before any talks with parents. "
    "In this case, such a position is unlikely to help the pupils -- it only backs the director further into a "
    "corner. "
    "Even if the grants could pay for new teachers, the county charter does not allow the council to hire them. "
    "After the vote, the council should have turned at once to talking with the parents. "
    "The reason can be summed up in one word, a word that voters rarely hear from the council. "
    "The roof of the Quay Road school leaked because the council cut the repair budget. "
    "Ames, a former head teacher, said the bar for closing a school has to be high and has not been met in "
    "Ashcombe. "
    "But the council has to do more for the pupils who must now travel to Dunmore.\n\n"
    "Keep the schools open.\n")

_OPINION_URL = "https://example.com/opinion/schools"


def _doc(text: str, url: str) -> Document:
    return annotate(Article(text=text, source=Source(title=text.split("\n")[0], date="2025-11-02", url=url)))


def _outlook(text: str, url: str) -> list[str]:
    doc = _doc(text, url)
    return [i.text for i in analyze_outlook(doc, build_context(doc))]


def _analysis(text: str, url: str) -> list[str]:
    doc = _doc(text, url)
    return [i.text for i in analyze_analysis(doc, build_context(doc))]


def _recommendations(text: str, url: str) -> list[str]:
    return [c.item.text for c in analyze(_doc(text, url)).get("recommendations", ())]


_REPORT_URL = "https://example.com/news/varna"


def test_endorsing_an_existing_plan_is_no_outlook() -> None:
    outlook = _outlook(_REPORT, _REPORT_URL)
    assert not any("formally supported" in o for o in outlook), outlook


def test_an_act_announced_and_described_as_done_is_no_outlook() -> None:
    outlook = _outlook(_REPORT, _REPORT_URL)
    assert not any("handing his day-to-day powers" in o for o in outlook), outlook


def test_a_past_expectation_is_no_outlook() -> None:
    outlook = _outlook(_REPORT, _REPORT_URL)
    assert not any("expected to be quick" in o for o in outlook), outlook


def test_dated_plans_and_warnings_stay_in_outlook() -> None:
    outlook = _outlook(_REPORT, _REPORT_URL)
    assert any("meet again in Tallin" in o for o in outlook), outlook
    assert any("travel to the port" in o for o in outlook), outlook
    assert any("blockade could spread" in o for o in outlook), outlook


def test_glued_highlights_are_no_outlook() -> None:
    outlook = _outlook(_OPINION, _OPINION_URL)
    assert not any("Special to the Herald" in o or "Savings may be small" in o for o in outlook), outlook


def test_a_prohibition_under_even_if_is_no_outlook() -> None:
    outlook = _outlook(_OPINION, _OPINION_URL)
    assert not any("does not allow the council" in o for o in outlook), outlook


def test_an_analysts_threshold_is_no_recommendation() -> None:
    recs = _recommendations(_OPINION, _OPINION_URL)
    assert not any("has to be high" in r for r in recs), recs


def test_the_writers_hindsight_prescription_is_marked() -> None:
    recs = _recommendations(_OPINION, _OPINION_URL)
    mine = [r for r in recs if "should have turned at once" in r]
    assert mine and mine[0].startswith("[The writer argues:] "), recs


def test_the_writers_short_imperative_close_is_marked() -> None:
    recs = _recommendations(_OPINION, _OPINION_URL)
    mine = [r for r in recs if "Keep the schools open" in r]
    assert mine and mine[0].startswith("[The writer argues:] "), recs


def test_the_writers_has_to_do_more_is_marked() -> None:
    recs = _recommendations(_OPINION, _OPINION_URL)
    mine = [r for r in recs if "has to do more" in r]
    assert mine and mine[0].startswith("[The writer argues:] "), recs


def test_such_a_position_is_not_shown_alone() -> None:
    analysis = _analysis(_OPINION, _OPINION_URL)
    alone = [a for a in analysis if a.startswith("In this case, such a position")]
    assert not alone, analysis


def test_an_announced_but_unstated_reason_is_withheld() -> None:
    analysis = _analysis(_OPINION, _OPINION_URL)
    assert not any("summed up in one word" in a for a in analysis), analysis


def test_a_stated_cause_stays_in_analysis() -> None:
    analysis = _analysis(_OPINION, _OPINION_URL)
    assert any("cut the repair budget" in a for a in analysis), analysis


@pytest.mark.parametrize("text, standard", [
    ("Terrill said the threshold for sending troops has to be high and has not been met.", True),
    ("The bar for a recall must be set high.", True),
    ("The council has to raise the bar for new schools.", False),
    ("The government must act on the report now.", False),
])
def test_a_standards_level_is_no_call(text: str, standard: bool) -> None:
    assert any(p.search(text) for p in NOT_CALL_PATTERNS) is standard


_REASONS = (
    "Harbour workers walk out in Dunmore\n\n"
    "Dock workers in Dunmore walked out on Monday, and the port was closed for the day. "
    "The reason was the cut in night-shift pay that the port board agreed in May. "
    "Another strike at the ferry terminal ended on Tuesday. "
    "The reason is simple: the board has not paid the crews since June.\n")


def test_a_stated_reason_stays_in_analysis() -> None:
    analysis = _analysis(_REASONS, "https://example.com/news/dunmore")
    assert not any("summed up" in a for a in analysis)
    doc = _doc(_REASONS, "https://example.com/news/dunmore")
    assert not any(announced_reason(doc, s) for s in doc.sentences), [s.text for s in doc.sentences]


def test_an_act_described_as_done_is_read_so() -> None:
    """The shape itself is read (section_news.done_act); and applied to Outlook since session 28 (the test above)."""
    doc = _doc(_REPORT, _REPORT_URL)
    assert [s.index for s in doc.sentences if done_act(s)] == [s.index for s in doc.sentences
                                                               if "a step that makes" in s.text]


def test_peoples_adjectives_in_prose_are_no_seams() -> None:
    """Review of this fix on Audit 40 #3: "his European counterparts", "the Libyan campaign" are prose."""
    doc = _doc("Talks stall in Norland\n\n"
               "From the very beginning, the Norwegian premier and his European counterparts have made it clear that "
               "the Libyan campaign is not about a change of government.\n", _REPORT_URL)
    assert not any(glued_lines(doc, s) for s in doc.sentences)


def test_a_new_plan_unveiled_is_not_an_existing_plan_acted_on() -> None:
    doc = _doc("Fares plan in Dunmore\n\n"
               "The transport board unveiled a plan to cut bus fares for pupils.\n"
               "The board formally endorsed a regional plan to end the strike.\n", _REPORT_URL)
    assert [acted_on_plan(doc, s) for s in doc.sentences][-2:] == [False, True]
