"""Past narration that Outlook took for forecasts (reader Audit 8, docs/audit.md 9.4 pattern 3).

Sentences written for this test, one per way a past or present fact slipped in: a future-in-the-past
"would" in narration, a past perfect, a dated past act, a negated past modal, a concessive "may be",
a speaker's hypothetical about themselves, and a past act with a reported aside. The forecasts at the
end must stay forecasts. First score (before the rules, 2026-11-29): 6 of 15 (all five forecasts, one of ten past facts).
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Source
from newsbrief.nlp.ahead import looks_ahead
from newsbrief.nlp.annotate import annotate

NOT_AHEAD = [
    # a future-in-the-past "would" in narration
    "The small sit-in would soon grow into a movement that drove the governor from office.",
    "The anger would eventually spill onto the streets, until the minister would be forced out a week ago.",
    "Several students copied the gesture, and later marches would quickly bring down the old cabinet.",
    # past perfects of a hope or a warning
    "The operator had hoped the barrier could hold until the spring floods passed.",
    "With readings lower than expected, engineers had warned that water could be seeping into the foundations.",
    # a past act with its date
    "In May, the council installed a pump over the shaft so water could be drained from the tunnel.",
    # a negated past modal of a state
    "The documents recovered by the police are so badly burned that they could not be read.",
    # a concessive "may be ..., but ..."
    "The growers may be a small group, but they are tied to a powerful lobby in the capital.",
    # a speaker's hypothetical about themselves
    "\"If somebody breaks into my shop at night and threatens my children, I will not stand there and watch.\"",
    # a past act with a reported aside
    "The ministry went on the radio to deny the rumour, saying it would publish any real warnings online.",
]
AHEAD = [
    "Ministers will meet again on Thursday to settle the budget.",
    "If the talks fail, the union will call a strike in May.",
    "It could be weeks before the victims are identified, officials said.",
    "The drought could spread to the southern provinces, the agency warned.",
    "Analysts expect the firm to restore its dividend next year.",
]


def _ahead(text: str) -> bool:
    doc = annotate(Article(text=text, source=Source()))
    assert len(doc.sentences) == 1, [s.text for s in doc.sentences]
    return looks_ahead(doc, doc.sentences[0])


@pytest.mark.parametrize("text", NOT_AHEAD)
def test_past_narration_does_not_look_ahead(text: str) -> None:
    assert not _ahead(text)


@pytest.mark.parametrize("text", AHEAD)
def test_forecasts_still_look_ahead(text: str) -> None:
    assert _ahead(text)
