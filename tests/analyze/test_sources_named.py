"""Who may be a source and how actors are typed (issue #11, sixth reader audit), on an article
written for these tests: a business written with its kind as a title ("Insurer Halden Mutual's
of Leeds") is an organisation, a role is never a bare preposition ("a spokeswoman for Dr Ivo
Marsh" gives Marsh no role "for"), a bare quantifier ("Most had answered") is no source, and an
organisation named with an apposition ("Ticketcore, the trade body responsible for ...") speaks
under its name, the apposition its role."""

from __future__ import annotations

from newsbrief.analyze.actors import cluster_actors
from newsbrief.analyze.context import build_context
from newsbrief.analyze.positions import analyze_positions, is_nameable
from newsbrief.analyze.quotes import analyze_quotes
from newsbrief.models import Article, Document, PositionInfo, QuoteInfo, Source
from newsbrief.nlp.annotate import annotate

CLAIM = """Insurer sues festival over cancelled shows

Insurer Halden Mutual's of Leeds is suing promoter Brightfield Events saying it hid the headline act's "history of cancelled concerts and missed flights".

A spokeswoman for Dr Ivo Marsh, the band's doctor, said on Monday that he had spoken to the insurer twice.

The insurer wrote to all 40 ticket agents last week. Most had answered its questions, and said they were told nothing.

Halden Mutual said it was not obliged to pay for the cancelled shows.

Ticketcore, the trade body responsible for licensing ticket agents in the north, said: "Agents followed every rule they were given and will help the festival."
"""


def _doc() -> Document:
    title, _, body = CLAIM.partition("\n\n")
    return annotate(Article(text=body, source=Source(title=title)))


def test_a_business_with_its_kind_as_a_title_is_an_organisation() -> None:
    actors = cluster_actors(_doc())
    people = {a.name for a in actors if a.label == "PERSON"}
    assert not any("Halden" in name or "Insurer" in name for name in people), people


def test_a_preposition_is_no_role() -> None:
    doc = _doc()
    ctx = build_context(doc)
    positions = [i.payload for i in analyze_positions(doc, ctx) if isinstance(i.payload, PositionInfo)]
    assert all((p.role or "").strip().lower() not in ("for", "of") for p in positions), positions


def test_a_bare_quantifier_is_no_source() -> None:
    assert not is_nameable("most") and not is_nameable("Some") and not is_nameable(None)
    assert is_nameable("most residents") and is_nameable("Halden Mutual")
    doc = _doc()
    ctx = build_context(doc)
    speakers: set[str | None] = {i.payload.speaker for i in analyze_positions(doc, ctx)
                                 if isinstance(i.payload, PositionInfo)}
    speakers |= {i.payload.speaker for i in analyze_quotes(doc, ctx) if isinstance(i.payload, QuoteInfo)}
    assert not any((s or "").lower() in ("most", "many", "some") for s in speakers), speakers


def test_the_allegation_goes_to_the_insurer_not_the_promoter() -> None:
    doc = _doc()
    quotes = {i.text: i.payload.speaker for i in analyze_quotes(doc, build_context(doc))
              if isinstance(i.payload, QuoteInfo)}
    speaker = next(s for q, s in quotes.items() if "cancelled concerts" in q)
    assert speaker is not None and "Halden" in speaker and "Brightfield" not in speaker


def test_an_organisation_named_with_an_apposition_speaks_under_its_name() -> None:
    doc = _doc()
    ctx = build_context(doc)
    positions = {i.payload.speaker: i.payload for i in analyze_positions(doc, ctx) if isinstance(i.payload, PositionInfo)}
    assert "Ticketcore" in positions, list(positions)
    assert positions["Ticketcore"].voice == "organisation"
    assert "trade body" in (positions["Ticketcore"].role or "")
