"""A name fronted as the sentence's topic, "As for Mari, she admitted ...": the "he"/"she" after it is that
person, whoever spoke last.

Audit 42 (#5): "As for SuBo, she admitted she didn't know this REM song" followed a male singer's quotes about
her; the nickname is no name the model typed, so the chain went back to him and her "it was an honor to be
picked" became his. The fronted phrase says outright whom the clause is about.
"""

from __future__ import annotations

from newsbrief.models import Sentence
from newsbrief.nlp.speech import _clean, _Doc

__all__ = ["topic_front"]

_MAX_NAME = 4  # "As for Mary Ann Vega Ruiz," at most


def topic_front(d: _Doc, sentence: Sentence, pronoun: str) -> str | None:
    """The capitalised name of a sentence opening "As for NAME, he/she ..." when its subject right after the
    comma is ``pronoun``; None for any other sentence, or a fronted topic that is no name ("As for the
    budget, she said ...")."""
    words = d.doc.sentence_tokens(sentence)
    if len(words) < 5 or words[0].text.lower() != "as" or words[1].text.lower() != "for":
        return None
    run = []
    for token in words[2 : 2 + _MAX_NAME + 1]:
        if token.text == ",":
            break
        if not (token.pos == "PROPN" and token.text[:1].isupper()):
            return None
        run.append(token)
    after = 2 + len(run) + 1
    if not run or len(run) > _MAX_NAME or after >= len(words) or words[after - 1].text != ",":
        return None
    subject = words[after]
    if subject.text.lower() != pronoun or subject.dep != "nsubj" or d.in_quote(subject.start):
        return None
    return d.resolve_name(_clean(d.span_text(run[0].i, run[-1].i)), run[0].start)
