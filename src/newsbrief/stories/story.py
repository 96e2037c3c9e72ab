"""One story as the clusterer holds it: members, centroid sums and dates.

A story keeps the sum of its members' unit vectors (words, entities, numbers,
and optionally embeddings) with the squared norm of each sum kept up to date on
every join, so a cosine with the centroid costs one sparse dot product.
:class:`StoryInfo` is the frozen view callers get.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from newsbrief.stories import vectors as vec


@dataclass(frozen=True, slots=True)
class StoryInfo:
    """A story: its stable id, its articles in arrival order, and its date range (None when undated)."""

    story_id: str
    articles: tuple[str, ...]
    first_date: str | None
    last_date: str | None


# A centroid keeps at most 2x this many terms (pruned back to this many, lightest dropped): the
# light tail adds little to a cosine and would grow without bound on a long-running story.
MAX_WORDS = 1500
MAX_ENTITIES = 300
HEAD_TERMS = 200
REFRESH_ALWAYS = 12
MAX_KEYS = 40
YOUNG_MEMBERS = 12  # a story keeps its members' vectors (to be split) only up to this many members


@dataclass(frozen=True, slots=True)
class Member:
    """One article's vectors and featured names, kept while its story is young (so it can be split)."""

    step: int
    article_id: str
    words: vec.Vector
    entities: vec.Vector
    numbers: vec.Vector
    years: vec.Vector
    keys: dict[int, int]
    embedding: tuple[float, ...]
    day: int | None
    evidence: float = 1.0  # how far its names and figures can be trusted (the clusterer's _Features.evidence)

    def state(self) -> list[Any]:
        """JSON-serialisable form."""
        return [self.step, self.article_id, *([[k, v] for k, v in part.items()] for part in
                (self.words, self.entities, self.numbers, self.years, self.keys)), list(self.embedding), self.day,
                self.evidence]

    @classmethod
    def from_state(cls, raw: Sequence[Any]) -> Member:
        """Rebuild from :meth:`state` (a version 4 state has no evidence: 1.0, every check counts in full)."""
        words, entities, numbers, years = ({int(k): float(v) for k, v in part} for part in raw[2:6])
        return cls(int(raw[0]), str(raw[1]), words, entities, numbers, years, {int(k): int(v) for k, v in raw[6]},
                   tuple(float(v) for v in raw[7]), raw[8], float(raw[9]) if len(raw) > 9 else 1.0)


def _date(day: int | None) -> str | None:
    return dt.date.fromordinal(day).isoformat() if day is not None else None


def _sum_update(target: dict[int, float], squared: float, vector: Mapping[int, float]) -> float:
    """target += vector in place; return the new squared norm (|a+b|^2 = |a|^2 + 2a.b + |b|^2)."""
    cross = vec.dot(vector, target)
    own = sum(v * v for v in vector.values())
    vec.add_into(target, vector)
    return squared + 2.0 * cross + own


