"""Asking for a brief: the form's POST, the job page, and the jobs API.

``POST /brief`` (the form) checks the submission, starts a background job
(``newsbrief.web.jobs``) and answers 303 to ``/jobs/{id}``; with ``Accept:
application/json`` (what ``static/jobs.js`` sends) it answers 202 with the
job's status instead, so the script shows progress beside the form. A
submission that cannot be briefed gets the form again with the reader's
message beside the field and the URL and text kept (4xx), never the library's
developer text; it does not count toward the rate limit.

``/jobs/{id}`` works without JavaScript (it refreshes itself until the job
ends, then redirects to the brief; a failed job shows the form again with its
message) and with it (``jobs.js`` polls ``GET /api/v1/jobs/{id}``).
``POST /api/v1/jobs`` takes the body of ``POST /api/v1/briefs`` and answers
202 with ``Location``; an ``Idempotency-Key`` header maps retries to one job.
"""

from __future__ import annotations

import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Header, Request
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from newsbrief.errors import NewsbriefError
from newsbrief.web.deps import (
    BriefRequest,
    app_settings,
    app_templates,
    client_address,
    needs_token,
    precheck,
    rate_limit,
    require_write,
    token_problem,
)
from newsbrief.web.errors import error_responses, reader_message, status_for
from newsbrief.web.jobs import Job, JobContext, JobRegistry, fingerprint, start_job
from newsbrief.web.security import COOKIE, FIELD, check_form, form_token, same_origin, set_form_cookie

page_router = APIRouter(include_in_schema=False)
api_router = APIRouter(prefix="/api/v1")

JobId = Annotated[str, PathParam(pattern=r"^[A-Za-z0-9_-]{16,64}$", description="the job's id")]
# What the form says about the token, and about a submission that names neither or both sources.
MISSING_TOKEN = "This server needs its access token to brief articles. Enter it in the Access token field."
WRONG_TOKEN = ("That access token is not right. Check it with whoever runs this server and enter it again.")
ONE_SOURCE = "Give the article's address or paste its text: one of the two."
# Seconds between two refreshes of the job page without JavaScript.
REFRESH_SECONDS = 2
STEP_LABELS = {"queued": "Waiting for its turn", "fetching": "Fetching the article",
               "briefing": "Writing the brief", "done": "Done", "failed": "Failed"}


def new_form_key() -> str:
    """A fresh idempotency key for one render of the form (a Jinja global)."""
    return secrets.token_urlsafe(24)


def install_form_globals(templates: Jinja2Templates) -> None:
    """Give the templates what ``_submit_form.html`` and ``job.html`` use."""
    templates.env.globals["new_form_key"] = new_form_key
    templates.env.globals["job_step_labels"] = STEP_LABELS


def registry(request: Request) -> JobRegistry:
    """The job registry of the app serving ``request``."""
    jobs: JobRegistry = request.app.state.jobs
    return jobs


def wants_json(request: Request) -> bool:
    """Whether the form was sent by ``jobs.js`` (which reads JSON) rather than by the browser itself."""
    return "application/json" in request.headers.get("accept", "")


def form_page(request: Request, status: int, *, message: str = "", field: str = "", url: str = "",
              text: str = "", headers: dict[str, str] | None = None) -> Response:
    """The form again, the reader's ``message`` beside ``field`` and what was sent kept (JSON for the script)."""
    if wants_json(request):
        return JSONResponse({"error": {"message": message, "type": "form", "field": field or None}}, status,
                            headers=headers)
    token = form_token(request)
    response = app_templates(request).TemplateResponse(request, "submit.html", {
        "form": {"url": url, "text": text, "error": message, "field": field},
        "needs_token": needs_token(request), "form_token": token}, status_code=status, headers=headers)
    set_form_cookie(response, token)
    return response


def form_auth_problem(request: Request, token_field: str) -> tuple[int, str] | None:
    """The status and reader's message when the form's token is missing, wrong, or tried too often."""
    try:
        problem = token_problem(request, token_field)
    except HTTPException as exc:  # too many wrong tokens from this client
        wait = (exc.headers or {}).get("Retry-After", "60")
        return 429, f"Too many wrong tokens were tried from here. Wait {wait} seconds and try again."
    if problem is None:
        return None
    return 401, MISSING_TOKEN if problem == "missing" else WRONG_TOKEN


def form_problem(request: Request, form_field: str, token_field: str) -> tuple[int, str, str] | None:
    """(status, reader's message, the field it belongs to) when this site's form post cannot be taken:
    a stale or missing form token, or a missing, wrong or too often tried access token. Another
    site's post is refused outright (HTTPException): there is no form of it to show again."""
    try:
        check_form(request, form_field)
    except HTTPException as exc:
        if not same_origin(request):
            raise
        return 403, str(exc.detail), "url"
    auth = form_auth_problem(request, token_field)
    return (auth[0], auth[1], "token") if auth else None


def job_answer(request: Request, job: Job) -> Response:
    """Where the form goes once its job exists: the job page (303), or its status for the script (202)."""
    if wants_json(request):
        return JSONResponse(job.status(), 202, headers={"Location": f"/api/v1/jobs/{job.id}"})
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


