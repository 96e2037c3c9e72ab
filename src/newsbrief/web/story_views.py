"""What the home page and the story pages show: recent stories (article briefs without a story among
them as one-article stories), and a stored story's brief, kept in a small in-memory cache.

A story brief re-annotates and briefs every article of the story (seconds on two cores), so a page
view must not make it each time. :class:`StoryBriefCache` keeps the last briefs made, keyed by what
changes when the story does (its id, last seen date, last update and articles): an article joining
the story makes a new key and the next view briefs the story again. The cache lives in the process
(``app.state``); a restart briefs on first view again. The store is not touched: its story tables
belong to the clusterer.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fastapi import Request

from newsbrief.render import RELATION_WORDS
from newsbrief.serialize import brief_dict
from newsbrief.settings import Settings
from newsbrief.store import Store, StoredBrief
from newsbrief.store.stories import StoredStory
from newsbrief.stories.compare import RELATION_ORDER
from newsbrief.web.reader import CiteLink, Citer, clean_text, sentence_target

# Story briefs kept per process: a reader's home page shows 20 stories; 64 covers paging back a little.
CACHE_SIZE = 64
# How far back the home page looks: this many stories and this many briefs, newest first. Past that a
# library is browsed by search; reading more rows made the home page slower than a brief page.
SCAN = 500
PAGE_SIZE = 20

CacheKey = tuple[str, str | None, str, tuple[int, ...]]


class StoryBriefCache:
    """The last ``size`` story briefs made (JSON form), least recently used dropped first; thread-safe."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size = size
        self._items: OrderedDict[CacheKey, dict[str, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: CacheKey) -> dict[str, Any] | None:
        """The cached brief of ``key``, or None."""
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def latest(self, story_id: str) -> dict[str, Any] | None:
        """Any cached brief of the story (perhaps of fewer articles): good enough for a home card."""
        with self._lock:
            return next((v for k, v in reversed(self._items.items()) if k[0] == story_id), None)

    def put(self, key: CacheKey, brief: dict[str, Any]) -> None:
        """Keep ``brief`` under ``key``."""
        with self._lock:
            self._items[key] = brief
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)


_ATTACH = threading.Lock()


def story_cache(request: Request) -> StoryBriefCache:
    """The app's story brief cache (made on first use, so the app factory needs no change)."""
    state = request.app.state
    with _ATTACH:
        cache = getattr(state, "story_briefs", None)
        if cache is None:
            cache = StoryBriefCache()
            state.story_briefs = cache
    assert isinstance(cache, StoryBriefCache)
    return cache


def story_key(story: StoredStory) -> CacheKey:
    """What identifies one version of a story's brief."""
    return (story.id, story.last_seen, story.updated_at, story.article_ids)


def story_brief(request: Request, store: Store, story: StoredStory) -> dict[str, Any]:
    """The story's brief as JSON, from the cache or made now."""
    cache = story_cache(request)
    key = story_key(story)
    found = cache.get(key)
    if found is None:
        # Imported on the first story brief: the story modules load scikit-learn (seconds), which the
        # server should not pay at start-up nor for pages that never brief a story.
        from newsbrief.stories.library import brief_stored_story

        settings: Settings = request.app.state.settings
        found = brief_dict(brief_stored_story(store, story.id, settings))
        cache.put(key, found)
    return found


# ---------------------------------------------------------------- the home page's list


@dataclass(frozen=True)
class HomeEntry:
    """One row of the home page: a story, or an article brief shown as a one-article story."""

    href: str
    title: str
    updated: str
    outlets: tuple[str, ...]
    count: int
    summary: str = ""
    story_id: str | None = None


def _day(date: object) -> str | None:
    """The YYYY-MM-DD part of an ISO date or timestamp (None for anything else)."""
    text = str(date or "")
    return text[:10] if len(text) >= 10 and text[4] == "-" and text[7] == "-" else None


def _key_point(brief: Mapping[str, Any]) -> str:
    for section in brief.get("sections") or ():
        if section.get("name") == "summary" and section.get("items"):
            return clean_text(section["items"][0].get("text"))
    return ""


def _latest_brief(store: Store, article_ids: tuple[int, ...]) -> StoredBrief | None:
    for article_id in reversed(article_ids):
        article = store.get_article(article_id)
        if article and article.brief_ids:
            return store.get_brief(article.brief_ids[-1])
    return None


def _story_entry(story: StoredStory) -> HomeEntry:
    return HomeEntry(f"/stories/{story.id}", story.title or "Untitled story",
                     story.last_seen or story.updated_at[:10], story.outlets, len(story.article_ids),
                     story_id=story.id)


def _brief_entry(stored: StoredBrief) -> HomeEntry:
    source = stored.brief.get("source") or {}
    outlet = source.get("outlet")
    return HomeEntry(f"/briefs/{stored.id}", stored.title or "Untitled article",
                     _day(source.get("date")) or stored.created_at[:10], (outlet,) if outlet else (), 1,
                     summary=_key_point(stored.brief))


def _unstoried(store: Store) -> list[HomeEntry]:
    """Article briefs whose article is in no story, one per article (its newest brief)."""
    entries, seen = [], set()
    for stored in store.list_briefs(SCAN):
        if stored.article_id in seen:
            continue
        seen.add(stored.article_id)
        if store.story_of(stored.article_id) is None:
            entries.append(_brief_entry(stored))
    return entries


