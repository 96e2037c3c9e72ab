"""A transcript's speaker label shown as newsbrief's words in a key point (reader Audit 41 #6).

An interview's answer opens on its label ("Nastaran: I completely disagree with ..."). Printed as it stands in
a key point, the label reads as part of the sentence, under the brief's "Statements are the article's own
words" line. The key point shows the label in brackets instead ("[Nastaran:] I completely disagree ..."), as
Quotes shows a speaker: the bracketed words are newsbrief's, and the support check reads the rest verbatim.
"""

from __future__ import annotations

from newsbrief.analyze.point_answers import transcript_of
from newsbrief.models import Document, Sentence


def bracket_label(doc: Document, sentence: Sentence, text: str) -> str:
    """``text`` (the sentence as shown) with its opening speaker label bracketed, when the transcript reader
    (nlp/transcript.py) read the sentence as a named answerer's turn that opens with "Name:"; else ``text``."""
    who = transcript_of(doc).turns.get(sentence.index)
    if not who or not text.startswith(f"{who}:"):
        return text
    rest = text[len(who) + 1 :].lstrip()
    return f"[{who}:] {rest}" if rest else text
