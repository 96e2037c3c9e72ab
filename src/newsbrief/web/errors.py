"""Errors become responses here and only here.

NewsbriefError, HTTPException and RequestValidationError are translated to JSON
``{"error": {"message", "type"}}`` under /api/, and to the error page with the
message for the HTML routes. ``install_error_handlers`` registers the handlers
on an app; ``error_responses`` documents the JSON error body in the OpenAPI schema.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from newsbrief.budget import BriefOverrunError, BriefTimeoutError, InputTooLargeError
from newsbrief.errors import (
    BinaryInputError,
    ConfigError,
    ContentTypeError,
    EmptyInputError,
    ExtractionError,
    ExtractionTimeoutError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    InputError,
    LLMError,
    NewsbriefError,
    ResponseTooLargeError,
    StoreError,
    TooManyRedirectsError,
    TooShortError,
    UnsupportedLanguageError,
    URLRefusedError,
    WorkerDiedError,
)
from newsbrief.settings import Settings
from newsbrief.web.deps import CLIENT_GONE, ClientGoneError, app_templates

# The error type of an HTTP status in the JSON body; other statuses are "http_error".
HTTP_ERROR_KINDS = {401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
                    429: "rate_limited", 503: "busy"}
# A validation error lists at most this many problems, each cut to PROBLEM_CHARS: a body of half a
# million unknown keys made a 23 MB error response.
MAX_PROBLEMS = 5
PROBLEM_CHARS = 200


# The models below have no docstrings on purpose: a docstring would become the
# schema's description in the OpenAPI document.
class ErrorDetail(BaseModel):
    message: str
    type: str


class ErrorResponse(BaseModel):
    error: ErrorDetail


def error_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """The ``responses`` of a route for these error statuses, each with the JSON error body."""
    return {code: {"model": ErrorResponse} for code in codes}


def status_for(exc: NewsbriefError) -> int:
    """HTTP status of a library error."""
    if isinstance(exc, InputTooLargeError):
        return 413
    if isinstance(exc, InputError | URLRefusedError):
        return 400
    if isinstance(exc, ExtractionError):
        return 422
    if isinstance(exc, FetchError | LLMError):
        return 502
    if isinstance(exc, StoreError | WorkerDiedError) and exc.retryable:
        return 503
    return 500


def is_api(request: Request) -> bool:
    """Whether the request is for the REST API (JSON errors) rather than a page."""
    return request.url.path.startswith("/api/")


def error_response(request: Request, status: int, message: str, kind: str,
                   headers: dict[str, str] | None = None) -> Response:
    """The JSON error body for the API, the error page otherwise."""
    if is_api(request):
        return JSONResponse({"error": {"message": message, "type": kind}}, status, headers=headers)
    return app_templates(request).TemplateResponse(request, "error.html", {"message": message, "status": status},
                                                   status_code=status, headers=headers)


def allowed_methods(request: Request) -> str:
    """The Allow header for the request's path: the methods of every route matching it, HEAD left out.

    Starlette lists only the first matching route's methods. The routes are read
    from the app's routers (``app.state.routers``), not from ``app.routes``: since
    FastAPI 0.137 an included router is one opaque entry there, and the routes of
    an ``APIRouter(prefix=...)`` carry their full paths on every FastAPI version.
    """
    routers: tuple[APIRouter, ...] = request.app.state.routers
    methods = {m for router in routers for route in router.routes if isinstance(route, APIRoute)
               and route.path_regex.match(request.url.path) for m in (route.methods or ())}
    return ", ".join(sorted(methods - {"HEAD"}))


async def on_newsbrief_error(request: Request, exc: NewsbriefError) -> Response:
    """A library error: its message, its class name as the type, and the status from ``status_for``."""
    return error_response(request, status_for(exc), str(exc), type(exc).__name__)


async def on_http_error(request: Request, exc: HTTPException) -> Response:
    """An HTTP error with its detail and headers; a 405 lists every allowed method."""
    headers = dict(getattr(exc, "headers", None) or {})
    if exc.status_code == 405:
        headers["Allow"] = allowed_methods(request)
    kind = HTTP_ERROR_KINDS.get(exc.status_code, "http_error")
    return error_response(request, exc.status_code, str(exc.detail), kind, headers=headers or None)


def summarise_problems(errors: Sequence[Any]) -> str:
    """The first MAX_PROBLEMS problems, each by its location and cut to PROBLEM_CHARS, and how many more."""
    shown = []
    for error in errors[:MAX_PROBLEMS]:
        text = f"{'.'.join(str(p) for p in error.get('loc', ()))}: {error.get('msg')}"
        shown.append(text if len(text) <= PROBLEM_CHARS else text[:PROBLEM_CHARS - 1] + "…")
    more = len(errors) - len(shown)
    return "; ".join(shown) + (f"; and {more:,} more problems" if more > 0 else "")


async def on_validation_error(request: Request, exc: RequestValidationError) -> Response:
    """A request that does not fit the schema: 422 naming its first problems by their location."""
    return error_response(request, 422, f"invalid request: {summarise_problems(exc.errors())}",
                          "validation_error")


async def on_client_gone(request: Request, exc: ClientGoneError) -> Response:
    """The client left before its brief was ready: nobody reads this answer."""
    return Response(status_code=CLIENT_GONE)


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers on ``app``."""
    app.exception_handler(NewsbriefError)(on_newsbrief_error)
    app.exception_handler(HTTPException)(on_http_error)
    app.exception_handler(RequestValidationError)(on_validation_error)
    app.exception_handler(ClientGoneError)(on_client_gone)


