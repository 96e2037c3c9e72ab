"""Readers flag brief items as wrong: checking a flag against its brief, storing it, and its API models.

A flag names a brief, a section and the item's index in it, with an optional note of at most
``NOTE_CHARS`` characters. It is stored with the brief (the store's ``flags`` table) together with
the item's text, so whoever improves the rules reads what the reader saw even after the article is
briefed again. The page's form is checked like the brief form (same-site and the session's form
token, ``web/security.py``); the API's post needs the write token when the server has one.
Flags have their own per-client limiter: they are cheap, but a script posting thousands would bury
the real ones, and they must not use up a reader's briefs for the minute.
"""

from __future__ import annotations

import threading
from typing import Annotated

from fastapi import Request
from fastapi.responses import RedirectResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException

from newsbrief.store import Store
from newsbrief.store.base import StoredFlag
from newsbrief.web.deps import client_address
from newsbrief.web.reader import item_anchor
from newsbrief.web.security import RateLimiter, check_form

NOTE_CHARS = 500
SECTION_PATTERN = r"^[a-z_]{1,40}$"
_ATTACH = threading.Lock()


# The models below have no docstrings on purpose: a docstring would become the
# schema's description in the OpenAPI document.
class FlagIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    section: Annotated[str, Field(pattern=SECTION_PATTERN, description="the section's name, e.g. summary")]
    item: Annotated[int, Field(ge=0, le=1000, description="the item's index in the section, from 0")]
    note: Annotated[str, Field(max_length=NOTE_CHARS, description="what is wrong (optional)")] = ""


class FlagOut(BaseModel):
    id: int
    brief_id: int
    section: str
    item: int
    text: str
    note: str
    created_at: str


class FlagList(BaseModel):
    items: list[FlagOut]
    limit: int
    offset: int


def flag_out(flag: StoredFlag) -> FlagOut:
    """A stored flag as the API shows it."""
    return FlagOut(id=flag.id, brief_id=flag.brief_id, section=flag.section, item=flag.item, text=flag.text,
                   note=flag.note, created_at=flag.created_at)


def flag_limit(request: Request) -> None:
    """Dependency of both flag posts: 429 with Retry-After past the client's flags for the minute."""
    state = request.app.state
    with _ATTACH:
        limiter = getattr(state, "flag_limiter", None)
        if limiter is None:
            limiter = RateLimiter(state.settings.rate_limit_per_minute)
            state.flag_limiter = limiter
    wait = limiter.check(client_address(request))
    if wait:
        raise HTTPException(429, f"too many flags sent; try again in {wait:.0f} s",
                            headers={"Retry-After": str(int(wait))})


def add_flag(store: Store, brief_id: int, flag: FlagIn) -> StoredFlag:
    """Store ``flag`` on the brief: 404 when there is no such brief, 422 when it has no such item."""
    stored = store.get_brief(brief_id)
    if stored is None:
        raise HTTPException(404, f"there is no brief {brief_id}")
    section = next((s for s in stored.brief.get("sections") or () if s.get("name") == flag.section), None)
    items = section.get("items") or [] if section else []
    if not 0 <= flag.item < len(items):
        raise HTTPException(422, f"brief {brief_id} has no item {flag.item} in a section {flag.section!r}; "
                                 "flag an item the brief shows")
    flag_id = store.add_flag(brief_id, flag.section, flag.item, str(items[flag.item].get("text", "")),
                             flag.note.strip())
    return next(f for f in store.list_flags(limit=50, brief_id=brief_id) if f.id == flag_id)


def recent_flags(store: Store, limit: int, offset: int, brief_id: int | None) -> FlagList:
    """The API's list of flags, newest first (one brief's with ``brief_id``)."""
    return FlagList(items=[flag_out(f) for f in store.list_flags(limit, offset, brief_id)], limit=limit,
                    offset=offset)


def flag_from_form(request: Request, store: Store, brief_id: int, flag: FlagIn, form_field: str) -> RedirectResponse:
    """The page's flag: checked like the brief form (403 from another site or without the session's form
    token), stored, and answered with the brief at that item, where it says "Flagged, thank you"."""
    check_form(request, form_field)
    add_flag(store, brief_id, flag)
    anchor = item_anchor(flag.section, flag.item)
    return RedirectResponse(f"/briefs/{brief_id}?flagged={anchor}#{anchor}", status_code=303)
