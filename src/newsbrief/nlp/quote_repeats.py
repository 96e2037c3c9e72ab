"""A quotation that repeats one the article attributes: the repeat is the same speaker's (session 16b).

Pages print a pull quote, a short paragraph repeating a speaker's words in large type; news copy taken off the web
keeps it as a paragraph of its own. Reader Audit 25 found a Vatican spokesman's rebuke to journalists, so
repeated, given to Pope Paul VI, the person named near the pull quote. The words are the spokesman's wherever
they are printed again: a quotation whose words are (nearly) those of a quotation a cue attributes elsewhere takes
that attribution, unless a cue of its own sentence frames it (then someone is quoting the same words, and says so).

"Nearly": the repeat may drop a clause or change a word ("There is a rule in journalism ..."), so the test is the
share of the repeat's words the attributed quotation holds, at least :data:`REPEAT_SHARE`, over a repeat of
:data:`MIN_REPEAT_WORDS` words or more (a short phrase, "we will win", is said by many).
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbrief.models import Attribution, Sentence
from newsbrief.nlp.speech import _Doc

_WORD = re.compile(r"[\w']+")
# Tuned on the session 16b cases: a pull quote that drops a clause keeps 100% of its words in the original; two
# speakers' different sentences on one topic share well under half of theirs.
REPEAT_SHARE = 0.8
MIN_REPEAT_WORDS = 6


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _own_cue(sentences: list[Sentence], attribution: Attribution) -> bool:
    """Whether the attribution's cue lies in the repeat's own sentence (a speaker quoting it anew)."""
    cue = attribution.cue_start
    return cue is not None and any(s.start <= cue < s.end for s in sentences) and not (
        attribution.content_start <= cue < attribution.content_end)


def _original(d: _Doc, start: int, end: int, found: list[tuple[Sentence, Attribution]]) -> Attribution | None:
    """The first cue-framed attribution elsewhere whose quotation holds the words of d.text[start:end]."""
    words = _words(d.text[start:end])
    if len(words) < MIN_REPEAT_WORDS:
        return None
    for _, a in found:
        if a.cue_start is None or a.speaker is None or a.voice == "reporter" \
                or (a.content_start < end and start < a.content_end):
            continue
        held = _words(d.text[a.content_start : a.content_end])
        if len(words & held) >= REPEAT_SHARE * len(words) and len(held) >= MIN_REPEAT_WORDS:
            return a
    return None


def repeated_quotes(d: _Doc, found: list[tuple[Sentence, Attribution]]) -> list[tuple[Sentence, Attribution]]:
    """``found`` with each repeated quotation given its original's source (see the module docstring)."""
    fixed = list(found)
    for start, end in d.quotes:
        sentences = [s for s in d.doc.sentences if s.start < end and start < s.end]
        if not sentences:
            continue
        covering = [k for k, (_, a) in enumerate(fixed) if a.content_start <= start + 1 and end - 1 <= a.content_end]
        if any(_own_cue(sentences, fixed[k][1]) for k in covering):
            continue
        original = _original(d, start, end, fixed)
        if original is None:
            continue
        for k in covering:
            if fixed[k][1].speaker != original.speaker:
                fixed[k] = (fixed[k][0], replace(fixed[k][1], source_text=original.source_text,
                                                 speaker=original.speaker, voice=original.voice, role=original.role))
        if not covering:
            fixed.append((sentences[0], replace(original, content_start=start, content_end=end, kind="quote",
                                                cue_start=None, cue_end=None)))
    return sorted(fixed, key=lambda pair: pair[1].content_start)
