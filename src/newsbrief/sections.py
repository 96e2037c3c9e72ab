"""The section registry: one record per brief section, every per-section table derived from it.

In the spirit of spaCy's factories, a :class:`SectionSpec` says everything the
rest of newsbrief needs to know about a section: its name and title, the
analyzer that finds its candidates, how many items are shown, which section
keeps a statement two sections would both show, whether dangling openings are
repaired, what the LLM engine is asked to write for it, where the prose essay
tells it, and the typed payload its items carry. Compose, the opening repair,
the LLM engine, the verifier and every renderer read these records; none keeps
a table of its own.

Adding a section is one analyzer module plus one record::

    register_section(SectionSpec(
        name="context", title="Context", analyzer="mypkg.context:analyze_context",
        limit=3, priority=65, after="analysis",
        prose=(ProsePlacement("analysis", order=1),),
    ))

A record that has no place (a duplicate name, an ``after`` that names no
section, a prose paragraph the essay does not have) raises
:class:`~newsbrief.errors.ConfigError` when it is registered.

This module imports nothing heavy: analyzers are named as ``"module:function"``
and imported the first time a brief is made.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newsbrief.errors import ConfigError
from newsbrief.models import (
    ActorInfo,
    Candidate,
    ComparisonInfo,
    Document,
    FigureInfo,
    Item,
    KeyPoint,
    Kind,
    PositionInfo,
    QuoteInfo,
    TimelineEvent,
    ToneInfo,
)

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

Analyzer = Callable[["Document", "Context"], Sequence[Item | Candidate]]

# The paragraphs of the prose essay, in the order the essay tells them (the seed
# brief's arc: what happened, the history, who says what, why, what next, how it ends).
PROSE_PARAGRAPHS = ("lead", "history", "positions", "analysis", "outlook", "tone", "closing")


def every(item: Item) -> bool:
    """Prose selector: all items of the section."""
    return True


def past(item: Item) -> bool:
    """Prose selector: timeline events that have happened."""
    return not (isinstance(item.payload, TimelineEvent) and item.payload.future)


def future(item: Item) -> bool:
    """Prose selector: timeline events that are expected."""
    return isinstance(item.payload, TimelineEvent) and item.payload.future


def attributed(item: Item) -> bool:
    """Prose selector: quotes whose speaker is known."""
    return isinstance(item.payload, QuoteInfo) and bool(item.payload.speaker)


def disagreement(item: Item) -> bool:
    """Prose selector: a story's conflicts and updates between outlets."""
    return isinstance(item.payload, ComparisonInfo) and item.payload.relation in ("conflict", "update")


def not_tone(item: Item) -> bool:
    """Prose selector: outlook statements, not newsbrief's tone label."""
    return not isinstance(item.payload, ToneInfo)


def tone(item: Item) -> bool:
    """Prose selector: newsbrief's tone label of the outlook."""
    return isinstance(item.payload, ToneInfo)


@dataclass(frozen=True)
class LLMRole:
    """What the LLM engine writes for a section: the label of its sentences and the instruction."""

    kind: Kind
    instruction: str


@dataclass(frozen=True)
class ProsePlacement:
    """Where the prose essay tells (some of) a section's items.

    ``paragraph`` is one of :data:`PROSE_PARAGRAPHS`; ``order`` places the items
    among the other sections of that paragraph; ``select`` picks the items.
    """

    paragraph: str
    order: int = 0
    select: Callable[[Item], bool] = every


