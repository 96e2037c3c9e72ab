"""JSON rendering of a brief and the JSON Schema it validates against (both from :mod:`newsbrief.serialize`)."""

from __future__ import annotations

import json
from typing import Any

from newsbrief.models import Brief
from newsbrief.render import register
from newsbrief.serialize import SCHEMA_VERSION, brief_dict, brief_schema, item_dict

__all__ = ["SCHEMA_VERSION", "brief_dict", "item_dict", "render_json", "schema_json"]


def __getattr__(name: str) -> Any:
    # The schema is built from the section registry when asked for, so sections
    # registered after import are in it.
    if name == "BRIEF_SCHEMA":
        return brief_schema()
    raise AttributeError(name)


@register("json")
def render_json(brief: Brief) -> str:
    """Render the brief as indented JSON."""
    return json.dumps(brief_dict(brief), ensure_ascii=False, indent=2) + "\n"


def schema_json() -> str:
    """The JSON Schema of the brief, as text."""
    return json.dumps(brief_schema(), indent=2) + "\n"
