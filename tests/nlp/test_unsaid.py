"""Speech that did not happen is no one's quote (issue #11; the lead's reading of a FNC-1 body, where "you will not
hear these words: '<X is a liar.>'" was credited to the columnist quoted just before).

The fixture is a short article written for these tests. Negated, supposed and imagined frames ("you will not hear
her say", "would never call", "imagine ... saying", "if ... said", "never said") give their quotation no speaker and
no place in Quotes; the real frames around them ("said:", '"...," she said', "would only say:", "will tell the
meeting:") still attribute theirs.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.positions import analyze_positions
from newsbrief.analyze.quotes import analyze_quotes
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import quote_spans
from newsbrief.nlp.unsaid import unsaid_quote
from tests.nlp.speaker_cases import voiced_speakers_of

_BRIDGE = """The city council in Harwick voted on Tuesday to close the old river bridge to traffic for a year.

Mayor Lena Ostrova has defended the closure at every meeting since the spring, and the columnist Ada Brandt argues \
that the mayor is hiding the cost from voters.

But you will not hear these words: "The bridge was safe all along and we wasted a year."

Councillor Tom Bright would never call the plan "a waste of the town's money and time," though his voters do.

Imagine the engineer Paul Grady saying: "We could have fixed it in a month for half the price."

If Ostrova said "the repairs will be finished by the end of June," nobody in the chamber would believe her.

Grady, who inspected the bridge last year, said: "The steel under the east span is badly rusted."

Asked about the cost, Bright would only say: "The council will publish every figure next week."

Ostrova will tell the meeting on Friday: "We have no choice but to close it until the spring."

"We have no choice but to close it now," Ostrova said on Tuesday.
"""

_UNSAID = ("The bridge was safe all along", "a waste of the town's money", "We could have fixed it",
           "the repairs will be finished")
_SAID = {"The steel under the east span": "Paul Grady", "The council will publish every figure": "Tom Bright",
         "until the spring": "Lena Ostrova", "close it now": "Lena Ostrova"}


@pytest.fixture(scope="module")
def bridge() -> tuple[dict[str, str | None], list[str]]:
    """The Quotes section's speakers by quotation, and the Who says what rows."""
    doc = annotate(Article(text=_BRIDGE, source=Source(title="Test")))
    ctx = build_context(doc)
    quotes = {i.text: getattr(i.payload, "speaker", None) for i in analyze_quotes(doc, ctx)}
    return quotes, [i.text for i in analyze_positions(doc, ctx)]


@pytest.mark.parametrize("piece", _UNSAID)
def test_an_unsaid_quotation_is_in_no_quote(bridge: tuple[dict[str, str | None], list[str]], piece: str) -> None:
    quotes, _rows = bridge
    assert not [q for q in quotes if piece in q]


@pytest.mark.parametrize("piece", _UNSAID)
def test_the_stage_gives_an_unsaid_quotation_no_speaker(piece: str) -> None:
    # the stage's speech attributions and the sentence's voice (an "attitude" kept for extraction speaks for no one)
    assert not [s for s in voiced_speakers_of(_BRIDGE, piece, speech_only=True) if s is not None]


@pytest.mark.parametrize(("piece", "speaker"), sorted(_SAID.items()))
def test_a_real_frame_still_gives_its_quotation(bridge: tuple[dict[str, str | None], list[str]],
                                                piece: str, speaker: str) -> None:
    quotes, _rows = bridge
    assert [s for q, s in quotes.items() if piece in q] == [speaker]


def test_a_negated_call_is_no_position_of_the_one_who_would_not_say_it(
        bridge: tuple[dict[str, str | None], list[str]]) -> None:
    _quotes, rows = bridge
    assert not [r for r in rows if "would never call" in r or "Imagine the engineer" in r or "If Ostrova said" in r]


def test_a_quotation_hung_on_a_negated_verb_as_a_modifier_is_still_framed_words() -> None:
    # 'said it could not confirm the reports "in any way"': the quotation is the spokeswoman's words, not words she
    # did not say, and so is the participle's after "would not comment, saying ..."
    text = ("The ministry said it could not confirm the reports \"in any way at all today.\"\n\n"
            "A manager would not comment on the sale, saying \"we cannot give that out over the phone.\"\n")
    doc = annotate(Article(text=text, source=Source()))
    spans = quote_spans(text)
    assert len(spans) == 2
    assert not any(unsaid_quote(doc, s, a, b) for a, b in spans for s in doc.sentences if s.start <= a < s.end)
