"""One copy of the outlook's cue words (session 29 review leftover).

section_bygone kept its own copy of classify.CUES["outlook"] because of an import loop, and the copy drifted: it
still read "could see" (a past ability to perceive) as a word of the future. Both now read section_cues.CUES. The
cases check the behaviour each reader of the cues must have: the cues of the future and of a plan count, "could
see" and the month "May" do not, in the classifier's counts and in section_bygone's "set to" reading alike.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze import classify, section_bygone, section_cues, section_narrated
from newsbrief.models import Article, Document, Sentence, Source
from newsbrief.nlp.annotate import annotate


def test_one_copy() -> None:
    assert vars(classify)["CUES"] is section_cues.CUES  # imported, not re-exported: vars() reads it
    assert section_bygone._OUTLOOK_CUE is section_cues.CUES["outlook"]
    assert vars(section_narrated)["CUES"] is section_cues.CUES


_COUNTED = [
    ("will", "The council will vote on the plan."),
    ("may_lower", "The council may vote on the plan."),
    ("set_to", "The council is set to vote on the plan."),
    ("due_to", "The council is due to vote on the plan."),
    ("scheduled", "The vote is scheduled for the spring."),
    ("upcoming", "The upcoming vote worries the mayor."),
    ("could_act", "The vote could close the dock."),
    ("threaten", "The union threatened further strikes."),
]
_NOT_COUNTED = [
    ("could_see", "From the deck I could see the harbour lights."),
    ("could_hear", "We could hear the crowd outside the hall."),
    ("may_month", "The council voted on the plan in May."),
    ("past_fact", "The council voted on the plan last week."),
]


@pytest.mark.parametrize(("name", "sentence"), _COUNTED, ids=[n for n, _ in _COUNTED])
def test_cue_counted(name: str, sentence: str) -> None:
    assert classify.cue_counts(sentence)["outlook"] >= 1
    assert section_bygone._OUTLOOK_CUE.search(sentence)


@pytest.mark.parametrize(("name", "sentence"), _NOT_COUNTED, ids=[n for n, _ in _NOT_COUNTED])
def test_cue_not_counted(name: str, sentence: str) -> None:
    assert classify.cue_counts(sentence)["outlook"] == 0
    assert not section_bygone._OUTLOOK_CUE.search(sentence)


def _sentence(text: str) -> tuple[Document, Sentence]:
    doc = annotate(Article(text=text, source=Source(title="A column", date="2024-03-14",
                                                    url="https://example.com/opinion/column")))
    return doc, doc.sentences[-1]


def test_setting_with_a_perception_is_no_plan() -> None:
    # the old copy read "could see" as a cue, so the setting was not read as the only look ahead
    doc, sentence = _sentence("A column\n\nThe thermostat was set to 20 degrees, and I could see my breath.\n")
    assert section_bygone.only_setting(doc, sentence)


def test_setting_with_a_forecast_stays() -> None:
    doc, sentence = _sentence("A column\n\nThe thermostat was set to 20 degrees, and the bills could double.\n")
    assert not section_bygone.only_setting(doc, sentence)
