"""Brief and store in one step: shared by `newsbrief add` and the web app."""

from __future__ import annotations

from newsbrief.ingest.extract import extract
from newsbrief.models import Brief, RawDocument
from newsbrief.nlp.annotate import annotate
from newsbrief.pipeline import brief_document
from newsbrief.settings import Settings
from newsbrief.store.base import Store


def brief_and_store(
    raw: RawDocument, settings: Settings, store: Store, engine: str = "extractive"
) -> tuple[int, Brief]:
    """Extract, brief (with the named engine) and store ``raw``; return the brief id and brief."""
    doc = annotate(extract(raw, settings))
    if engine == "llm":
        from newsbrief.llm.engine import llm_brief

        brief = llm_brief(doc, settings)
    else:
        brief = brief_document(doc, settings)
    return store.save(brief, doc.article.text), brief
