"""The FastAPI app factory: puts the app's state in place and assembles it from its parts.

The parts: the REST API under /api/v1 (``newsbrief.web.api``), the HTML pages
(``newsbrief.web.pages``), the form's background jobs (``newsbrief.web.submit``), the followed
feeds (``newsbrief.web.sources``, polled while the server runs by ``newsbrief.web.feeds``), the
static files, the error handlers (``newsbrief.web.errors``, where every error is translated), and
the security middleware (``newsbrief.web.security``). Routes read what they need from
``app.state`` through ``newsbrief.web.deps``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from newsbrief import __version__
from newsbrief.engines import engine_names
from newsbrief.errors import ConfigError
from newsbrief.ingest.fetch import Resolver, system_resolver
from newsbrief.settings import Settings
from newsbrief.store import Store, open_store
from newsbrief.web import api, pages, sources, submit
from newsbrief.web.deps import BriefWorkers
from newsbrief.web.errors import install_error_handlers
from newsbrief.web.feeds import FeedPoller
from newsbrief.web.jobs import JobContext, JobRegistry
from newsbrief.web.security import BodyLimit, HeadAsGet, RateLimiter, SecurityHeaders, server_options

__all__ = ["create_app", "server_options"]

HERE = Path(__file__).resolve().parent


@asynccontextmanager
async def polling(app: FastAPI) -> AsyncIterator[None]:
    """While the server runs, poll the followed feeds (unless ``feed_poll_minutes`` is 0)."""
    poller: FeedPoller = app.state.poller
    poller.start()
    try:
        yield
    finally:
        poller.stop()


def create_app(
    settings: Settings,
    token: str | None = None,
    resolver: Resolver = system_resolver,
    store_factory: Callable[[], Store] | None = None,
) -> FastAPI:
    """Build the app. ``token`` protects writes; ``resolver`` is the fetcher's DNS (tests inject one)."""
    if settings.engine not in engine_names():
        # Refuse at start-up rather than answer every brief with an error.
        raise ConfigError(f"there is no engine {settings.engine!r}; choose one of {', '.join(engine_names())}")
    app = FastAPI(title="newsbrief", version=__version__, docs_url=None, redoc_url=None,
                  description="Grounded analytical briefs of news articles.", lifespan=polling)
    routers = (api.router, submit.api_router, sources.api_router, pages.router, submit.page_router,
               sources.page_router)
    # What newsbrief.web.deps and newsbrief.web.errors read, per app (tests build several).
    app.state.settings = settings
    app.state.token = token
    app.state.resolver = resolver
    app.state.limiter = RateLimiter(settings.rate_limit_per_minute)
    app.state.auth_failures = RateLimiter(settings.auth_failures_per_minute)
    app.state.workers = BriefWorkers(settings.web_brief_workers, settings.web_brief_queue)
    app.state.templates = pages.page_templates()
    submit.install_form_globals(app.state.templates)
    sources.install_source_globals(app.state.templates)
    app.state.jobs = JobRegistry()
    app.state.make_store = store_factory or (lambda: open_store(settings.db or None))
    app.state.routers = routers
    app.state.poller = FeedPoller(JobContext.of(app.state))

    install_error_handlers(app)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    for router in routers:
        app.include_router(router)
    app.add_middleware(BodyLimit, limit=settings.max_request_bytes)
    app.add_middleware(HeadAsGet)
    app.add_middleware(SecurityHeaders)
    return app
