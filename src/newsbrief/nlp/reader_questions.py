"""Readers' Q&A pages: whose words are the questions and whose are the answers.

A "your questions answered" page prints each reader's question with a sign-off line of its own ("Tom
Price, Leeds", "Jane Roe, Leeds, UK"), and the expert the introduction names ("Dr Helen Marsh, editor
of the Journal, answers your questions") answers in the paragraphs after it. The round-up rule reads
a "Name, place" line as a commenter's header and gives every paragraph up to the next one to that
name, so the expert's advice, explanations and forecasts were printed as the readers' (reader Audit
20, docs/audit.md 21.3: 20 bullet items of one brief). The rules:

- a sign-off is a one-line paragraph of a name (one to four capitalised words), a comma and one to
  three places ("Trebor Evans, Cardiff", "Jane Roe, Leeds, UK"), every word capitalised, no end stop;
- the page is a readers' Q&A when at least MIN_SIGNED sign-offs stand next to a question paragraph
  (one with a sentence that ends in "?") and they are at least QA_SHARE of the sign-offs; the side the
  questions are on (before the sign-off or after it) is the side most sign-offs have;
- the run of question paragraphs on that side of a sign-off is its reader's question and that
  reader's only; every other paragraph after it, up to the next question, is the answer: the
  expert's (the person the introduction's "answers your questions" sentence names, or a "Dr Marsh:"
  label opening the answer), or, when no one is named, the page's own voice, never a reader's.

Two more shapes of a readers' page (reader Audit 23, docs/audit.md 24.4: ten of a page's readers'
ideas were printed as the expert's, who rejects them):

- readers' ideas, each judged: an idea (a proposal, often no question), the reader's signature under
  it ("- Tom Price, Leeds, UK"), then the expert's verdict under a label ("Prof Marsh says: ..."). When
  the sign-offs are followed by such labels (MIN_SIGNED and QA_SHARE as above), the paragraph above
  each signature is its reader's and the rest the expert's;
- readers' comments signed under the text with a dash and no expert: each comment runs back to the
  previous signature and is its reader's; the page's own words around them stay the page's.

A round-up of readers' own comments under "Name, place" headers has no questions next to its
sign-offs and keeps each comment its reader's (:mod:`newsbrief.nlp.voices`); an interview's "Q:"/"A:"
turns have no sign-off lines at all.

Also, from speech_answerer (folded in here, session 16): a readers' question answered by a named expert: the
answer's sentences are the expert's (session 15, moved here
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from newsbrief.models import Attribution, Sentence, SentenceVoice
from newsbrief.nlp.speech import _Doc, _stance

# "Trebor Evans, Cardiff", "Jane Roe, Leeds, UK", "Samantha, London": a name, then one to three places;
# "- Tom Price, Leeds, UK": a dash before it marks a signature under the reader's text (Audit 23).
_SIGN_OFF = re.compile(r"^\s*(?:[-–—]\s*)?([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})"
                       r"((?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}){1,3})\s*$")
# The introduction's "X, editor of Y, answers your questions" / "put your questions to X".
_ANSWERS = re.compile(r"\b(?:answers?|answered|answering|responds?|replies|replied)\b[^.?!]{0,40}\bquestions?\b"
                      r"|\bquestions?\b[^.?!]{0,40}\b(?:answered|put to)\b", re.IGNORECASE)
# "Dr Marsh: ...", "Mr McConnell: ...", "Prof Marsh says: ...": the expert's label opening an answer.
_ANSWER_LABEL = re.compile(r"^\s*((?:(?:Dr|Mr|Mrs|Ms|Prof|Professor)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
                           r"(?:\s+(?:says|said|replies|replied|responds|answers|writes))?:\s")
_DASH = re.compile(r"^\s*[-–—]")
MIN_SIGNED = 2  # sign-offs beside a question that make the page a readers' Q&A (one could be a stray line)
# The share of sign-offs that must stand beside a question: in a Q&A every one does; a round-up of readers'
# comments has some that ask ("Why did nobody warn us?") and must keep each comment its reader's. Set on
# this module's tests (tests/nlp/test_speakers_audit20.py: a Q&A at 3/3 and 2/2, comments at 2/4).
QA_SHARE = 0.75


@dataclass(frozen=True)
class ReaderQA:
    """A readers' Q&A: ``askers`` maps a question's sentence index to its reader, ``answers`` holds the
    answer sentences, ``sign_offs`` the sign-off lines (and
    unsigned questions, the page's own), ``expert`` the one who answers (None if unnamed)."""

    askers: dict[int, str]
    answers: frozenset[int]
    sign_offs: frozenset[int]
    expert: str | None


def _paragraphs(d: _Doc) -> dict[int, list[Sentence]]:
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in d.doc.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    return by_paragraph


def _sign_off(d: _Doc, sentences: list[Sentence]) -> str | None:
    """The reader a sign-off paragraph names, or None when the paragraph is no sign-off."""
    text = d.text[sentences[0].start : sentences[-1].end]
    match = _SIGN_OFF.match(text)
    # Every word capitalised, no end stop: the tagger's verb guesses are not asked ("Leeds" as a verb).
    if match is None or "\n" in text.strip():
        return None
    return match.group(1)


def _asks(sentences: list[Sentence]) -> bool:
    return any(s.text.rstrip(" \"”’'").endswith("?") for s in sentences)


def _expert(d: _Doc, before: int) -> str | None:
    """The person the introduction (text before ``before``) says answers the questions."""
    for sentence in d.doc.sentences:
        if sentence.start >= before:
            break
        if _ANSWERS.search(sentence.text):
            for entity in d.doc.entities:
                if entity.label == "PERSON" and sentence.start <= entity.start < sentence.end:
                    return d.resolve_name(entity.text)
    return None


def _question_run(paragraphs: dict[int, list[Sentence]], start: int, step: int, stop: set[int]) -> list[int]:
    """The question paragraphs next to a sign-off, walking from ``start`` by ``step``."""
    run: list[int] = []
    p = start
    while p in paragraphs and p not in stop and _asks(paragraphs[p]):
        run.append(p)
        p += step
    return run


def _question_owners(paragraphs: dict[int, list[Sentence]], signs: dict[int, str]) -> dict[int, str] | None:
    """Question paragraph -> its reader, when the sign-offs stand beside questions (Audit 20's page)."""
    after = [p for p in signs if p - 1 in paragraphs and p - 1 not in signs and _asks(paragraphs[p - 1])]
    before = [p for p in signs if p + 1 in paragraphs and p + 1 not in signs and _asks(paragraphs[p + 1])]
    step = -1 if len(after) >= len(before) else 1
    signed = after if step == -1 else before
    if len(signed) < MIN_SIGNED or len(signed) < QA_SHARE * len(signs):
        return None
    owners: dict[int, str] = {}
    for p in signed:
        for q in _question_run(paragraphs, p + step, step, set(signs)):
            owners[q] = signs[p]
    return owners


def _labelled(sentences: list[Sentence]) -> bool:
    return _ANSWER_LABEL.match(sentences[0].text) is not None


def _idea_owners(paragraphs: dict[int, list[Sentence]], signs: dict[int, str]) -> dict[int, str] | None:
    """Idea paragraph -> its reader on a page of readers' ideas, each signed and then judged under the
    expert's label ("- Tom Price, Leeds" then "Prof Marsh says: ..."; Audit 23). The idea is the one
    paragraph above its signature: an answer may run on over paragraphs, and taking more would give the
    end of the last answer to the next reader."""
    judged = [p for p in signs if p + 1 in paragraphs and _labelled(paragraphs[p + 1])]
    if len(judged) < MIN_SIGNED or len(judged) < QA_SHARE * len(signs):
        return None
    # The page's first paragraph introduces it ("We put your ideas to Prof Marsh"): no reader's idea, even
    # when the first idea above a signature was lost.
    return {p - 1: signs[p] for p in judged
            if p - 1 in paragraphs and p - 1 > min(paragraphs) and p - 1 not in signs
            and not _labelled(paragraphs[p - 1])}


def _comment_owners(d: _Doc, paragraphs: dict[int, list[Sentence]], signs: dict[int, str]) -> dict[int, str] | None:
    """Comment paragraph -> its reader on a page of readers' comments signed under the text ("My feet
    are sore." then "- Rosa Vale, Derby"): each comment runs back to the previous signature; the first
    is the one paragraph above its signature (the introduction stands before it)."""
    dashed = sorted(p for p in signs if _DASH.match(d.text[paragraphs[p][0].start:]))
    if len(dashed) < MIN_SIGNED or len(dashed) < QA_SHARE * len(signs):
        return None
    owners: dict[int, str] = {}
    previous = None
    for p in dashed:
        stop = previous if previous is not None else p - 2
        q = p - 1
        while q in paragraphs and q > stop and q not in signs:
            owners[q] = signs[p]
            q -= 1
        previous = p
    # A list of names ("- Lionel Messi, Argentina" three times) signs nothing: only signatures that each own a
    # comment make a comment page (session 15 review: the paragraph above such a list went to its first name).
    if len(set(owners.values())) < MIN_SIGNED:
        return None
    return owners


def read_reader_qa(d: _Doc) -> ReaderQA | None:
    """The page's readers' Q&A or signed readers' comments (see the module docstring), or None."""
    paragraphs = _paragraphs(d)
    signs = {p: name for p, sentences in paragraphs.items() if (name := _sign_off(d, sentences)) is not None}
    if len(signs) < MIN_SIGNED:
        return None
    questions = _question_owners(paragraphs, signs) or _idea_owners(paragraphs, signs)
    comments = questions is None or not questions
    if comments:
        questions = _comment_owners(d, paragraphs, signs)
    if not questions:
        return None
    first = min(min(questions), min(signs))
    expert = None if comments else _expert(d, paragraphs[first][0].start)
    askers: dict[int, str] = {}
    answers: set[int] = set()
    loose: set[int] = set()
    for p in sorted(paragraphs):
        if p < first or p in signs:
            continue
        if p in questions:
            askers.update((s.index, d.resolve_name(questions[p])) for s in paragraphs[p])
        elif comments:
            continue  # the page's own words between or after the comments
        elif _asks(paragraphs[p]):
            loose.update(s.index for s in paragraphs[p])  # a question no sign-off claims: no one's answer
        else:
            label = _ANSWER_LABEL.match(paragraphs[p][0].text)
            if expert is None and label is not None:
                expert = d.resolve_name(label.group(1))
            answers.update(s.index for s in paragraphs[p])
    sign_offs = frozenset(s.index for p in signs for s in paragraphs[p]) | loose
    return ReaderQA(askers, frozenset(answers), sign_offs, expert)


def reader_qa_voices(d: _Doc, qa: ReaderQA, voices: list[SentenceVoice]) -> list[SentenceVoice]:
    """The voices with a Q&A's questions given to their readers and its answers to the expert (or the
    page): a voice that names another source in its own sentence (an answer's "the WHO says") stays."""
    readers = set(qa.askers.values())
    fixed: list[SentenceVoice] = []
    for voice in voices:
        text = d.doc.sentences[voice.sentence].text
        if voice.sentence in qa.askers:
            voice = SentenceVoice(voice.sentence, "person", qa.askers[voice.sentence], _stance("", text, text), False)
        elif voice.sentence in qa.sign_offs:
            voice = SentenceVoice(voice.sentence, "reporter", None, "asserts")
        elif voice.sentence in qa.answers and (voice.speaker is None or voice.speaker in readers
                                               or not voice.explicit):
            stance = _stance("", text, text)
            voice = SentenceVoice(voice.sentence, "person", qa.expert, stance, False) if qa.expert \
                else SentenceVoice(voice.sentence, "reporter", None, stance)
        fixed.append(voice)
    return fixed


_Found = list[tuple[Sentence, Attribution]]


def reader_qa_attributions(qa: ReaderQA, found: _Found) -> _Found:
    """The attributions with a reader's name taken off an answer (the expert's, or nobody named's)."""
    readers = set(qa.askers.values())
    kept: list[tuple[Sentence, Attribution]] = []
    for sentence, attribution in found:
        if sentence.index in qa.answers and attribution.speaker in readers:
            if qa.expert is None:
                continue
            attribution = replace(attribution, speaker=qa.expert, source_text=qa.expert)
        kept.append((sentence, attribution))
    return kept


__all__ = ["ReaderQA", "read_reader_qa", "reader_qa_attributions", "reader_qa_voices"]


# ---------------------------------------------------------------- A readers' question answered by a named
# A readers' question answered by a named expert: the answer's sentences are the expert's (session 15, moved here in
# session 16 from the analyze layer, where a hook in ``analyze/voices.py`` assigned the speaker after the fact). An
# "Ask the doctor" page prints a reader's question on a "Q:" line, then "Dr Helen Marsh, a cardiologist at St Anne's
# Hospital, answers:" and the answer, often opened by "A:". Every sentence after the answerer's line that is neither
# a question line nor a question is the expert's, told in her own name though no cue says so (``explicit`` false): a
# key point taken from it reads "[According to Dr Helen Marsh, ...]", never as the page's own statement. A sentence
# another source already holds keeps its voice. Signed readers' pages are :mod:`newsbrief.nlp.reader_questions`'.

QUESTION_LINE = re.compile(r"^\s*(?:Q|Question)\s*[:.]\s", re.M)
ANSWER_LINE = re.compile(r"^\s*(?:A|Answer)\s*[:.]\s", re.M)
# "Dr Helen Marsh, a cardiologist at St Anne's Hospital, answers:", "Answered by Dr Helen Marsh". Bounded repeats
# and a bounded gloss: no backtracking on a long line (the session 15 review).
ANSWERER = re.compile(
    r"^\s*(?P<a>(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.? )?[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,3})(?:,[^\n:]{0,120})? "
    r"(?:answers|replies|responds|writes)\s*:|\b(?:answered|answer) by (?P<b>(?:(?:Dr|Prof|Professor)\.? )?"
    r"[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,3})", re.M)
_ANSWER_MARK = re.compile(r"^\s*(?:A|Answer)\s*[:.]\s+")


def answered_voices(d: _Doc, voices: list[SentenceVoice]) -> list[SentenceVoice]:
    """The voices with a named expert's answer given to the expert (see the module docstring)."""
    text = d.text
    found = ANSWERER.search(text)
    if found is None or QUESTION_LINE.search(text) is None:
        return voices
    expert = found.group("a") or found.group("b")
    fixed: list[SentenceVoice] = []
    for voice in voices:
        sentence = d.doc.sentences[voice.sentence]
        if voice.voice == "reporter" and sentence.start >= found.end() and not QUESTION_LINE.match(sentence.text) \
                and not sentence.text.rstrip().endswith("?"):
            voice = replace(voice, voice="person", speaker=expert, explicit=False)
        fixed.append(voice)
    return fixed


def answer_mark(text: str) -> int:
    """Length of an answer's "A: " mark opening ``text`` (0 when none): a bracketed source replaces it."""
    found = _ANSWER_MARK.match(text)
    return found.end() if found else 0
