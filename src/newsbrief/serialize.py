"""The one place a brief becomes JSON and back, and the JSON Schema generated from the same types.

Items are flat in JSON: an item's payload fields (a timeline event's date, a
quote's speaker) sit beside ``text``, ``kind`` and ``citations``, followed by
the LLM engine's marks (``generated`` and ``support``, or ``fallback``). The
schema of each section's items is generated from the payload dataclass named
in the section's record, so the types in :mod:`newsbrief.models` are the only
definition of the published fields.

Citations and sentences carry ``article_id`` only when it differs from the
brief's own ``article_id``: a single article's brief reads as it always did.
Reading is tolerant: briefs stored before article ids existed get the id the
caller passes (the store's content hash).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any, Literal, Union

from newsbrief.models import (
    Brief,
    Citation,
    ComparisonInfo,
    Engine,
    EngineReport,
    Generation,
    Item,
    LLMReport,
    Payload,
    Rejected,
    Section,
    Sentence,
    Source,
    SourceRef,
    ToneInfo,
)
from newsbrief.sections import SECTIONS

SCHEMA_VERSION = 1
_SOURCE_KEYS = ("title", "outlet", "author", "date", "url", "language")


def _jsonable(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def citation_dict(citation: Citation, home: str) -> dict[str, Any]:
    """A citation as JSON; ``article_id`` only when it is not the brief's own article ``home``."""
    data: dict[str, Any] = {"sentence_id": citation.sentence_id, "start": citation.start, "end": citation.end}
    if citation.article_id and citation.article_id != home:
        data["article_id"] = citation.article_id
    return data


def item_dict(item: Item, home: str = "") -> dict[str, Any]:
    """An item as a JSON-ready dict; payload fields sit beside text and citations."""
    data: dict[str, Any] = {
        "text": item.text,
        "kind": item.kind,
        "citations": [citation_dict(c, home) for c in item.citations],
    }
    if item.payload is not None:
        for f in dataclasses.fields(item.payload):
            data[f.name] = _jsonable(getattr(item.payload, f.name))
    if item.generation is not None:
        if item.generation.fallback:
            data["fallback"] = True
        else:
            data["generated"] = True
            data["support"] = item.generation.support
    return data


def report_dict(report: EngineReport) -> dict[str, Any]:
    """The engine report as the brief's flat ``meta`` object."""
    data: dict[str, Any] = {"withheld": list(report.withheld)} if report.withheld else {}
    if report.llm is not None:
        data.update(dataclasses.asdict(report.llm))
    return data


def claim_matrix(brief: Brief) -> tuple[list[str], list[tuple[str, dict[str, str]]]]:
    """A story's outlet x claim matrix from its comparison items: each row a compared claim (its
    relation and text) and, per outlet, "reports", "contradicts" (the second side of a conflict) or
    "does not mention". Empty for an article's brief."""
    outlets = list(dict.fromkeys(ref.source.outlet or ref.article_id[:8] for ref in brief.sources))
    section = brief.section("comparison")
    rows: list[tuple[str, dict[str, str]]] = []
    for item in section.items if section else ():
        info = item.payload
        if not isinstance(info, ComparisonInfo):
            continue
        cells = dict.fromkeys(outlets, "does not mention")
        for index, outlet in enumerate(info.outlets):
            cells[outlet] = "contradicts" if info.relation == "conflict" and index > 0 else "reports"
        rows.append((item.text, cells))
    return outlets, rows


def _matrix_dict(brief: Brief) -> dict[str, Any]:
    """A story's outlet x claim matrix (derived from its comparison section; not read back)."""
    outlets, rows = claim_matrix(brief)
    return {"outlets": outlets, "claims": [{"text": text, "cells": cells} for text, cells in rows]}


