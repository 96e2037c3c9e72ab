"""Audit 36's misattributions and the lead's session-22 readings (docs/audit.md 37), on short texts written for
these tests:

1. Words a document quotes from a third person are that person's: a memo in which a diplomat "quoted a local trader
   who had ..." and then '"...," he said' is the trader's, never the leader the article is about.
2. Words a witness reports someone else saying ('"...," the men said, according to Ruiz') are the men's, relayed by
   the witness: never the witness's own.
3. (Known gap, strict xfail) Two quotations glued with no space ('told Radio North: "To lose ... side."We were ...') are both the speaker's.

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute

_MEMO = (
    "President Anton Vukovic has blamed foreign agents for the riots in the northern provinces.\n\n"
    "The port town of Varel has long sent young men to fight abroad.\n\n"
    "Which brings us back to the embassy memo from 2009, in which a diplomat who visited Varel quoted a local trader "
    "who had \"compared young men in Varel to a boxer who never stays down. For them, fighting abroad is an act of "
    "faith and a last protest against the Vukovic government.\"\n\n"
    "\"It's a sacred duty -- and these are people with little else to be proud of,\" he said.\n\n"
    "Vukovic has ruled for thirty years.")

_WITNESS = (
    "Forty students were taken from two buses on Friday night, witnesses said.\n\n"
    "Pablo Ruiz, one of the students, told a radio station that armed men in uniform surrounded the buses.\n\n"
    "\"Get down on the ground, we are going to shoot all of you,\" the men said, according to Ruiz.\n\n"
    "\"We ran into the fields and hid until morning,\" Ruiz said.")

_GLUED = (
    "Hundreds of people watched the home side lose 2-1 on Saturday.\n\n"
    "Coach Tom Reed told Radio North: \"To lose like that hurts the whole side.\"We were the better team for an hour "
    "and we threw it away.\"\n\n"
    "The club plays again on Tuesday.")


def _speakers(text: str, piece: str) -> list[str | None]:
    doc = annotate(Article(text=text, source=Source()))
    start = text.index(piece)
    return [a.speaker for a in attribute(doc).attributions if a.content_start <= start < a.content_end]


@pytest.mark.slow
def test_quoted_third_person_keeps_his_words() -> None:
    """A memo's quoted trader, then "he said": the trader's words, never the president's."""
    speakers = _speakers(_MEMO, "a sacred duty")
    assert speakers and all(s is not None and "trader" in s for s in speakers), speakers


@pytest.mark.slow
def test_witness_relays_the_men_s_words() -> None:
    """'"...," the men said, according to Ruiz': the men's words, never Ruiz's own."""
    speakers = _speakers(_WITNESS, "shoot all of you")
    assert speakers and "Ruiz" not in speakers, speakers
    assert all(s is not None and "men" in s for s in speakers), speakers


@pytest.mark.slow
def test_witness_own_words_stay_his() -> None:
    """The witness's own quotation next is still his."""
    assert _speakers(_WITNESS, "We ran into the fields") == ["Ruiz"]


_GLUED_GAP = "a glued quote paragraph ('side.\"We ...') is not quoted: the rule tried surfaced wrong speakers (session 22)"


@pytest.mark.slow
@pytest.mark.parametrize("piece", ["To lose like that",
                                   pytest.param("We were the better team",
                                                marks=pytest.mark.xfail(strict=True, reason=_GLUED_GAP))])
def test_glued_quotations_are_both_the_speaker_s(piece: str) -> None:
    """'told Radio North: "...."We were ...': both quotations are Reed's."""
    speakers = _speakers(_GLUED, piece)
    assert speakers and all(s is not None and "Reed" in s for s in speakers), speakers


@pytest.mark.parametrize(("text", "quoted", "not_quoted"), [
    pytest.param('Reed said: "We lost.""We will win next week."\n', "We will win next week.", None,
                 marks=pytest.mark.xfail(strict=True, reason=_GLUED_GAP)),
    pytest.param('Reed said: "We lost."We will win next week. And the fans know it."\n', "We will win next week.",
                 None, marks=pytest.mark.xfail(strict=True, reason=_GLUED_GAP)),
    ('Reed said: "We lost."Away manager Ann Lee told the BBC:"It was close."\n', "It was close.", "Away manager"),
    ('Reed said: "We lost."The board said "no" to a new deal.\n', None, "The board said"),
    pytest.param('Reed said: "We lost."We were poor.\n"The second half was better," he added.\n', "We were poor.",
                 None, marks=pytest.mark.xfail(strict=True, reason=_GLUED_GAP)),
], ids=["spaced", "glued", "glued-narration-colon", "glued-narration", "glued-paragraph-end"])
def test_glued_quote_marks(text: str, quoted: str | None, not_quoted: str | None) -> None:
    """A mark glued between a full stop and a capital opens the quote's next paragraph only when a quote follows."""
    from newsbrief.nlp.quotations import quote_spans

    spans = [text[s:e] for s, e in quote_spans(text)]
    if quoted is not None:
        assert any(quoted in span for span in spans), spans
    if not_quoted is not None:
        assert not any(not_quoted in span for span in spans), spans
