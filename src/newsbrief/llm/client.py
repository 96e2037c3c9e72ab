"""Chat completions over the OpenAI protocol: the only module that imports ``openai``.

Works with OpenAI, Ollama, vLLM, llama.cpp's server and LM Studio (all speak
``/v1/chat/completions``). Answers are cached on disk by a hash of the model
and the whole request, so briefing the same article again costs nothing.
Retries with exponential backoff on 429 and 5xx come from the client library
(``max_retries``), which also honours ``Retry-After``.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openai

from newsbrief.errors import (
    LLMAuthError,
    LLMError,
    LLMModelNotFoundError,
    LLMTimeoutError,
    LLMUnavailableError,
)
from newsbrief.settings import Settings


@dataclass(frozen=True)
class Completion:
    """A model's answer with its token counts."""

    content: str
    prompt_tokens: int
    completion_tokens: int
    cached: bool


def api_key(env: dict[str, str] | None = None) -> str:
    """The API key from NEWSBRIEF_LLM_API_KEY or OPENAI_API_KEY (local servers need none)."""
    env = dict(os.environ) if env is None else env
    return env.get("NEWSBRIEF_LLM_API_KEY") or env.get("OPENAI_API_KEY") or "not-needed"


def cache_dir(settings: Settings) -> Path:
    """Where answers are cached (``llm_cache_dir``, else the user cache directory)."""
    if settings.llm_cache_dir:
        return Path(settings.llm_cache_dir)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsbrief" / "llm"


class ChatClient:
    """A small, cached, error-translating wrapper over ``openai.OpenAI``."""

    def __init__(self, settings: Settings, key: str | None = None) -> None:
        self.settings = settings
        self._client = openai.OpenAI(
            base_url=settings.llm_base_url,
            api_key=key or api_key(),
            timeout=settings.llm_timeout,
            max_retries=settings.llm_retries,
        )
        self._cache = cache_dir(settings)

    def _key(self, request: dict[str, Any]) -> str:
        blob = json.dumps(request, sort_keys=True, ensure_ascii=False).encode("utf-8")
        return hashlib.sha256(blob).hexdigest()

    def complete(self, messages: list[dict[str, str]], schema: dict[str, Any] | None) -> Completion:
        """Send one chat request (JSON schema output when the server supports it)."""
        request: dict[str, Any] = {
            "model": self.settings.llm_model,
            "messages": messages,
            "temperature": self.settings.llm_temperature,
            "max_tokens": self.settings.llm_max_tokens,
        }
        if schema is not None:
            request["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "brief_section", "schema": schema, "strict": True},
            }
        path = self._cache / f"{self._key(request)}.json"
        if path.is_file():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                return Completion(data["content"], data["prompt_tokens"], data["completion_tokens"], True)
            except (OSError, ValueError, KeyError):
                pass  # a damaged cache entry is simply fetched again
        try:
            response = self._send(request)
        except openai.BadRequestError:
            if "response_format" not in request:
                raise
            # Servers without structured output reject response_format; ask plainly.
            request.pop("response_format")
            response = self._send(request)
        choice = response.choices[0] if response.choices else None
        content = (choice.message.content if choice and choice.message else None) or ""
        usage = response.usage
        completion = Completion(
            content,
            int(getattr(usage, "prompt_tokens", 0) or 0),
            int(getattr(usage, "completion_tokens", 0) or 0),
            False,
        )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps({"content": completion.content,
                                       "prompt_tokens": completion.prompt_tokens,
                                       "completion_tokens": completion.completion_tokens}),
                           encoding="utf-8")
            tmp.replace(path)
        except OSError:
            pass  # caching is an optimisation; a read-only disk must not fail the brief
        return completion

    def _available_models(self) -> str:
        """", for example: a, b, c" from the server's /v1/models, or "" if it will not say."""
        try:
            names = [m.id for m in self._client.models.list()][:8]
        except openai.OpenAIError:
            return ""
        return f", for example: {', '.join(names)}" if names else ""

    def _send(self, request: dict[str, Any]) -> Any:
        base = self.settings.llm_base_url
        model = self.settings.llm_model
        try:
            return self._client.chat.completions.create(**request)
        except openai.APITimeoutError as exc:
            raise LLMTimeoutError(
                f"the model at {base} did not answer within {self.settings.llm_timeout:g} s; "
                "raise llm_timeout or use a smaller model"
            ) from exc
        except openai.APIConnectionError as exc:
            raise LLMUnavailableError(
                f"cannot reach the LLM endpoint {base}: {exc}; is the server running "
                "(for Ollama: `ollama serve`) and is llm_base_url right?"
            ) from exc
        except openai.AuthenticationError as exc:
            raise LLMAuthError(
                f"the LLM endpoint {base} refused the API key; set NEWSBRIEF_LLM_API_KEY "
                "or OPENAI_API_KEY to a valid key"
            ) from exc
        except openai.NotFoundError as exc:
            raise LLMModelNotFoundError(
                f"the endpoint {base} has no model {model!r}; set llm_model to one it serves"
                f"{self._available_models()}"
            ) from exc
        except openai.BadRequestError:
            raise
        except openai.APIStatusError as exc:
            raise LLMError(f"the LLM endpoint {base} answered HTTP {exc.status_code}: {exc}") from exc
