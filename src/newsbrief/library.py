"""Brief and store in one step: shared by `newsbrief add`, the web app and the REST API."""

from __future__ import annotations

from newsbrief.models import Brief, RawDocument
from newsbrief.pipeline import brief_source
from newsbrief.settings import Settings
from newsbrief.store.base import Store


def brief_and_store(raw: RawDocument | str, settings: Settings, store: Store) -> tuple[int, Brief]:
    """Brief ``raw`` (a raw document or a SOURCE) with the engine ``settings.engine`` and store it.

    Returns the brief id and the brief.
    """
    brief = brief_source(raw, settings)
    return store.save(brief, brief.text), brief
