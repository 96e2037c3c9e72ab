"""A source named in full once and by surname after, a wire desk glued to the lede, and an
actor whose role sentence is also a key point: on an article written for these tests."""

from __future__ import annotations

from newsbrief.models import ActorInfo, Article, Brief, PositionInfo, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.pipeline import ExtractiveEngine
from newsbrief.render import render
from newsbrief.settings import Settings

RETAIL = """New York (CNN Business)Shoppers are expected to spend less this holiday season as prices stay high, according to a forecast released Tuesday by the National Retail Federation.

The trade group said sales in November and December would grow between 2% and 3%, down from 5.3% a year earlier. "Consumers are being careful," said Matthew Shay, the group's chief executive.

Eva-Marie Persson, an economist at Lund University, said the slowdown was expected. Persson added that wages had not kept pace with prices since last year.

The forecast covers 3,000 stores. The group plans to update its forecast in January.
"""


def _brief() -> Brief:
    doc = annotate(Article(text=RETAIL, source=Source(title="Retailers brace for a slow holiday season")))
    return ExtractiveEngine(Settings()).brief(doc)


def test_a_wire_desk_glued_to_the_lede_is_not_part_of_the_key_point() -> None:
    first = _brief().section("summary").items[0]  # type: ignore[union-attr]
    assert first.text.startswith("Shoppers are expected")
    start = first.citations[0].start
    assert start is not None and RETAIL[start:].startswith("Shoppers")


def test_a_person_the_model_called_an_organisation_is_a_person_with_her_role() -> None:
    brief = _brief()
    actors = {i.payload.name: i.payload for i in brief.section("actors").items  # type: ignore[union-attr]
              if isinstance(i.payload, ActorInfo)}
    # Her role sentence is also a key point: the actor entry is a record, not a repeat of it.
    persson = actors["Eva-Marie Persson"]
    assert persson.type == "person" and persson.mentions == 2
    assert persson.role is not None and "economist" in persson.role
    assert "(1 mention, person)" in render(brief, "markdown")  # Matthew Shay, named once


def test_a_source_named_by_surname_later_is_one_source_with_full_name_and_role() -> None:
    positions = [i.payload for i in _brief().section("positions").items  # type: ignore[union-attr]
                 if isinstance(i.payload, PositionInfo)]
    speakers = [p.speaker for p in positions]
    assert "Persson" not in speakers and speakers.count("Eva-Marie Persson") == 1
    persson = next(p for p in positions if p.speaker == "Eva-Marie Persson")
    assert persson.role is not None and "Lund University" in persson.role
