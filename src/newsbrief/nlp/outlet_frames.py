"""A trailing outlet frame, "The analyst predicts that ..., AppleInsider reports.": the site carries someone
else's words, and its name is no person a next "He also said" means.

Audit 42 (#10): an analyst's "$550 on average" forecast went to the site that reported his note, since the
site is the subject of the parser's main verb and the pronoun chain takes the main-clause subject first.
A report verb before its content ("Smith reported that ...") is left alone: there the subject speaks.
"""

from __future__ import annotations

from newsbrief.models import Token
from newsbrief.nlp.speech import _Doc

__all__ = ["framed_by_outlet", "outlet_frame", "outlet_subject"]


def outlet_frame(d: _Doc, verb: Token, subject: Token, content_start: int) -> bool:
    """Whether ``verb`` is a "report" whose subject follows the content it frames (starting at
    ``content_start``), outside any quotation."""
    return verb.lemma.lower() == "report" and content_start < subject.start and not d.in_quote(subject.start)


def _framed_clause(d: _Doc, verb: Token) -> Token | None:
    """The clause a trailing "report" ``verb`` frames: a clausal complement written before it."""
    tokens = d.doc.tokens
    if verb.lemma.lower() != "report":
        return None
    return next((tokens[c] for c in d.children.get(verb.i, ()) if tokens[c].dep == "ccomp" and c < verb.i), None)


def outlet_subject(d: _Doc, token: Token) -> bool:
    """Whether ``token`` is the subject of a trailing outlet frame ("..., AppleInsider reports")."""
    verb = d.doc.tokens[token.head]
    return token.dep == "nsubj" and token.i > (_framed_clause(d, verb) or verb).i


def framed_by_outlet(d: _Doc, verb: Token) -> bool:
    """Whether ``verb`` heads the clause a trailing outlet frame reports ("The analyst predicts ..." under
    "..., AppleInsider reports"): its subject is the one who spoke."""
    head = d.doc.tokens[verb.head]
    return verb.dep == "ccomp" and head.dep == "ROOT" and _framed_clause(d, head) is verb
