"""Frozen dataclasses passed between the stages of the pipeline.

The flow is ``RawDocument -> Article -> Document -> sections -> Brief``:

* :class:`RawDocument` is what ingest read (bytes or text, plus where it came from);
* :class:`Article` is the extracted body text with its metadata;
* :class:`Document` is the article annotated with sentences, tokens and entities;
* :class:`Brief` is the composed result, made of :class:`Section` and :class:`Item`.

All offsets are character offsets into ``Article.text``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Scalar = str | int | float | bool | None
AttrValue = Scalar | tuple[str, ...]
Kind = Literal["reported", "commentary"]


@dataclass(frozen=True, slots=True)
class RawDocument:
    """Input as read from a file, stdin or the network, before extraction."""

    content: bytes
    url: str | None = None
    content_type: str | None = None
    filename: str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """Bibliographic facts about an article; unknown parts are ``None``."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """Extracted article body; paragraphs are separated by a blank line."""

    text: str
    source: Source


@dataclass(frozen=True, slots=True)
class Token:
    """One token with the syntax the analyzers need (indices are document-wide)."""

    i: int
    text: str
    start: int
    end: int
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    left: int
    right: int
    ent_type: str
    is_stop: bool
    like_num: bool


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity found by the NER model."""

    text: str
    label: str
    start: int
    end: int
    sentence_index: int
    token_start: int
    token_end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence with a stable id (``s1``, ``s2``, ...) and its place in the text."""

    id: str
    index: int
    text: str
    start: int
    end: int
    paragraph: int
    token_start: int
    token_end: int


@dataclass(frozen=True, slots=True)
class Document:
    """An article with its linguistic annotation."""

    article: Article
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    entities: tuple[Entity, ...]

    def sentence_tokens(self, sentence: Sentence) -> tuple[Token, ...]:
        """Return the tokens of ``sentence``."""
        return self.tokens[sentence.token_start : sentence.token_end]

    def sentence_entities(self, sentence: Sentence) -> tuple[Entity, ...]:
        """Return the entities inside ``sentence``."""
        return tuple(e for e in self.entities if e.sentence_index == sentence.index)


@dataclass(frozen=True, slots=True)
class Citation:
    """A span of one source sentence that a statement rests on."""

    sentence_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Item:
    """One statement of a section with the citations that ground it.

    ``kind`` is ``"reported"`` for what the article says and ``"commentary"``
    for what newsbrief derived (a tone label, say). ``attrs`` holds
    section-specific fields such as a timeline date or a quote's speaker.
    """

    text: str
    citations: tuple[Citation, ...]
    kind: Kind = "reported"
    attrs: tuple[tuple[str, AttrValue], ...] = ()

    def attr(self, name: str, default: AttrValue = None) -> AttrValue:
        """Return the attribute ``name`` or ``default``."""
        for key, value in self.attrs:
            if key == name:
                return value
        return default


@dataclass(frozen=True, slots=True)
class Section:
    """A named section of a brief (``summary``, ``timeline``, ...)."""

    name: str
    items: tuple[Item, ...]


@dataclass(frozen=True, slots=True)
class Engine:
    """Which engine produced a brief."""

    name: str
    version: str


@dataclass(frozen=True, slots=True)
class Rejected:
    """A generated sentence the verifier refused, and why."""

    section: str
    text: str
    reason: str
    citations: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Brief:
    """A grounded analytical brief of one article.

    ``meta`` holds engine facts (faithfulness, token counts, withheld sentences);
    ``rejected`` the generated sentences the verifier refused.
    """

    source: Source
    sentences: tuple[Sentence, ...]
    sections: tuple[Section, ...]
    engine: Engine
    meta: tuple[tuple[str, AttrValue], ...] = ()
    rejected: tuple[Rejected, ...] = ()

    def section(self, name: str) -> Section | None:
        """Return the section called ``name``, if the brief has it."""
        for section in self.sections:
            if section.name == name:
                return section
        return None
