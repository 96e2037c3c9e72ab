"""A newcomer brought in by "another" or "a third" speaks the next "he wrote" (FNC-1 body 1064, issue #11).

Short articles written for these tests: after one resident's quotation, "Another shared a picture ... '...,' he
wrote" gives the second quotation to another resident, never to the first; a newcomer with a noun of its own
("Another resident posted ...") takes a "she wrote" that would otherwise go to the mayor quoted before; and a bare
"Another" with no described speaker before it names no one, so its quotation is withheld rather than given to the
mayor.
"""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.analyze.quotes import analyze_quotes
from newsbrief.models import Article, QuoteInfo, Source
from newsbrief.nlp.annotate import annotate

_RESIDENTS = """A town council in Marrow voted on Tuesday to close the old swimming pool at the end of the summer.

The decision drew quick replies from residents on social media. "They never asked the people who swim here \
every morning," one resident wrote.

Another shared a picture of the empty pool in winter. "The building has been falling apart for years," he wrote.

The council said the pool would cost too much to repair.
"""

_MAYOR = """A town council in Marrow voted on Tuesday to close the old swimming pool at the end of the summer.

Mayor Helen Carr said the town could no longer pay for the repairs. "We have no other choice," she said.

{newcomer} posted a video of the leaking roof. "The council let the building rot for years," she wrote.

The pool will close in September.
"""


def _quotes(text: str) -> dict[str, str | None]:
    """The Quotes section of ``text``: each quotation's text with its shown speaker."""
    doc = annotate(Article(text=text, source=Source(title="Test")))
    items = analyze_quotes(doc, build_context(doc))
    return {i.text: i.payload.speaker for i in items if isinstance(i.payload, QuoteInfo)}


def test_another_takes_the_noun_of_the_speaker_before_and_the_next_he() -> None:
    quotes = _quotes(_RESIDENTS)
    assert quotes.get('"They never asked the people who swim here every morning,"') == "one resident", quotes
    assert quotes.get('"The building has been falling apart for years,"') == "another resident", quotes


def test_another_with_its_own_noun_takes_the_she_after_a_named_speaker() -> None:
    quotes = _quotes(_MAYOR.format(newcomer="Another resident"))
    assert quotes.get('"We have no other choice,"') == "Helen Carr", quotes
    assert quotes.get('"The council let the building rot for years,"') == "another resident", quotes


def test_a_bare_another_with_no_kind_before_withholds_the_quote() -> None:
    quotes = _quotes(_MAYOR.format(newcomer="Another"))
    assert quotes.get('"We have no other choice,"') == "Helen Carr", quotes
    assert not any("rot for years" in q for q in quotes), quotes