@dataclass(frozen=True)
class SectionSpec:
    """Everything about one section of a brief (see the module docstring).

    ``label_voices``: items are whole sentences shown alone, so one that carries on
    someone else's words without naming them ("The money went to the campaign",
    inside a report's findings) is labelled "[According to the report, t]he money ...".
    ``payload`` is the dataclass its items carry (None for plain statements);
    ``payload_required`` says every item has it, so the JSON Schema requires
    its fields (not so where the LLM engine writes the items, or where only
    one item, the outlook's tone, carries it).
    """

    name: str
    title: str
    analyzer: str | Analyzer
    limit: int
    priority: int
    after: str | None = None
    repair_openings: bool = False
    llm: LLMRole | None = None
    prose: tuple[ProsePlacement, ...] = ()
    payload: type | None = None
    payload_required: bool = False
    label_voices: bool = False
    # Items that are records of the article (an actor with its role), not statements: they are
    # never dropped as repeats of a statement ("Eva-Marie Persson, an economist at Lund University"
    # is not a repeat of the key point "Eva-Marie Persson, an economist at ..., said ...").
    records: bool = False
    # A payload field whose value an item may share with no other item of the section: "speaker"
    # keeps one position per source (the analyzer offers second choices in case a first is a repeat).
    one_per: str | None = None
    # Items that are dated views of statements shown elsewhere (a timeline entry): each may repeat another
    # section's statement, never another item of its own section (the lead's dated events are in the timeline).
    dated_view: bool = False
    # "article": found by its analyzer in each article; "story": built across a story's articles
    # (its analyzer is never run on one article, and an article's brief does not carry it).
    scope: str = "article"
    _loaded: list[Analyzer] = field(default_factory=list, compare=False, repr=False)

    def load_analyzer(self) -> Analyzer:
        """The analyzer function, imported from ``"module:function"`` the first time."""
        if callable(self.analyzer):
            return self.analyzer
        if not self._loaded:
            module, _, name = self.analyzer.partition(":")
            function: Any = getattr(importlib.import_module(module), name, None)
            if not callable(function):
                raise ConfigError(f"section {self.name!r}: analyzer {self.analyzer!r} is not a function; "
                                  "name it as 'package.module:function'")
            self._loaded.append(function)
        return self._loaded[0]


class SectionRegistry:
    """The sections of a brief in their order; see :func:`register_section`."""

    def __init__(self) -> None:
        self._specs: list[SectionSpec] = []

    def register(self, spec: SectionSpec) -> SectionSpec:
        """Add ``spec`` after the section it names (or last); raise if it has no place."""
        problem = self._problem(spec)
        if problem:
            raise ConfigError(f"cannot register section {spec.name!r}: {problem}")
        if spec.after is None:
            self._specs.append(spec)
        else:
            index = next(i for i, s in enumerate(self._specs) if s.name == spec.after)
            self._specs.insert(index + 1, spec)
        return spec

    def _problem(self, spec: SectionSpec) -> str | None:
        names = self.names()
        if not spec.name or not spec.name.isidentifier():
            return "a section name is a lower-case identifier such as 'context'"
        if spec.name in names:
            return "a section of that name is already registered"
        if not spec.title.strip():
            return "give it a title for the renderers"
        if spec.scope not in ("article", "story"):
            return f"scope {spec.scope!r} is not 'article' or 'story'"
        if spec.limit < 1:
            return "its limit (items shown) must be at least 1"
        if spec.after is not None and spec.after not in names:
            return f"after={spec.after!r} names no registered section ({', '.join(names)})"
        if not isinstance(spec.analyzer, str) and not callable(spec.analyzer):
            return "its analyzer must be a function or a 'module:function' name"
        if isinstance(spec.analyzer, str) and ":" not in spec.analyzer:
            return f"analyzer {spec.analyzer!r} must be written 'package.module:function'"
        for placement in spec.prose:
            if placement.paragraph not in PROSE_PARAGRAPHS:
                return (f"prose paragraph {placement.paragraph!r} is not one of the essay's "
                        f"({', '.join(PROSE_PARAGRAPHS)})")
        return None

    def unregister(self, name: str) -> None:
        """Remove the section ``name`` (for plug-ins and tests)."""
        self._specs = [s for s in self._specs if s.name != name]

    def names(self, scope: str | None = None) -> tuple[str, ...]:
        """Section names in brief order (only those of ``scope``, "article" or "story", when given)."""
        return tuple(s.name for s in self._specs if scope is None or s.scope == scope)

    def __iter__(self) -> Iterator[SectionSpec]:
        return iter(tuple(self._specs))

    def __contains__(self, name: object) -> bool:
        return name in self.names()

    def get(self, name: str) -> SectionSpec:
        """The record of ``name``; raise :class:`ConfigError` when there is none."""
        for spec in self._specs:
            if spec.name == name:
                return spec
        raise ConfigError(f"there is no section {name!r}; register it with register_section()")

    def title(self, name: str) -> str:
        """The heading of a section (its name when unknown, e.g. in an old stored brief)."""
        return next((s.title for s in self._specs if s.name == name), name)

    def by_priority(self, scope: str | None = None) -> tuple[SectionSpec, ...]:
        """Records in the order compose offers them a shared statement (lowest priority first)."""
        return tuple(sorted((s for s in self._specs if scope is None or s.scope == scope), key=lambda s: s.priority))

    def generated(self) -> tuple[SectionSpec, ...]:
        """Records of the sections the LLM engine writes prose for."""
        return tuple(s for s in self._specs if s.llm is not None)


SECTIONS = SectionRegistry()


