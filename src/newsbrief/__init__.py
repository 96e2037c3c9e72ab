"""newsbrief: turn news articles into grounded analytical briefs."""

from __future__ import annotations

__version__ = "0.1.0"

from newsbrief.errors import (
    ExtractionError,
    FetchError,
    InputError,
    NewsbriefError,
)
from newsbrief.models import (
    Article,
    Brief,
    Citation,
    Document,
    Engine,
    Item,
    RawDocument,
    Rejected,
    Section,
    Sentence,
    Source,
)
from newsbrief.settings import Settings, load_settings

_LAZY = {
    # Heavy imports (spaCy, openai, FastAPI, database drivers) happen only when asked for.
    "brief_raw": "newsbrief.pipeline",
    "brief_article": "newsbrief.pipeline",
    "brief_many": "newsbrief.pipeline",
    "brief_document": "newsbrief.pipeline",
    "render": "newsbrief.render",
    "llm_brief": "newsbrief.llm.engine",
    "open_store": "newsbrief.store",
    "create_app": "newsbrief.web.app",
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(name)


__all__ = [
    "Article",
    "Brief",
    "Citation",
    "Document",
    "Engine",
    "ExtractionError",
    "FetchError",
    "InputError",
    "Item",
    "NewsbriefError",
    "RawDocument",
    "Rejected",
    "Section",
    "Sentence",
    "Settings",
    "Source",
    "__version__",
    "brief_article",
    "brief_document",
    "brief_many",
    "brief_raw",
    "create_app",
    "llm_brief",
    "load_settings",
    "open_store",
    "render",
]
