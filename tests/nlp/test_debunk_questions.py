"""An open question about a hoax is no verdict on the sentences before it (nlp/debunk.py, Audit 51 #1)."""

from __future__ import annotations

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.debunk import is_verdict, rejected_indices

_TEXT = """Thousands of people in the north of the country spent the night outside after a text message warned of an earthquake.

The minister for information said on Monday that the message was a hoax and urged people to go home.

Our correspondent says many people in the towns did not sleep.

He said his neighbours were standing outside their homes at four in the morning, afraid the buildings would fall.

It is not known whether the hoax was a result of deliberate mischief or a joke between friends."""


def test_open_question_is_not_a_verdict() -> None:
    assert not is_verdict("It is not known whether the hoax was a result of deliberate mischief.")
    assert not is_verdict("It remains unclear who started the rumour.")
    assert is_verdict("It is not known who sent it, but the message is a hoax.")
    assert is_verdict("It is a hoax.")


def test_report_before_an_open_question_is_not_rejected() -> None:
    doc = annotate(Article(text=_TEXT, source=Source()))
    rejected = rejected_indices(doc)
    told = [s.index for s in doc.sentences if "neighbours were standing" in s.text or "did not sleep" in s.text]
    assert told and not set(told) & rejected
