"""A page of readers' stories keeps each teller's name line ("Jane Doe, Leeds" over her story).

An outlet that collects its readers' accounts frames them ("Readers have been telling us of ... Here are some of
their stories.") and heads each first-person story with its teller's line: "Name, Place" or "Name and Name Surname,
Place". Alone on its line, that is the shape of a dateline ("Paris, France") or a sub-head, so the furniture filter
dropped it, and the key-point stage (analyze/point_tellers.py), which reads such lines, could only show every story
as "[A reader:] ..." (reader Audit 46, docs/audit.md 47). Here such a line is kept, but only when

- the page announces readers' stories or comments before it (the framing above), and
- the line sits next to a first-person paragraph (the story it heads or signs), and
- it is a name of two to four capitalised words (or two first names joined by "and" and a surname), a comma and a
  place of one to three capitalised words, with an optional age between them ("Jane Doe, 34, Leeds"), and
- no teller on the page is a couple ("Anna and Marek Sova, Leeds"): the speakers stage cannot read that line as a
  header, so the couple's story would be told as the previous teller's (see ``teller_lines``).

Near misses stay furniture: a byline ("By Jane Doe, Paris") opens on "By"; a photo credit names an agency or a
picture desk ("Jane Doe, Getty Images"); a dateline has no name before its place, or runs into the story; and on a
page that announces no readers' stories a name line is left to the furniture rules as before (precision first: the
framing is what tells a teller from a byline). The rules were written from the labelled cases of
tests/ingest/test_reader_tellers_s29.py (invented pages).

**Quoted lines set out under a lead-in (reader Audit 38 B819, session 24).**

A blog post quotes its sources as lines of their own, each opening on an ellipsis after a lead-in that ends in a
colon: "There have been reports:" / "… that the rebels in the city have caught the fever". The quoted line may
end with no stop, and the shape rules took it for a teaser or a label and dropped it; the post then read "There
have been reports:" with nothing after it. Such a line is the quotation the lead-in announces, so it is content.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# "Readers have been telling us", "you have been sharing with us", "Here are some of their stories", "Readers share
# their ...": the outlet announcing that what follows is its readers' own accounts.
_FRAMING = re.compile(
    r"\b(?:readers|you|listeners|viewers)\b[^.!?]{0,40}?\b(?:telling|told|sharing|shared|sending|sent|writing to|"
    r"written to|getting in touch with)\s+(?:with\s+)?us\b"
    r"|\bhere (?:are|is) (?:some|a selection|a few) of (?:their|your|our readers[’']?|readers[’']?) "
    r"(?:stories|comments|accounts|experiences|views|responses|messages|memories)\b"
    r"|\breaders (?:share|tell|describe|recall)\b",
    re.I,
)
_WORD = r"[A-Z][a-z'’-]+"
# "Jane Doe, Leeds", "Anna and Marek Sova, Tessaly", "Jane Doe, 34, New Leeds": name, optional age, place.
_TELLER = re.compile(
    rf"^(?P<name>{_WORD}(?:\s+(?:and|&)\s+{_WORD})?(?:\s+(?:{_WORD}|Mac|Mc|de|van|von)){{1,3}}),"
    rf"(?:\s+\d{{1,3}},)?\s+(?P<place>{_WORD}(?:\s+{_WORD}){{0,2}})\s*$"
)
# A picture desk, an agency or a newsroom role after the comma is a credit or a byline, never a reader's town.
_NOT_PLACE = re.compile(
    r"\b(?:Images?|Photos?|Photography|Pictures?|Press|Reuters|Getty|Staff|Correspondent|Editor|Reporter|Writer|"
    r"Contributor|News|Agency|Wire|Shutterstock|Alamy)\b"
)
_COUPLE = re.compile(r"^\s*\S+\s+(?:and|&)\s")
_FIRST_PERSON = re.compile(r"\b(?:I|my|me|we|our|us)\b", re.I)
_FIRST_PERSON_MIN = 2  # a story told in the first person uses it more than once


def _first_person(paragraph: str) -> bool:
    """Whether a paragraph is told in the first person (a reader's story, not the outlet's reporting)."""
    return len(_FIRST_PERSON.findall(paragraph)) >= _FIRST_PERSON_MIN


def is_teller_line(line: str) -> bool:
    """Whether a line has the shape of a reader's name line ("Jane Doe, Leeds"), framing aside."""
    match = _TELLER.match(line.strip())
    return match is not None and not _NOT_PLACE.search(match.group("place")) and not line.lstrip().startswith("By ")


def teller_lines(paragraphs: Sequence[str]) -> set[int]:
    """Indexes of readers' name lines on a page that announces its readers' stories (see the module docstring)."""
    found: set[int] = set()
    framed = False
    for index, paragraph in enumerate(paragraphs):
        if not framed:
            framed = bool(_FRAMING.search(paragraph))
            continue
        if "\n" in paragraph.strip() or not is_teller_line(paragraph):
            continue
        neighbours = [paragraphs[i] for i in (index - 1, index + 1) if 0 <= i < len(paragraphs)]
        if any(_first_person(p) and not is_teller_line(p) for p in neighbours):
            found.add(index)
    # The speakers stage reads "Jane Doe, Leeds" as a round-up header but not "Anna and Marek Sova, Leeds": kept, the
    # couple's story ran on under the previous teller's header ("According to Jane Doe"), a wrong speaker; dropped,
    # the same. With a couple among the tellers no line is kept, and every story stays "a reader's" (precision first).
    return set() if any(_COUPLE.search(paragraphs[i]) for i in found) else found


__all__ = ["is_teller_line", "quoted_lines", "teller_lines"]


# A line opening on an ellipsis ("…" or three dots), then a word.
_ELLIPSIS_OPENING = re.compile(r"^\s*(?:…|\.\.\.)\s*[\"“']?[A-Za-z]")
# The lead-in ends on a colon (a closing quotation mark or space may follow).
_LEAD_IN = re.compile(r":[\"”’']?\s*$")
# The quoted lines of the audited post ran 9 and 40 words; a line this short is a fragment of a quote, and a
# much longer one is judged as any paragraph.
MIN_WORDS = 4
MAX_WORDS = 80


def quoted_lines(paragraphs: Sequence[str]) -> set[int]:
    """Indexes of the paragraphs that open on an ellipsis right after a paragraph ending in a colon."""
    return {i for i in range(1, len(paragraphs))
            if _ELLIPSIS_OPENING.match(paragraphs[i]) and _LEAD_IN.search(paragraphs[i - 1])
            and MIN_WORDS <= len(paragraphs[i].split()) <= MAX_WORDS}
