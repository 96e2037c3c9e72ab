"""Audit 52's misattribution #11 (docs/audit.md section 53, issue #11), on a short article written for these tests.

A radio station's tweet, introduced by its call sign ('WWJ950 tweets, "..."'), went to the outlet quoted in the
sentence before. The parser reads such a call sign in one of three ways, and each lost the station:

* tagged X/ADD (an address) but the subject of "tweets": the stray-word check dropped it as no name;
* a compound of "tweets", read as a plural noun ("KQED950 tweets"): no verb framed the quotation;
* written apart ("WWJ 950 tweets"): the same noun-phrase reading.
"""

from __future__ import annotations

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.nlp.speaker_cases import voiced_speakers_of

_TWEET = """Rumors spread online on Tuesday that a tiger had been freed from the city zoo in Fresno.

The Valley Herald writes in its report, “Does anyone — if the story is true (we have no idea how reliable the \
source is) — really think a tiger can just walk out of the zoo and no one will notice?” SIGN tweets, “Was The \
Tiger Freed In #Fresno? Unconfirmed Rumors Are Swirling, And Police Tell KMPH They'll Look Into It.”

It is not clear from the tweet whether the police are looking for a tiger or for the source of the rumor.
"""


def _speakers(sign: str) -> list[str | None]:
    return voiced_speakers_of(_TWEET.replace("SIGN", sign), "Tiger Freed In", speech_only=True)


def test_a_call_sign_tagged_as_an_address_speaks() -> None:
    doc = annotate(Article(text=_TWEET.replace("SIGN", "WWJ950"), source=Source()))
    sign = next(t for t in doc.tokens if t.text == "WWJ950")
    assert (sign.pos, sign.dep) == ("X", "nsubj")  # the parse Audit 52 #11 had: the case this test is about
    speakers = _speakers("WWJ950")
    assert "WWJ950" in speakers, speakers
    assert not any(s and "Valley Herald" in s for s in speakers), speakers


def test_a_call_sign_read_with_tweets_as_one_noun_phrase_speaks() -> None:
    doc = annotate(Article(text=_TWEET.replace("SIGN", "KQED950"), source=Source()))
    cue = next(t for t in doc.tokens if t.text == "tweets")
    assert cue.pos == "NOUN"  # the misparse: no verb frames the quotation
    speakers = _speakers("KQED950")
    assert "KQED950" in speakers, speakers
    assert not any(s and "Valley Herald" in s for s in speakers), speakers


def test_a_call_sign_written_apart_speaks() -> None:
    speakers = _speakers("WWJ 950")
    assert "WWJ 950" in speakers, speakers
    assert not any(s and "Valley Herald" in s for s in speakers), speakers


def test_a_plural_subjects_say_is_not_read_as_a_name() -> None:
    # "Reporters say," is a verb the cue rules read; the opening-name rule leaves a plain subject's quotation alone
    text = _TWEET.replace("SIGN tweets", "Keepers say")
    assert not any(s and "Keepers" in s and "say" in s for s in
                   voiced_speakers_of(text, "Tiger Freed In", speech_only=True))
