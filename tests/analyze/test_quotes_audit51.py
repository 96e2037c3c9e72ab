"""Audit 51 #7: two people who share a surname, and "Ibrahim said" right after the second is brought in; #11: a
quotation right after "There is even a fake quote from the police." is the hoax's, never a quote or a Who says what
row of its speaker; #12: "the man claiming to lead the militia says" keeps its description in Quotes.

An article written for this test: Lina Haddad is quoted first; later Rana Haddad is the subject of the sentence
just before '"...," Haddad said'. The bare surname there is Rana's, as the attribution stage reads it; the Quotes
section must not hand it to the family's first-named member (Lina). A bare surname after a sentence about someone
else still goes to the actors' resolution (tests/analyze/test_quotes_session20c.py).
"""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.analyze.positions import analyze_positions
from newsbrief.analyze.quotes import analyze_quotes
from newsbrief.models import Article, QuoteInfo, Source
from newsbrief.nlp.annotate import annotate

_SISTERS = """Hundreds of people marched through Leeds on Saturday to demand cleaner air in the city centre.

Nurse Lina Haddad, 31, has joined the march every week since the spring.

"We are not going to stop until the council listens to us," she said.

Students from three schools carried banners past the town hall.

Rana Haddad, a 40-year-old teacher, brought her two young sons to the march, hoping they would remember it.

"It means so much to us to be here together," Haddad said. "One day they will tell their own children about it."
"""


def test_a_shared_surname_after_its_full_name_as_subject_keeps_that_person() -> None:
    doc = annotate(Article(text=_SISTERS, source=Source(title="March")))
    quotes = {i.text: i.payload.speaker for i in analyze_quotes(doc, build_context(doc))
              if isinstance(i.payload, QuoteInfo)}
    shown = next((s for q, s in quotes.items() if "It means so much" in q), None)
    assert shown == "Rana Haddad", quotes
    assert next((s for q, s in quotes.items() if "not going to stop" in q), None) == "Lina Haddad", quotes


_HOAX = """Is the singer Dana Holt dead? No, she is not, despite another death hoax that spread on Monday.

A fake news website claims that the 41-year-old was found dead at her home in Brighton. There is even a fake quote from the police.

"We found no signs of a struggle and are waiting for the coroner to rule on what happened," said Inspector Mark Dunne, of the Brighton police.

"I am alive and well and having breakfast," Holt wrote on her page on Tuesday morning.
"""


def test_a_quotation_announced_as_fake_is_no_quote() -> None:
    doc = annotate(Article(text=_HOAX, source=Source(title="Hoax")))
    ctx = build_context(doc)
    quotes = {i.text: i.payload.speaker for i in analyze_quotes(doc, ctx) if isinstance(i.payload, QuoteInfo)}
    assert not any("signs of a struggle" in q for q in quotes), quotes
    assert any("alive and well" in q for q in quotes), quotes
    rows = [i.text for i in analyze_positions(doc, ctx)]
    assert not any("signs of a struggle" in r for r in rows), rows


_CLAIMING = """A man claiming to lead the Red Hill militia said the group had freed none of its hostages.

"We have moved them all to the mountains and nobody will find them there," the man claiming to lead the group \
says.

The army said it would keep up its patrols in the hills.
"""


def test_a_described_speaker_keeps_its_fuller_description() -> None:
    doc = annotate(Article(text=_CLAIMING, source=Source(title="Militia")))
    quotes = {i.text: i.payload.speaker for i in analyze_quotes(doc, build_context(doc))
              if isinstance(i.payload, QuoteInfo)}
    shown = next((s for q, s in quotes.items() if "moved them all" in q), None)
    assert shown == "the man claiming to lead the group", quotes
