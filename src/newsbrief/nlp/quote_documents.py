"""An "it" after a quoted document is the document, not the report that revealed it (Audit 34 #11).

'"All offices should list ...," read the document, which was revealed by the TV station. "Officials must make
sure ...," it said.': the second quotation is the document's, as the first was. The "It said" rule
(``attribution._it_documents``) runs before quotations get their speakers, so it cannot see the document that
frames the quotation just before and falls back on the report two sentences up ("According to a new report on
a TV station, ..."): the writer's source, given the order's own words. This pass runs once the quotations have
their speakers: an "it" whose sentence directly follows one that quotes a document or an organisation by an
explicit cue ("read the memo", "the ministry said") is that source's, unless it already names it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from newsbrief.models import Attribution, Sentence

_IT_VOICES = ("document", "organisation")


def _quoted_sources(found: list[tuple[Sentence, Attribution]]) -> dict[int, Attribution]:
    """Per sentence, the first document or organisation quoted there under a cue of its own (not an "it")."""
    quoted: dict[int, Attribution] = {}
    for sentence, attribution in found:
        if attribution.kind == "quote" and attribution.voice in _IT_VOICES and attribution.speaker \
                and attribution.cue_start is not None and (attribution.source_text or "").lower() != "it":
            quoted.setdefault(sentence.index, attribution)
    return quoted


def it_after_quoted_document(found: list[tuple[Sentence, Attribution]]) -> list[tuple[Sentence, Attribution]]:
    """``found`` with an "it" source that follows a quoted document or organisation given to that source."""
    quoted = _quoted_sources(found)
    if not quoted:
        return found
    before: dict[int, set[str | None]] = defaultdict(set)  # who each sentence already gives words to
    for sentence, attribution in found:
        before[sentence.index].add(attribution.speaker)
    out: list[tuple[Sentence, Attribution]] = []
    for sentence, attribution in found:
        earlier = quoted.get(sentence.index - 1)
        if earlier is not None and (attribution.source_text or "").lower() == "it" \
                and attribution.voice in _IT_VOICES and attribution.speaker not in before.get(sentence.index - 1, ()):
            attribution = replace(attribution, speaker=earlier.speaker, voice=earlier.voice, role=earlier.role)
        out.append((sentence, attribution))
    return out