def brief_dict(brief: Brief) -> dict[str, Any]:
    """The brief as a JSON-ready dict that validates against :func:`brief_schema`."""
    source = brief.source
    home = brief.article_id
    sentences = []
    for s in brief.sentences:
        sentence: dict[str, Any] = {"id": s.id, "text": s.text, "start": s.start, "end": s.end,
                                    "paragraph": s.paragraph}
        if s.article_id and s.article_id != home:
            sentence["article_id"] = s.article_id
        sentences.append(sentence)
    head: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "article_id": home or None, "genre": brief.genre}
    if brief.is_story:
        # A story's statements cite several articles: `source` becomes `sources`, one per article.
        head["story_id"] = brief.story_id
        head["title"] = source.title
        head["sources"] = [{"article_id": ref.article_id, **{key: getattr(ref.source, key) for key in _SOURCE_KEYS}}
                           for ref in brief.sources]
        head["matrix"] = _matrix_dict(brief)
    else:
        head["source"] = {key: getattr(source, key) for key in _SOURCE_KEYS}
    return {
        **head,
        "engine": {"name": brief.engine.name, "version": brief.engine.version},
        "sentences": sentences,
        "sections": [
            {
                "name": section.name,
                "title": SECTIONS.title(section.name),
                "items": [item_dict(item, home) for item in section.items],
            }
            for section in brief.sections
        ],
        "meta": report_dict(brief.report),
        "rejected": [
            {"section": r.section, "text": r.text, "reason": r.reason, "citations": list(r.citations)}
            for r in brief.rejected
        ],
    }


# ---------------------------------------------------------------- reading back


class _Unfit(ValueError):
    """A stored value that does not fit its field's type."""


def coerce(hint: Any, value: Any) -> Any:
    """``value`` read from JSON as the field type ``hint`` says; :class:`_Unfit` when it cannot be.

    Stored briefs are data from outside (a file, a database row): a field typed as an
    int never reaches a renderer as markup.
    """
    origin = typing.get_origin(hint)
    if origin is Literal:
        if value in typing.get_args(hint):
            return value
        raise _Unfit(value)
    if origin in (Union, types.UnionType):
        for arg in typing.get_args(hint):
            try:
                return coerce(arg, value)
            except _Unfit:
                continue
        raise _Unfit(value)
    if origin is tuple:
        if not isinstance(value, list):
            raise _Unfit(value)
        return tuple(coerce(typing.get_args(hint)[0], v) for v in value)
    if hint is type(None):
        if value is None:
            return None
        raise _Unfit(value)
    if hint is bool:
        if isinstance(value, bool):
            return value
        raise _Unfit(value)
    if hint in (int, float) and isinstance(value, int | float) and not isinstance(value, bool):
        return hint(value)
    if hint is str and isinstance(value, str):
        return value
    raise _Unfit(value)


def _payload(section: str, data: dict[str, Any]) -> Payload | None:
    """The typed payload of a stored item, when its section's payload fields are there and fit their types."""
    candidates: list[type] = [ToneInfo] if "tone" in data else []
    declared = SECTIONS.get(section).payload if section in SECTIONS else None
    if declared is not None:
        candidates.append(declared)
    for cls in candidates:
        hints = typing.get_type_hints(cls)
        fields = [f for f in dataclasses.fields(cls) if f.init]
        required = [f.name for f in fields if f.default is dataclasses.MISSING]
        if not all(name in data for name in required):
            continue
        try:
            values = {f.name: coerce(hints[f.name], data[f.name]) for f in fields if f.name in data}
        except _Unfit:
            continue
        payload: Payload = cls(**values)
        return payload
    return None


def _generation(data: dict[str, Any]) -> Generation | None:
    if data.get("fallback"):
        return Generation(fallback=True)
    if data.get("generated"):
        return Generation(support=data.get("support"))
    return None


def _item(section: str, data: dict[str, Any], home: str) -> Item:
    return Item(
        text=data["text"],
        citations=tuple(Citation(c["sentence_id"], c["start"], c["end"], c.get("article_id") or home)
                        for c in data["citations"]),
        kind=data.get("kind", "reported"),
        payload=_payload(section, data),
        generation=_generation(data),
    )


