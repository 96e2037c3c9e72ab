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

Readers' stories (:func:`reader_story_voices`): a page that gathers its readers' accounts speaks, after its
introduction, in their voices.

A round-up of readers' testimony ("Readers have been telling us about their search for relatives", "You have been
sending us your stories") prints each reader's account as a paragraph in the reader's own words: "My colleague has
been trying to reach his family since Sunday. It must be a miracle because all nine of his relatives are alive."
Ingest may cut the "Name, Place" line above each account as a caption, and with it the only sign of whose the words
are; read as the article's own, the account became a key point in the page's voice (reader Audit 46 #1: a reader's
"It must be a miracle ..." printed as the article's statement). The rules:

- the page announces readers' accounts in one of its first INTRO_PARAGRAPHS paragraphs (_ANNOUNCES);
- after that paragraph, a paragraph that speaks in the first person (I, my, we, our, ...) outside quotation marks is
  a reader's account, and each of its sentences still in the writer's voice is given to READER, unnamed (the
  name, if any, is lost): the sentence is then labelled "[According to a reader, ...]" or withheld, never shown
  as the article's statement;
- sentences that already name a speaker keep theirs, and a paragraph in the third person stays the writer's (a
  page's own framing between the accounts: "Aid agencies say ...").
"""

from __future__ import annotations

import re
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


INTRO_PARAGRAPHS = 3  # a readers' page says what it gathers at its top
READER = "a reader"
# "Readers have been telling us ...", "you have been sending the BBC your stories", "readers share their experiences"
_ANNOUNCES = re.compile(
    r"\b(?:readers|you)\s+(?:have\s+)?(?:been\s+)?(?:tell|telling|told|shar(?:e|ing|ed)|send(?:ing)?|sent|"
    r"describ(?:e|ing|ed)|writ(?:e|ing)|wrote|contact(?:ing|ed)?)\b|\byour\s+(?:stories|experiences|accounts)\b|"
    r"\breaders'\s+(?:stories|experiences|accounts)\b", re.I)
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")


def _intro_paragraph(d: _Doc) -> int | None:
    """The paragraph that announces the readers' accounts, or None when the page announces none."""
    for sentence in d.doc.sentences:
        if sentence.paragraph >= INTRO_PARAGRAPHS:
            return None
        if _ANNOUNCES.search(sentence.text):
            return sentence.paragraph
    return None


def _account_in_first_person(text: str) -> bool:
    """Whether ``text`` speaks as "I" or "we" outside its quotation marks."""
    words = re.findall(r"[A-Za-z]+", _QUOTED.sub(" ", text))
    return any(w in _FIRST_PERSON for w in words)


def reader_story_voices(d: _Doc, voices: list[SentenceVoice]) -> list[SentenceVoice]:
    """``voices`` with a readers' page's first-person accounts given to an unnamed reader (module docstring)."""
    intro = _intro_paragraph(d)
    if intro is None:
        return voices
    by_paragraph: dict[int, list[int]] = {}
    for sentence in d.doc.sentences:
        if sentence.paragraph > intro:
            by_paragraph.setdefault(sentence.paragraph, []).append(sentence.index)
    told: set[int] = set()
    for indices in by_paragraph.values():
        if any(_account_in_first_person(d.doc.sentences[i].text) for i in indices):
            told.update(i for i in indices if voices[i].voice == "reporter")
    return [replace(v, voice="person", speaker=READER, explicit=False, role=None) if v.sentence in told else v
            for v in voices]


__all__ = ["READER", "first_person_runs", "reader_story_voices"]
