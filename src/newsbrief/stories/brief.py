"""A story brief: one brief across a story's articles, every statement citing article and sentence.

Each article is briefed by the configured engine; the multi-document summary
and the merged timeline are built across the articles' sentences; the other
sections are merged article by article (:mod:`newsbrief.stories.merge`). The
result is a :class:`~newsbrief.models.Brief` with ``sources`` (one per
article, oldest first), so every renderer, the JSON form and the store read it
as they read an article's brief; its citations name their article.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from newsbrief.compose import citation_valid
from newsbrief.errors import InputError
from newsbrief.models import Brief, Document, Item, Section, Sentence, Source, SourceRef, TimelineEvent
from newsbrief.nlp.date_yearless import same_time
from newsbrief.pipeline import brief_document
from newsbrief.sections import SECTIONS
from newsbrief.settings import Settings
from newsbrief.stories.compare_items import comparison_items
from newsbrief.stories.merge import MAX_CITATIONS, Member, merge_sections
from newsbrief.stories.summary import summarize_story, summary_items

log = logging.getLogger(__name__)
_BRACKETED = re.compile(r"\[[^\]]*\]")


def day(date: str | None) -> str | None:
    """The YYYY-MM-DD part of an ISO date or timestamp (None when there is none)."""
    if date and len(date) >= 10 and date[4] == "-" and date[7] == "-":
        return date[:10]
    return None


def story_id_for(article_ids: Sequence[str]) -> str:
    """A stable id for a set of articles briefed as one story without a store (order does not matter)."""
    digest = hashlib.sha256("\n".join(sorted(set(article_ids))).encode("ascii")).hexdigest()
    return f"adhoc-{digest[:16]}"


def _cited_sentences(sections: Mapping[str, Sequence[Item]], briefs: Sequence[Brief]) -> tuple[Sentence, ...]:
    """The sentences the story's items cite, article by article (oldest article first), in text order."""
    cited = {(c.article_id, c.sentence_id) for items in sections.values() for item in items for c in item.citations}
    out: list[Sentence] = []
    for brief in briefs:
        out += [s for s in brief.sentences if (s.article_id or brief.article_id, s.id) in cited]
    return tuple(out)


def _grounded(item: Item, sentences: Mapping[tuple[str, str], Sentence], texts: Mapping[str, str]) -> bool:
    """Every citation names a sentence of its article, and a reported item's words stand in its first
    citation's article (later citations are other outlets reporting the same point in their words)."""
    for citation in item.citations:
        sentence = sentences.get((citation.article_id, citation.sentence_id))
        if sentence is None or not citation_valid(citation, {citation.sentence_id: sentence}):
            return False
    if item.kind == "commentary" or not item.citations:
        return bool(item.citations)
    first = item.citations[0]
    own = [c for c in item.citations if c.article_id == first.article_id]
    cited = " ".join(texts[first.article_id][c.start:c.end] for c in own)
    fragments = [f.strip(" ,") for f in _BRACKETED.split(item.text)]
    return all(fragment in cited for fragment in fragments if fragment)


def _dated(item: Item) -> str:
    return item.payload.date if isinstance(item.payload, TimelineEvent) else ""


def with_point_support(timeline: Sequence[Item], summary: Sequence[Item], briefs: Sequence[Brief]) -> tuple[Item, ...]:
    """Timeline events, each also citing an outlet whose report of it a summary point took.

    An article's timeline event whose sentence is a summary point is left out of the
    story's timeline (no statement twice), so another outlet's report of the event
    stands in for it; when that report is the point's support and has the same date,
    it cites the point's sentence too, so the event keeps every outlet reporting it.
    """
    taken = {(c.article_id, c.sentence_id): point for point in summary for c in point.citations[:1]}
    dropped: list[tuple[Item, Item]] = []  # (an article's event whose sentence a point took, that point)
    for brief in briefs:
        section = brief.section("timeline")
        for item in section.items if section else ():
            point = next((taken[k] for c in item.citations[:1] if (k := (c.article_id, c.sentence_id)) in taken), None)
            if point is not None and _dated(item):
                dropped.append((item, point))
    out = []
    for event in timeline:
        cited = {(c.article_id, c.sentence_id) for c in event.citations}
        articles = {c.article_id for c in event.citations}
        extra = [item.citations[0] for item, point in dropped
                 if item.citations[0].article_id not in articles
                 and same_time(_dated(item), _dated(event))
                 and cited & {(c.article_id, c.sentence_id) for c in point.citations[1:]}]
        out.append(replace(event, citations=(*event.citations, *extra)[:MAX_CITATIONS]) if extra else event)
    return tuple(out)


def brief_story(docs: Sequence[Document], settings: Settings, *, story_id: str | None = None,
                title: str | None = None, given: Mapping[str, tuple[Item, ...]] | None = None) -> Brief:
    """Brief the annotated articles ``docs`` as one story.

    ``story_id`` is the stored story's id (else an id derived from the articles);
    ``title`` the story's headline (else the newest article's title); ``given`` lets
    the caller supply sections built across the articles (summary, timeline).
    """
    if not docs:
        raise InputError("a story needs at least one article; pass the story's articles or a stored story id")
    unique = list({doc.article.id: doc for doc in docs}.values())
    unique.sort(key=lambda d: (day(d.article.source.date) or "9999-99-99"))
    briefs = [brief_document(doc, settings) for doc in unique]
    members = [Member(brief, day(doc.article.source.date)) for doc, brief in zip(unique, briefs, strict=True)]
    across = dict(given or {})
    if "comparison" not in across:
        across["comparison"] = comparison_items(unique)
    if "summary" not in across:
        across["summary"] = summary_items(summarize_story(unique, limit=SECTIONS.get("summary").limit))
    merged = merge_sections(members, across)
    merged["timeline"] = with_point_support(merged.get("timeline", ()), merged.get("summary", ()), briefs)
    sentences = {(s.article_id or b.article_id, s.id): s for b in briefs for s in b.sentences}
    texts = {b.article_id: b.text for b in briefs}
    checked: dict[str, tuple[Item, ...]] = {}
    for name, items in merged.items():
        kept = tuple(item for item in items if _grounded(item, sentences, texts))
        if len(kept) < len(items):
            log.warning("story %s: %d %s item(s) dropped: their citations do not support them",
                        story_id, len(items) - len(kept), name)
        checked[name] = kept
    newest = next((m for m in reversed(members) if m.brief.source.title), members[-1])
    latest = max((m.date for m in members if m.date), default=None)
    refs = tuple(SourceRef(b.article_id, b.source) for b in briefs)
    return Brief(
        source=Source(title=title or newest.brief.source.title, date=latest),
        sentences=_cited_sentences(checked, briefs),
        sections=tuple(Section(name, checked.get(name, ())) for name in SECTIONS.names()),
        engine=briefs[0].engine,
        sources=refs,
        story_id=story_id or story_id_for([b.article_id for b in briefs]),
    )