class Story:
    """Mutable story state owned by :class:`~newsbrief.stories.cluster.StoryClusterer`."""

    __slots__ = ("apart", "created", "embedding", "entities", "entities_sq", "first_day", "head", "id", "indexed",
                 "indexed_size", "keys", "last_day", "last_step", "members", "numbers", "numbers_sq", "words",
                 "words_sq", "years", "years_sq", "young")

    def __init__(self, story_id: str, created: int) -> None:
        self.id = story_id
        self.created = created
        self.members: list[tuple[int, str]] = []  # (arrival step, article id), in arrival order
        self.words: vec.Vector = {}
        self.words_sq = 0.0
        self.entities: vec.Vector = {}
        self.entities_sq = 0.0
        self.numbers: vec.Vector = {}
        self.numbers_sq = 0.0
        self.years: vec.Vector = {}
        self.keys: dict[int, int] = {}  # a key name's word feature -> members naming it prominently
        self.years_sq = 0.0
        self.embedding: list[float] = []
        self.first_day: int | None = None
        self.last_day: int | None = None
        self.last_step = created
        self.indexed: list[int] = []
        self.indexed_size = 0  # members when last indexed
        self.head: vec.Vector = {}  # the HEAD_TERMS heaviest words, heaviest first (for merge checks)
        self.young: list[Member] | None = []  # every member's vectors while the story is young, else None
        self.apart: list[str] = []  # ids of stories split from this one: never merged back

    @classmethod
    def open(cls, story_id: str, article_id: str, words: vec.Vector, entities: vec.Vector,
             embedding: Sequence[float], day: int | None, step: int, numbers: vec.Vector | None = None,
             years: vec.Vector | None = None) -> Story:
        """A new story holding one article."""
        story = cls(story_id, step)
        story.add(article_id, words, entities, embedding, day, step, numbers, years)
        return story

    def add(self, article_id: str, words: vec.Vector, entities: vec.Vector,
            embedding: Sequence[float], day: int | None, step: int, numbers: vec.Vector | None = None,
            years: vec.Vector | None = None) -> None:
        """Add one article's unit vectors and date."""
        self.members.append((step, article_id))
        self.words_sq = _sum_update(self.words, self.words_sq, words)
        self.entities_sq = _sum_update(self.entities, self.entities_sq, entities)
        if numbers:
            self.numbers_sq = _sum_update(self.numbers, self.numbers_sq, numbers)
        if years:
            self.years_sq = _sum_update(self.years, self.years_sq, years)
        if embedding:
            self.embedding = ([a + b for a, b in zip(self.embedding, embedding, strict=True)]
                              if self.embedding else list(embedding))
        self._see(day, day)
        self.last_step = max(self.last_step, step)
        self._prune()

    def keep(self, member: Member) -> None:
        """Remember a just-added member's vectors while the story is young; forget them all once it is not."""
        if self.young is not None:
            if len(self.members) <= YOUNG_MEMBERS:
                self.young.append(member)
            else:
                self.young = None

    @classmethod
    def of_members(cls, story_id: str, members: Sequence[Member]) -> Story:
        """A story rebuilt from the kept vectors of ``members`` (one side of a split)."""
        story = cls(story_id, members[0].step)
        for m in members:
            story.add(m.article_id, m.words, m.entities, m.embedding, m.day, m.step, m.numbers, m.years)
            story.note_keys(m.keys)
            story.keep(m)
        return story

    def note_keys(self, keys: Mapping[int, int]) -> None:
        """Count key names (see the clusterer's contrast check); only the most counted are kept."""
        for key, count in keys.items():
            self.keys[key] = self.keys.get(key, 0) + count
        if len(self.keys) > 2 * MAX_KEYS:
            self.keys = {k: self.keys[k] for k in sorted(self.keys, key=self.keys.__getitem__)[-MAX_KEYS:]}

    def _see(self, first: int | None, last: int | None) -> None:
        if first is not None:
            self.first_day = first if self.first_day is None else min(self.first_day, first)
        if last is not None:
            self.last_day = last if self.last_day is None else max(self.last_day, last)

    def absorb(self, other: Story) -> None:
        """Take over ``other``'s members, sums and dates (a merge)."""
        self.members = list(heapq.merge(self.members, other.members))
        young = (None if self.young is None or other.young is None or len(self.members) > YOUNG_MEMBERS
                 else list(heapq.merge(self.young, other.young, key=lambda m: m.step)))
        self.young = young
        self.apart = [*self.apart, *other.apart]
        self.words_sq = _sum_update(self.words, self.words_sq, other.words)
        self.entities_sq = _sum_update(self.entities, self.entities_sq, other.entities)
        self.numbers_sq = _sum_update(self.numbers, self.numbers_sq, other.numbers)
        self.years_sq = _sum_update(self.years, self.years_sq, other.years)
        self.note_keys(other.keys)
        if other.embedding:
            self.embedding = ([a + b for a, b in zip(self.embedding, other.embedding, strict=True)]
                              if self.embedding else list(other.embedding))
        self._see(other.first_day, other.last_day)
        self.last_step = max(self.last_step, other.last_step)
        self._prune()

    # Cosines with the centroid; ``norm`` is the norm of the other vector (1 for an article's unit vector).
    def word_cosine(self, vector: Mapping[int, float], norm: float = 1.0) -> float:
        """Cosine of ``vector`` with the word centroid."""
        denominator = math.sqrt(max(self.words_sq, 0.0)) * norm
        return vec.dot(vector, self.words) / denominator if denominator > 0 else 0.0

    def entity_cosine(self, vector: Mapping[int, float], norm: float = 1.0) -> float:
        """Cosine of ``vector`` with the entity centroid."""
        denominator = math.sqrt(max(self.entities_sq, 0.0)) * norm
        return vec.dot(vector, self.entities) / denominator if denominator > 0 else 0.0

    def number_cosine(self, vector: Mapping[int, float], norm: float = 1.0) -> float:
        """Cosine of ``vector`` with the number centroid."""
        denominator = math.sqrt(max(self.numbers_sq, 0.0)) * norm
        return vec.dot(vector, self.numbers) / denominator if denominator > 0 else 0.0

    def year_cosine(self, vector: Mapping[int, float], norm: float = 1.0) -> float:
        """Cosine of ``vector`` with the year centroid."""
        denominator = math.sqrt(max(self.years_sq, 0.0)) * norm
        return vec.dot(vector, self.years) / denominator if denominator > 0 else 0.0

    def embedding_cosine(self, embedding: Sequence[float]) -> float:
        """Cosine of ``embedding`` with the embedding centroid."""
        norms = math.sqrt(sum(v * v for v in self.embedding)) * math.sqrt(sum(v * v for v in embedding))
        return sum(a * b for a, b in zip(self.embedding, embedding, strict=True)) / norms if norms else 0.0

    def index_keys(self, k: int) -> list[int]:
        """The features this story is found by: its heaviest words and entities (remembered for unindexing)."""
        self.indexed_size = len(self.members)
        top = vec.top_terms(self.words, max(k, HEAD_TERMS))
        self.head = {key: self.words[key] for key in top[:HEAD_TERMS]}
        self.indexed = top[:k] + vec.top_terms(self.entities, k // 4)
        return self.indexed

    def refresh_due(self) -> bool:
        """Whether the story changed enough since it was indexed to re-index it and look for a merge.

        A small story changes with every article; a large one's heaviest terms barely move with one
        more, so it is refreshed once it has grown by a tenth (the sort is the costly part).
        """
        size = len(self.members)
        return size <= REFRESH_ALWAYS or size >= self.indexed_size * 1.1

    def _prune(self) -> None:
        """Keep a long story's centroids to their heaviest terms, so a story's memory is bounded."""
        if len(self.words) > 2 * MAX_WORDS:
            self.words = {k: self.words[k] for k in vec.top_terms(self.words, MAX_WORDS)}
            self.words_sq = sum(v * v for v in self.words.values())
        if len(self.entities) > 2 * MAX_ENTITIES:
            self.entities = {k: self.entities[k] for k in vec.top_terms(self.entities, MAX_ENTITIES)}
            self.entities_sq = sum(v * v for v in self.entities.values())
        if len(self.numbers) > 2 * MAX_ENTITIES:
            self.numbers = {k: self.numbers[k] for k in vec.top_terms(self.numbers, MAX_ENTITIES)}
            self.numbers_sq = sum(v * v for v in self.numbers.values())

    def info(self) -> StoryInfo:
        """The frozen view of this story."""
        return StoryInfo(self.id, tuple(m for _, m in self.members), _date(self.first_day), _date(self.last_day))

    def state(self) -> dict[str, Any]:
        """JSON-serialisable state (float sums are kept exactly, so a restored story scores the same)."""
        return {
            "id": self.id, "created": self.created, "members": [list(m) for m in self.members],
            "words": [[k, v] for k, v in self.words.items()], "words_sq": self.words_sq,
            "entities": [[k, v] for k, v in self.entities.items()], "entities_sq": self.entities_sq,
            "numbers": [[k, v] for k, v in self.numbers.items()], "numbers_sq": self.numbers_sq,
            "years": [[k, v] for k, v in self.years.items()], "years_sq": self.years_sq,
            "keys": [[k, v] for k, v in self.keys.items()],
            "embedding": list(self.embedding), "first_day": self.first_day, "last_day": self.last_day,
            "last_step": self.last_step, "apart": list(self.apart),
            "young": None if self.young is None else [m.state() for m in self.young],
        }

    @classmethod
    def from_state(cls, raw: Mapping[str, Any]) -> Story:
        """Rebuild from :meth:`state`."""
        story = cls(str(raw["id"]), int(raw["created"]))
        story.members = [(int(step), str(m)) for step, m in raw["members"]]
        story.words = {int(k): float(v) for k, v in raw["words"]}
        story.words_sq = float(raw["words_sq"])
        story.entities = {int(k): float(v) for k, v in raw["entities"]}
        story.entities_sq = float(raw["entities_sq"])
        story.numbers = {int(k): float(v) for k, v in raw.get("numbers", [])}  # absent in version 1 states
        story.numbers_sq = float(raw.get("numbers_sq", 0.0))
        story.years = {int(k): float(v) for k, v in raw.get("years", [])}  # absent in older states
        story.years_sq = float(raw.get("years_sq", 0.0))
        story.keys = {int(k): int(v) for k, v in raw.get("keys", [])}
        story.embedding = [float(v) for v in raw["embedding"]]
        story.first_day = raw["first_day"]
        story.last_day = raw["last_day"]
        story.last_step = int(raw["last_step"])
        story.apart = [str(a) for a in raw.get("apart", [])]
        young = raw.get("young")  # absent in older states: their members' vectors are unknown
        story.young = None if young is None else [Member.from_state(m) for m in young]
        return story
