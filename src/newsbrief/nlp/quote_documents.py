"""An "it" after a quoted document is the document, not the report that revealed it (Audit 34 #11).

'"All offices should list ...," read the document, which was revealed by the TV station. "Officials must make
sure ...," it said.': the second quotation is the document's, as the first was. The "It said" rule
(``attribution._it_documents``) runs before quotations get their speakers, so it cannot see the document that
frames the quotation just before and falls back on the report two sentences up ("According to a new report on
a TV station, ..."): the writer's source, given the order's own words. This pass runs once the quotations have
their speakers: an "it" whose sentence directly follows one that quotes a document or an organisation by an
explicit cue ("read the memo", "the ministry said") is that source's, unless it already names it.

An "It says" after a sentence about "claims by Damascus that ..." is the claimant's (:func:`claimed_by`; Audit 51
#4 gave it to "the situation in Syria", a noun inside a Russian spokesman's reported clause two sentences up).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from newsbrief.models import Attribution, Sentence
from newsbrief.nlp.speech import _Doc

_IT_VOICES = ("document", "organisation")
# Nouns of something said whose "by X" names who said it ("claims by Damascus", "a statement by the ministry").
_SAID_NOUNS = frozenset("claim statement accusation allegation assertion announcement report warning".split())
_BODY_TYPES = frozenset({"ORG", "GPE", "NORP"})


def claimed_by(d: _Doc, index: int) -> str | None:
    """The body a sentence names as the author of something said ("in response to claims by Damascus that ..."):
    the organisation or state an "It says" in the next sentence means; None when there is none or two."""
    if not 0 <= index < len(d.doc.sentences):
        return None
    tokens = d.doc.tokens
    found = []
    for noun in d.doc.sentence_tokens(d.doc.sentences[index]):
        if noun.pos != "NOUN" or noun.lemma.lower() not in _SAID_NOUNS or d.in_quote(noun.start):
            continue
        for by in (tokens[c] for c in d.children.get(noun.i, ()) if tokens[c].text.lower() == "by"):
            agent = next((tokens[c] for c in d.children.get(by.i, ()) if tokens[c].dep == "pobj"), None)
            entity = next((e for e in d.doc.entities if agent is not None and e.start <= agent.start < e.end), None)
            if entity is not None and entity.label in _BODY_TYPES:
                found.append(entity.text)
    return found[0] if len(set(found)) == 1 else None


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