def _report(meta: dict[str, Any]) -> EngineReport:
    names = [f.name for f in dataclasses.fields(LLMReport)]
    llm = LLMReport(**{n: meta[n] for n in names}) if all(n in meta for n in names) else None
    return EngineReport(withheld=tuple(meta.get("withheld") or ()), llm=llm)


def brief_from_dict(data: dict[str, Any], article_id: str = "") -> Brief:
    """The inverse of :func:`brief_dict`; ``article_id`` is used when the stored brief has none."""
    home = data.get("article_id") or article_id
    refs = tuple(SourceRef(ref["article_id"], Source(**{key: ref.get(key) for key in _SOURCE_KEYS}))
                 for ref in data.get("sources") or ())
    if refs:
        latest = max((ref.source.date for ref in refs if ref.source.date), default=None)
        source = Source(title=data.get("title"), date=latest)
    else:
        source = Source(**{key: data["source"].get(key) for key in _SOURCE_KEYS})
    return Brief(
        source=source,
        sources=refs,
        story_id=data.get("story_id") if refs else None,
        sentences=tuple(
            Sentence(s["id"], i, s["text"], s["start"], s["end"], s.get("paragraph", 0), 0, 0,
                     s.get("article_id") or home)
            for i, s in enumerate(data["sentences"])
        ),
        sections=tuple(Section(sec["name"], tuple(_item(sec["name"], item, home) for item in sec["items"]))
                       for sec in data["sections"]),
        engine=Engine(data["engine"]["name"], data["engine"]["version"]),
        report=_report(data.get("meta") or {}),
        rejected=tuple(Rejected(r["section"], r["text"], r["reason"], tuple(r.get("citations", [])))
                       for r in data.get("rejected", [])),
        article_id=home,
        genre=data.get("genre") if isinstance(data.get("genre"), str) else None,
    )


# ---------------------------------------------------------------- the schema

_ARTICLE_ID = {"type": "string", "pattern": "^[0-9a-f]{16}$"}
_SENTENCE_ID = {"type": "string", "pattern": "^s[1-9][0-9]*$"}


def type_schema(hint: Any) -> dict[str, Any]:
    """The JSON Schema of one dataclass field type (str, int, float, bool, None, Literal, tuple, unions)."""
    origin = typing.get_origin(hint)
    if origin is Literal:
        return {"enum": list(typing.get_args(hint))}
    if origin in (Union, types.UnionType):
        options = [type_schema(arg) for arg in typing.get_args(hint)]
        if all(set(o) == {"type"} for o in options):
            return {"type": [o["type"] for o in options]}
        return {"anyOf": options}
    if origin is tuple:
        return {"type": "array", "items": type_schema(typing.get_args(hint)[0])}
    simple = {str: "string", int: "integer", float: "number", bool: "boolean", type(None): "null"}
    if hint in simple:
        return {"type": simple[hint]}
    raise TypeError(f"no JSON Schema for the field type {hint!r}")


def dataclass_schema(cls: type, required: bool = True) -> dict[str, Any]:
    """Properties (and, when ``required``, the required list) of a payload or report dataclass."""
    hints = typing.get_type_hints(cls)
    fields = [f.name for f in dataclasses.fields(cls)]
    schema: dict[str, Any] = {"properties": {
        f.name: {**type_schema(hints[f.name]), **dict(f.metadata)} for f in dataclasses.fields(cls)}}
    if required:
        schema["required"] = fields
    return schema


def _citation_schema() -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["sentence_id", "start", "end"],
        "properties": {
            "sentence_id": _SENTENCE_ID,
            "start": {"type": "integer", "minimum": 0},
            "end": {"type": "integer", "minimum": 0},
            "article_id": _ARTICLE_ID,
        },
        "additionalProperties": False,
    }


def _section_rules() -> list[dict[str, Any]]:
    """One if/then per section whose items carry a payload: the payload's fields and types."""
    rules = []
    for spec in SECTIONS:
        if spec.payload is None:
            continue
        item = dataclass_schema(spec.payload, required=spec.payload_required)
        rules.append({
            "if": {"properties": {"name": {"const": spec.name}}},
            "then": {"properties": {"items": {"items": item}}},
        })
    return rules


