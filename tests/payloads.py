"""Test helper: read a field of an item's typed payload by name (None when it has no such field)."""

from __future__ import annotations

from typing import Any

from newsbrief.models import Candidate, Item


def field(item: Item | Candidate, name: str) -> Any:
    """The payload field ``name`` of ``item`` (or of a candidate's item), else None."""
    if isinstance(item, Candidate):
        item = item.item
    return getattr(item.payload, name, None)