def home_entries(store: Store) -> list[HomeEntry]:
    """Stories and storyless article briefs, newest development first (without summaries yet)."""
    entries = [_story_entry(s) for s in store.list_stories(limit=SCAN)] + _unstoried(store)
    entries.sort(key=lambda e: e.updated, reverse=True)
    return entries


def with_summary(request: Request, store: Store, entry: HomeEntry) -> HomeEntry:
    """The entry with its two-line summary: a cached story brief's first key point, else the first
    key point of the story's newest article."""
    if entry.summary or entry.story_id is None:
        return entry
    cached = story_cache(request).latest(entry.story_id)
    text = _key_point(cached) if cached else ""
    if not text:
        story = store.get_story(entry.story_id)
        latest = _latest_brief(store, story.article_ids) if story else None
        text = _key_point(latest.brief) if latest else ""
    return HomeEntry(entry.href, entry.title, entry.updated, entry.outlets, entry.count, text, entry.story_id)


@dataclass(frozen=True)
class HomePage:
    """One page of the home list, the outlets to filter by, and where the neighbouring pages are."""

    entries: list[HomeEntry]
    outlets: list[str]
    page: int
    has_next: bool


def home_page(request: Request, store: Store, outlet: str, page: int) -> HomePage:
    """Page ``page`` (from 1) of the home list, only ``outlet``'s when given."""
    entries = home_entries(store)
    outlets = sorted({o for e in entries for o in e.outlets}, key=str.lower)
    if outlet:
        entries = [e for e in entries if outlet in e.outlets]
    start = (page - 1) * PAGE_SIZE
    shown = [with_summary(request, store, e) for e in entries[start:start + PAGE_SIZE]]
    return HomePage(shown, outlets, page, len(entries) > start + PAGE_SIZE)


# ---------------------------------------------------------------- the story page


@dataclass(frozen=True)
class Side:
    """One side of a comparison: the outlet, its cited sentence, and the citation link."""

    outlet: str
    text: str
    link: CiteLink


@dataclass(frozen=True)
class Comparison:
    """A "where sources agree and differ" item with its sides, in the order a reader needs them."""

    index: int
    relation: str
    label: str
    text: str
    sides: list[Side]


def comparisons(brief: Mapping[str, Any], citer: Citer) -> list[Comparison]:
    """The story's comparison items, conflicts first, then updates, differing attributions, single-source
    claims and agreements; each side with its outlet and cited sentence."""
    section = next((s for s in brief.get("sections") or () if s.get("name") == "comparison"), None)
    out = []
    for index, item in enumerate(section.get("items") or () if section else ()):
        sides = []
        for citation in item.get("citations") or ():
            link = citer.link(citation)
            sides.append(Side(link.outlet or "", citer.text(citation), link))
        relation = str(item.get("relation", "agree"))
        out.append(Comparison(index, relation, RELATION_WORDS.get(relation, relation), str(item["text"]), sides))
    order: dict[str, int] = {name: rank for rank, name in enumerate(RELATION_ORDER)}
    out.sort(key=lambda c: (order.get(c.relation, len(order)), c.index))
    return out


@dataclass(frozen=True)
class OutletArticle:
    """One of a story's articles as the outlets list shows it."""

    outlet: str
    title: str
    date: str | None
    url: str | None
    brief_href: str | None


def outlet_articles(store: Store, story: StoredStory,
                    brief: Mapping[str, Any]) -> list[tuple[str, list[OutletArticle]]]:
    """The story's outlets, each with its articles (title, date, original and brief links), oldest first."""
    hrefs: dict[str, str] = {}
    for article_id in story.article_ids:
        latest = _latest_brief(store, (article_id,))
        if latest is not None:
            hrefs[str(latest.brief.get("article_id"))] = f"/briefs/{latest.id}"
    grouped: dict[str, list[OutletArticle]] = {}
    for ref in brief.get("sources") or ():
        outlet = str(ref.get("outlet") or "Unknown outlet")
        grouped.setdefault(outlet, []).append(OutletArticle(
            outlet, str(ref.get("title") or "Untitled article"), ref.get("date"), ref.get("url"),
            hrefs.get(str(ref["article_id"]))))
    return list(grouped.items())


SourceGroup = tuple[str, str, list[tuple[str, str, str]]]


def source_groups(brief: Mapping[str, Any], citer: Citer) -> list[SourceGroup]:
    """The story's cited sentences by article: its heading (outlet and title), its outlet, and its
    sentences as (element id, number, text)."""
    headings = {str(ref["article_id"]): " — ".join(str(p) for p in (ref.get("outlet"), ref.get("title")) if p)
                for ref in brief.get("sources") or ()}
    groups: dict[str, list[tuple[str, str, str]]] = {}
    for sentence in brief.get("sentences") or ():
        article = str(sentence.get("article_id") or citer.home)
        groups.setdefault(article, []).append((sentence_target(str(sentence["id"]), article),
                                               str(sentence["id"]).removeprefix("s"), str(sentence["text"])))
    return [(headings.get(article, article[:8]), citer.outlets.get(article, ""), rows)
            for article, rows in groups.items()]
