"""The answers a reader keeps from a Q&A explainer (reader Audit 46, docs/audit.md 47.3 and 47.5).

An explainer told under question sub-heads ("What measures have been imposed?", "What is likely to hurt most?",
"Who is against them?") answers each in the paragraph below it. The key points chosen by score took the intro's
framing and its colour ("Under a grey sky ... queues formed"), and Audit 46's explainer lost the answers to "what will
have the biggest impact?" and "who opposes?" to the outlook and the actors. :func:`key_answers` finds, on a page with
at least MIN_SUBHEADS question sub-heads, the answers to the questions that ask what weighs most or who stands
against (or for) the matter: the first sentence of the answer paragraph that states something on its own.
:func:`with_answers` puts them right after the first key point, in place of the lowest-ranked others.

Other questions ("What happens next?", "What are sanctions?") are left to the scores: precision over recall, as
their answers are as often a definition or a date as what a reader keeps.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context
    from newsbrief.models import Document, Sentence

MIN_SUBHEADS = 3  # fewer question lines are a hook or a single set-up, not a page of answers
MAX_SUBHEAD_WORDS = 12
MIN_ANSWER_WORDS = 6  # "Yes." or "It depends." states nothing alone
# What weighs most, or who stands on which side.
_KEY_QUESTION = re.compile(
    r"\b(?:biggest|greatest|largest|most|hardest|main|key)\b|\bwho (?:opposes|supports|backs|objects|is (?:against|"
    r"opposed|for|behind)|are (?:against|opposed|behind)|has (?:opposed|objected|resisted|blocked))\b", re.I)
_QUOTE_MARKS = "\"“'‘"


def _subhead_questions(doc: Document) -> list[Sentence]:
    """Questions standing alone as a short paragraph with a paragraph after them."""
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in doc.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    found = []
    for lines in by_paragraph.values():
        text = lines[0].text.strip()
        if len(lines) == 1 and text.endswith("?") and text[:1] not in _QUOTE_MARKS \
                and len(text.split()) <= MAX_SUBHEAD_WORDS and lines[0].index + 1 < len(doc.sentences):
            found.append(lines[0])
    return found


def _answer(doc: Document, question: Sentence) -> Sentence | None:
    """The first sentence of the answer paragraph that states something alone (no question, no quotation)."""
    paragraph = doc.sentences[question.index + 1].paragraph
    for sentence in doc.sentences[question.index + 1 :]:
        text = sentence.text.strip()
        if sentence.paragraph != paragraph or text.endswith("?"):
            return None
        if text[:1] not in _QUOTE_MARKS and len(text.split()) >= MIN_ANSWER_WORDS:
            return sentence
    return None


def key_answers(doc: Document, ctx: Context) -> list[Sentence]:
    """The answers to a Q&A page's questions of weight (what matters most, who opposes), in article order."""
    if ctx.genre in ("live", "roundup"):
        return []
    questions = _subhead_questions(doc)
    if len(questions) < MIN_SUBHEADS:
        return []
    answers = (_answer(doc, q) for q in questions if _KEY_QUESTION.search(q.text))
    return [a for a in answers if a is not None]


def with_answers(doc: Document, ctx: Context, chosen: list[Sentence]) -> list[Sentence]:
    """The key points with a Q&A page's key answers right after the first point (the count kept)."""
    answers = [a for a in key_answers(doc, ctx) if a not in chosen[:1]]
    if not answers or len(chosen) < 2:
        return chosen
    answers = answers[: len(chosen) - 1]
    rest = [s for s in chosen[1:] if s not in answers]
    return [chosen[0], *answers, *rest][: len(chosen)]
