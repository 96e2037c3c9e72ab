"""Article ids, article-qualified citations, and JSON written and read back from the typed models."""

from __future__ import annotations

import json
from dataclasses import replace

import jsonschema

from newsbrief.models import Brief, Citation, Item, Section, article_id
from newsbrief.render import render
from newsbrief.serialize import brief_dict, brief_from_dict, brief_schema


def test_article_id_is_stable_and_content_based() -> None:
    assert article_id("A  sea wall.\n\nIt costs money.") == article_id("A sea wall. It costs money.")
    assert article_id("A sea wall.") != article_id("A sea dike.")
    assert len(article_id("x")) == 16


def test_every_citation_names_its_article(cable_brief: Brief) -> None:
    ids = {c.article_id for s in cable_brief.sections for i in s.items for c in i.citations}
    assert ids == {cable_brief.article_id} and cable_brief.article_id == article_id(cable_brief.text)
    assert {s.article_id for s in cable_brief.sentences} == {cable_brief.article_id}


def test_single_article_json_reads_as_before_and_round_trips(cable_brief: Brief) -> None:
    data = json.loads(json.dumps(brief_dict(cable_brief)))
    jsonschema.validate(data, brief_schema())
    assert data["article_id"] == cable_brief.article_id
    # One article: citations and sentences do not repeat the brief's own id.
    assert all("article_id" not in c for s in data["sections"] for i in s["items"] for c in i["citations"])
    back = brief_from_dict(data)
    assert back.sections == cable_brief.sections and back.report == cable_brief.report
    assert render(back, "markdown") == render(cable_brief, "markdown")


def test_a_citation_of_another_article_is_qualified_everywhere(cable_brief: Brief) -> None:
    other = "0123456789abcdef"
    foreign = Item("Another outlet reports the same deal.", (Citation("s4", 0, 10, other),))
    summary = cable_brief.sections[0]
    mixed = replace(cable_brief, sections=(Section(summary.name, (*summary.items, foreign)),
                                           *cable_brief.sections[1:]))
    data = brief_dict(mixed)
    jsonschema.validate(data, brief_schema())
    assert data["sections"][0]["items"][-1]["citations"] == [
        {"sentence_id": "s4", "start": 0, "end": 10, "article_id": other}]
    assert "[01234567:s4]" in render(mixed, "markdown")
    assert ">01234567:s4</a>" in render(mixed, "html")
    assert brief_from_dict(data).sections[0].items[-1].citations[0].article_id == other


def test_schema_is_generated_from_the_payload_types() -> None:
    schema = brief_schema()
    rules = {rule["if"]["properties"]["name"]["const"]: rule["then"]["properties"]["items"]["items"]
             for rule in schema["properties"]["sections"]["items"]["allOf"]}
    assert rules["timeline"]["properties"]["granularity"] == {"enum": ["day", "month", "year"]}
    assert rules["actors"]["properties"]["aliases"] == {"type": "array", "items": {"type": "string"}}
    assert rules["quotes"]["properties"]["speaker"] == {"type": ["string", "null"]}
    assert "required" in rules["timeline"] and "required" not in rules["summary"]


def test_a_stored_payload_of_the_wrong_type_never_reaches_a_page_as_markup(cable_brief: Brief) -> None:
    data = json.loads(json.dumps(brief_dict(cable_brief)))
    actors = next(s for s in data["sections"] if s["name"] == "actors")
    actors["items"][0]["mentions"] = '<a href="javascript:alert(1)">x</a>'
    back = brief_from_dict(data)
    assert back.section("actors").items[0].payload is None  # type: ignore[union-attr]
    assert "<a href" not in render(back, "html")


def test_timeline_dates_keep_their_pattern_in_the_schema(cable_brief: Brief) -> None:
    import pytest

    data = brief_dict(cable_brief)
    timeline = next(s for s in data["sections"] if s["name"] == "timeline")
    timeline["items"][0]["date"] = "yesterday"
    with pytest.raises(jsonschema.ValidationError, match="does not match"):
        jsonschema.validate(data, brief_schema())
