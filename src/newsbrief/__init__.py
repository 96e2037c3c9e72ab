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
    Section,
    Sentence,
    Source,
)
from newsbrief.settings import Settings, load_settings


def __getattr__(name: str) -> object:
    # The pipeline pulls in spaCy; import it only when asked for.
    if name in ("brief_raw", "brief_article", "brief_many", "brief_document"):
        from newsbrief import pipeline

        return getattr(pipeline, name)
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
    "Section",
    "Sentence",
    "Settings",
    "Source",
    "__version__",
    "brief_article",
    "brief_document",
    "brief_many",
    "brief_raw",
    "load_settings",
]
