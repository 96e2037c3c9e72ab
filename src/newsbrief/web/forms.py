"""Cross-site request forgery checks for the HTML form, with or without an access token.

A page on another site could post the brief form from a visitor's browser (the
server on loopback has no token by default, so the post was stored). Two
checks, both always on:

- the request must come from this site: an ``Origin`` header, when sent and
  not ``null``, must name this server's host; otherwise ``Sec-Fetch-Site`` must
  not say ``cross-site`` or ``same-site``. Current browsers send one or the
  other on every cross-site POST, so this alone stops the attack in them;
- a per-session form token (double submit): the home page sets a random value
  in a ``SameSite=Strict`` HttpOnly cookie and the same value in the form; a
  post must carry both, equal. Another site can neither read the cookie nor
  make the browser send it, which covers browsers that send no Origin.

The standard library's ``secrets`` makes the token and compares it in constant
time; no CSRF package is needed for one form.
"""

from __future__ import annotations

import secrets
from urllib.parse import urlsplit

from fastapi import Request
from fastapi.responses import Response
from starlette.exceptions import HTTPException

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


def check_form(request: Request, token_field: str) -> None:
    """403 unless the post comes from this site and carries the session's form token."""
    cookie = request.cookies.get(COOKIE, "")
    if not same_origin(request) or not cookie or not secrets.compare_digest(
            cookie.encode(), token_field.encode()):
        raise HTTPException(403, _REFUSED)
