"""Audit 51's misattributions (docs/audit.md section 52, issue #11), on short articles written for these tests.

1. '"...," he said, according to the Evening Courier': the quotation is the analyst's whom "he" means; the paper only
   relays it (the paper took the words, #8).
2. "The man in the video says" is a source that speaks, and his next "He says also" is his, not the leader he
   denounced (#12).
3. "It says" after "claims by the Interior Ministry that ..." is the ministry's, not a thing inside a spokesman's
   reported clause two sentences up (#4).
4. "He said" carrying on an unnamed correspondent's account goes on to the next "..., he said", not to the minister
   named before (#1).
"""

from __future__ import annotations

from tests.nlp.speaker_cases import speaker_ok, voiced_speakers_of

_RELAY = """Harbour traffic at Port Carrow fell by a fifth last year, the port authority said on Monday.

Harbour analyst Tomas Brady, who has studied the port for a decade, said the owners wanted to sell two berths.

"It would not surprise me at all if they closed a berth before the winter," he said, according to the Evening \
Courier. "The cranes are old and the ships keep getting bigger."

The port authority declined to comment.
"""

_VIDEO = """A man claiming to lead the Red Hill militia said the group had freed none of its hostages.

The man in the video also denied there was a truce, and denounced Omar Dalil, who says he speaks for the group.

"We do not know anybody by that name, and nobody speaks for us," the man in the video says.

He says also that the group is holding a foreign engineer.

The army said it would keep up its patrols in the hills.
"""

_IT_SAYS = """Troops massed on Tuesday around the northern town of Velka, residents said.

Foreign ministry spokesman Petr Halas said his country opposed any outside action because the situation in the \
region did not threaten peace in Europe.

The expected assault is a response to claims by the Interior Ministry that armed gangs killed 40 police officers \
in the town.

It says local residents have asked the army to restore order.
"""

_CORRESPONDENT = """Thousands of people in Lorat spent the night outside after a text message warned of an \
earthquake.

Deputy Minister Paul Oduya phoned the radio stations to say the warning was a hoax.

Our correspondent says many people in the capital did not sleep at all.

He said his neighbours were standing in the street at four in the morning.

Phone lines were also jammed as people tried to warn each other, he said.
"""


def test_a_he_said_relayed_by_a_paper_is_the_person_he_means() -> None:
    assert speaker_ok(_RELAY, "It would not surprise me", "Tomas Brady", ("the Evening Courier", "Evening Courier"))
    assert speaker_ok(_RELAY, "The cranes are old", "Tomas Brady", ("the Evening Courier", "Evening Courier"))


def test_the_man_in_the_video_speaks_and_his_he_says_is_his() -> None:
    assert "the man in the video" in voiced_speakers_of(_VIDEO, "nobody speaks for us", speech_only=True)
    assert speaker_ok(_VIDEO, "holding a foreign engineer", "the man in the video", ("Omar Dalil",))


def test_it_says_after_claims_by_a_body_is_that_body() -> None:
    speakers = voiced_speakers_of(_IT_SAYS, "asked the army to restore order")
    assert any(s and "Interior Ministry" in s for s in speakers), speakers
    assert not any(s and "situation" in s for s in speakers), speakers


def test_an_unnamed_correspondents_he_said_goes_on_to_the_next() -> None:
    assert speaker_ok(_CORRESPONDENT, "Phone lines were also jammed", "correspondent", ("Paul Oduya",))
