"""An options piece's point: the question it asks and the options it lists.

A policy analysis may ask what can be done ("What steps could the administration take if ...?") and answer with a
numbered list ("Here are five possibilities: 1) Seek a negotiated solution. ... 2) Arm the rebels. ..."), each option
argued over a paragraph. The list is the body of the piece (reader Audit 38 #6: the five options were in no key
point, the set-up was). Its frame leads, shown with the question before it and the options' headings after it.

Found by shape: a frame sentence ("Here are N <things>:") followed by at least MIN_OPTIONS numbered headings
("2) Arm the rebels.", a heading glued to the end of the sentence before it included), in any position.
"""

from __future__ import annotations

import re

from newsbrief.memo import per_document
from newsbrief.models import Document, Sentence

MIN_OPTIONS = 3
_FRAME = re.compile(r"^(?:Here|Below|These)\s+are\s+(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                    r"(?:\w+\s+)?(?:options|possibilities|choices|ways|steps|scenarios|paths|routes|courses|"
                    r"approaches|ideas|proposals|alternatives)\b[^:?]*:\s*(?=1[.)]\s)", re.I)
_HEADING = re.compile(r"(?:^|\s)(\d)\)\s+([A-Z][^.!?]{2,80}[.!?])")
QUESTION_REACH = 4  # the question a frame answers stands within this many sentences before it


@per_document
def _options(doc: Document) -> tuple[int, tuple[int, ...], tuple[str, ...]] | None:
    """The frame's index, the sentences holding its headings and the headings' text, or None."""
    if "1)" not in doc.article.text:
        return None  # the cheap exit: no numbered list
    for frame in doc.sentences:
        if not _FRAME.match(frame.text):
            continue
        held: list[int] = []
        headings: list[str] = []
        number = 1
        for sentence in doc.sentences[frame.index :]:
            for found in _HEADING.finditer(sentence.text):
                if int(found.group(1)) == number:
                    headings.append(f"{number}) {found.group(2)}")
                    if sentence.index != frame.index:
                        held.append(sentence.index)
                    number += 1
        if len(headings) >= MIN_OPTIONS:
            return frame.index, tuple(held), tuple(headings)
    return None


def options_frame(doc: Document) -> Sentence | None:
    """The sentence framing a numbered list of options (see the module docstring), or None."""
    found = _options(doc)
    return doc.sentences[found[0]] if found else None


def options_text(doc: Document, sentence: Sentence) -> tuple[str, list[Sentence]] | None:
    """For an options frame: the question before it, the frame and every option's heading, with the sentences
    added (the question first); None for any other sentence."""
    found = _options(doc)
    if found is None or found[0] != sentence.index:
        return None
    asked = next((s for s in doc.sentences[max(0, sentence.index - QUESTION_REACH) : sentence.index]
                  if s.text.rstrip().endswith("?") and s.text[:1] not in "\"“'‘"), None)
    # the frame holds the first heading; the others are cut from their paragraphs, the cuts marked "[…]"
    later = [h for h in found[2] if h not in sentence.text]
    text = " […] ".join([*([asked.text] if asked else []), sentence.text, *later])
    return text, [*([asked] if asked else []), *(doc.sentences[i] for i in found[1])]