@page_router.post("/brief")
def brief_form(request: Request, url: Annotated[str, Form(max_length=4096)] = "",
               text: Annotated[str, Form()] = "",
               token_field: Annotated[str, Form(alias="token")] = "",
               form_field: Annotated[str, Form(alias=FIELD)] = "",
               key: Annotated[str, Form(alias="idempotency_key", max_length=200)] = "") -> Response:
    """Start a background brief of the URL or text from the form; see the module docstring.

    Cross-site posts are refused whether or not the server has a token (``web/security.py``).
    """
    url = url.strip()
    problem = form_problem(request, form_field, token_field)
    if problem:
        status, message, field = problem
        return form_page(request, status, message=message, field=field if status != 403 else "",
                         url=url, text=text)
    if bool(url) == bool(text.strip()):
        return form_page(request, 400, message=ONE_SOURCE, field="url", url=url, text=text)
    body = BriefRequest(url=url) if url else BriefRequest(text=text)
    settings = app_settings(request)
    try:
        precheck(body, settings)
    except NewsbriefError as exc:
        message, field = reader_message(exc, settings, url=bool(url))
        return form_page(request, status_for(exc), message=message, field=field, url=url, text=text)
    # The form's key is paired with what was sent: going back and editing the text is a new brief.
    owner = "form:" + request.cookies.get(COOKIE, "")
    print_ = fingerprint(body)
    form_key = f"{key}:{print_}" if key else None
    jobs = registry(request)
    job = jobs.find(owner, form_key, print_)
    if job is None:
        try:
            rate_limit(request)
            job, created = jobs.create(owner, form_key, body)
            if created:
                start_job(JobContext.of(request.app.state), job, body)
        except HTTPException as exc:
            return form_page(request, exc.status_code, message=_busy_message(exc), url=url, text=text,
                             headers=dict(exc.headers or {}))
    return job_answer(request, job)


def _busy_message(exc: HTTPException) -> str:
    if exc.status_code == 429:
        wait = (exc.headers or {}).get("Retry-After", "60")
        return f"You have asked for many briefs in the last minute. Wait {wait} seconds and send it again."
    return "The server is busy briefing other articles. Try again in a minute."


@page_router.get("/jobs/{job_id}")
def job_page(request: Request, job_id: JobId) -> Response:
    """A job's progress (refreshing itself until it ends), the brief once done, the form again if it failed."""
    job = registry(request).get(job_id)
    if job is None:
        raise HTTPException(404, "There is no such brief in progress. It may have finished more than an hour "
                                 "ago: finished briefs are listed on the home page.")
    if job.state == "done" and job.brief_id is not None:
        return RedirectResponse(f"/briefs/{job.brief_id}", status_code=303)
    context: dict[str, Any] = {"job": job, "steps": ("queued", "fetching", "briefing", "done"),
                               "refresh": REFRESH_SECONDS, "needs_token": needs_token(request)}
    if job.state == "failed":
        token = form_token(request)
        context["form_token"] = token
        context["form"] = {"url": job.url or "", "text": job.text or "", "error": job.error or "",
                           "field": job.error_field or ""}
        response = app_templates(request).TemplateResponse(request, "job.html", context)
        set_form_cookie(response, token)
        return response
    return app_templates(request).TemplateResponse(request, "job.html", context,
                                                   headers={"Cache-Control": "no-store"})


# The models below have no docstrings on purpose: a docstring would become the
# schema's description in the OpenAPI document.
IdempotencyKey = Annotated[str | None, Header(alias="Idempotency-Key", min_length=1, max_length=200,
                                              pattern=r"^[\x21-\x7e]+$")]


@api_router.post("/jobs", status_code=202, tags=["jobs"],
                 responses=error_responses(400, 401, 409, 413, 422, 429, 503),
                 dependencies=[Depends(require_write)])
def create_job(request: Request, response: Response, body: BriefRequest,
               idempotency_key: IdempotencyKey = None) -> dict[str, Any]:
    """Start briefing an article (the body of ``POST /api/v1/briefs``) in the background.

    Answers 202 with the job's status and its ``Location``; poll it until ``status`` is ``done``
    (then ``brief_id`` names the stored brief) or ``failed`` (then ``error`` says why, in words
    for a reader). The same ``Idempotency-Key`` returns the same job (409 for a different body).
    """
    precheck(body, app_settings(request))
    owner = "api:" + client_address(request)
    jobs = registry(request)
    job = jobs.find(owner, idempotency_key, fingerprint(body))
    if job is None:
        rate_limit(request)
        job, created = jobs.create(owner, idempotency_key, body)
        if created:
            start_job(JobContext.of(request.app.state), job, body)
    else:
        response.headers["Idempotent-Replayed"] = "true"
    response.headers["Location"] = f"/api/v1/jobs/{job.id}"
    return job.status()


@api_router.get("/jobs/{job_id}", tags=["jobs"], responses=error_responses(404, 422))
def read_job(request: Request, job_id: JobId, response: Response) -> dict[str, Any]:
    """A job's status: queued, fetching, briefing, done (with the brief's id and links) or failed
    (with the reason in words for a reader). Finished jobs are kept for an hour."""
    job = registry(request).get(job_id)
    if job is None:
        raise HTTPException(404, f"no job {job_id}; jobs are kept for an hour after they end")
    response.headers["Cache-Control"] = "no-store"
    return job.status()
