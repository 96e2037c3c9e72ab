"""Readers' questions answered by an expert, each answer opened by the reader's credit glued to the expert's label.

A "your questions answered" page may print each reader's question, then the reader's credit and the expert's
label on the line that opens the answer: "Tom Hale, Leeds Prof Lund: Most of the ice melts in spring." The
answer runs on over the paragraphs after it until the next question. Read as a round-up's "Name, role:" header,
the line gave the answer and its continuation to the reader, who only asked, and the expert was left out of the
Actors (reader Audit 45 #7, docs/audit.md section 46: 16 items of one brief). The rules, over the paragraphs:

- a credited line opens a paragraph with a name of one to four capitalised words, a comma, then capitalised
  words and commas (the reader's place) and the expert's label before a colon;
- it is such a page when at least MIN_CREDITED credited lines each follow a question paragraph (one whose last
  sentence ends in "?"), they are all credited lines of the page, and they end in the same word: the
  expert's surname, the label the lines share; the expert is the person the text names with that surname in
  full ("flu expert Ann Lund, head of ..."), or, with no such person, a label that opens with a title ("Prof
  Lund"); else the page is not read (precision: no expert, no turns);
- the questions just before each credited line are asked (nobody's: the reader's name never speaks them);
  the credited line and the paragraphs after it are the expert's answer, except a run of paragraphs just
  before the next question that speak in the first person and never to "you": a reader setting out a
  question ("My son has asthma.") reads so, and so may an expert ("I expect guidance soon"), so the run is
  withheld (asked) rather than given to either.

An interview's "Q:"/"A:" labels carry no credit, and a caption's "Name, Place" has no label and colon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsbrief.models import Document, Sentence

# "Tom Hale, Leeds Prof Lund: ...", "Sue Marr, Ely, UK Dr Lund: ...": the reader's name, the place and the label.
_CREDIT = re.compile(r"^(?P<reader>[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3}),\s(?P<head>[A-Z][\w.'’-]*"
                     r"(?:,?\s[A-Z][\w.'’-]*){1,6})\s?:\s+(?=\S)")
_TITLES = frozenset({"dr", "dr.", "prof", "prof.", "professor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "doctor"})
MIN_CREDITED = 3  # credited answers after a question that make the page (two could be a list of captions)
_FIRST = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours"})
_SECOND = frozenset({"you", "your", "yours", "yourself"})


@dataclass(frozen=True)
class CreditedAnswers:
    """``turns``: sentence index -> the expert (answers) or None (questions and withheld paragraphs);
    ``asked``: the sentences that are nobody's; ``readers``: the credited readers' names."""

    turns: dict[int, str | None]
    asked: frozenset[int]
    readers: frozenset[str]


def _is_question(sentences: list[Sentence]) -> bool:
    return sentences[-1].text.rstrip(" \"”’'").endswith("?")


def _credit(sentence: Sentence) -> re.Match[str] | None:
    return _CREDIT.match(sentence.text)


def credit_end(sentence: Sentence) -> int:
    """Where the answer starts after a credited line's "Reader, Place Label:" (the sentence's start if none)."""
    match = _credit(sentence)
    return sentence.start + (match.end() if match else 0)


def _expert(doc: Document, heads: list[str], before: int) -> str | None:
    """The expert the credited lines' shared label names, in full as the text before ``before`` (the first
    credited line) names them, or the label when it opens with a title; a name the tagger read in a credit
    ("Leeds Prof Lund") is not taken."""
    words = [head.replace(",", " ").split() for head in heads]
    surname = words[0][-1]
    if any(w[-1] != surname for w in words):
        return None
    for entity in doc.entities:
        names = entity.text.split()
        if entity.label == "PERSON" and entity.start < before and len(names) >= 2 and names[-1] == surname:
            return entity.text
    label = words[0][-2:]
    same = all(w[-2:] == label for w in words)
    return " ".join(label) if same and len(label) == 2 and label[0].lower() in _TITLES else None


def _words(doc: Document, sentences: list[Sentence]) -> set[str]:
    return {t.text.lower() for t in doc.tokens if sentences[0].start <= t.start < sentences[-1].end}


def _withheld(doc: Document, paragraphs: dict[int, list[Sentence]], block: list[int]) -> set[int]:
    """The run of first-person paragraphs that never say "you", at the end of an answer's continuation."""
    held: set[int] = set()
    for paragraph in reversed(block):
        words = _words(doc, paragraphs[paragraph])
        if not words & _FIRST or words & _SECOND:
            break
        held.add(paragraph)
    return held


def read_credited_answers(doc: Document, paragraphs: dict[int, list[Sentence]]) -> CreditedAnswers | None:
    """The page's credited answers (see the module docstring), or None when it is no such page."""
    credited = {p: m for p, sentences in paragraphs.items() if (m := _credit(sentences[0])) is not None}
    asked_before = [p for p in credited if p - 1 in paragraphs and p - 1 not in credited
                    and _is_question(paragraphs[p - 1])]
    if len(asked_before) < MIN_CREDITED or len(asked_before) < len(credited):
        return None
    expert = _expert(doc, [credited[p].group("head") for p in sorted(credited)], paragraphs[min(credited)][0].start)
    if expert is None:
        return None
    order = sorted(paragraphs)
    turns: dict[int, str | None] = {}
    starts = sorted(credited)
    for n, start in enumerate(starts):
        question = start - 1
        while question in paragraphs and question not in credited and _is_question(paragraphs[question]):
            turns.update((s.index, None) for s in paragraphs[question])
            question -= 1
        following = starts[n + 1] if n + 1 < len(starts) else order[-1] + 1
        block = [p for p in order if start < p < following]
        while block and _is_question(paragraphs[block[-1]]) and n + 1 < len(starts):
            block.pop()  # the next reader's question
        held = _withheld(doc, paragraphs, block) if n + 1 < len(starts) else set()
        for paragraph in [start, *block]:
            who = None if paragraph in held else expert
            turns.update((s.index, who) for s in paragraphs[paragraph])
    readers = frozenset(credited[p].group("reader") for p in credited)
    return CreditedAnswers(turns, frozenset(i for i, who in turns.items() if who is None), readers)


__all__ = ["CreditedAnswers", "credit_end", "read_credited_answers"]
