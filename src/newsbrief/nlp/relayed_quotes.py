"""Reported speech inside reported speech (issue #11; docs/audit.md 20.3, Audit 19).

"The detective said Dr Pell told him 'he was caring for his patient and he did not want to neglect him'": the
quotation marks hold the detective's account of what the doctor said, in the third person, not the doctor's
own words, and Audit 19 found them shown as the doctor's quote. When a speech cue is itself the reported
clause of another speech cue in the same sentence and the quotation it frames has no first-person word, the
quotation is the outer speaker's relay: it is given to the outer speaker. A quotation in the first person
("... told him: 'I was caring for my patient'") stays the inner speaker's own words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbrief.models import Attribution, Sentence, Token
from newsbrief.nlp.quote_fragments import token_at
from newsbrief.nlp.speech import _Doc

__all__ = ["relayed_quotes"]

_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|myself|we|us|our|ours|ourselves|I'm|I've|I'd|I'll|we're|we've)\b",
                           re.IGNORECASE)
_OPENERS = "\"“"


def _cue(d: _Doc, attribution: Attribution) -> Token | None:
    return token_at(d, attribution.cue_start)  # by bisection: a scan per pair of attributions was quadratic


def _relayed(d: _Doc, inner: Attribution, outer: Attribution) -> bool:
    """Whether ``inner`` is a third-person quotation framed by a cue that ``outer``'s cue reports."""
    if inner is outer or outer.kind != "speech" or not outer.speaker or inner.speaker == outer.speaker:
        return False
    quoted = d.text[inner.content_start : inner.content_end].lstrip()
    if not quoted or quoted[0] not in _OPENERS or _FIRST_PERSON.search(quoted):
        return False
    cue, said = _cue(d, inner), _cue(d, outer)
    return cue is not None and said is not None and cue.head == said.i and cue.dep in ("ccomp", "conj") \
        and outer.content_start <= inner.content_start and inner.content_end <= outer.content_end + 2


def relayed_quotes(d: _Doc, found: list[tuple[Sentence, Attribution]]) -> list[tuple[Sentence, Attribution]]:
    """``found`` with each third-person quotation inside another's reported speech given to that other
    speaker (see the module docstring)."""
    by_sentence: dict[int, list[Attribution]] = {}
    for sentence, attribution in found:
        by_sentence.setdefault(sentence.index, []).append(attribution)
    out: list[tuple[Sentence, Attribution]] = []
    for sentence, attribution in found:
        outer = next((b for b in by_sentence[sentence.index] if attribution.kind == "speech"
                      and _relayed(d, attribution, b)), None)
        if outer is not None:
            attribution = replace(attribution, speaker=outer.speaker, voice=outer.voice, role=outer.role,
                                  source_text=outer.source_text)
        out.append((sentence, attribution))
    return out
