"""A person known by a name the model takes for a place or a body: an interviewee's pseudonym (reader Audit 41 #6).

A Q&A by email with a woman who "has asked that we call her NAME" listed her as a place: the name is unknown to the
model and has no given-name cue. Two readings make it a person whatever the model's label:

- **Naming**: the name is what a person is called: the predicate of "call", "name" or "dub" whose object is a
  personal pronoun or a person noun ("call her NAME", "named the boy NAME"). "They call the city NAME" has a
  thing for object and is no cue.
- **Labelled answers**: the name opens MIN_LABELS paragraphs as a speaker label ("NAME: I completely disagree ...")
  and at least one of them (or the paragraph after it, where an answer runs on) speaks in the first person
  singular. A place or a body heads a live page's or a
  round-up's paragraphs too ("Kestria: The ministry said ..."), but it does not say "I".
"""

from __future__ import annotations

import re

from newsbrief.analyze.actor_names import PERSON_NOUNS, Actor
from newsbrief.models import Document

__all__ = ["pseudonym"]

_NAMING_VERBS = frozenset({"call", "name", "dub", "nickname"})
_PERSONAL = frozenset({"him", "her", "me", "them"})
MIN_LABELS = 2
MAX_OBJECT_WORDS = 3  # "call her", "named the boy", "dubbed the young singer"
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|my|me)\b")


def _named_so(doc: Document, actor: Actor) -> bool:
    """A mention is the predicate of a naming verb whose object is a person (see the module docstring)."""
    tokens = doc.tokens
    for mention in actor.mentions:
        last = tokens[mention.token_end - 1]
        verb = tokens[last.head]
        if last.dep not in ("oprd", "xcomp", "attr") or verb.lemma.lower() not in _NAMING_VERBS:
            continue
        # the object, or the pronoun the parser hung on the name as a possessive ("call [her] NAME")
        between = tokens[verb.i + 1 : mention.token_start]
        if 0 < len(between) <= MAX_OBJECT_WORDS and any(
                t.text.lower() in _PERSONAL or t.lemma.lower() in PERSON_NOUNS for t in between):
            return True
    return False


def _labels_answers(doc: Document, actor: Actor) -> bool:
    """The name heads MIN_LABELS paragraphs as "NAME:", one of them in the first person singular."""
    names = {actor.name, *actor.aliases}
    paragraphs = [p.strip() for p in doc.article.text.split("\n") if p.strip()]
    labelled = [k for k, p in enumerate(paragraphs) if any(p.startswith(f"{n}:") for n in names)]
    # an answer runs on into the paragraph after its label ("NAME: Very afraid." then "I ...")
    answers = [paragraphs[k].split(":", 1)[1] + " " + " ".join(paragraphs[k + 1 : k + 2]) for k in labelled]
    return len(labelled) >= MIN_LABELS and any(_FIRST_PERSON.search(a) for a in answers)


def pseudonym(doc: Document, actor: Actor) -> bool:
    """True when the text shows ``actor`` to be a person known by this name (see the module docstring)."""
    return _named_so(doc, actor) or _labels_answers(doc, actor)
