"""Stories in the library: put a stored article into its story, and brief a stored story.

`newsbrief add`, the web app and the batch runner call :func:`file_into_story`
after storing a brief: the clusterer's state lives in the database and the
assignment runs in one transaction (:meth:`~newsbrief.store.stories.StoryTables.assign_story`),
so stories form incrementally across runs and processes. :func:`brief_stored_story`
re-annotates the story's stored article texts and briefs them as one story.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from newsbrief.errors import InputError
from newsbrief.models import Article, Brief, Document, RawDocument, Source
from newsbrief.nlp.annotate import annotate_many
from newsbrief.pipeline import brief_with_document
from newsbrief.settings import Settings
from newsbrief.store.base import Store
from newsbrief.store.stories import StoryUpdate
from newsbrief.stories.brief import brief_story, day
from newsbrief.stories.cluster import StoryClusterer
from newsbrief.stories.items import ClusterItem, item_from_document

log = logging.getLogger(__name__)


def _assigner(item: ClusterItem) -> Any:
    """The store's assign callback: continue the clusterer from its stored state and add ``item``."""
    def assign(state: dict[str, Any] | None) -> StoryUpdate:
        clusterer = StoryClusterer.from_state(state) if state else StoryClusterer()
        story_id = clusterer.add(item)  # the id after any merge the article caused
        merged = tuple((absorbed, kept) for kept, absorbed in clusterer.drain_merges())
        return StoryUpdate(clusterer.state(), story_id, merged)
    return assign


def file_into_story(store: Store, stored_article_id: int, doc: Document) -> str:
    """Put the stored article (annotated as ``doc``) into the story it belongs to; return the story id."""
    return file_item_into_story(store, stored_article_id, item_from_document(doc),
                                title=doc.article.source.title, date=day(doc.article.source.date))


def file_item_into_story(store: Store, stored_article_id: int, item: ClusterItem, *, title: str | None,
                         date: str | None) -> str:
    """Put a stored article, given as its cluster item (what a batch worker sends back instead of the
    whole annotation), into its story; return the story id. Adding an article twice changes nothing."""
    known = store.story_of(stored_article_id)
    if known is not None:
        return known
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    story_id = store.assign_story(stored_article_id, _assigner(item), title=title, date=date or stamp[:10],
                                  stamp=stamp)
    log.info("article %s joined story %s", stored_article_id, story_id)
    return story_id


def brief_store_and_file(raw: RawDocument, settings: Settings, store: Store, *,
                         stories: bool = True) -> tuple[int, Brief, str | None]:
    """Brief ``raw``, store it, and (with ``stories``) file it into its story.

    Returns the brief id, the brief and the story id. What `newsbrief add` does for every document.
    """
    doc, brief = brief_with_document(raw, settings)
    brief_id = store.save(brief, brief.text)
    if not stories:
        return brief_id, brief, None
    stored = store.get_brief(brief_id)
    story_id = file_into_story(store, stored.article_id, doc) if stored else None
    return brief_id, brief, story_id


def stored_documents(store: Store, article_ids: tuple[int, ...]) -> list[Document]:
    """The stored articles re-annotated (their text is the extracted text the briefs cite)."""
    articles = []
    for article_id in article_ids:
        stored = store.get_article(article_id)
        if stored is None:
            continue
        source = Source(title=stored.title, outlet=stored.outlet, author=stored.author, date=stored.published,
                        url=stored.canonical_url)
        articles.append(Article(stored.text, source))
    return list(annotate_many(articles))


def brief_stored_story(store: Store, story_id: str, settings: Settings) -> Brief:
    """Brief the stored story ``story_id`` (an id merged into another story leads to that one)."""
    story = store.get_story(story_id)
    if story is None:
        raise InputError(f"there is no story {story_id!r}; see `newsbrief stories` for the stored ones, "
                         "or pass the articles' files or URLs to brief them as one story")
    docs = stored_documents(store, story.article_ids)
    return brief_story(docs, settings, story_id=story.id, title=story.title)
