"""The question paragraphs that may make a piece questions and answers (issue #11; reader Audit 42 #6).

A contributor's commentary may set out the hard questions it sees, each in a paragraph of its own ("-- Will the
rebels hold the towns they took?"), with a line or two of the writer's own view after each: the shape of a Q&A.
A page whose editor's note names the writer a contributor or columnist, or whose closing line disclaims the
opinions as the writer's (genre_pages.disclaimed_commentary), is signed commentary: a Q&A is never signed so. Its
questions are the writer's own and count as none, so genre.py goes on to read it as a commentary.
"""

from __future__ import annotations

from newsbrief.analyze.argued import question_paragraphs
from newsbrief.analyze.genre_pages import disclaimed_commentary
from newsbrief.models import Document


def asked_paragraphs(doc: Document) -> int:
    """How many paragraphs ask a question a Q&A would answer (argued.question_paragraphs); none on signed
    commentary (see the module docstring)."""
    return 0 if disclaimed_commentary(doc) else question_paragraphs(doc)


__all__ = ["asked_paragraphs"]
