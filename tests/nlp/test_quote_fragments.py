"""The cue lookup of nlp/quote_fragments: a token found by its start character by bisection (a code review found a
scan of the whole document for every cue), with the same answers as the scan; and the asker's cue, whose clause does
not hold the answer's quotation, told from the answerer's. The article is written for this test.
"""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.analyze.quotes import analyze_quotes
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute
from newsbrief.nlp.quote_fragments import holds_quote, token_at, unhanded
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


# Audit 50 #2 and #6 (docs/audit.md 51.4 #2), on texts written for this test: a quotation that ends without the comma
# that hands it to a tag is not the words of a cue after it, which reports the words after the cue.
_UNHANDED = """The inquiry into the collapse of the Ardle mine published its findings on Monday.

By then "water was pouring into the lower gallery" and, according to miners, the pumps had stopped working.

A new freedom has come to the valley's miners One retired miner: "It's a feeling I've never known in my life" \
The families say the owners ignored every warning.

"We told them about the cracks for months," said Tomas Riel, a shift leader at the mine.
"""


def test_a_cue_after_a_quotation_not_handed_to_it_does_not_take_it() -> None:
    doc = annotate(Article(text=_UNHANDED, source=Source()))
    ctx = build_context(doc)
    quotes = {i.text: getattr(i.payload, "speaker", None) for i in analyze_quotes(doc, ctx)}
    assert not [s for q, s in quotes.items() if "water was pouring" in q or "a feeling I've never" in q]
    assert [s for q, s in quotes.items() if "about the cracks" in q] == ["Tomas Riel"]
    # the stage's attributions that hold the quotation (the sentence's own voice is not read here)
    held = [(a.speaker or "", _UNHANDED[a.content_start : a.content_end]) for a in attribute(doc).attributions
            if a.kind != "attitude"]
    assert not [s for s, c in held if "water was pouring" in c and "miners" in s]
    assert not [s for s, c in held if "a feeling I've never" in c and "families" in s]


def test_a_quotation_handed_on_by_its_comma_keeps_the_tag_after_it() -> None:
    assert unhanded('By then "water was pouring" and, according to miners, ...', 27)
    assert not unhanded('"We told them about the cracks," said Tomas Riel.', 33)
    assert not unhanded('"Are the pumps working?" he asked.', 24)
    # a quotation inside it closes first ("?’”"): still handed to the tag (the reader set's impeachment report)
    assert not unhanded("“I heard him ask, ‘Is the pump on?’” Riel testified.", 36)
