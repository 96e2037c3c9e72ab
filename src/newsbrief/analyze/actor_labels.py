"""Names that are no party's: a walk-on of :mod:`actor_walk_ons` read from the word itself or the line it opens.

- **A commentary line's label.** Live sports commentary opens its lines with a capitalised word and a verb
  ("Attempt saved.", "Attempt missed."): the NER model tags the word a body, and eight such lines made "Attempt
  (8 mentions, organisation)" an actor (the lead's reading of XSum row 110). A one-word name every mention of
  which opens a line of at most :data:`_LABEL_LINE_WORDS` words, and which never speaks, is that label.
- **A field of technology.** "AI" ("advances in AI", "AI could outpace its makers") is the subject matter of a
  story, which the model tags a place or a body by its shape (XSum row 131: "AI (7 mentions, place)"). A short
  list of such fields, written for any outlet, never an actor whatever the model said.
- **A thing written in capitals.** "SOS calls", "CCTV footage", "an MRI scan": common nouns spelled as acronyms,
  which the model tags a body and the parser can make a subject ("SOS calls from 20 boats": CNN/DM row 12 listed
  "SOS (organisation)"). A short list of such nouns, written for any outlet, never a party.
"""

from __future__ import annotations

from typing import Protocol

from newsbrief.analyze.actor_names import Actor
from newsbrief.models import Document

__all__ = ["FIELD_NAMES", "THING_ACRONYMS", "label_only"]

# Fields and technologies written as capitalised acronyms that a story is about, not an actor in it.
FIELD_NAMES = frozenset("AI A.I. AGI VR AR IoT 5G 4G GPS DNA RNA mRNA CRISPR".split())
# Common nouns written in capitals (module docstring): signals, devices, tests and conditions, never bodies.
THING_ACRONYMS = frozenset("SOS CCTV MRI PCR IVF ATM ATMs HIV ICU SUV SUVs UFO UFOs USB SMS SIM PIN LED DIY".split())
_LABEL_LINE_WORDS = 4  # "Attempt saved." is two; "Corner, Harford Town." four; a sentence of news is longer


class Seen(Protocol):
    """What this check reads of an actor's evidence (actor_evidence.Evidence)."""

    actor: Actor
    label: str
    voiced: int


def _opens_a_short_line(doc: Document, token_start: int, sentence_index: int) -> bool:
    sentence = doc.sentences[sentence_index]
    words = [t for t in doc.sentence_tokens(sentence) if t.pos not in ("PUNCT", "SPACE")]
    # "Hale: No." opens a turn of a transcript, spoken by a person: not a label
    after = doc.tokens[token_start + 1].text if token_start + 1 < len(doc.tokens) else ""
    return bool(words) and words[0].i == token_start and len(words) <= _LABEL_LINE_WORDS and after != ":"


def label_only(doc: Document, item: Seen) -> bool:
    """True for a field's name or a commentary line's label (module docstring)."""
    actor = item.actor
    if actor.name in FIELD_NAMES or actor.name in THING_ACRONYMS:
        return True
    if item.voiced or " " in actor.name or not actor.mentions:
        return False
    return all(_opens_a_short_line(doc, m.token_start, m.sentence_index) for m in actor.mentions)
