"""ASGI middleware for the web app: body size cap, security headers, HEAD on GET routes, and a rate limiter.

Also the form's cross-site request forgery checks (below), and the uvicorn
options that decide whose ``X-Forwarded-For`` is believed
(:func:`server_options`): nobody's unless proxies are configured, since a
client that could name its own address would pass the rate limiter freely and
lock other addresses out.
"""

from __future__ import annotations

import json
import math
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

from fastapi import Request
from fastapi.responses import Response
from starlette.exceptions import HTTPException

from newsbrief.settings import Settings

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


async def send_json_error(send: Send, status: int, message: str, kind: str,
                          extra: list[tuple[bytes, bytes]] | None = None) -> None:
    """Send a JSON error response straight from middleware."""
    body = json.dumps({"error": {"message": message, "type": kind}}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()), *(extra or [])]})
    await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    """Add the security headers to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *[(k, v) for k, v in SECURITY_HEADERS if k not in names]]
            await send(message)

        await self.app(scope, receive, with_headers)


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with 413, counting while they stream in.

    A declared Content-Length over the limit is refused before reading; a chunked
    body is read up to the limit and refused as soon as it passes it.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS", "DELETE"):
            await self.app(scope, receive, send)
            return
        message_text = (f"the request body is larger than {self.limit // (1024 * 1024)} MB; "
                        "send a smaller article (or its URL)")
        for name, value in scope.get("headers", []):
            if name.lower() == b"content-length" and value.isdigit() and int(value) > self.limit:
                await send_json_error(send, 413, message_text, "payload_too_large", SECURITY_HEADERS)
                return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await send_json_error(send, 413, message_text, "payload_too_large", SECURITY_HEADERS)
                return
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class HeadAsGet:
    """Answer HEAD on every GET route: run the GET and send its status and headers without the body.

    FastAPI routes declare GET only, so HEAD got 405 everywhere; Content-Length stays the GET's.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if not message.get("more_body"):
                    await send({"type": "http.response.body", "body": b""})
                return
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


# Clients remembered by a limiter. The least recently seen is forgotten first: it has been idle
# longest, so its bucket has refilled the most and forgetting it changes the least.
MAX_CLIENTS = 10_000


class RateLimiter:
    """A token bucket per client: ``per_minute`` requests, refilled continuously; at most
    ``max_clients`` clients remembered (least recently seen forgotten first)."""

    def __init__(self, per_minute: int, max_clients: int = MAX_CLIENTS) -> None:
        self.rate = per_minute / 60.0
        self.capacity = float(per_minute)
        self.max_clients = max_clients
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._buckets)

    def _tokens(self, client: str, now: float) -> float:
        tokens, stamp = self._buckets.get(client, (self.capacity, now))
        return min(self.capacity, tokens + (now - stamp) * self.rate)

    def _wait(self, tokens: float) -> float:
        return math.ceil((1 - tokens) / self.rate) if self.rate else 60.0

    def check(self, client: str) -> float:
        """0 when the request may go ahead (one token is used), else the seconds to wait."""
        now = time.monotonic()
        with self._lock:
            tokens = self._tokens(client, now)
            used = tokens >= 1
            self._buckets[client] = (tokens - 1 if used else tokens, now)
            self._buckets.move_to_end(client)
            while len(self._buckets) > self.max_clients:
                self._buckets.popitem(last=False)
            return 0.0 if used else self._wait(tokens)

    def waiting(self, client: str) -> float:
        """The seconds ``client`` must wait before its next request, without using a token (0: none)."""
        with self._lock:
            tokens = self._tokens(client, time.monotonic())
            return 0.0 if tokens >= 1 else self._wait(tokens)


def server_options(settings: Settings) -> dict[str, Any]:
    """uvicorn options for ``settings``: forwarded headers are read only from ``trusted_proxies``.

    uvicorn believes ``X-Forwarded-For`` from 127.0.0.1 by default, so on a loopback server every
    client could choose the address the rate limiter sees. ``newsbrief serve`` passes these.
    """
    proxies = [p.strip() for p in settings.trusted_proxies.split(",") if p.strip()]
    if not proxies:
        return {"proxy_headers": False, "forwarded_allow_ips": ""}
    return {"proxy_headers": True, "forwarded_allow_ips": ",".join(proxies)}


# ---------------------------------------------------------------- the form: CSRF
# Cross-site request forgery checks for the HTML form, with or without an access token.
#
# A page on another site could post the brief form from a visitor's browser (the
# server on loopback has no token by default, so the post was stored). Two
# checks, both always on:
#
# - the request must come from this site: an ``Origin`` header, when sent and
#   not ``null``, must name this server's host; otherwise ``Sec-Fetch-Site`` must
#   not say ``cross-site`` or ``same-site``. Current browsers send one or the
#   other on every cross-site POST, so this alone stops the attack in them;
# - a per-session form token (double submit): the home page sets a random value
#   in a ``SameSite=Strict`` HttpOnly cookie and the same value in the form; a
#   post must carry both, equal. Another site can neither read the cookie nor
#   make the browser send it, which covers browsers that send no Origin.
#
# The standard library's ``secrets`` makes the token and compares it in constant
# time; no CSRF package is needed for one form.

COOKIE = "newsbrief_form"
FIELD = "form_token"
_REFUSED = ("the form was sent from another site, or the page has expired; open this server's home page "
            "and send the form from there")


def form_token(request: Request) -> str:
    """The session's form token: the cookie's when it has a well-formed one, else a new one."""
    current = request.cookies.get(COOKIE, "")
    return current if 20 <= len(current) <= 100 and current.isascii() else secrets.token_urlsafe(32)


def set_form_cookie(response: Response, token: str) -> None:
    """Remember ``token`` in the browser for the form's post (never readable by scripts or other sites)."""
    response.set_cookie(COOKIE, token, httponly=True, samesite="strict", path="/",
                        secure=False)  # loopback servers speak plain http; Strict already keeps it on-site


def same_origin(request: Request) -> bool:
    """Whether the browser says the request comes from this site (Origin, else Sec-Fetch-Site)."""
    origin = request.headers.get("origin")
    # "null" is what a browser sends under Referrer-Policy: no-referrer (ours) or from a sandboxed
    # frame: it says nothing, so Sec-Fetch-Site decides (and the form token still must match).
    if origin is not None and origin != "null":
        host = request.headers.get("host", "")
        return bool(host) and urlsplit(origin).netloc.lower() == host.lower()
    return request.headers.get("sec-fetch-site", "same-origin").lower() in ("same-origin", "none")


# A post from this site whose form token is missing or stale: the reader's own form, so the pages show
# it again with these words (and what was typed) rather than the cross-site refusal.
NO_COOKIE = ("Your browser did not send this site's cookie with the form. Allow cookies for this site, then "
             "send the form again.")
STALE_FORM = "This form had expired (it was opened in an earlier visit). Send it again from this page."


def check_form(request: Request, token_field: str) -> None:
    """403 unless the post comes from this site and carries the session's form token.

    The message says which: sent from another site, no cookie (the browser refuses cookies, or
    the session ended), or a form token that is not this session's (a page left open from before).
    """
    if not same_origin(request):
        raise HTTPException(403, _REFUSED)
    cookie = request.cookies.get(COOKIE, "")
    if not cookie:
        raise HTTPException(403, NO_COOKIE)
    if not token_field or not secrets.compare_digest(cookie.encode(), token_field.encode()):
        raise HTTPException(403, STALE_FORM)
