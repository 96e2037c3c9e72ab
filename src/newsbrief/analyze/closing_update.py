"""An updated story's close: the update note at the top of the page, not the original report's last line.

A rumour story was later updated at the top ("Update: the broadcaster said the footage had not been edited ...") and
the original report left below it. The brief closed on the original last sentence, a comment resting on the claim
the update withdraws (reader Audit 46 #11: "... the world is certain to take note"), which a reader would delete.
The note at the top is the story's latest word: its sentences are the close. Compose drops them as a repeat when the
key points already show them; then the brief has no close, never the withdrawn one.

Only a note that says something: "Update: This story has been updated with a statement from the police." and "The
original report follows." tell nothing of the story, and an update whose first sentence is such a line leaves the
close as it was. Corrections and editor's notes are furniture (``ingest/furniture.py``), not updates.
"""

from __future__ import annotations

import re

from newsbrief.models import Document, Sentence

__all__ = ["update_close"]

# "Update:", "UPDATE 2:", "Updated (Jan 28):", "Update at 10.30 GMT:", "UPDATED -": a label, then the note's words.
_UPDATE = re.compile(r"^[\s*]*(?:UPDATED?|Updated?)(?:\s+\d{1,2})?(?:\s*\([^)]{1,40}\)|\s+(?:at|on)\s[^:]{1,30})?"
                     r"\s*[:–—-]\s*(?=[\"“‘'A-Z])")
# A line about the page itself: the report follows, the story was updated with ... .
_META = re.compile(r"\b(?:this|the) (?:story|article|report|post|piece) (?:has been|was|had been) updated\b|"
                   r"\b(?:original|earlier|initial) (?:story|report|article|post|version)\b[^.]{0,20}"
                   r"\b(?:follows|below|is as follows)\b", re.I)
# The note stands at the top: in the first paragraphs (a dateline or a standfirst may come first).
TOP_PARAGRAPHS = 2
# A label and a few words ("Update: Police confirmed it.") already say something; fewer is a stub.
MIN_WORDS = 5


def update_close(doc: Document) -> list[Sentence] | None:
    """The sentences of the update note at the top of the article (see the module docstring), its page lines left
    out; None when the article opens with no such note."""
    if not doc.sentences:
        return None
    top = doc.sentences[0].paragraph + TOP_PARAGRAPHS
    for sentence in doc.sentences:
        if sentence.paragraph >= top:
            return None
        if not _UPDATE.match(sentence.text):
            continue
        if _META.search(sentence.text) or len(sentence.text.split()) < MIN_WORDS:
            return None
        return [s for s in doc.sentences[sentence.index:]
                if s.paragraph == sentence.paragraph and not _META.search(s.text)]
    return None
