"""Frozen dataclasses passed between the stages of the pipeline.

The flow is ``RawDocument -> Article -> Document -> Candidate -> Brief``:

* :class:`RawDocument` is what ingest read (bytes or text, plus where it came from and the :class:`Hints` its
  reader knew: a feed's date, outlet and title);
* :class:`Article` is the extracted body text with its metadata and a stable id;
* :class:`Document` is the article annotated with sentences, tokens and entities;
* :class:`Candidate` is what an analyzer offers compose (an item plus compose-only hints); it never reaches a brief;
* :class:`Brief` is the composed result, made of :class:`Section` and :class:`Item`. Each item carries its
  section's typed payload (:data:`Payload`).

All offsets are character offsets into the text of the article a citation or sentence names by ``article_id``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import ClassVar, Literal

Kind = Literal["reported", "commentary"]
Granularity = Literal["day", "month", "year"]
# "state": a country listed as an actor, which it is only when it acts as a state ("Russia vetoed", "Norway said");
# "place": any other place that acts (a city, a region) or a name the model could only read as a place.
ActorType = Literal["person", "organisation", "state", "place"]


def article_id(text: str) -> str:
    """The stable id of an article: 16 hex digits of the SHA-256 of its whitespace-folded text.

    It is the start of the store's content hash, so the same text has the same id
    in every brief, store and run.
    """
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Hints:
    """What a reader knew about a document before extraction (a feed's item fields, say).

    Hints fill in the parts of :class:`Source` that extraction does not find. When
    ``trusted`` (the publisher's or the user's own metadata: a feed item, a JSONL
    record) they win over what extraction found, which may be a guess (a page without
    date markup is dated from any year in its text); untrusted hints (a WARC capture
    date) only fill gaps. ``id`` is an id the input gave the document (a JSONL ``id``),
    kept as given. ``error`` marks a document the reader could not read (a bad JSONL
    line): extraction raises :class:`~newsbrief.errors.InputError` with it, so a
    caller counts it as one failed document and goes on with the rest.
    """

    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    feed_title: str | None = None
    id: str | None = None
    trusted: bool = False
    error: str | None = None


@dataclass(frozen=True, slots=True)
class RawDocument:
    """Input as read from a file, stdin or the network, before extraction."""

    content: bytes
    url: str | None = None
    content_type: str | None = None
    filename: str | None = None
    hints: Hints = field(default_factory=Hints)


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
class SourceRef:
    """One article of a story: its id and bibliographic facts (a story brief lists one per article)."""

    article_id: str
    source: Source


@dataclass(frozen=True, slots=True)
class Article:
    """Extracted article body; paragraphs are separated by a blank line.

    ``id`` is :func:`article_id` of the text unless given.
    """

    text: str
    source: Source
    id: str = ""
    # How many live-page update stamps ("(Update 7:17 p.m. ET)") ingest cut out of the text: the
    # text no longer shows them, but the page was a live blog (analyze/genre.py reads this).
    live_stamps: int = 0
    # The genre the page labels itself with, read before ingest cuts the label as furniture: "review" for a
    # "Dance Review" line at its top or a review's print note (ingest/furniture_notes.py; genre_review.py reads it).
    genre_note: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", article_id(self.text))


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
    article_id: str = ""


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

    def children(self, token: Token) -> list[Token]:
        """The tokens whose syntactic head is ``token`` (looked up inside its subtree), in text order."""
        return [self.tokens[i] for i in range(token.left, token.right + 1)
                if self.tokens[i].head == token.i and i != token.i]

    def sentence_entities(self, sentence: Sentence) -> tuple[Entity, ...]:
        """Return the entities inside ``sentence``."""
        return tuple(e for e in self.entities if e.sentence_index == sentence.index)


@dataclass(frozen=True, slots=True)
class Citation:
    """A span of one source sentence that a statement rests on.

    ``start`` and ``end`` are offsets into the text of the article ``article_id``.
    """

    sentence_id: str
    start: int
    end: int
    article_id: str = ""


VoiceType = Literal["reporter", "person", "organisation", "document", "unnamed"]
Stance = Literal["asserts", "alleges", "denies", "predicts", "recommends", "asks"]


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who says what: a content span, its cue and source, and how the source resolves.

    Offsets are into the article text. ``source_text`` is the mention as written
    ("he", "the Senate report"); ``speaker`` the name it resolves to ("Ana Ruiz")
    or the mention itself when there is nothing to resolve. ``kind`` says how it
    was found: ``speech`` (a speech or cognition verb), ``quote`` (quotation marks),
    ``according`` ("according to X"), ``header`` (a round-up's "NAME, role:" block).
    """

    content_start: int
    content_end: int
    source_text: str | None
    speaker: str | None
    voice: VoiceType
    stance: Stance
    kind: str
    cue_start: int | None = None
    cue_end: int | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class SentenceVoice:
    """Whose claim a sentence conveys and what that voice does in it.

    ``explicit`` is true when the sentence itself names the source; a sentence
    that carries on a quote, a report's findings or a round-up block is not
    explicit, so a statement shown alone must say whose it is.
    """

    sentence: int
    voice: VoiceType
    speaker: str | None
    stance: Stance
    explicit: bool = True
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Attributions:
    """The attribution stage's result for one document."""

    attributions: tuple[Attribution, ...]
    voices: tuple[SentenceVoice, ...]
    headers: tuple[str, ...] = ()  # speakers of a round-up's "NAME, role:" blocks and an interview's answers

    def voice_of(self, sentence: int) -> SentenceVoice:
        """The voice of sentence ``sentence`` (the reporter's when nothing attributes it)."""
        if 0 <= sentence < len(self.voices) and self.voices[sentence].sentence == sentence:
            return self.voices[sentence]  # one voice per sentence, in order: the usual case, looked up directly
        for voice in self.voices:
            if voice.sentence == sentence:
                return voice
        return SentenceVoice(sentence, "reporter", None, "asserts")


@dataclass(frozen=True, slots=True)
class KeyPoint:
    """Payload of a key point: its rank by salience (1 is the best)."""

    layout: ClassVar[str] = "plain"
    rank: int


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """Payload of a timeline entry: the date it is about and how sure that date is."""

    layout: ClassVar[str] = "event"
    # A year, month or day; "--MM-DD" or "--MM", ISO's day or month without a year, if none is known (date_yearless)
    date: str = field(metadata={"pattern": "^(?:[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|--[0-9]{2}(-[0-9]{2})?)$"})
    granularity: Granularity
    label: str
    confidence: float
    future: bool
    expression: str


@dataclass(frozen=True, slots=True)
class ActorInfo:
    """Payload of an actor: who, what kind, in what role, how often named."""

    layout: ClassVar[str] = "actor"
    name: str
    type: ActorType
    role: str | None
    mentions: int
    aliases: tuple[str, ...]
    position: str | None


@dataclass(frozen=True, slots=True)
class QuoteInfo:
    """Payload of a quote: its speaker, when the article says who."""

    layout: ClassVar[str] = "quote"
    speaker: str | None


@dataclass(frozen=True, slots=True)
class PositionInfo:
    """Payload of a position: whose it is, what kind of source, its stance, and whom it disputes."""

    layout: ClassVar[str] = "position"
    speaker: str
    role: str | None
    voice: VoiceType
    stance: Stance
    disputes: str | None = None


@dataclass(frozen=True, slots=True)
class FigureInfo:
    """Payload of a key figure: the value as written, its unit, and what it counts.

    ``measure`` says what the number measures, of whom ("payments the inquiry says
    reached the foundation"); ``when`` the period or date it refers to, if the
    clause gives one.
    """

    layout: ClassVar[str] = "plain"
    value: str
    unit: str
    measure: str | None = None
    when: str | None = None


@dataclass(frozen=True, slots=True)
class ComparisonInfo:
    """Payload of a story's "where sources agree and differ" item: the relation of the claims it cites
    (conflict, update, attributed-differently, single-source, agree), what differs (number, date,
    speaker, negation, attribution, claim, same) and the outlets on each side, in citation order."""

    layout: ClassVar[str] = "plain"
    relation: Literal["conflict", "update", "attributed-differently", "single-source", "agree"]
    differs: str
    outlets: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ToneInfo:
    """Payload of newsbrief's own tone label of the outlook (commentary)."""

    layout: ClassVar[str] = "plain"
    tone: str
    score: float


Payload = KeyPoint | TimelineEvent | ActorInfo | QuoteInfo | PositionInfo | FigureInfo | ToneInfo | ComparisonInfo
PAYLOAD_TYPES: tuple[type, ...] = (KeyPoint, TimelineEvent, ActorInfo, QuoteInfo, PositionInfo, FigureInfo, ToneInfo,
                                   ComparisonInfo)


@dataclass(frozen=True, slots=True)
class Generation:
    """How the LLM engine stands behind an item.

    A model-written statement has the verifier's ``support``; an extractive
    item kept because no generated sentence of its section passed is a
    ``fallback``.
    """

    support: float | None = None
    fallback: bool = False


@dataclass(frozen=True, slots=True)
class Item:
    """One statement of a section with the citations that ground it.

    ``kind`` is ``"reported"`` for what the article says and ``"commentary"``
    for what newsbrief derived (a tone label, say). ``payload`` holds the
    section's typed fields (a timeline date, a quote's speaker).
    """

    text: str
    citations: tuple[Citation, ...]
    kind: Kind = "reported"
    payload: Payload | None = None
    generation: Generation | None = None

    @property
    def layout(self) -> str:
        """How renderers lay the item out: ``event``, ``actor``, ``quote`` or ``plain``."""
        return self.payload.layout if self.payload is not None else "plain"

    @property
    def generated(self) -> bool:
        """True for a model-written statement (not for an extractive fallback)."""
        return self.generation is not None and not self.generation.fallback


@dataclass(frozen=True, slots=True)
class Candidate:
    """What an analyzer offers compose: an item and compose-only hints.

    ``short`` is a shorter wording (a timeline event's dated clause) compose may
    use when the full sentence repeats a statement another section kept. A
    candidate never reaches a :class:`Brief`.
    """

    item: Item
    short: str | None = None

    @staticmethod
    def of(found: Item | Candidate) -> Candidate:
        """``found`` as a candidate (an analyzer's plain item needs no compose-only hints)."""
        return found if isinstance(found, Candidate) else Candidate(found)


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
class LLMReport:
    """What the LLM engine did: model, how much of its output passed, and what it cost."""

    model: str
    faithfulness: float
    generated_sentences: int
    rejected_sentences: int
    requests: int
    cached_requests: int
    prompt_tokens: int
    completion_tokens: int
    cost: float | None


@dataclass(frozen=True, slots=True)
class EngineReport:
    """Engine facts of a brief: sentences withheld as suspected injections, the LLM's report."""

    withheld: tuple[str, ...] = ()
    llm: LLMReport | None = None


@dataclass(frozen=True, slots=True)
class Brief:
    """A grounded analytical brief of one article, or of a story (many articles).

    A story brief has ``sources`` (one :class:`SourceRef` per article, oldest first) and ``story_id``; its
    ``source`` holds the story's headline and latest date, its ``article_id`` is empty and every citation names
    its article.

    ``article_id`` names the article its citations point into; ``text`` is that article's text (kept for the
    store and the verifier, not serialised). ``report`` holds engine facts; ``rejected`` the generated sentences
    the verifier refused; ``genre`` what kind of piece the article is (news, opinion, analysis, roundup, feature,
    live, qa, review, explainer).
    """

    source: Source
    sentences: tuple[Sentence, ...]
    sections: tuple[Section, ...]
    engine: Engine
    report: EngineReport = EngineReport()
    rejected: tuple[Rejected, ...] = ()
    article_id: str = ""
    text: str = ""
    genre: str | None = None
    sources: tuple[SourceRef, ...] = ()
    story_id: str | None = None

    @property
    def is_story(self) -> bool:
        """True for a story brief: statements cite several articles, listed in ``sources``."""
        return bool(self.sources)

    def section(self, name: str) -> Section | None:
        """Return the section called ``name``, if the brief has it."""
        for section in self.sections:
            if section.name == name:
                return section
        return None
