"""Audit 39's misattributions (docs/audit.md 40), on short texts written for these tests:

1. A round-up of signed commentaries opens each one with a paragraph "Name, title[, title]: text"; the paragraphs
   after it are that person's until the next label, whatever the title's length ("author of ..." and "a fellow at
   ..." titles run past twenty words) and also when the title is told as a clause ("Name, a ... who ..., is a
   scientist at ...: text"). Audit 39 #7 carried one commentator over three later blocks.
2. The label sentence names its speaker itself, so a brief never prefixes it with another name.

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Attributions, Document, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute

_ROUNDUP = (
    "Where the grain crisis goes next\n\n"
    "Harvests failed across the southern plains this year and bread prices doubled.\n\n"
    "Economists give their views on what comes next.\n\n"
    "Lena Marsh, chief economist at Corvale Bank: Prices will stay high until the spring.\n\n"
    "Farmers have planted less wheat than in any year since the war.\n\n"
    "Governments should release their reserves now.\n\n"
    "Tomas Verhoef, director of research at the Halden Institute for Food Policy and a senior fellow at the "
    "Centre for Rural Studies at the University of Westmarch: The shortage is not new.\n\n"
    "Stocks had been falling for years before the drought.\n\n"
    "Ministers ignored every warning they were given.\n\n"
    "Priya Anand, author of \"The Empty Silo\" and a senior fellow for trade policy at the Council on Markets in "
    "the capital city of Norland: Export bans make everything worse.\n\n"
    "When one country closes its ports, its neighbours panic and buy.\n\n"
    "Buyers will pay whatever it takes to secure supplies.\n\n"
    "Karl Brenner, managing editor of Grain Weekly: The markets have seen this before.\n\n"
    "Traders remember the famine of their grandparents.\n\n"
    "Ruth Okoye, a crop scientist who farmed in the delta for ten years, is a researcher at the Norland Seed "
    "Trust: There is no quick fix.\n\n"
    "New seed varieties take a decade to breed.\n\n"
    "Aid agencies must plan for a long crisis.\n\n"
    "The opinions expressed in these commentaries are solely those of the writers.")


def _attributions(text: str) -> tuple[Document, Attributions]:
    doc = annotate(Article(text=text, source=Source()))
    return doc, attribute(doc)


def _voice_of(doc: Document, att: Attributions, piece: str) -> list[str | None]:
    return [v.speaker for v in att.voices if piece in doc.sentences[v.sentence].text]


@pytest.fixture(scope="module")
def roundup() -> tuple[Document, Attributions]:
    """The round-up, annotated once for all its cases."""
    return _attributions(_ROUNDUP)


@pytest.mark.slow
@pytest.mark.parametrize(("piece", "speaker"), [
    ("Governments should release their reserves", "Lena Marsh"),
    ("Stocks had been falling for years", "Tomas Verhoef"),
    ("Ministers ignored every warning", "Tomas Verhoef"),
    ("When one country closes its ports", "Priya Anand"),
    ("Buyers will pay whatever it takes", "Priya Anand"),
    ("Traders remember the famine", "Karl Brenner"),
    ("New seed varieties take a decade", "Ruth Okoye"),
    ("Aid agencies must plan for a long crisis", "Ruth Okoye"),
])
def test_a_label_paragraph_owns_its_block_whatever_the_titles_length(
        roundup: tuple[Document, Attributions], piece: str, speaker: str) -> None:
    """Each sentence under a "Name, title:" label is that person's until the next label."""
    doc, att = roundup
    assert _voice_of(doc, att, piece) == [speaker]


@pytest.mark.slow
@pytest.mark.parametrize(("piece", "speaker"), [
    ("The shortage is not new", "Tomas Verhoef"),
    ("Export bans make everything worse", "Priya Anand"),
    ("There is no quick fix", "Ruth Okoye"),
])
def test_a_long_label_sentence_names_its_own_speaker(
        roundup: tuple[Document, Attributions], piece: str, speaker: str) -> None:
    """The label's own sentence is marked as naming its source (no "[According to X,]" in front of it)."""
    doc, att = roundup
    voices = [v for v in att.voices if piece in doc.sentences[v.sentence].text]
    assert [(v.speaker, v.explicit) for v in voices] == [(speaker, True)]


_HIGHLIGHTS = (
    "Where the grain crisis goes next\n\n"
    "\"Bread will cost more all year\" Tomas Verhoef: \"Stocks were falling long before the drought,\" an old "
    "problem Priya Anand: Export bans \"make everything worse\" Karl Brenner: Classic novel \"The Hungry Year\" "
    "foretold this panic\n\n"
    "Harvests failed across the southern plains this year and the crowds in the market squares demand cheap "
    "bread.\n\n"
    "Tomas Verhoef, director of research at the Halden Institute for Food Policy and a senior fellow at the "
    "Centre for Rural Studies at the University of Westmarch: The shortage is not new.\n\n"
    "Priya Anand, senior fellow at the Council on Markets: Export bans make everything worse.\n\n"
    "Karl Brenner, managing editor of Grain Weekly: The markets have seen this before.")


@pytest.fixture(scope="module")
def highlights() -> tuple[Document, Attributions]:
    """The round-up with a highlights paragraph, annotated once for all its cases."""
    return _attributions(_HIGHLIGHTS)


@pytest.mark.slow
@pytest.mark.parametrize(("piece", "speaker"), [
    ("Stocks were falling long before the drought", "Tomas Verhoef"),
    ("make everything worse", "Priya Anand"),
])
def test_a_teaser_goes_to_the_name_labelling_it(
        highlights: tuple[Document, Attributions], piece: str, speaker: str) -> None:
    """'Name: "teaser"' in a highlights paragraph is that Name's, never a noun phrase of the page."""
    _, att = highlights
    found = [a.speaker for a in att.attributions
             if piece in _HIGHLIGHTS[a.content_start : a.content_end] and a.content_start < _HIGHLIGHTS.find("\n\nH")]
    assert found == [speaker]


@pytest.mark.slow
@pytest.mark.parametrize("piece", ["Bread will cost more all year", "The Hungry Year"])
def test_an_unlabelled_teaser_or_a_title_has_no_speaker(highlights: tuple[Document, Attributions], piece: str) -> None:
    """A teaser whose label was cut, and a quoted title, are nobody's words."""
    _, att = highlights
    assert [a.speaker for a in att.attributions if piece in _HIGHLIGHTS[a.content_start : a.content_end]] == []


_ESSAY = (
    "A student stopped me after class last spring.\n\n"
    "She handed me a card printed with her chosen name, Candy Kane. I waited, thought it over, and then chose to "
    "speak. \"You may want to pick another name before the interviews,\" I said, explaining—as gently as I "
    "could—that \"candy\" was an awkward name for a lawyer. Red-faced, she thanked me for the advice. \"I will "
    "think about it tonight,\" she said.")


@pytest.mark.slow
def test_a_quotation_cued_by_the_writers_i_said_is_the_writers() -> None:
    """'"...," I said' is the writer's, never the student the paragraph is about; her own line stays hers."""
    _, att = _attributions(_ESSAY)
    mine = [a.speaker for a in att.attributions if "pick another name" in _ESSAY[a.content_start : a.content_end]]
    hers = [a.speaker for a in att.attributions if "think about it tonight" in _ESSAY[a.content_start : a.content_end]]
    assert mine and all(s == "the writer" for s in mine), mine
    assert hers and all(s != "the writer" for s in hers), hers
