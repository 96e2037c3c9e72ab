"""Indexes that keep the analyzers' lookups linear: a document's sentences and entities by
position (O(log n) or O(1) a lookup), and full names by their words.

The analyzers ask, once per sentence, quote or mention, "which entities are in this
sentence", "which sentence holds this token", "which sentences does this span cross",
"which sentence opens this paragraph". Answered by scanning the whole document, each is
O(n) and the brief O(n^2): on an 80,000-word text ``Document.sentence_entities`` alone
took 4.8 s of the analysis (15,000 scans of 9,000 entities). The index is built once per
document (O(n)) and kept for the last document seen, by identity: analyzers run one
document at a time, and the index keeps none of the earlier ones alive. The answers are
those of the scans they replace, in the same order.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from newsbrief.models import Document, Entity, Sentence


class _HasName(Protocol):
    @property
    def name(self) -> str: ...


Named = TypeVar("Named", bound=_HasName)


@dataclass(frozen=True)
class _Index:
    doc: Document
    entities: tuple[tuple[Entity, ...], ...]  # by sentence index
    token_starts: tuple[int, ...]  # each sentence's first token, in order
    starts: tuple[int, ...]  # each sentence's first character
    ends_max: tuple[int, ...]  # the largest end among sentences 0..k (a running maximum)
    paragraph_first: dict[int, Sentence]  # each paragraph's first sentence


_lock = threading.Lock()
_last: _Index | None = None


def _build(doc: Document) -> _Index:
    groups: list[list[Entity]] = [[] for _ in doc.sentences]
    for entity in doc.entities:
        if 0 <= entity.sentence_index < len(groups):
            groups[entity.sentence_index].append(entity)
    ends_max: list[int] = []
    for sentence in doc.sentences:
        ends_max.append(max(sentence.end, ends_max[-1]) if ends_max else sentence.end)
    first: dict[int, Sentence] = {}
    for sentence in doc.sentences:
        first.setdefault(sentence.paragraph, sentence)
    return _Index(doc, tuple(tuple(g) for g in groups), tuple(s.token_start for s in doc.sentences),
                  tuple(s.start for s in doc.sentences), tuple(ends_max), first)


def _index(doc: Document) -> _Index:
    global _last
    with _lock:
        if _last is None or _last.doc is not doc:
            _last = _build(doc)
        return _last


def entities_of(doc: Document, sentence: Sentence) -> tuple[Entity, ...]:
    """The entities inside ``sentence``, as :meth:`Document.sentence_entities` gives them."""
    groups = _index(doc).entities
    if 0 <= sentence.index < len(groups):
        return groups[sentence.index]
    return doc.sentence_entities(sentence)


def sentence_at_token(doc: Document, token_index: int) -> Sentence | None:
    """The sentence that holds token ``token_index``, or None."""
    index = _index(doc)
    k = bisect_right(index.token_starts, token_index) - 1
    if k >= 0 and doc.sentences[k].token_start <= token_index < doc.sentences[k].token_end:
        return doc.sentences[k]
    return None


def sentences_over(doc: Document, start: int, end: int) -> list[Sentence]:
    """The sentences that overlap the characters ``start:end``, in order."""
    index = _index(doc)
    first = bisect_right(index.ends_max, start)  # every sentence before it ends at or before start
    last = bisect_left(index.starts, end)  # every sentence from here on starts at or after end
    return [s for s in doc.sentences[first:last] if s.start < end and start < s.end]


def paragraph_opening(doc: Document, sentence: Sentence) -> Sentence:
    """The first sentence of ``sentence``'s paragraph."""
    return _index(doc).paragraph_first.get(sentence.paragraph, sentence)


# A surname's particle joined by a hyphen ("al-Assad", "el-Sisi", "bin-Salman"): the name is also called by
# the rest ("Assad"), so both forms stand for the word (session 8: "Assad" and "Bashar al-Assad" were two actors).
_HYPHENED_PARTICLE = re.compile(r"^(?:al|el| al|ad|an|ar|as|ash|at|az|ul|bin|ibn|ben|abu|bint)-(?=\w)", re.I)


def name_words(name: str) -> list[str]:
    """A name's lower-case words, each hyphened particle's surname added ("bashar al-assad" -> bashar,
    al-assad, assad)."""
    words: list[str] = []
    for word in name.lower().split():
        words.append(word)
        stripped = _HYPHENED_PARTICLE.sub("", word)
        if stripped != word:
            words.append(stripped)
    return words


class NameIndex(Generic[Named]):
    """Full names (of people) by their words, so that a short name is compared only with the
    full names it could be part of (actor merging compared every pair: O(n^2) in a long
    text's actors). Each lookup gives its candidates in the order of ``full``."""

    def __init__(self, full: Sequence[Named]) -> None:
        self.full = full
        self.words: dict[str, list[int]] = defaultdict(list)
        self.firsts: dict[str, list[int]] = defaultdict(list)
        self.names: dict[str, list[int]] = defaultdict(list)
        for k, actor in enumerate(full):
            lowered = actor.name.lower().split()
            for word in dict.fromkeys(name_words(actor.name)):
                self.words[word].append(k)
            self.firsts[lowered[0]].append(k)
            self.names[actor.name.lower()].append(k)

    def with_words(self, words: set[str]) -> list[Named]:
        """The full names that hold every one of ``words`` (all of them when there are none)."""
        if not words:
            return list(self.full)
        rarest = min((self.words.get(w, []) for w in words), key=len)
        return [self.full[k] for k in rarest]

    def first_word(self, words: set[str]) -> list[Named]:
        """The full names whose first word is one of ``words``."""
        return [self.full[k] for k in sorted(k for w in words for k in self.firsts.get(w, []))]

    def ending(self, name: str) -> list[Named]:
        """The full names that ``name`` (lower-cased) ends with after a space."""
        found = {k for i, c in enumerate(name) if c == " " for k in self.names.get(name[i + 1 :], [])}
        return [self.full[k] for k in sorted(found)]
