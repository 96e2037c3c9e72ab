"""Analyzers: one per brief section, named by the section's record in :mod:`newsbrief.sections`.

An analyzer is a function ``(Document, Context) -> Sequence[Item | Candidate]``.
It returns its candidates best first; :mod:`newsbrief.compose` removes repeats
across sections and trims each section to its size.
"""

from __future__ import annotations

from newsbrief.analyze.context import Context, build_context
from newsbrief.analyze.openings import repair_sections
from newsbrief.analyze.voices import label_voices
from newsbrief.models import Candidate, Document
from newsbrief.sections import SECTIONS, Analyzer


def analyze(doc: Document) -> dict[str, tuple[Candidate, ...]]:
    """Run the analyzer of every registered section on ``doc``, then repair dangling openings."""
    return analyze_in_context(doc, build_context(doc))


def analyze_in_context(doc: Document, ctx: Context) -> dict[str, tuple[Candidate, ...]]:
    """:func:`analyze` with the document's shared features already built (the engine keeps the genre)."""
    found = {
        spec.name: tuple(Candidate.of(c) for c in spec.load_analyzer()(doc, ctx))
        for spec in SECTIONS if spec.scope == "article"
    }
    return label_voices(doc, ctx, repair_sections(doc, ctx, found))


__all__ = ["Analyzer", "Context", "analyze", "analyze_in_context", "build_context"]
