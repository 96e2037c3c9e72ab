"""Answers remembered for the last few documents, for rules that read a whole document again for every sentence.

Several rules ask one question of a document many times while a brief is made (the rejected claims of a debunk for
the context, the quotes and the conclusion; the speakers index for every repaired opening; whether a sentence can
close the brief, asked again by the closing window and the look-back). Profiles of 40 CNN/DM briefs (session 20)
put each such re-reading at 1-3 % of a brief's time, so each rule kept a hand-written cache of its own; this module
is the one way they remember now (the review of session 20's change asked for it).

An entry holds the document object itself and is found by identity: a new document that reuses a freed one's
``id`` can never be given its answer. Only a few documents are kept (a brief works on one at a time; the batch
runner and the web worker brief in turn), so memory stays flat. The functions must depend on their arguments alone.
Generic over the document type so this module stays below ``nlp`` and ``analyze`` in the dependency rule.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import wraps
from typing import TypeVar

D = TypeVar("D")
K = TypeVar("K", bound=Hashable)
C = TypeVar("C")
T = TypeVar("T")

# How many documents each remembering function keeps: one is being briefed; a second covers a story's article
# compared with the one before.
DOCUMENTS_KEPT = 4


def per_document(func: Callable[[D], T]) -> Callable[[D], T]:
    """``func(doc)`` remembered for the last :data:`DOCUMENTS_KEPT` documents, found by identity."""
    kept: list[tuple[D, T]] = []

    @wraps(func)
    def remembered(doc: D) -> T:
        for held, answer in kept:
            if held is doc:
                return answer
        answer = func(doc)
        kept.append((doc, answer))
        del kept[:-DOCUMENTS_KEPT]
        return answer

    return remembered


def per_document_pair(func: Callable[[D, C], T]) -> Callable[[D, C], T]:
    """``func(doc, ctx)`` remembered for the last :data:`DOCUMENTS_KEPT` pairs, both found by identity (a document
    and the context built for it, asked again by each genre rule)."""
    kept: list[tuple[D, C, T]] = []

    @wraps(func)
    def remembered(doc: D, ctx: C) -> T:
        for held, held_ctx, answer in kept:
            if held is doc and held_ctx is ctx:
                return answer
        answer = func(doc, ctx)
        kept.append((doc, ctx, answer))
        del kept[:-DOCUMENTS_KEPT]
        return answer

    return remembered


def per_document_and_key(judge: Callable[[D, K], T]) -> Callable[[D, K], T]:
    """``judge(doc, key)`` remembered for every key of the last document asked about (a sentence's answer, say)."""
    last: list[tuple[D, dict[K, T]]] = []

    @wraps(judge)
    def remembered(doc: D, key: K) -> T:
        if not last or last[0][0] is not doc:
            last[:] = [(doc, {})]
        answers = last[0][1]
        if key not in answers:
            answers[key] = judge(doc, key)
        return answers[key]

    return remembered


__all__ = ["DOCUMENTS_KEPT", "per_document", "per_document_and_key", "per_document_pair"]
