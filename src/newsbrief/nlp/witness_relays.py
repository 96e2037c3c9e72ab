"""Words a witness reports someone else saying (issue #11; docs/audit.md 37, Audit 36 #10).

'"Now you are coming with us, we will kill you all," the gunmen said, according to Sanchez': the quotation is the
gunmen's, told by Sanchez. Rule 2 ("according to X") took the whole sentence as Sanchez's and the quotation went to
him in Quotes, as if the witness had threatened to kill. When the clause an "according to X" vouches for holds a
quotation framed by its own speech verb with a named or described subject, the quotation belongs to that subject,
shown with its relay ("the gunmen, according to Sanchez"); a person named as the subject keeps their own name.
A "he"/"she" subject is the person it means ('"...," he said, according to the Daily Record': the analyst named
before, not the paper, Audit 51 #8), or no one when it means no one certain.
"""

from __future__ import annotations

from dataclasses import replace

from newsbrief.models import Attribution, Sentence, Token
from newsbrief.nlp.speakers import _speaker
from newsbrief.nlp.speech import CUE_LEMMAS, _core_subject, _Doc, voice_type

__all__ = ["witness_relays"]

# Verbs that frame shouted words as well as said ones ("the men shouted, according to ...").
_SHOUTS = frozenset("shout yell scream cry order threaten warn".split())
_OPENERS = "\"“"
_PERSONAL = frozenset({"he", "she"})


def _framing_verb(d: _Doc, sentence: Sentence, quote_end: int, according: int) -> Token | None:
    """The speech verb outside the quotation, between its end and "according", with a noun subject."""
    for token in d.doc.sentence_tokens(sentence):
        if not quote_end <= token.start < according or token.pos != "VERB" \
                or token.lemma.lower() not in CUE_LEMMAS | _SHOUTS:
            continue
        subject = next((d.doc.tokens[c] for c in d.children.get(token.i, ()) if d.doc.tokens[c].dep == "nsubj"),
                       None)
        if subject is not None and (subject.pos in ("NOUN", "PROPN") or subject.text.lower() in _PERSONAL):
            return subject
    return None


def _relay(d: _Doc, sentence: Sentence, attribution: Attribution) -> Attribution | None:
    """The quotation of an "according to X" clause given to the subject of its own speech verb, or None."""
    if attribution.kind != "according" or not attribution.speaker or attribution.cue_start is None:
        return None
    head = d.text[attribution.content_start : attribution.content_end].lstrip()
    if not head or head[0] not in _OPENERS:
        return None  # a keyword test before the parse walk
    quote = d.in_quote(attribution.content_start + d.text[attribution.content_start:].index(head[0]))
    if quote is None or quote[1] > attribution.cue_start:
        return None
    subject = _framing_verb(d, sentence, quote[1], attribution.cue_start)
    if subject is None:
        return None
    first, last = _core_subject(d, subject)
    verb = d.doc.tokens[subject.head]
    voice = voice_type(d, first, last)
    phrase = d.span_text(first, last)
    if phrase.lower() == attribution.speaker.lower():
        return None  # '"...," Ruiz said, according to Ruiz's lawyer' would not reach here; the same name is his
    speaker, role = _speaker(d, first, last, sentence) if voice == "person" else (None, None)
    if subject.text.lower() in _PERSONAL and not speaker:
        speaker, role = "", None  # a "he" that means no one certain: withheld, never "he, according to X"
    elif voice != "person" or not speaker:
        speaker, role = f"{phrase}, according to {attribution.speaker}", None
    return replace(attribution, content_start=quote[0], content_end=quote[1], source_text=phrase, speaker=speaker,
                   voice=voice, kind="speech", cue_start=verb.start, cue_end=verb.end, role=role)


def witness_relays(d: _Doc, found: list[tuple[Sentence, Attribution]]) -> list[tuple[Sentence, Attribution]]:
    """``found`` with each quotation an "according to X" relays from another speaker given to that speaker."""
    out: list[tuple[Sentence, Attribution]] = []
    for sentence, attribution in found:
        relayed = _relay(d, sentence, attribution)
        out.append((sentence, relayed if relayed is not None else attribution))
    return out
