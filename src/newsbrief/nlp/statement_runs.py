"""A statement's argument carried on in its own paragraph, with no cue of its own (session 30).

Audit 47 (docs/audit.md 48.3) found a firm's claim printed as the article's own words: "In a statement, the company
said the clip was sent from its app at 8:14. Because <firm> is the only app that ..., every message carries a time
stamp that cannot be changed." The second sentence names no source, but it goes on with the statement's reasoning.
The layout alone cannot tell a source's argument from the writer's background, so the carry asks for three things
that together read as the statement going on:

- the sentence just before, in the same paragraph, names its source and the written channel it spoke through ("in a
  statement", "in an e-mail to staff", "in a letter"): a prepared text the writer paraphrases point by point;
- the sentence opens on a word that carries an argument on ("Because ...", "As a result", "That means", "This is
  why"), not on a new subject of the writer's ("The firm was founded in 2012");
- its main clause is not narrated in the simple past ("Because the road was icy, police closed it" is the writer
  telling what happened); a present claim, a forecast or a back-shifted "had"/"would" is reported speech.

Anything else stays the writer's (precision over recall). The carried voice is not explicit, so a brief that shows
the sentence alone says whose it is.
"""

from __future__ import annotations

import re

from newsbrief.models import Sentence, SentenceVoice
from newsbrief.nlp.speech import _QUOTE_MARK, _Doc, _stance

__all__ = ["statement_goes_on"]

# The written channel of a source's words, as the cue sentence gives it ("said in a statement", "In an e-mail to
# this newspaper, ...", "in a letter to staff", "in a news release").
_CHANNEL = re.compile(r"\b(?:in|via|through) (?:a|an|its|his|her|their|the) (?:[\w-]+ ){0,2}?"
                      r"(?:statement|e-?mail|release|letter|memo)s?\b", re.I)
# Openers that carry an argument on; "Because of the crash, ..." is a phrase of the writer's narration, not a reason.
_CARRIES_ON = re.compile(r"^(?:because\b(?!\s+of\b)|as a result\b|(?:that|this|which) means\b|"
                         r"(?:that|this) is why\b|(?:that|this)['’]s why\b|therefore\b|thus\b)", re.I)


def _narrated(d: _Doc, sentence: Sentence) -> bool:
    """Whether the main clause is a simple past (the writer telling what happened), with no "had"/"would"."""
    doc = d.doc
    root = next((t for t in doc.sentence_tokens(sentence) if t.dep == "ROOT"), None)
    if root is None:
        return False
    helpers = [k for k in doc.children(root) if k.dep in ("aux", "auxpass")]
    if helpers:
        return all(k.tag == "VBD" and k.lemma.lower() in ("be", "do") for k in helpers)  # "was closed", "did not"
    return root.tag == "VBD"


def statement_goes_on(d: _Doc, sentence: Sentence, before: SentenceVoice) -> SentenceVoice | None:
    """The voice of a statement that ``sentence`` carries on (see the module docstring), else None."""
    if not before.explicit or before.voice in ("reporter", "document") or before.speaker is None:
        return None
    previous = d.doc.sentences[before.sentence]
    if previous.index != sentence.index - 1 or previous.paragraph != sentence.paragraph:
        return None
    text = sentence.text.strip()
    if not _CHANNEL.search(previous.text) or not _CARRIES_ON.match(text) or _QUOTE_MARK.search(text):
        return None
    if _narrated(d, sentence):
        return None
    stance = before.stance if before.stance in ("denies", "alleges") else _stance("", text, text)
    return SentenceVoice(sentence.index, before.voice, before.speaker, stance, False, before.role)
