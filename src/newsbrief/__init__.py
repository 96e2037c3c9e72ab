"""newsbrief: turn news articles into grounded analytical briefs."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

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

# A library logs through the standard logging module and leaves handlers to the application.
logging.getLogger("newsbrief").addHandler(logging.NullHandler())

if TYPE_CHECKING:  # what the lazy names below are, for type checkers
    from newsbrief.engines import get_engine, register_engine
    from newsbrief.llm.engine import llm_brief
    from newsbrief.pipeline import brief_article, brief_document, brief_documents, brief_many, brief_raw, brief_source
    from newsbrief.render import render
    from newsbrief.sections import SectionSpec, register_section
    from newsbrief.store import open_store
    from newsbrief.web.app import create_app

_LAZY = {
    # Heavy imports (spaCy, openai, FastAPI, database drivers) happen only when asked for.
    "brief_source": "newsbrief.pipeline",
    "brief_documents": "newsbrief.pipeline",
    "get_engine": "newsbrief.engines",
    "register_engine": "newsbrief.engines",
    "register_section": "newsbrief.sections",
    "SectionSpec": "newsbrief.sections",
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
    "SectionSpec",
    "Sentence",
    "Settings",
    "Source",
    "__version__",
    "brief_article",
    "brief_document",
    "brief_documents",
    "brief_many",
    "brief_raw",
    "brief_source",
    "create_app",
    "get_engine",
    "llm_brief",
    "load_settings",
    "open_store",
    "register_engine",
    "register_section",
    "render",
]
