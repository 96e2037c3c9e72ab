"""Rebuild a :class:`Brief` from its stored JSON (for `newsbrief show`)."""

from __future__ import annotations

from typing import Any

from newsbrief.models import AttrValue, Brief, Citation, Engine, Item, Rejected, Section, Sentence, Source

_ITEM_KEYS = {"text", "kind", "citations"}


def _value(value: Any) -> AttrValue:
    return tuple(str(v) for v in value) if isinstance(value, list) else value


def brief_from_dict(data: dict[str, Any]) -> Brief:
    """The inverse of :func:`newsbrief.render.json.brief_dict`."""
    src = data["source"]
    sentences = tuple(
        Sentence(s["id"], i, s["text"], s["start"], s["end"], s.get("paragraph", 0), 0, 0)
        for i, s in enumerate(data["sentences"])
    )
    sections = tuple(
        Section(sec["name"], tuple(
            Item(
                text=item["text"],
                citations=tuple(Citation(c["sentence_id"], c["start"], c["end"]) for c in item["citations"]),
                kind=item.get("kind", "reported"),
                attrs=tuple((k, _value(v)) for k, v in item.items() if k not in _ITEM_KEYS),
            )
            for item in sec["items"]
        ))
        for sec in data["sections"]
    )
    return Brief(
        source=Source(src.get("title"), src.get("outlet"), src.get("author"), src.get("date"),
                      src.get("url"), src.get("language")),
        sentences=sentences,
        sections=sections,
        engine=Engine(data["engine"]["name"], data["engine"]["version"]),
        meta=tuple((k, _value(v)) for k, v in (data.get("meta") or {}).items()),
        rejected=tuple(Rejected(r["section"], r["text"], r["reason"], tuple(r.get("citations", [])))
                       for r in data.get("rejected", [])),
    )
