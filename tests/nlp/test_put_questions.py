"""The interviewer's questions are nobody's quote (reader Audit 42, pattern 2: a correspondent's "A UN
resolution is not going to change President Assad's approach?" printed as the senator's own words, though his
answer was "No"). Short texts written for these tests.

A paragraph that is one quoted question, with no cue, right after a person's quotation and answered in the
next paragraph ('"No," he said, ...'), is the writer's question put to that person: no speaker. Near misses:
a person's own rhetorical question inside his quoted run (no answer follows) stays his, and so does a quoted
question with its own cue.

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from tests.nlp.test_session12_speakers2 import check_speaker

_SUMMIT = (
    "Delegates at the Geneva forum were gloomy after the vote collapsed.\n\n"
    "\"Both governments have chosen the wrong friends, and they will pay for it,\" said Senator Paul Hadley, who "
    "leads a delegation to the forum.\n\n"
    "\"Wasn't the foreign minister right about the timing?\"\n\n"
    "\"Sanctions will not alter the general's course?\"\n\n"
    "\"No,\" he said, sanctions did matter.\n\n"
    "\"We worked hard on the text. It was not fixed,\" he said."
)

_RHETORIC = (
    "\"The river rose two metres in one night,\" said Mayor Ines Tolland.\n\n"
    "\"Who could have planned for that?\"\n\n"
    "\"We will rebuild every bridge by the spring.\""
)

_ASKED = (
    "\"The plant will close,\" said union leader Grant Oduya.\n\n"
    "\"Where will these people work?\" he asked.\n\n"
    "\"No one has an answer,\" he said."
)

CASES: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (_SUMMIT, "Wasn't the foreign minister right", None, ("Paul Hadley", "Hadley", "Senator Paul Hadley")),
    (_SUMMIT, "Sanctions will not alter", None, ("Paul Hadley", "Hadley", "Senator Paul Hadley")),
    # near misses: his answer stays his; a rhetorical question in the speaker's own run; a cued question
    (_SUMMIT, "he said, sanctions did", "Hadley", ()),
    (_RHETORIC, "Who could have planned", "Tolland", ()),
    (_ASKED, "Where will these people work", "Oduya", ()),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "expected", "never"), CASES, ids=[f"put{i}" for i in range(len(CASES))])
def test_a_put_question_is_nobodys_quote(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    check_speaker(text, piece, expected, never)
