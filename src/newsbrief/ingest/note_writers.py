"""The writer a page names outside its byline: an editor's note over a signed commentary, and a byline's title.

Reader Audit 42 (docs/audit.md 43.2, header rows):

- #6, a CNN commentary, names its writer only in "Editor's note: CNN Contributor Wesley Clark, a senior fellow
  at ..., is a retired general ...". No byline, so the brief had no author and its header and prose could not say
  whose commentary it was. An editor's note at the top of a piece that introduces a person ("NAME is a/an/the
  ...", "[Outlet] Contributor NAME, a ..., is ...") introduces the writer: editors do not introduce the people a
  story is about in a note above it. A note that names a pseudonym or says something else ("Editor's note: This
  story has been updated") gives no writer.
- A byline with a correspondent's or editor's title ("By Jane Roe, Southern Africa correspondent, Lusaka") lost
  the title when the furniture filter lifted the byline: the genre rules (analyze/genre_we.correspondent) look for
  it in the author, so the title is kept with the name ("Jane Roe, Southern Africa correspondent"); the place
  after it is not.

Plain regular expressions, every repeat bounded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["NOTE_PARAGRAPHS", "byline_title", "note_calls_writer_a_commentator", "note_writer"]

NOTE_PARAGRAPHS = 3  # an editor's note stands above the text, after the headline and highlights at most
_NAME = r"(?P<name>[A-Z][\w'’.-]+(?:\s(?:[A-Z][\w'’.-]+|de|van|von|al|bin)){1,3})"
_ROLE_WORDS = r"(?:contributors?|columnists?|commentators?|opinion writers?|op-ed writers?|editorial writers?)"
# "Editor's note: [CNN] [Contributor] NAME, a <post>, is ..." or "Editor's note: NAME is a/an/the ...".
_NOTE = re.compile(
    r"^(?:Editor'?s'?|Editors'?)\s+note\s*[:.]\s*(?:(?:[A-Z][\w.&'’-]*\s+){0,2}(?i:" + _ROLE_WORDS + r")\s+)?"
    + _NAME + r"(?:\s+is\s+(?:also\s+)?(?:a|an|the)\s|,\s+(?:a|an|the)\s[^.]{3,160}?,\s+(?:is|was)\s)")
_COMMENTATOR = re.compile(r"\b" + _ROLE_WORDS + r"\b", re.I)
_NOT_A_WRITER = re.compile(r"\b(?:pseudonym|not (?:his|her|their) real name|name has been changed)\b", re.I)
# A byline's title after the name: ", Southern Africa correspondent", ", Diplomatic Editor".
_TITLE = re.compile(r"^\s*,\s*(?P<title>(?:[\w'’&-]+\s){0,4}(?i:correspondent|editor|reporter|analyst)s?)\b")


def note_writer(paragraphs: Sequence[str]) -> str | None:
    """The writer an editor's note at the top of the text introduces, or None."""
    for paragraph in paragraphs[:NOTE_PARAGRAPHS]:
        match = _NOTE.match(paragraph.strip())
        if match and not _NOT_A_WRITER.search(paragraph):
            return match.group("name")
    return None


def note_calls_writer_a_commentator(paragraph: str) -> bool:
    """Whether an editor's note introduces its writer as a contributor, columnist or commentator."""
    match = _NOTE.match(paragraph.strip())
    return match is not None and bool(_COMMENTATOR.search(paragraph[: match.end()]))


def byline_title(rest: str) -> str | None:
    """The correspondent's or editor's title a byline gives right after the name (``rest``), or None."""
    match = _TITLE.match(rest)
    return match.group("title") if match else None