def brief_schema() -> dict[str, Any]:
    """The JSON Schema of a brief, generated from the models and the section registry."""
    nullable = {"type": ["string", "null"]}
    meta = dataclass_schema(LLMReport, required=False)
    meta["properties"]["withheld"] = {"type": "array", "items": _SENTENCE_ID}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://newsbrief.invalid/schema/brief-1.json",
        "title": "newsbrief Brief",
        "type": "object",
        "required": ["schema_version", "sentences", "sections", "engine"],
        # An article's brief has `source`; a story's has `sources` (one per article) and `story_id`.
        "oneOf": [{"required": ["source"]}, {"required": ["sources", "story_id"]}],
        "properties": {
            "schema_version": {"const": SCHEMA_VERSION},
            "article_id": {"anyOf": [_ARTICLE_ID, {"type": "null"}]},
            "genre": {"enum": [None, "news", "opinion", "analysis", "factcheck", "roundup", "feature", "live", "qa",
                               "review", "explainer"]},
            "source": {
                "type": "object",
                "required": ["title", "outlet", "author", "date", "url"],
                "properties": {key: nullable for key in _SOURCE_KEYS},
                "additionalProperties": False,
            },
            "story_id": {"type": "string", "pattern": "^[0-9a-z-]{1,64}$"},
            "matrix": {
                "type": "object",
                "required": ["outlets", "claims"],
                "properties": {
                    "outlets": {"type": "array", "items": {"type": "string"}},
                    "claims": {"type": "array", "items": {
                        "type": "object", "required": ["text", "cells"],
                        "properties": {"text": {"type": "string"}, "cells": {"type": "object", "additionalProperties": {
                            "enum": ["reports", "contradicts", "does not mention"]}}}}},
                },
            },
            "title": nullable,
            "sources": {
                "type": "array",
                "minItems": 1,
                "items": {
                    "type": "object",
                    "required": ["article_id", "title", "outlet", "author", "date", "url"],
                    "properties": {"article_id": _ARTICLE_ID, **{key: nullable for key in _SOURCE_KEYS}},
                    "additionalProperties": False,
                },
            },
            "engine": {
                "type": "object",
                "required": ["name", "version"],
                "properties": {"name": {"type": "string"}, "version": {"type": "string"}},
            },
            "sentences": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["id", "text", "start", "end"],
                    "properties": {
                        "id": _SENTENCE_ID,
                        "text": {"type": "string"},
                        "start": {"type": "integer", "minimum": 0},
                        "end": {"type": "integer", "minimum": 0},
                        "paragraph": {"type": "integer", "minimum": 0},
                        "article_id": _ARTICLE_ID,
                    },
                },
            },
            "meta": {"type": "object", **meta},
            "rejected": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["section", "text", "reason", "citations"],
                    "properties": {
                        "section": {"type": "string"},
                        "text": {"type": "string"},
                        "reason": {"type": "string"},
                        "citations": {"type": "array", "items": {"type": "string"}},
                    },
                },
            },
            "sections": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["name", "items"],
                    "properties": {
                        "name": {"enum": list(SECTIONS.names())},
                        "title": {"type": "string"},
                        "items": {"type": "array", "items": {"$ref": "#/$defs/item"}},
                    },
                    "allOf": _section_rules(),
                },
            },
        },
        "$defs": {
            "item": {
                "type": "object",
                "required": ["text", "kind", "citations"],
                "properties": {
                    "text": {"type": "string", "minLength": 1},
                    "kind": {"enum": ["reported", "commentary"]},
                    "citations": {"type": "array", "minItems": 1, "items": _citation_schema()},
                    "generated": {"type": "boolean"},
                    "support": {"type": ["number", "null"]},
                    "fallback": {"type": "boolean"},
                },
            }
        },
    }


__all__ = ["SCHEMA_VERSION", "brief_dict", "brief_from_dict", "brief_schema", "claim_matrix", "item_dict",
           "type_schema"]
