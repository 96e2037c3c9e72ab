"""What both stores share: records, URL canonicalisation, content hashing, statements text."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from newsbrief.models import Brief
from newsbrief.serialize import brief_dict
from newsbrief.store.follows import FeedPoll, StoredFeed
from newsbrief.store.ledger import LedgerEntry, LedgerStatus
from newsbrief.store.stories import Assign, StoredStory

# Query parameters that identify a campaign or a click, not a page.
TRACKING_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|ref|ref_src|"
    r"cmpid|ncid|ocid|spm|s_cid)$",
    re.I,
)


@dataclass(frozen=True)
class StoredBrief:
    """A brief as kept in the store."""

    id: int
    article_id: int
    title: str | None
    url: str | None
    engine: str
    created_at: str
    brief: dict[str, Any]


@dataclass(frozen=True)
class StoredArticle:
    """An article as kept in the store."""

    id: int
    canonical_url: str | None
    content_hash: str
    title: str | None
    outlet: str | None
    author: str | None
    published: str | None
    text: str
    created_at: str
    brief_ids: tuple[int, ...]


@dataclass(frozen=True)
class SearchHit:
    """One ranked search result; ``snippet`` marks matches with \\x02 ... \\x03."""

    brief_id: int
    title: str | None
    snippet: str
    rank: float


MARK_START, MARK_END = "\x02", "\x03"


@dataclass(frozen=True)
class StoredFlag:
    """A reader's report that one item of a brief is wrong: the brief, the section and the item's
    index in it, the item's text when it was flagged (a brief made again may reorder its items), and
    the reader's note."""

    id: int
    brief_id: int
    section: str
    item: int
    text: str
    note: str
    created_at: str


def canonical_url(url: str | None) -> str | None:
    """Lower-case scheme and host, no default port, no fragment, no tracking parameters."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                             if not TRACKING_PARAMS.match(k)))
    return urlunsplit((scheme, host, parts.path or "/", query, ""))


def content_hash(text: str) -> str:
    """SHA-256 of the article text with whitespace folded."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def statements_text(brief: Brief) -> str:
    """All statements of a brief, one per line (what search indexes besides the article)."""
    return "\n".join(item.text for section in brief.sections for item in section.items)


def brief_json(brief: Brief) -> str:
    """The brief serialised as stored."""
    return json.dumps(brief_dict(brief), ensure_ascii=False)


class Store(Protocol):
    """The operations both backends provide."""

    def save(self, brief: Brief, article_text: str) -> int: ...
    def get_brief(self, brief_id: int) -> StoredBrief | None: ...
    def get_article(self, article_id: int) -> StoredArticle | None: ...
    def list_briefs(self, limit: int = 20, offset: int = 0) -> list[StoredBrief]: ...
    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]: ...
    def delete_brief(self, brief_id: int) -> bool: ...
    def counts(self) -> dict[str, int]: ...
    def story_of(self, article_id: int) -> str | None: ...
    def assign_story(self, article_id: int, assign: Assign, *, title: str | None, date: str | None,
                     stamp: str, item_id: str | None = None) -> str: ...
    def get_story(self, story_id: str) -> StoredStory | None: ...
    def list_stories(self, since: str | None = None, limit: int = 20, offset: int = 0) -> list[StoredStory]: ...
    def record_done(self, key: str, article_id: int | None, *, tries: int = 1,
                    source: str | None = None) -> None: ...
    def record_failure(self, key: str, stage: str, error: str, *, tries: int, final: bool,
                       source: str | None = None) -> None: ...
    def ledger_entries(self, keys: Iterable[str]) -> dict[str, LedgerEntry]: ...
    def ledger_list(self, status: LedgerStatus | None = None, limit: int = 100) -> list[LedgerEntry]: ...
    def ledger_counts(self) -> dict[str, int]: ...
    def add_flag(self, brief_id: int, section: str, item: int, text: str, note: str = "") -> int: ...
    def list_flags(self, limit: int = 100, offset: int = 0, brief_id: int | None = None) -> list[StoredFlag]: ...
    def follow_feed(self, url: str, title: str | None, added_at: str) -> tuple[StoredFeed, bool]: ...
    def get_feed(self, feed_id: int) -> StoredFeed | None: ...
    def list_feeds(self) -> list[StoredFeed]: ...
    def due_feeds(self, now: str) -> list[StoredFeed]: ...
    def unfollow_feed(self, feed_id: int) -> bool: ...
    def record_poll(self, feed_id: int, poll: FeedPoll) -> None: ...
    def seen_items(self, feed_id: int, keys: Iterable[str]) -> set[str]: ...
    def mark_item(self, feed_id: int, key: str, status: str, seen_at: str, *, brief_id: int | None = None,
                  error: str | None = None) -> None: ...
    def article_for_url(self, url: str) -> int | None: ...
    def feed_article_ids(self, feed_id: int) -> set[int]: ...
    def close(self) -> None: ...
