"""The firm a "the company" right after a named firm's statement means: the named subject of the sentences just
before, carried on through "it" and "the company" subjects and quotations.

Audit 38 #1: "Halliburton later issued a statement saying ... '...,' it said. The company also denied ..." went to
BP, the company the text names most often, because the model typed Halliburton a place and "it said" is no source
the stage keeps. The nearer named subject is what a reader takes "the company" to mean; a body named more often
further back is a guess, and a wrong speaker is worse than none.

Split from :mod:`newsbrief.nlp.referents` (at its size limit); rules over the dependency parse in
:class:`~newsbrief.nlp.speech._Doc`.
"""

from __future__ import annotations

from newsbrief.models import Sentence, Token
from newsbrief.nlp.speech import _clean, _Doc, is_person_name

__all__ = ["named_firm_before"]

# How far back the firm is looked for: the sentence before and two more (a quotation and its "it said" between).
_BACK_SENTENCES = 3
# Subjects that carry the same firm on ("it said", "The company added"): look one sentence further back.
_CARRIERS = frozenset({"it", "company", "firm"})
# What a firm's name may be typed by the model (a contractor's name read as a place: "Halliburton", GPE).
_FIRM_TYPES = frozenset({"ORG", "GPE", ""})


def _main_subject(d: _Doc, sentence: Sentence) -> Token | None:
    """The first subject outside quotations of a verb outside them ('"...," it said': "it")."""
    tokens = d.doc.tokens
    for token in d.doc.sentence_tokens(sentence):
        if token.dep == "nsubj" and not d.in_quote(token.start) and not d.in_quote(tokens[token.head].start):
            return token
    return None


def named_firm_before(d: _Doc, sentence: Sentence) -> str | None:
    """The proper name that is the subject of the nearest sentence before ``sentence`` (same or previous paragraph)
    whose subject is not "it"/"the company"; None when that subject is anything else (a person, a common noun)."""
    doc = d.doc
    tokens = doc.tokens
    for previous in reversed(doc.sentences[max(0, sentence.index - _BACK_SENTENCES) : sentence.index]):
        if sentence.paragraph - previous.paragraph > 2:
            return None
        subject = _main_subject(d, previous)
        if subject is None:
            continue  # a quotation alone: its subjects are the speaker's
        if subject.lemma.lower() in _CARRIERS or subject.text.lower() in _CARRIERS:
            continue
        if subject.pos != "PROPN" or subject.ent_type not in _FIRM_TYPES or is_person_name(d, subject):
            return None
        first = subject.i
        while first > previous.token_start and tokens[first - 1].pos == "PROPN" and tokens[first - 1].dep == "compound":
            first -= 1
        return _clean(d.span_text(first, subject.i)) or None
    return None
