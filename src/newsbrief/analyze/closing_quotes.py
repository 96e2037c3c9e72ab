"""Whose words a closing quotation is, for the conclusion: a speech verb, or an inverted attribution.

The shared speech-verb list (``quote_marks.SPEECH``) holds the verbs of ordinary attribution. Wire copy often
names a correspondent with a verb outside it, put right after the quotation: '"People are worried about what
comes next," reported Lee from the port.' or '... ," Lee reported.' Read as a quote with no speaker, such a
line could not close the brief, and neither could the quotation it runs on into in the next paragraph: reader
Audit 34 #6 closed on the colour line before them. Here a verb ending in "-ed" or "-s" right after the closing
mark and a comma, with a name (or "he"/"she") on either side of it, also names the speaker; only in a sentence
that opens with a quotation, so "reported" in a reporter's own sentence ("The firm reported a loss") is no
attribution.
"""

from __future__ import annotations

import re

from newsbrief.analyze.openings import quote_continuation
from newsbrief.analyze.quote_marks import SPEECH
from newsbrief.models import Document, Sentence

_NAME = r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}|he|she)"
_VERB = r"[a-z]{3,}(?:ed|s)"
# ',"' or ',”' (also '!' and '?'), then "reported Lee ..." or "Lee reported ..."
_INVERTED = re.compile(rf"[,!?][\"”]\s+(?:{_VERB}\s+{_NAME}\b|{_NAME}\s+{_VERB}\b)")


def inverted_attribution(text: str) -> bool:
    """Whether a sentence opening with a quotation names its speaker after it with a verb and a name."""
    text = text.strip()
    return text[:1] in "\"“" and bool(_INVERTED.search(text))


def names_speaker(text: str) -> bool:
    """Whether the sentence tells whose words its quotation is: a speech verb or an inverted attribution."""
    return bool(SPEECH.search(text)) or inverted_attribution(text)


def continues_quote(doc: Document, sentence: Sentence) -> bool:
    """``quote_continuation``, but a sentence with an inverted attribution names its speaker."""
    return quote_continuation(doc, sentence) and not inverted_attribution(sentence.text)
