"""A readers' question answered by a named expert: the answer's sentences are the expert's (session 15, moved here
in session 16 from the analyze layer, where a hook in ``analyze/voices.py`` assigned the speaker after the fact).

An "Ask the doctor" page prints a reader's question on a "Q:" line, then "Dr Helen Marsh, a cardiologist at St Anne's
Hospital, answers:" and the answer, often opened by "A:". Every sentence after the answerer's line that is neither a
question line nor a question is the expert's, told in her own name though no cue says so (``explicit`` false): a
key point taken from it reads "[According to Dr Helen Marsh, ...]", never as the page's own statement. A sentence
another source already holds keeps its voice. Signed readers' pages are :mod:`newsbrief.nlp.reader_questions`'.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbrief.models import SentenceVoice
from newsbrief.nlp.speech import _Doc

_QUESTION_LINE = re.compile(r"^\s*(?:Q|Question)\s*[:.]\s", re.M)
_ANSWER_LINE = re.compile(r"^\s*(?:A|Answer)\s*[:.]\s", re.M)
# "Dr Helen Marsh, a cardiologist at St Anne's Hospital, answers:", "Answered by Dr Helen Marsh". Bounded repeats
# and a bounded gloss: no backtracking on a long line (the session 15 review).
_ANSWERER = re.compile(
    r"^\s*(?P<a>(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.? )?[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,3})(?:,[^\n:]{0,120})? "
    r"(?:answers|replies|responds|writes)\s*:|\b(?:answered|answer) by (?P<b>(?:(?:Dr|Prof|Professor)\.? )?"
    r"[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,3})", re.M)
_ANSWER_MARK = re.compile(r"^\s*(?:A|Answer)\s*[:.]\s+")


def answered_voices(d: _Doc, voices: list[SentenceVoice]) -> list[SentenceVoice]:
    """The voices with a named expert's answer given to the expert (see the module docstring)."""
    text = d.text
    found = _ANSWERER.search(text)
    if found is None or _QUESTION_LINE.search(text) is None:
        return voices
    expert = found.group("a") or found.group("b")
    fixed: list[SentenceVoice] = []
    for voice in voices:
        sentence = d.doc.sentences[voice.sentence]
        if voice.voice == "reporter" and sentence.start >= found.end() and not _QUESTION_LINE.match(sentence.text) \
                and not sentence.text.rstrip().endswith("?"):
            voice = replace(voice, voice="person", speaker=expert, explicit=False)
        fixed.append(voice)
    return fixed


def answer_mark(text: str) -> int:
    """Length of an answer's "A: " mark opening ``text`` (0 when none): a bracketed source replaces it."""
    found = _ANSWER_MARK.match(text)
    return found.end() if found else 0
