"""A person named only inside a work's title: "Charlie Wilson's War", quoted as the name of a campaign, a film or a
book, is the title's, not a party of the story (Audit 37 38: an argument piece on arming Libya's rebels listed
"Charlie Wilson" as an actor from two mentions of the film's title). A walk-on of :mod:`actor_walk_ons`.

The cue is the shape a reader sees: every mention inside a short quotation whose words are all capitalised (bar
the small words of a title) and which holds more than the name itself; a quoted name alone ("he signed as
"John Smith"") or a quoted sentence is not a title. One who speaks keeps their place.
"""

from __future__ import annotations

from typing import Protocol

from newsbrief.analyze.actor_names import Actor
from newsbrief.models import Document
from newsbrief.nlp.quotations import quote_spans

__all__ = ["title_only"]

_TITLE_MAX_WORDS = 6  # "The Man Who Shot Liberty Valance" is six; a quoted sentence is longer or not title-cased
_SMALL_WORDS = frozenset("a an the of and or in on at to for with from by vs".split())
_QUOTE_MARKS = "\"“”'‘’"
_MARK_REACH = 40  # characters before a mention where a title's opening mark can stand


class Seen(Protocol):
    """What this check reads of an actor's evidence (actor_evidence.Evidence)."""

    actor: Actor
    label: str
    voiced: int


def _title_case(words: list[str]) -> bool:
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS for w in words) \
        and words[0][:1].isupper()


def title_only(doc: Document, item: Seen) -> bool:
    """True for a silent person every mention of whom lies inside a quoted title (module docstring)."""
    if item.label != "PERSON" or item.voiced or not item.actor.mentions:
        return False
    text = doc.article.text
    # Cheap exit before the quotation scan: a title's opening mark stands shortly before every mention.
    if not all(any(c in _QUOTE_MARKS for c in text[max(m.start - _MARK_REACH, 0) : m.start + 1])
               for m in item.actor.mentions):
        return False
    spans = quote_spans(text)
    for mention in item.actor.mentions:
        span = next(((a, b) for a, b in spans if a <= mention.start and mention.end <= b), None)
        if span is None:
            return False
        words = text[span[0] + 1 : span[1] - 1].strip(" ,.!?").split()
        if not words or len(words) > _TITLE_MAX_WORDS or not _title_case(words) \
                or len(words) <= len(mention.text.split()):
            return False
    return True
