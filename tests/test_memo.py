"""Answers remembered per document: found by identity, computed once, and only for the last few documents."""

from __future__ import annotations

from newsbrief.memo import DOCUMENTS_KEPT, per_document, per_document_and_key, per_document_pair


class _Doc:
    """A stand-in document: equal to every other, so only identity can tell them apart."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Doc)

    def __hash__(self) -> int:
        return 0


def test_an_answer_is_computed_once_per_document_and_found_by_identity() -> None:
    calls: list[_Doc] = []

    @per_document
    def count(doc: _Doc) -> int:
        calls.append(doc)
        return len(calls)

    first, second = _Doc(), _Doc()
    assert count(first) == 1 and count(first) == 1
    assert count(second) == 2  # an equal but different document is asked again
    assert count(first) == 1 and len(calls) == 2


def test_only_the_last_few_documents_are_kept() -> None:
    calls: list[_Doc] = []

    @per_document
    def count(doc: _Doc) -> int:
        calls.append(doc)
        return len(calls)

    docs = [_Doc() for _ in range(DOCUMENTS_KEPT + 1)]
    for doc in docs:
        count(doc)
    assert count(docs[-1]) == DOCUMENTS_KEPT + 1  # still kept
    assert count(docs[0]) == DOCUMENTS_KEPT + 2  # the oldest was let go and is computed again


def test_a_judge_remembers_each_key_for_the_last_document_only() -> None:
    calls: list[tuple[_Doc, int]] = []

    @per_document_and_key
    def judge(doc: _Doc, key: int) -> bool:
        calls.append((doc, key))
        return key % 2 == 0

    first, second = _Doc(), _Doc()
    assert judge(first, 2) and not judge(first, 3) and judge(first, 2)
    assert len(calls) == 2
    judge(second, 2)
    judge(first, 2)  # the first document was replaced by the second, so it is judged again
    assert len(calls) == 4


def test_a_pair_is_remembered_only_for_the_same_document_and_context() -> None:
    calls: list[tuple[_Doc, _Doc]] = []

    @per_document_pair
    def read(doc: _Doc, ctx: _Doc) -> int:
        calls.append((doc, ctx))
        return len(calls)

    doc, ctx, other_ctx = _Doc(), _Doc(), _Doc()
    assert read(doc, ctx) == 1 and read(doc, ctx) == 1
    assert read(doc, other_ctx) == 2  # a context built again for the same document is read afresh
    assert read(doc, ctx) == 1 and len(calls) == 2
