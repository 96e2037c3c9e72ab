"""One Settings object, built from defaults < config file < environment < flags.

The config file is TOML: ``$NEWSBRIEF_CONFIG`` if set, else
``$XDG_CONFIG_HOME/newsbrief/config.toml`` (``~/.config/...``). Its keys are the
field names below; environment variables are the same names upper-cased with a
``NEWSBRIEF_`` prefix (``NEWSBRIEF_ALLOW_PRIVATE=1``).
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsbrief.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Settings:
    """Every tunable of newsbrief, passed down explicitly to the stages."""

    allow_private: bool = False
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    fetch_deadline: float = 60.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    extract_timeout: float = 30.0
    user_agent: str = "newsbrief/0.1 (+https://pypi.org/project/newsbrief/)"
    min_words: int = 40
    # Many-article sources (ingest/files.py, ingest/feed_items.py): seconds between two requests to
    # one host for a feed's articles (a common crawl delay); items read per feed (its newest first);
    # the ETag / Last-Modified cache file (empty: feeds.json in the user cache directory); whether a
    # folder source includes its sub-folders.
    feed_host_delay: float = 1.0
    feed_max_items: int = 200
    feed_cache: str = ""
    folder_recursive: bool = False
    # The work budget of one brief, checked before annotation (newsbrief.budget). Tuned on prose
    # built by tests/hostile/cases.py on 2 cores: 5,000 words brief in 3.5 s, 10,000 in 10 s and
    # 19,500 in 42 s (analysis still grows faster than the text), so 10,000 keeps a brief near the
    # 10 s target while passing all but the longest long-form features (raise it for those). A news
    # paragraph is rarely over 2,000 characters; 50,000 still lets an article pasted without line
    # breaks through while bounding spaCy's memory per paragraph. 0 turns a limit off.
    max_words: int = 10_000
    max_paragraph_chars: int = 50_000
    # Pages are read by trafilatura, whose time grows with the element count (about 0.25 ms an
    # element on 2 cores: 20,000 <p> took 4.9 s, 50,000 over 30 s); news pages have 1,500-15,000.
    max_html_elements: int = 30_000
    # What the limits above cannot foresee is bounded while a brief runs: each brief (CLI, web, API,
    # feeds) runs in a worker process (newsbrief.worker) stopped after brief_timeout seconds or once
    # its address space passes brief_memory_mb (0 turns either off). An article at max_words briefs
    # in about 10 s on 2 cores and a page at max_html_elements extracts in about 7.5 s, so 30 s is
    # 1.5 times the worst input inside the limits (room for a busy machine) and still ends a
    # hostile brief long before a client gives up. The limit is on address space (RLIMIT_AS), not
    # resident memory: a worker holding the spaCy model had 800-920 MB of it (350 MB resident) and a
    # brief at max_words peaked at 856 MB (394 MB resident; tests/hostile/cases.py), so 1,536 MB
    # leaves about 600 MB for the unforeseen while two server workers stay under 3 GB. Since the model
    # loads without torch (session 13) a worker holds about 510 MB, so the headroom is larger. With the
    # embeddings extra, the LLM engine's verifier loads torch (about 1.2 GB of address space, 420 MB resident)
    # before the cap, which is raised by that much: the model is the worker's, not the article's. The LLM engine
    # gets llm_timeout * (llm_retries + 1) more seconds for its endpoint.
    brief_timeout: float = 30.0
    brief_memory_mb: int = 1536
    # Which engine briefs: "extractive" (offline) or "llm"; see newsbrief.engines.
    engine: str = "extractive"
    # Library: empty db means the SQLite file in the user data directory; a
    # postgresql:// URL selects PostgreSQL. The API token comes from the environment.
    db: str = ""
    rate_limit_per_minute: int = 10
    max_request_bytes: int = 5 * 1024 * 1024
    # Failed authentications allowed per client per minute before it must wait (token guessing).
    auth_failures_per_minute: int = 10
    # Briefs the web server works on at once, and how many more may wait; past that it answers
    # 503 at once, so briefs can never take the threads that answer reading requests.
    web_brief_workers: int = 2
    web_brief_queue: int = 8
    # A brief the web form or POST /api/v1/jobs started fails with a clear message once it has run
    # this many seconds, fetch and brief together: a fetch may take fetch_deadline (60 s) and the
    # brief itself brief_timeout (30 s) plus, for a worker still starting, the model's load.
    web_job_timeout: float = 120.0
    # Feeds followed from the Sources page are polled every feed_poll_minutes (0: never), backing
    # off exponentially after failures (up to 32 times as long); each poll briefs at most
    # feed_poll_new_items new articles per feed (newest first; the rest wait for the next poll).
    # 30 minutes is the interval most feed readers use by default.
    feed_poll_minutes: float = 30.0
    feed_poll_new_items: int = 20
    # Comma-separated addresses of reverse proxies whose X-Forwarded-For is believed; empty: none.
    trusted_proxies: str = ""
    # Optional LLM engine (any OpenAI-compatible server); the key comes from the
    # environment only (NEWSBRIEF_LLM_API_KEY or OPENAI_API_KEY), never from a file.
    llm_base_url: str = "https://api.openai.com/v1"
    llm_model: str = "gpt-4o-mini"
    llm_temperature: float = 0.0
    llm_max_tokens: int = 1024
    llm_timeout: float = 60.0
    llm_retries: int = 3
    llm_budget_chars: int = 12000
    llm_cache_dir: str = ""
    llm_price_input: float = 0.0
    llm_price_output: float = 0.0
    llm_min_support: float = 0.5


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def _coerce(name: str, kind: type, value: Any) -> Any:
    """Convert ``value`` (from TOML or the environment) to the field's type."""
    try:
        if kind is bool:
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in _TRUE:
                return True
            if text in _FALSE:
                return False
            raise ValueError(value)
        if kind is int and not isinstance(value, bool):
            return int(value)
        if kind is float and not isinstance(value, bool):
            return float(value)
        if kind is str:
            return str(value)
    except (TypeError, ValueError):
        pass
    raise ConfigError(
        f"setting {name!r} has the value {value!r}, which is not a valid {kind.__name__}; "
        "fix it in the config file, the environment or the flag"
    )


