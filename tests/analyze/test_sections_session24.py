"""Outlook and Recommendations items misfiled on main 290fe0c (session 24: session 23's closing note, reader Audit
38's options piece and the lead's CNN/DM 12 reading): labelled cases, each a short article written for this test.

- Recommendations: the writer's own prescription in an argued piece ("The council should reopen the library") is
  shown marked as the writer's, never as a source's nor as the brief's own; a call a named party makes in the
  sentence ("The union urged ministers to ...", "The parents' group, said X, wants ...") keeps its own
  speaker and no writer's mark.
- Recommendations: the options an analysis weighs ("Option one: ...", "A third option is to ...") are not calls the
  article makes; the writer's verdict on them stays.
- Recommendations: a call named in a relative clause ("a video ..., in which he called on young men to join") describes
  a past call; a forecast built around it is no recommendation (Audit 38 #5 on main 290fe0c).
- Outlook: a fear or estimate about the present ("the charity fears 60 climbers could be trapped", "may be missing")
  forecasts nothing; a fear that a number will rise, and a warning of what could happen if it rains, stay.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze import analyze
from newsbrief.analyze.classify import analyze_outlook
from newsbrief.analyze.context import build_context
from newsbrief.analyze.section_rhetoric import NOT_CALL_PATTERNS
from newsbrief.models import Article, Document, Source
from newsbrief.nlp.annotate import annotate

# An opinion column with the writer's own prescriptions and a union's reported call.
_COLUMN = (
    "Our town needs its library back\n\n"
    "By Miriam Holt\n\n"
    "I have lived in Ashcombe for thirty years, and I have never seen the town so short of places to gather. "
    "The library on Mill Street closed two years ago to save money, and nothing has filled the gap. "
    "Children now do their homework in the bus shelter because there is nowhere warm to sit. "
    "The council should reopen the library before the winter and keep it open in the evenings. "
    "The cost is small next to what the town loses when its young people have nowhere to go. "
    "The librarians' union urged councillors to restore the evening staff as well. "
    "The parents' group, said Ruth Ames, wants the council to make amends: \"We want an apology.\" "
    "I think the money is there if the council looks for it. "
    "Ashcombe deserves better than a bus shelter.\n")

# An analysis that weighs a government's options and ends on the writer's verdict.
_OPTIONS = (
    "Analysis: what Norland can do about fuel prices\n\n"
    "By Tomas Brekke, economics correspondent\n\n"
    "Fuel prices in Norland have risen by a third since the spring, and the government is under pressure to act. "
    "Ministers have several choices, each with its own cost. "
    "Option one: the government should cut the fuel tax and accept a hole in the budget. "
    "That would help drivers at once, but it would cost the treasury billions. "
    "A second option is to urge the oil firms to hold their prices through the winter. "
    "The firms have ignored such appeals before. "
    "A third option is for ministers to tell the regulator to cap the price at the pump, though a cap must then "
    "be paid for by someone. "
    "In the end, the government should help the poorest households directly and leave the tax alone.\n")

# A news report of a present estimate and a forecast.
_REPORT = (
    "Avalanche buries mountain hut in the Varn valley\n\n"
    "An avalanche struck a mountain hut in the Varn valley on Sunday morning, the regional rescue service said. "
    "The mountain rescue service fears that 60 climbers could be trapped under the snow, a spokeswoman said on "
    "Monday. "
    "Local officials said as many as 15 guides might still be buried near the hut. "
    "Rescue teams with dogs reached the hut by helicopter on Monday afternoon. "
    "The service fears the number of missing could rise sharply in the coming days as more names are checked. "
    "Forecasters warned that a second avalanche could hit the valley if the snow keeps falling.\n")


# An analysis with a forecast that names a past call in a relative clause.
_FORECAST = (
    "Analysis: Vessia's war draws fighters from abroad\n\n"
    "By Lena Marsh, regional analyst\n\n"
    "The war in Vessia has entered its third year, and neither side is close to victory. "
    "The army still holds the capital and the coast, while the rebels hold the hills. "
    "The movement of fighters from Norland into Vessia could grow following the release of a video on Sunday by the "
    "rebel leader Anton Kral, in which he called on young men across the region to join the revolt. "
    "Western governments have so far refused to arm the rebels. "
    "They fear the weapons would end up with the wrong people.\n")


def _doc(text: str, url: str) -> Document:
    return annotate(Article(text=text, source=Source(title=text.split("\n")[0], date="2025-11-02", url=url)))


def _recommendations(text: str, url: str) -> list[str]:
    return [c.item.text for c in analyze(_doc(text, url)).get("recommendations", ())]


def _outlook(text: str) -> list[str]:
    doc = _doc(text, "https://example.com/news/avalanche")
    return [i.text for i in analyze_outlook(doc, build_context(doc))]


def test_writers_prescription_is_marked_as_the_writers() -> None:
    recs = _recommendations(_COLUMN, "https://example.com/opinion/library")
    mine = [r for r in recs if "reopen the library" in r]
    assert mine, recs
    assert mine[0].startswith("[The writer argues:] ")


def test_reported_call_keeps_its_speaker_unmarked() -> None:
    recs = _recommendations(_COLUMN, "https://example.com/opinion/library")
    union = [r for r in recs if "union urged" in r]
    assert union, recs
    assert not union[0].startswith("[The writer")


def test_call_with_a_speaker_in_the_sentence_is_not_the_writers() -> None:
    recs = _recommendations(_COLUMN, "https://example.com/opinion/library")
    parents = [r for r in recs if "said Ruth Ames" in r]
    assert parents, recs
    assert not parents[0].startswith("[The writer")


def test_options_weighed_are_no_recommendations() -> None:
    recs = _recommendations(_OPTIONS, "https://example.com/analysis/fuel")
    assert not any("cut the fuel tax" in r or "urge the oil firms" in r or "cap the price" in r for r in recs), recs


def test_writers_verdict_on_the_options_stays() -> None:
    recs = _recommendations(_OPTIONS, "https://example.com/analysis/fuel")
    assert any("poorest households directly" in r for r in recs), recs


def test_fear_about_the_present_is_no_outlook() -> None:
    outlook = _outlook(_REPORT)
    assert not any("could be trapped" in o for o in outlook), outlook
    assert not any("might still be buried" in o for o in outlook), outlook


def test_fear_of_a_rise_and_a_warning_stay_in_outlook() -> None:
    outlook = _outlook(_REPORT)
    assert any("could rise sharply" in o for o in outlook), outlook
    assert any("second avalanche" in o for o in outlook), outlook


def test_call_named_in_a_relative_clause_is_no_recommendation() -> None:
    recs = _recommendations(_FORECAST, "https://example.com/analysis/vessia")
    assert not any("called on young men" in r for r in recs), recs


@pytest.mark.parametrize("text, weighed", [
    ("The party has only one option: it must change its leader.", False),
    ("Ministers have one choice: they must cut spending now.", False),
    ("One option is to raise the levy again.", True),
    ("Another option would be to sell the site.", True),
])
def test_the_sole_option_is_a_call_not_an_option_weighed(text: str, weighed: bool) -> None:
    """Review of session 24: "has only one option:" names the one thing to do, the strongest call there is."""
    assert any(p.search(text) for p in NOT_CALL_PATTERNS) is weighed
