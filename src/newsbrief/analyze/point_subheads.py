"""Sub-heads in a piece: the sentence after a sub-head line opens a new section, not the story (moved out of
analyze/summary.py to keep it below the module size limit; session 21)."""

from __future__ import annotations

import re

from newsbrief.models import Document, Sentence

HEADING_MAX_WORDS = 8


def _heading(doc: Document, paragraph: int) -> bool:
    """True when the paragraph is one short line with no end mark (a sub-head)."""
    lines = [s for s in doc.sentences if s.paragraph == paragraph]
    if len(lines) != 1:
        return False
    text = lines[0].text.strip()
    return len(text.split()) <= HEADING_MAX_WORDS and not text.endswith((".", "!", "?", ":", '"', "”"))


# A name line ("Maria Lopes, 41, Corvale") heads a reader's or witness's account: its first sentence is the
# account itself, not a lead-in (reader Audit 16's "Your stories" page lost every account's opening).
_NAME_LINE = re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3},\s*[\w ,'’-]{1,40}$")


def subhead_opener(doc: Document, sentence: Sentence) -> bool:
    """True for the first sentence of a paragraph that follows a sub-head line, in a piece past its opening."""
    i = sentence.index
    if i < 2 or doc.sentences[i - 1].paragraph == sentence.paragraph:
        return False
    return _heading(doc, doc.sentences[i - 1].paragraph) and not _NAME_LINE.match(doc.sentences[i - 1].text.strip())