def _field_types() -> dict[str, type]:
    types = {"bool": bool, "int": int, "float": float, "str": str}
    return {f.name: types[str(f.type)] for f in dataclasses.fields(Settings)}


def config_path(env: Mapping[str, str]) -> Path:
    """Return where the config file is looked for."""
    if env.get("NEWSBRIEF_CONFIG"):
        return Path(env["NEWSBRIEF_CONFIG"])
    base = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "newsbrief" / "config.toml"


def load_settings(
    overrides: Mapping[str, Any] | None = None,
    env: Mapping[str, str] | None = None,
) -> Settings:
    """Build Settings: defaults, then the config file, then the environment, then ``overrides``.

    ``overrides`` values that are ``None`` are ignored so CLI flags left unset
    do not mask the lower layers.
    """
    env = os.environ if env is None else env
    types = _field_types()
    values: dict[str, Any] = {}
    path = config_path(env)
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read config file {path}: {exc}; fix or remove it") from exc
        for key, value in data.items():
            if key not in types:
                raise ConfigError(
                    f"unknown setting {key!r} in {path}; known settings: {', '.join(types)}"
                )
            values[key] = _coerce(key, types[key], value)
    for key, kind in types.items():
        env_value = env.get("NEWSBRIEF_" + key.upper())
        if env_value is not None:
            values[key] = _coerce(key, kind, env_value)
    for key, value in (overrides or {}).items():
        if value is None:
            continue
        if key not in types:
            raise ConfigError(f"unknown setting {key!r}")
        values[key] = _coerce(key, types[key], value)
    return Settings(**values)
