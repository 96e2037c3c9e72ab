"""Labelled cases for session 21's speaker fixes (Audit 34 and the lead's reading of XSum row 101).

Written for these tests; no dataset or audited text. Three patterns:

- a mention of allegations someone handles (receives, examines, refers, passes on) or a negated receipt ("had not
  received any direct allegations") is not itself an allegation: the speaker *says*, not *alleges*; an accusation
  in the speaker's own words ("alleged that", "had taken bribes") still alleges;
- the words of a document a report quotes belong to the document: after '"...," read the memo, which was aired by
  the radio station', the next '"...," it said' is the memo's, not the report that revealed it;
- a first-person writer's own action in a main clause is theirs, not that of an organisation whose report sits in an
  adverbial clause before it ("As the hospital was reporting that it was out of fuel, we got the generator going").
"""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.models import Article, SentenceVoice, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.speech_charges import accuses
from tests.analyze.test_positions_speakers import _entry, _positions


def _stance_of(text: str, words: str) -> str | None:
    found = _entry(_positions(text), words)
    return None if found is None else found.stance


_INQUIRY = ("The harbour inquiry opened its hearings in Kessel on Monday and will sit until the end of June. "
            "A spokeswoman for the inquiry into bribery at the port, led by Judge Ana Kerr, said that although the allegations about the former "
            "port director fell within its remit, it had not received any direct allegations.")

_REFERRED = ("The former mayor of Dunmore has not spoken in public since he left office in the spring. "
             "Councillor Brian Marsh said he had passed three allegations of bribery by the former mayor to the "
             "police since 2019, with officers confirming that one of those allegations was under review.")

_ALLEGED = ("The former mayor of Dunmore has not spoken in public since he left office in the spring. "
            "Councillor Brian Marsh alleged that the former mayor had taken bribes from two building firms.")


def test_a_negated_receipt_of_allegations_alleges_nothing() -> None:
    assert _stance_of(_INQUIRY, "had not received any direct allegations") not in ("alleges", None)


def test_allegations_passed_on_to_the_police_are_not_the_speakers_own() -> None:
    assert _stance_of(_REFERRED, "passed three allegations") not in ("alleges", None)


def test_an_accusation_in_the_speakers_own_words_still_alleges() -> None:
    assert _stance_of(_ALLEGED, "had taken bribes") == "alleges"


def test_accuses_on_words() -> None:
    assert not accuses("it had not received any direct allegations")
    assert not accuses("the panel is examining the accusations against the coach")
    assert accuses("the coach faces accusations that he hid injuries")
    assert accuses("the firm concealed losses from investors")
    assert accuses("he denied the allegations of fraud")
    office = SentenceVoice(0, "organisation", "the Anti-Fraud Office", "asserts", True, None)
    assert not accuses("The Anti-Fraud Office said the budget was sound", office)
    assert accuses("The Anti-Fraud Office said the mayor took bribes", office)
    assert not accuses("one of those allegations was being investigated by the county police")
    assert not accuses("the allegations about the judge fell within its terms of reference")
    assert accuses("the allegations were false, he said, and the firm had concealed nothing")


_MEMO = """The ministry has long kept a tight grip on what farmers in the north may plant.

According to a new report on a Danish radio station, the ministry issued a secret memo in 2015 ordering regional \
offices to register every farm that grew hemp and to revoke their licences.

"All regional offices should list the farms that grow hemp … and persuade the owners to switch crops," read the memo, \
which was aired by the DR station on Monday.

"Officials must ensure that nobody is raising needless objections … to this plan," it said.

The memo had been handed to reporters by a former official who left the ministry in 2017.
"""


def _voice_with(text: str, words: str) -> str | None:
    doc = annotate(Article(text=text, source=Source()))
    voices = build_context(doc).attributions
    for sentence in doc.sentences:
        if words in sentence.text:
            return voices.voice_of(sentence.index).speaker
    raise AssertionError(words)


def test_it_after_a_quoted_document_is_the_document() -> None:
    speaker = _voice_with(_MEMO, "needless objections")
    assert speaker is not None and "memo" in speaker.lower(), speaker


_DIARY = """Relief workers in the flooded valley have been sending their accounts to our newsroom.

It has been a long day at the Lutheran Valley Mission Hospital where I am part of a small nursing team that arrived on Sunday.

The hospital is one of the few buildings in the town that stayed dry.

The hospital has come close to running out of bandages, petrol for the pumps and clean water.

As the hospital was reporting that it was out of petrol, we got the backup generator going!

Despite all of this there is a lot of laughter on the wards.
"""


def test_the_writers_own_action_is_not_the_organisation_in_the_as_clause() -> None:
    speaker = _voice_with(_DIARY, "backup generator going")
    assert speaker is None or "hospital" not in speaker.lower(), speaker
