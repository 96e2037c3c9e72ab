"""Shared checks of the session 17 speaker cases: who the attribution stage says holds a piece of text.

``speaker_ok`` reads the attributions only; ``voiced_speaker_ok`` also the sentences' voices (a header's block, an
introduced text or a transcript answer is a voice, not an attribution). A case passes when some reading names the
expected speaker (None: none required) and none names a speaker of ``never``.
"""

from __future__ import annotations

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute
from tests.nlp.test_session12_speakers2 import _speakers_of


def voiced_speakers_of(text: str, piece: str, speech_only: bool = False) -> list[str | None]:
    """The speakers of the attributions holding ``piece`` (with ``speech_only``, not those kept for extraction
    only, kind "attitude") and the voices of the sentences holding it."""
    doc = annotate(Article(text=text, source=Source()))
    found = attribute(doc)
    speakers = [a.speaker for a in found.attributions if piece in text[a.content_start : a.content_end]
                and not (speech_only and a.kind == "attitude")]
    return speakers + [v.speaker for v in found.voices if piece in doc.sentences[v.sentence].text]


def _names(speakers: list[str | None], expected: str | None, never: tuple[str, ...]) -> bool:
    if expected is not None and not any(s is not None and expected.lower() in s.lower() for s in speakers):
        return False
    return not any(s is not None and s.strip() in never for s in speakers)


def speaker_ok(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> bool:
    """Whether the attributions holding ``piece`` name ``expected`` and none of ``never``."""
    return _names(_speakers_of(text, piece), expected, never)


def voiced_speaker_ok(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> bool:
    """The same over the attributions and the voices of the sentences holding ``piece``."""
    return _names(voiced_speakers_of(text, piece), expected, never)
