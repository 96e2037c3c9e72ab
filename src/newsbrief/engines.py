"""Engines: how an annotated document becomes a brief, chosen by name in Settings.

An engine is any object with a ``name`` and ``brief(doc) -> Brief`` (the
:class:`BriefEngine` protocol). Two are built in: ``extractive`` (offline,
the article's own sentences) and ``llm`` (model-written prose over the
extractive engine's evidence, every sentence verified). A third plugs in by
one record: ``register_engine("mine", "mypkg.engine:MyEngine")``, where the
factory takes the :class:`~newsbrief.settings.Settings`.

Factories are named as ``"module:attribute"`` and imported on first use, so
choosing the extractive engine never imports the OpenAI client.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, Protocol

from newsbrief.errors import ConfigError
from newsbrief.models import Brief, Document
from newsbrief.settings import Settings


class BriefEngine(Protocol):
    """What every engine provides."""

    name: str

    def brief(self, doc: Document) -> Brief:
        """Brief one annotated document."""
        ...


EngineFactory = Callable[[Settings], BriefEngine]
_ENGINES: dict[str, str | EngineFactory] = {
    "extractive": "newsbrief.pipeline:ExtractiveEngine",
    "llm": "newsbrief.llm.engine:LLMEngine",
}


def register_engine(name: str, factory: str | EngineFactory) -> None:
    """Make ``factory`` (a callable of Settings, or its ``"module:attribute"`` name) the engine ``name``."""
    if name in _ENGINES:
        raise ConfigError(f"an engine called {name!r} is already registered")
    _ENGINES[name] = factory


def engine_names() -> tuple[str, ...]:
    """The registered engine names."""
    return tuple(_ENGINES)


def get_engine(settings: Settings, name: str | None = None) -> BriefEngine:
    """The engine ``name`` (default: ``settings.engine``), built for ``settings``."""
    chosen = name or settings.engine
    factory = _ENGINES.get(chosen)
    if factory is None:
        raise ConfigError(f"there is no engine {chosen!r}; choose one of {', '.join(_ENGINES)}")
    if isinstance(factory, str):
        module, _, attribute = factory.partition(":")
        loaded: Any = getattr(importlib.import_module(module), attribute)
        factory = loaded
    engine: BriefEngine = factory(settings)
    return engine


__all__ = ["BriefEngine", "EngineFactory", "engine_names", "get_engine", "register_engine"]
