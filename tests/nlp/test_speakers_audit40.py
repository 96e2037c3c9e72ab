"""Audit 40's misattributions (docs/audit.md 41.3), on short texts written for these tests: the writer's own
voice given to a party.

1. A hedge such as "by some gloomy estimates" is the writer's; an "according to reports" inside one conjunct of a
   long sentence covers only that conjunct, not the writer's forecast before it (Audit 40 #3).
2. A party that "rejected" or "turned down" a proposal, an offer or a plan, as the writer narrates it, made no
   statement: the act is the writer's charge, not the party's denial (Audit 40 #4). Rejecting a claim is still
   a denial.
3. A negated speech verb ("weren't crying", "didn't say", "never claimed") is no statement by its subject; a quote
   after it is the writer's rhetorical line (Audit 40 #6).

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from tests.nlp.speaker_cases import voiced_speakers_of

_FORECAST = (
    "The dock strike was meant to be over in a week. Now it seems the stoppage could last for weeks, months or, "
    "by some gloomy estimates, perhaps even a year as the union argues over tactics and the port company hires "
    "temporary crews and, according to reports, is paying them double the usual rate.")

_HEDGE = (
    "The floods swept through the valley in March. By some estimates, the damage will cost the region more than "
    "two billion euros to repair.")

_REJECTED = (
    "The mediators had a plan to end the fighting. The government rejected out of hand the regional mediators' "
    "peace plan, thereby giving the militia no reason to negotiate. That was a mistake.")

_TURNED = (
    "The town council turned down the residents' proposal for a new park on the old rail yard, leaving the land "
    "empty for another decade.")

_DENIAL = (
    "The opposition said the minister had taken bribes. The ministry rejected the accusation that the minister "
    "had taken money from builders.")

_CRYING = (
    "The mayor won the vote by a wide margin. The young families who chose him over his rival weren't crying: "
    "\"Give us more motorways.\" They were pleading for better schools.")

_DID_NOT_SAY = (
    "Senator Ana Pike spoke for an hour at the rally. Senator Ana Pike did not say that the fuel tax would rise next year, "
    "though her budget plainly requires it.")

_SAID = (
    "Senator Ana Pike spoke for an hour at the rally. Senator Ana Pike said that the fuel tax would not rise next year.")

CASES = [
    (_FORECAST, "stoppage could last for weeks", None, ("reports", "the union")),
    (_FORECAST, "paying them double", "reports", ()),
    (_HEDGE, "the damage will cost the region", None, ("some estimates", "estimates")),
    (_REJECTED, "peace plan, thereby giving", None, ("The government", "government")),
    (_TURNED, "new park on the old rail yard", None, ("The town council", "town council")),
    (_DENIAL, "the minister had taken money", "ministry", ()),
    (_CRYING, "Give us more motorways", None,
     ("The young families who chose him over his rival", "The young families", "young families")),
    (_DID_NOT_SAY, "the fuel tax would rise", None, ("Ana Pike", "Pike")),
    (_SAID, "the fuel tax would not rise", "Pike", ()),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "expected", "never"), CASES, ids=[f"a40_{i}" for i in range(len(CASES))])
def test_the_writers_voice_is_no_partys_statement(
        text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    """Each piece is held by the expected speaker (None: by none required) and by none of ``never``."""
    speakers = [s.lower() for s in voiced_speakers_of(text, piece, speech_only=True) if s is not None]
    if expected is not None:
        assert any(expected.lower() in s for s in speakers), speakers
    assert not any(n.lower() == s or n.lower() in s for s in speakers for n in never), speakers
