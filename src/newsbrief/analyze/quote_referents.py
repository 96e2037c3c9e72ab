"""Quotations and source sentences that open on a cut referent (Audit 40, docs/audit.md 41.4 #7).

"It could have been done easily" and "That was a $1 trillion effort ..., he said" name their topic in a sentence
the brief does not show: the "it" (of a passive) or "that" is their subject and refers back, so a reader cannot
tell what the line is about and deletes it. A line opening its own sentence only: 'visited Haiti before: "It's a
country of ..."' names its topic. An "it" that stands for a clause after it ("It is good to be home", "It's nice to
have someone who ...") refers to nothing outside and keeps its line.

Read from the parse the Document already carries (no model of its own).
"""

from __future__ import annotations

from newsbrief.analyze.quote_shape import span_tokens
from newsbrief.models import Document, Token

_REFERRING = frozenset({"it", "that"})
# Children of "be" or of its complement that hold the clause an extraposed "it" stands for.
_EXTRAPOSED = frozenset({"ccomp", "xcomp", "csubj", "csubjpass"})


def opens_on_cut_referent(doc: Document, start: int, end: int) -> bool:
    """Whether the words start..end open on a referring "it", "that" or "this" as their subject (see the module
    docstring)."""
    words = span_tokens(doc, start, end)
    if not words or not _opens_sentence(doc, start):
        return False  # 'Chris has visited Haiti before: "It's a country of ..."': its sentence names the topic
    first = words[0]
    if first.text.lower() not in _REFERRING or first.dep not in ("nsubj", "nsubjpass") or first.head == first.i:
        return False
    if first.text.lower() == "that":
        return first.pos in ("PRON", "DET")
    # "It's a shame" and "It was a disaster" still say how the speaker judges the matter of its sentence (the
    # labelled quotes of tests/nlp keep them); "It could have been done easily" says what was done to a thing
    # left outside it.
    head = doc.tokens[first.head]
    return first.dep == "nsubjpass" and not _extraposed(doc, head)


def _extraposed(doc: Document, head: Token) -> bool:
    """Whether the clause of ``head`` holds a clause "it" stands for: "It is good [to be home]"."""
    kids = [t for t in doc.tokens[head.left : head.right + 1] if t.head == head.i and t.i != head.i]
    if any(k.dep in _EXTRAPOSED for k in kids):
        return True
    complements = [k for k in kids if k.dep in ("acomp", "attr", "oprd")]
    return any(t.head == c.i and t.dep in _EXTRAPOSED | {"relcl"}
               for c in complements for t in doc.tokens[c.left : c.right + 1])


def _opens_sentence(doc: Document, start: int) -> bool:
    """Whether nothing but quotation marks comes before ``start`` in its sentence."""
    for sentence in doc.sentences:
        if sentence.start <= start < sentence.end:
            return not doc.article.text[sentence.start : start].strip(" \"“”'‘’\n")
    return False
