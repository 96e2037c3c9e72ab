"""Settings layering: defaults < config file < environment < flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.errors import ConfigError
from newsbrief.settings import Settings, load_settings


def test_layers(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("allow_private = true\nmax_redirects = 2\nread_timeout = 5\n")
    env = {"NEWSBRIEF_CONFIG": str(config), "NEWSBRIEF_MAX_REDIRECTS": "3"}
    settings = load_settings({"read_timeout": 1.5, "allow_private": None}, env=env)
    assert settings.allow_private is True  # from the file; the unset flag does not mask it
    assert settings.max_redirects == 3  # env beats file
    assert settings.read_timeout == 1.5  # flag beats all
    assert settings.max_bytes == Settings().max_bytes  # default


def test_bad_values_are_clear(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="'max_redirects' has the value 'many'"):
        load_settings(env={"NEWSBRIEF_MAX_REDIRECTS": "many", "NEWSBRIEF_CONFIG": "/nonexistent"})
    config = tmp_path / "config.toml"
    config.write_text("colour = 'blue'\n")
    with pytest.raises(ConfigError, match="unknown setting 'colour'"):
        load_settings(env={"NEWSBRIEF_CONFIG": str(config)})
    config.write_text("not toml [")
    with pytest.raises(ConfigError, match="cannot read config file"):
        load_settings(env={"NEWSBRIEF_CONFIG": str(config)})
