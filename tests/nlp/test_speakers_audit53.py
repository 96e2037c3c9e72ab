"""Audit 53's misattribution #9 (docs/audit.md section 54, issue #11), on a short article written for this test.

Words heard on a recording ("A man's voice can be heard on the tape telling a woman, '...'") went to the expert
quoted in the paragraph before, by the convention that a paragraph of quotation after someone's reported speech
is that person's. The convention holds only for a paragraph that opens on the quotation.
"""

from __future__ import annotations

from tests.nlp.speaker_cases import speaker_ok

_TAPE = """Two experts doubt that a tape said to record a break-in at the Harwell museum is genuine.

“I have listened to it a dozen times and I don’t believe a word of it,” former detective Paul Ainsley said on a \
radio phone-in. “Somebody is having fun at the museum’s expense.”

He pointed to the timing of the tape and to the odd words spoken on it, though he said he would wait for the \
police to finish their checks.

A man’s voice can be heard on the tape telling a woman, “Keep the torch low. We have ten minutes before the guard \
comes round. Don’t touch the glass.” Where the tape was made is unclear.

The museum said nothing had been taken.
"""


def test_words_heard_on_a_recording_are_not_the_expert_quoted_before() -> None:
    assert speaker_ok(_TAPE, "Keep the torch low", None, ("Paul Ainsley", "Ainsley", "He"))


def test_a_paragraph_opening_on_a_quotation_after_his_reported_speech_is_still_his() -> None:
    text = _TAPE.replace("A man’s voice can be heard on the tape telling a woman, “", "“")
    assert speaker_ok(text, "Keep the torch low", "Paul Ainsley", ())
