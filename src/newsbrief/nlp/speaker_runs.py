"""A quoted person's own first-person lines printed without quotation marks (issue #11).

The lead's reading of unseen Newsroom articles found a comedian's apology, quoted from her Instagram post,
carried on in sentences with no quotation marks ("I wrote vague jokes because we both live in L.A. ..."):
the brief filed them under Analysis as the writer's own words. A news report speaks in the third person,
so a first-person sentence with no source of its own that follows, in the same paragraph, a sentence in
which a named person speaks in the first person is that person's:

- '"I never meant to hurt anyone," Holt wrote on Instagram. I wrote vague jokes because ...';
- "Holt wrote on Instagram: I never meant to hurt anyone. I wrote vague jokes because ...".

The run goes on while the sentences stay in the first person and in the paragraph. A writer who speaks as
"I" elsewhere in the article (a column, a first-person report) keeps every such sentence: there the "I"
after a quotation is the writer's ('"I love it," Cole said. I asked her why.').
(Paragraphs after "X wrote:" are :mod:`newsbrief.nlp.block_quotes`'s; quotations that run over several
sentences or paragraphs keep their voice in :mod:`newsbrief.nlp.voices`.)
"""

from __future__ import annotations

from dataclasses import replace

from newsbrief.models import Sentence, SentenceVoice
from newsbrief.nlp.speech import _Doc

# First-person words, case-sensitive so "US" (the country) is not "us"; capitalised forms open a sentence.
_FIRST_PERSON = frozenset("I me my mine myself we us our ours ourselves My Mine We Our Ours".split())
_QUOTE_MARKS = "\"“”"


def _first_person(d: _Doc, sentence: Sentence, quoted: bool) -> bool:
    """Whether the sentence has a first-person word inside (``quoted``) or outside quotation marks."""
    return any(t.text in _FIRST_PERSON and bool(d.in_quote(t.start)) == quoted
               for t in d.doc.sentence_tokens(sentence))


def _speaks_as_i(d: _Doc, sentence: Sentence, voice: SentenceVoice) -> bool:
    """Whether a named person speaks in the first person in ``sentence``: in a quotation, or after the colon
    of "Holt wrote on Instagram: I never meant ..."."""
    if voice.voice != "person" or not voice.speaker or not voice.explicit:
        return False
    if _first_person(d, sentence, quoted=True):
        return True
    colon = d.text.find(":", sentence.start, sentence.end)
    return colon >= 0 and any(t.text in _FIRST_PERSON for t in d.doc.sentence_tokens(sentence) if t.start > colon)


def _bare_first_person(d: _Doc, sentence: Sentence, voice: SentenceVoice) -> bool:
    """A sentence of the writer's voice in the first person with no quotation of its own."""
    return voice.voice == "reporter" and _first_person(d, sentence, quoted=False) \
        and not any(mark in sentence.text for mark in _QUOTE_MARKS)


def first_person_runs(d: _Doc, voices: list[SentenceVoice]) -> list[SentenceVoice]:
    """``voices`` with the first-person sentences after a named person's first-person words given to that
    person (see the module docstring)."""
    sentences = d.doc.sentences
    runs: dict[int, SentenceVoice] = {}
    for sentence in sentences[1:]:
        before, voice = sentences[sentence.index - 1], voices[sentence.index]
        if before.paragraph != sentence.paragraph or not _bare_first_person(d, sentence, voice):
            continue
        owner = runs.get(before.index)
        if owner is None and _speaks_as_i(d, before, voices[before.index]):
            owner = voices[before.index]
        if owner is not None:
            runs[sentence.index] = owner
    writer = any(_bare_first_person(d, s, voices[s.index]) for s in sentences if s.index not in runs)
    if not runs or writer:
        return voices
    return [replace(v, voice=runs[v.sentence].voice, speaker=runs[v.sentence].speaker, role=runs[v.sentence].role,
                    explicit=False) if v.sentence in runs else v for v in voices]


__all__ = ["first_person_runs"]
