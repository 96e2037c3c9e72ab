"""A transcript's speaker label shown as newsbrief's words in a key point (reader Audit 41 #6, Audit 45 #7).

An interview's answer opens on its label ("Nastaran: I completely disagree with ..."). Printed as it stands in
a key point, the label reads as part of the sentence, under the brief's "Statements are the article's own
words" line. The key point shows the label in brackets instead ("[Nastaran:] I completely disagree ..."), as
Quotes shows a speaker: the bracketed words are newsbrief's, and the support check reads the rest verbatim.

A readers' Q&A opens each answer on the reader's credit glued to the expert's label ("Tom Hale, Leeds Prof
Lund: Ten centimetres ..."; nlp/credited_answers.py). Printed as written, the reader's name reads as the one
who says it (Audit 45 #7); the key point shows the expert the transcript reader gave the turn to in brackets,
then the text after the label ("[Ann Lund:] Ten centimetres ..."), so the reader's credit is never printed.
"""

from __future__ import annotations

from newsbrief.analyze.point_answers import transcript_of
from newsbrief.models import Document, Sentence
from newsbrief.nlp.credited_answers import credit_end


def bracket_label(doc: Document, sentence: Sentence, text: str) -> str:
    """``text`` (the sentence as shown) with its opening speaker label bracketed, when the transcript reader
    (nlp/transcript.py) read the sentence as a named answerer's turn that opens with "Name:" or with a
    reader's credit and the answerer's label ("Reader, Place Label:"); else ``text``."""
    who = transcript_of(doc).turns.get(sentence.index)
    if not who:
        return text
    if text.startswith(f"{who}:"):
        rest = text[len(who) + 1 :].lstrip()
        return f"[{who}:] {rest}" if rest else text
    # The credited label ends inside the sentence: the words before it are the credit and the label, not the
    # answer's; shown only when the text still opens with them (a repaired opening is left as it is).
    end = credit_end(sentence) - sentence.start
    if 0 < end < len(sentence.text) and text.startswith(sentence.text[:end]):
        return f"[{who}:] {text[end:].lstrip()}"
    return text
