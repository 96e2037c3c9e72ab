"""What the story clusterer reads: one :class:`ClusterItem` per article.

A cluster item carries only the article fields the ``newsbrief cluster``
interface promises (id, title, text, date, outlet) plus the names the NER
model found, so the clusterer runs the same on annotated documents, on JSONL
lines and on evaluation data. Building an item from a
:class:`~newsbrief.models.Document` keeps the entity kinds that name a story's
who and where (people, organisations, places, events, ...) and drops numbers
and dates, which the text vector already holds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from newsbrief.errors import InputError
from newsbrief.models import Document

# spaCy (OntoNotes) labels that name the who, where and what of a story.
STORY_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART",
                                 "LAW"})


@dataclass(frozen=True, slots=True)
class ClusterItem:
    """One article as the clusterer sees it.

    ``date`` is ``YYYY-MM-DD`` (a longer ISO timestamp is cut to its date);
    items without a date get no time penalty. ``embedding`` is an optional
    unit-length sentence embedding (see :func:`embed_items`).
    """

    id: str
    title: str | None
    text: str
    date: str | None = None
    outlet: str | None = None
    entities: tuple[str, ...] = ()
    embedding: tuple[float, ...] = ()

    def __post_init__(self) -> None:
        if self.date is not None:
            object.__setattr__(self, "date", self.date[:10])
            parse_date(self.date[:10], self.id)

    def day(self) -> int | None:
        """The publication date as a day number (proleptic ordinal), or None."""
        return parse_date(self.date, self.id) if self.date else None


def parse_date(value: str, item_id: str = "?") -> int:
    """Day number of a ``YYYY-MM-DD`` date; InputError naming the item when malformed."""
    try:
        return dt.date.fromisoformat(value[:10]).toordinal()
    except ValueError as exc:
        raise InputError(
            f"article {item_id!r} has date {value!r}; give dates as YYYY-MM-DD (or ISO 8601) or leave them out"
        ) from exc


def item_from_document(doc: Document) -> ClusterItem:
    """A cluster item from an annotated article: its id, source facts and story entity names."""
    source = doc.article.source
    names: list[str] = []
    seen: set[str] = set()
    for entity in doc.entities:
        if entity.label in STORY_ENTITY_LABELS and entity.text not in seen:
            seen.add(entity.text)
            names.append(entity.text)
    date = source.date[:10] if source.date else None
    try:
        if date:
            parse_date(date)
    except InputError:
        date = None  # a source date the reader could not normalise is a hint, not a fact to fail on
    return ClusterItem(
        id=doc.article.id, title=source.title, text=doc.article.text, date=date,
        outlet=source.outlet, entities=tuple(names),
    )


def items_from_entities(rows: list[tuple[str, str | None, str, list[tuple[str, str]]]]) -> list[ClusterItem]:
    """Cluster items from (id, title, text, [(entity text, label), ...]) rows, as the evaluation builds them."""
    return [
        ClusterItem(id=item_id, title=title, text=text,
                    entities=tuple(dict.fromkeys(t for t, label in ents if label in STORY_ENTITY_LABELS)))
        for item_id, title, text, ents in rows
    ]


def embed_items(items: list[ClusterItem]) -> list[ClusterItem] | None:
    """The items with MiniLM embeddings of title and lead filled in, or None without the extra."""
    from dataclasses import replace

    from newsbrief.llm import embed

    texts = [" ".join(p for p in (item.title, item.text[:1000]) if p) for item in items]
    vectors = embed.encode(texts)
    if vectors is None:
        return None
    return [replace(item, embedding=tuple(v)) for item, v in zip(items, vectors, strict=True)]
