"""JSON rendering of a brief and the JSON Schema it validates against."""

from __future__ import annotations

import json
from typing import Any

from newsbrief.models import Brief, Item
from newsbrief.render import INTERNAL_ATTRS, SECTION_TITLES, register

SCHEMA_VERSION = 1

_CITATION = {
    "type": "object",
    "required": ["sentence_id", "start", "end"],
    "properties": {
        "sentence_id": {"type": "string", "pattern": "^s[1-9][0-9]*$"},
        "start": {"type": "integer", "minimum": 0},
        "end": {"type": "integer", "minimum": 0},
    },
    "additionalProperties": False,
}
_NULLABLE_STRING = {"type": ["string", "null"]}
BRIEF_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://newsbrief.invalid/schema/brief-1.json",
    "title": "newsbrief Brief",
    "type": "object",
    "required": ["schema_version", "source", "sentences", "sections", "engine"],
    "properties": {
        "schema_version": {"const": SCHEMA_VERSION},
        "source": {
            "type": "object",
            "required": ["title", "outlet", "author", "date", "url"],
            "properties": {
                key: _NULLABLE_STRING
                for key in ("title", "outlet", "author", "date", "url", "language")
            },
            "additionalProperties": False,
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
                    "id": {"type": "string", "pattern": "^s[1-9][0-9]*$"},
                    "text": {"type": "string"},
                    "start": {"type": "integer", "minimum": 0},
                    "end": {"type": "integer", "minimum": 0},
                    "paragraph": {"type": "integer", "minimum": 0},
                },
            },
        },
        "meta": {"type": "object"},
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
                    "name": {"enum": list(SECTION_TITLES)},
                    "title": {"type": "string"},
                    "items": {"type": "array", "items": {"$ref": "#/$defs/item"}},
                },
                "allOf": [
                    {
                        "if": {"properties": {"name": {"const": "timeline"}}},
                        "then": {"properties": {"items": {"items": {
                            "required": ["date", "granularity"],
                            "properties": {
                                "date": {"type": "string",
                                         "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"},
                                "granularity": {"enum": ["day", "month", "year"]},
                            },
                        }}}},
                    }
                ],
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
                "citations": {"type": "array", "minItems": 1, "items": _CITATION},
            },
        }
    },
}


def item_dict(item: Item) -> dict[str, Any]:
    """An item as a JSON-ready dict; section attributes sit beside text and citations."""
    data: dict[str, Any] = {
        "text": item.text,
        "kind": item.kind,
        "citations": [
            {"sentence_id": c.sentence_id, "start": c.start, "end": c.end} for c in item.citations
        ],
    }
    for key, value in item.attrs:
        if key not in INTERNAL_ATTRS:
            data[key] = list(value) if isinstance(value, tuple) else value
    return data


def brief_dict(brief: Brief) -> dict[str, Any]:
    """The brief as a JSON-ready dict that validates against :data:`BRIEF_SCHEMA`."""
    source = brief.source
    return {
        "schema_version": SCHEMA_VERSION,
        "source": {
            "title": source.title, "outlet": source.outlet, "author": source.author,
            "date": source.date, "url": source.url, "language": source.language,
        },
        "engine": {"name": brief.engine.name, "version": brief.engine.version},
        "sentences": [
            {"id": s.id, "text": s.text, "start": s.start, "end": s.end, "paragraph": s.paragraph}
            for s in brief.sentences
        ],
        "sections": [
            {
                "name": section.name,
                "title": SECTION_TITLES.get(section.name, section.name),
                "items": [item_dict(item) for item in section.items],
            }
            for section in brief.sections
        ],
        "meta": {key: list(value) if isinstance(value, tuple) else value for key, value in brief.meta},
        "rejected": [
            {"section": r.section, "text": r.text, "reason": r.reason, "citations": list(r.citations)}
            for r in brief.rejected
        ],
    }


@register("json")
def render_json(brief: Brief) -> str:
    """Render the brief as indented JSON."""
    return json.dumps(brief_dict(brief), ensure_ascii=False, indent=2) + "\n"


def schema_json() -> str:
    """The JSON Schema of the brief, as text."""
    return json.dumps(BRIEF_SCHEMA, indent=2) + "\n"
