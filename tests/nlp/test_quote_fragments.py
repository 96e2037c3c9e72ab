"""The cue lookup of nlp/quote_fragments: a token found by its start character by bisection (a code review found a
scan of the whole document for every cue), with the same answers as the scan; and the asker's cue, whose clause does
not hold the answer's quotation, told from the answerer's. The article is written for this test.
"""

from __future__ import annotations

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.quote_fragments import holds_quote, token_at
from newsbrief.nlp.speech import _Doc

_TEXT = """The harbour board met on Monday to decide the fate of the old ferry pier.

When Ines Moreau asked how long the repairs would take, the engineer Karl Hesse replied, "At least two full \
winters, and only if the steel arrives on time."

"We will not reopen the pier before it is safe," Moreau said after the vote.
"""


def test_token_at_finds_each_token_by_its_start_and_nothing_inside_a_word() -> None:
    d = _Doc(annotate(Article(text=_TEXT, source=Source())))
    tokens = d.doc.tokens
    assert all(token_at(d, t.start) == next(u for u in tokens if u.start == t.start) for t in tokens)
    inside = next(t for t in tokens if t.text == "harbour").start + 2
    assert token_at(d, inside) is None
    assert token_at(d, None) is None
    assert token_at(d, len(_TEXT) + 10) is None


def test_the_answerers_cue_holds_the_quotation_and_the_askers_does_not() -> None:
    d = _Doc(annotate(Article(text=_TEXT, source=Source())))
    start = _TEXT.index('"At least')
    asked = next(t for t in d.doc.tokens if t.text == "asked")
    replied = next(t for t in d.doc.tokens if t.text == "replied")
    assert holds_quote(d, replied.start, start)
    assert not holds_quote(d, asked.start, start)
    assert not holds_quote(d, None, start)
