"""Tunables of the many-article readers (feeds, WARC, JSONL, folders).

They live here rather than in :class:`~newsbrief.settings.Settings` until the lead
moves them there; each is read the same way a setting is: a ``Settings`` field of
the same name if one exists, else the environment variable ``NEWSBRIEF_<NAME>``,
else the default below. So moving a field into ``Settings`` changes nothing for
users of the environment variables, and tests set them with ``monkeypatch.setenv``
or pass an :class:`IngestOptions` to the reader functions directly.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsbrief.errors import ConfigError
from newsbrief.settings import Settings


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """How the many-article readers behave."""

    # Seconds between two requests to the same host when fetching a feed's articles:
    # one a second is the politeness most news sites' robots.txt Crawl-delay asks for.
    feed_host_delay: float = 1.0
    # A feed lists its newest items first; past this many the rest are dropped (logged).
    # 200 covers the busiest news feeds' day of items and bounds the parse time
    # (feedparser takes about 0.5 ms per item on this machine).
    feed_max_items: int = 200
    # The JSON file remembering ETag / Last-Modified per feed URL; empty means
    # feeds.json in the user cache directory.
    feed_cache: str = ""
    # Whether a folder source includes its sub-folders.
    folder_recursive: bool = False

    @classmethod
    def from_settings(cls, settings: Settings, env: Mapping[str, str] | None = None) -> IngestOptions:
        """The options for ``settings``: its fields, else ``NEWSBRIEF_*`` variables, else defaults."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            if hasattr(settings, f.name):
                values[f.name] = getattr(settings, f.name)
                continue
            text = env.get("NEWSBRIEF_" + f.name.upper())
            if text is not None:
                values[f.name] = _coerce(f.name, type(getattr(cls(), f.name)), text)
        return cls(**values)

    def cache_path(self) -> Path:
        """Where the feed validators (ETag, Last-Modified) are kept."""
        if self.feed_cache:
            return Path(self.feed_cache)
        from platformdirs import user_cache_dir

        return Path(user_cache_dir("newsbrief")) / "feeds.json"


def _coerce(name: str, kind: type, text: str) -> Any:
    try:
        if kind is bool:
            lowered = text.strip().lower()
            if lowered in ("1", "true", "yes", "on", "0", "false", "no", "off", ""):
                return lowered in ("1", "true", "yes", "on")
            raise ValueError(text)
        return kind(text)
    except ValueError:
        raise ConfigError(f"NEWSBRIEF_{name.upper()}={text!r} is not a valid {kind.__name__}; "
                          "fix or unset the environment variable") from None