# ---------------------------------------------------------------- errors in the reader's words
# What the pages say when a brief cannot be made: one plain sentence per kind of error saying what
# to do, and the form field it is about. The library's messages are written for the command line
# ("--allow-private", "[Errno -2] Name or service not known", setting names); readers of the web
# pages get these instead, and the library's message goes to the log. Most specific class first.
READER_MESSAGES: tuple[tuple[type[NewsbriefError], str, str], ...] = (
    (URLRefusedError, "url", "This server cannot fetch that address: only public web pages starting with "
                             "http:// or https:// can be briefed. Check the address, or paste the article text."),
    (TooManyRedirectsError, "url", "That address keeps sending the browser elsewhere. Open it in a browser "
                                   "and use the address the article finally opens at."),
    (ResponseTooLargeError, "url", "That page is too large to read. Paste just the article text instead."),
    (ContentTypeError, "url", "That address is not an article page (it may be a PDF, an image or a "
                              "download). Paste the article text instead."),
    (FetchTimeoutError, "url", "The site took too long to answer. Try again in a few minutes, or paste "
                               "the article text."),
    (HTTPStatusError, "url", "The site answered with an error: the page may not exist or may need a login. "
                             "Check the address, or paste the article text."),
    (FetchError, "url", "The site could not be reached. Check the address for typing mistakes, or paste "
                        "the article text."),
    (ExtractionTimeoutError, "url", "Finding the article in that page took too long. Paste the article "
                                    "text instead."),
    (ExtractionError, "url", "No article was found on that page (it may be a front page, a video, or "
                             "need a login). Paste the article text instead."),
    (EmptyInputError, "text", "There is no article text to brief. Paste the article, or give its address."),
    (BinaryInputError, "text", "That is not readable text. Paste the article as plain text."),
    (UnsupportedLanguageError, "text", "Only articles in English can be briefed for now."),
    (TooShortError, "text", "That is too short to brief. Paste the whole article: its headline on the "
                            "first line, then its paragraphs."),
    (InputError, "text", "That article could not be read. Check that it is the article's text and try again."),
    (LLMError, "", "The service that writes the briefs is not answering right now. Try again in a few "
                   "minutes."),
    (StoreError, "", "The brief could not be saved just now. Try again in a minute."),
    (ConfigError, "", "This server is not set up correctly. Tell whoever runs it."),
    (WorkerDiedError, "", "The brief could not be finished just now. Try again in a minute; if it keeps "
                          "happening, paste a shorter part of the article."),
)
UNEXPECTED = "Something went wrong on the server while briefing this article. Try again, and tell whoever " \
             "runs this server if it keeps happening."


def too_large_message(exc: InputTooLargeError, settings: Settings) -> str:
    """An over-budget article in the reader's words, with the limit that applies."""
    if isinstance(exc, BriefOverrunError):
        size = f" (it has {exc.words:,} words)" if exc.words is not None else ""
        if isinstance(exc, BriefTimeoutError):
            return (f"This article took longer than {settings.brief_timeout:g} seconds to brief{size}, so it "
                    "was stopped. Paste a shorter part of it.")
        return f"Briefing this article needed more memory than this server allows{size}, so it was stopped. " \
               "Paste a shorter part of it."
    if "paragraph" in str(exc):
        return (f"One paragraph is longer than {settings.max_paragraph_chars:,} characters. Put a blank "
                "line between the article's paragraphs and send it again.")
    if "HTML elements" in str(exc):
        return "That page is too large to read. Paste just the article text instead."
    return (f"That article is longer than the {settings.max_words:,} words briefed at once. Paste a "
            "part of it.")


def reader_message(exc: BaseException, settings: Settings, *, url: bool = True) -> tuple[str, str]:
    """The reader's sentence for ``exc`` and the field it is about ("url", "text" or "": none).

    ``url`` says whether the brief was asked for by URL; a page's problems are then the URL's.
    """
    if isinstance(exc, InputTooLargeError):
        page = isinstance(exc, BriefOverrunError) or "HTML" in str(exc)  # a fetched article's problem is its URL's
        return too_large_message(exc, settings), "url" if url and page else "text"
    for kind, field, message in READER_MESSAGES:
        if isinstance(exc, kind):
            if field == "text" and url and not isinstance(exc, EmptyInputError):
                field = "url"  # the fetched page's text, not a pasted one
            return message, field
    return UNEXPECTED, ""
