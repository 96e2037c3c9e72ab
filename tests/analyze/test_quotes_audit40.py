"""Audit 40's quotes and Who says what rows whose "it" or "that" is cut (docs/audit.md 41.4 #7), on short texts
written for these tests: a quotation or a source's sentence that opens on a referring "it", "that" or "this" as
its subject names its topic in words left outside it ("It could have been done easily"; "That was a $1 trillion
effort ..., he said"), so a reader deletes it. An "it" that only stands for a clause after it ("It is good to be
home") keeps its quotation.

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.positions import analyze_positions
from newsbrief.analyze.quotes import analyze_quotes
from newsbrief.models import Article, Document, Source
from newsbrief.nlp.annotate import annotate

_BRIDGE = (
    "The Harlow bridge collapsed last spring, killing four drivers, and the city has still not replaced it.\n\n"
    "Inspectors had warned about rust on the main span for years.\n\n"
    "\"It could have been stopped so easily,\" said Mara Quist, a structural engineer who studied the wreck.\n\n"
    "\"Nobody checked the bolts on that span for ten whole years,\" Quist said.\n\n"
    "\"It is good to see the council finally paying attention to its bridges,\" Quist added.\n\n"
    "Teo Marsh, a historian of the city, compared the collapse to the great canal flood of 1911.\n\n"
    "That was a disaster that cost the city a fortune and won it no friends in the capital, he said.\n\n"
    "The council will vote on a new bridge next month.")


def _doc(text: str) -> Document:
    return annotate(Article(text=text, source=Source(title="Test")))


@pytest.fixture(scope="module")
def bridge() -> tuple[list[str], list[str]]:
    """The quotes and the Who says what rows of the bridge article."""
    doc = _doc(_BRIDGE)
    ctx = build_context(doc)
    return [i.text for i in analyze_quotes(doc, ctx)], [i.text for i in analyze_positions(doc, ctx)]


@pytest.mark.slow
@pytest.mark.parametrize(("piece", "shown"), [
    ("It could have been stopped", False),
    ("Nobody checked the bolts", True),
    ("It is good to see the council", True),
])
def test_a_quote_opening_on_a_cut_it_is_left_out(bridge: tuple[list[str], list[str]], piece: str,
                                                  shown: bool) -> None:
    """A quotation whose subject "it" refers outside it is no quote; one whose "it" is a dummy stays."""
    quotes, _ = bridge
    assert any(piece in q for q in quotes) == shown, quotes


@pytest.mark.slow
def test_a_row_opening_on_a_cut_that_is_left_out(bridge: tuple[list[str], list[str]]) -> None:
    """A source's sentence whose subject "that" refers to the sentence before is no Who says what row."""
    _, rows = bridge
    assert not any("That was a disaster" in r for r in rows), rows
