"""Audit 49 (50.4 item 1): a speaker who stands outside the quoted sentence keeps the quotation.

Fixtures are short articles written for these tests: an inverted tag whose verb the parser reads as an adjective
(", noted economist X.") names the speaker of the "he said" quotations after it, and a quotation paragraph whose
stray mark opens its second sentence keeps the speaker of the paragraph before.
"""

from __future__ import annotations

from tests.nlp.speaker_cases import speaker_ok, voiced_speakers_of

_TAIL = """Harbour officials in Valmore opened a new ferry terminal on Friday.

Governor Petra Lind was among the guests who watched the first boat leave the quay.

Her visit shows how much weight the region now gives to the port, noted economist Aaron Vell.

"Many families here have worked on the water for generations," he added.

"This is why the presence of the governor at the opening is a sign of respect for the town's workers," he said.
"""

_APPOSED = """The new ferry terminal in Valmore opened on Friday after two years of building work.

At the ceremony the governor greeted the mayor, noted economist Aaron Vell.

"It is a good day for the town," he said.
"""

_STRAY = """A food bank in Carrow has reopened its winter appeal for families hit by the floods.

Pastor Daniel Oyelaran said the damage to homes along the river was worse than last year.

"I think this appeal will be harder than the one we ran for the storm, because people have less to give," he said.

"When we collected for the storm people brought blankets and tins. "This time I do not believe we will see that, \
because many of them need help themselves."

The appeal will run until the end of January, and donations can be left at the church hall.
"""


def test_an_adjective_read_tag_names_the_speaker_of_the_he_said_after_it() -> None:
    assert speaker_ok(_TAIL, "how much weight the region", "Aaron Vell", ())
    assert speaker_ok(_TAIL, "Many families here", "Aaron Vell", ("Petra Lind",))
    assert speaker_ok(_TAIL, "This is why the presence of the governor", "Aaron Vell", ("Petra Lind",))


def test_a_descriptor_in_apposition_to_a_person_is_no_speech_tag() -> None:
    assert not any(s == "Aaron Vell" for s in voiced_speakers_of(_APPOSED, "greeted the mayor"))


def test_a_stray_mark_opening_the_next_sentence_is_no_writer_cue() -> None:
    assert speaker_ok(_STRAY, "When we collected for the storm", "Daniel Oyelaran", ("I", "the writer"))
