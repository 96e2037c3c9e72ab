"""A person the writer says does not exist is no actor.

Debunking pieces name the invention of the hoax they expose: "The alleged historian who found the document, X, is not
real" (reader Audit 34, docs/audit.md 35.4: the only actor of a debunk was such a man, listed with his invented
role). A reader strikes him. The test is the writer's own predicate straight after a mention of the name, in the same
sentence ("X is not real", "X, ..., does not exist", "X never existed", "X is fictitious"), so a real person who
calls a claim "not real" ("Dunne said the claim was not real") keeps her place, and so does a name merely quoted by
the hoax (:func:`newsbrief.analyze.actor_walk_ons.hoax_only` handles those).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbrief.models import Document

if TYPE_CHECKING:
    from newsbrief.analyze.actor_names import Actor

# The predicate, after the name and at most one aside between commas ("X, 52, is not real"); "n't" as the
# tokenizer and writers spell it.
_NOT_REAL = re.compile(
    r"^\s*(?:,[^,.;]{0,60},\s*|,\s*)?(?:(?:is|was)\s*(?:not|n't)\s+(?:a\s+)?real\b|(?:does|did)\s*(?:not|n't)\s+"
    r"(?:actually\s+|even\s+|really\s+)?exist\b|never\s+existed\b|(?:is|was)\s+(?:entirely\s+|completely\s+|"
    r"wholly\s+)?(?:fictitious|fictional|made[ -]up|invented|imaginary|a\s+fiction)\b)",
    re.IGNORECASE,
)


def invented(doc: Document, actor: Actor) -> bool:
    """Whether the writer says, right after a mention of ``actor``, that the person is not real (module docstring)."""
    text = doc.article.text
    for mention in actor.mentions:
        sentence = doc.sentences[mention.sentence_index]
        if _NOT_REAL.match(text[mention.end : sentence.end]) is not None:
            return True
    return False


__all__ = ["invented"]