def register_section(spec: SectionSpec) -> SectionSpec:
    """Register a section in the global registry; see :class:`SectionRegistry.register`."""
    return SECTIONS.register(spec)


@contextmanager
def section_registered(spec: SectionSpec) -> Iterator[SectionSpec]:
    """Register ``spec`` for the duration of a ``with`` block (plug-in trials, tests)."""
    SECTIONS.register(spec)
    try:
        yield spec
    finally:
        SECTIONS.unregister(spec.name)


# The built-in sections. Priority: which section keeps a statement that two sections
# would both show. Quotes come before the timeline because a quote is the speaker's
# position, while a date inside a quote rarely marks an event; the conclusion comes
# before analysis and outlook because the article's ending has one place only.
# Limits: the largest number of items shown (the analyzers return more candidates).
# Repaired: sections whose items are whole sentences shown on their own; quotes keep
# their quotation marks, figures and actors already carry their own context.
_A = "newsbrief.analyze."
for _spec in (
    SectionSpec("summary", "Key points", _A + "summary:analyze_summary", label_voices=True, limit=5, priority=10,
                payload=KeyPoint,
                llm=LLMRole("reported", "Write 3 to 5 sentences that state what the article reports, "
                                        "main event first."),
                prose=(ProsePlacement("lead"),)),
    SectionSpec("timeline", "Timeline", _A + "timeline:analyze_timeline", label_voices=True, limit=20, priority=30,
                payload=TimelineEvent, payload_required=True, repair_openings=True, dated_view=True,
                prose=(ProsePlacement("history", select=past),
                       ProsePlacement("outlook", order=1, select=future))),
    SectionSpec("actors", "Actors", _A + "actors:analyze_actors", limit=8, priority=60,
                payload=ActorInfo, payload_required=True, records=True),
    SectionSpec("positions", "Who says what", _A + "positions:analyze_positions", limit=6, priority=95,
                payload=PositionInfo, payload_required=True, one_per="speaker", prose=(ProsePlacement("positions"),)),
    SectionSpec("quotes", "Quotes", _A + "quotes:analyze_quotes", limit=6, priority=20,
                payload=QuoteInfo, payload_required=True,
                prose=(ProsePlacement("positions", order=1, select=attributed),)),
    SectionSpec("figures", "Key figures", _A + "figures:analyze_figures", limit=10, priority=50,
                payload=FigureInfo, payload_required=True),
    SectionSpec("analysis", "Analysis: causes and obstacles", _A + "classify:analyze_analysis",
                label_voices=True, limit=5, priority=70, repair_openings=True,
                llm=LLMRole("commentary", "Write 2 to 4 sentences that analyse the causes and obstacles "
                                          "the evidence describes."),
                prose=(ProsePlacement("analysis"),)),
    SectionSpec("outlook", "Outlook", _A + "classify:analyze_outlook", label_voices=True, limit=5, priority=90,
                repair_openings=True,
                llm=LLMRole("commentary", "Write 2 or 3 sentences on what the evidence says may happen "
                                          "next."),
                prose=(ProsePlacement("outlook", select=not_tone), ProsePlacement("tone", select=tone))),
    SectionSpec("recommendations", "Recommendations", _A + "classify:analyze_recommendations",
                label_voices=True, limit=4, priority=80, repair_openings=True,
                llm=LLMRole("commentary", "Write 1 to 3 sentences on the recommendations made in the "
                                          "evidence, saying who makes each."),
                prose=(ProsePlacement("outlook", order=2),)),
    # The close is offered a shared statement before Quotes and Timeline (was after them): a closing quotation
    # shown in Quotes left the brief with no Conclusion at all (reader Audit 15, #1). Key points still come first.
    SectionSpec("conclusion", "Conclusion", _A + "conclusion:analyze_conclusion", label_voices=True, limit=2,
                priority=15,
                repair_openings=True,
                llm=LLMRole("reported", "Write 1 or 2 sentences that conclude the brief."),
                prose=(ProsePlacement("closing"),)),
    # A story's sections: built across its articles by newsbrief.stories (never run on one article).
    SectionSpec("comparison", "Where sources agree and differ", "newsbrief.stories.compare_items:one_article",
                limit=12, priority=5, scope="story", after="summary", payload=ComparisonInfo,
                payload_required=True, prose=(ProsePlacement("positions", order=-1, select=disagreement),)),
):
    register_section(_spec)

__all__ = [
    "PROSE_PARAGRAPHS",
    "SECTIONS",
    "Analyzer",
    "LLMRole",
    "ProsePlacement",
    "SectionRegistry",
    "SectionSpec",
    "register_section",
    "section_registered",
]
