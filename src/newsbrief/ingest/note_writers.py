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

**A column's author note standing as a paragraph of its own: "Dr. NAME is Research Fellow at ORG's X Programme."**

Reader Audit 37 (#6, docs/audit.md 38.4 item 5): a signed column printed its writer's note between the highlights and
the lead, and the note became key point 2 and the essay's second sentence. The line rules of
:mod:`newsbrief.ingest.furniture` read it as a sentence, and the foot rules (furniture_tail, furniture_notes'
journalist bio) look only at the end of the text. A writer does not name themself in the third person in their own
argument, so a paragraph that is one short sentence giving the byline writer's post ("NAME is [a/an/the] ... at/of/
for/with ORG") is page furniture wherever it stands. Only the byline's writer counts (the surname of the author the
byline gave): a person of the story with a post ("Dr. Paul Ek is Senior Fellow at ...") stays, and so does a
paragraph that goes on past the post (a second sentence, or an event: "who was arrested", "until last year").

Plain regular expressions, linear on hostile input (every repeat bounded), no model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = [
    "NOTE_PARAGRAPHS",
    "byline_title",
    "note_calls_writer_a_commentator",
    "note_writer",
    "without_author_note",
]

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


# A note is short: the audited one had 11 words; the journalist bio lines of furniture_notes had 8-25.
NOTE_MAX_WORDS = 30
# Honorifics before the name ("Dr. Jane Roe is ...").
_AUTHOR_TITLE = r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame|Lord|Lady|Rev|Gen|Col|Amb|Ambassador)\.?\s)?"
# "NAME is [also] [a/an/the] <up to six words of a post> at/of/for/with/in <Capitalised organisation>".
_AUTHOR_NOTE = re.compile(
    rf"^{_AUTHOR_TITLE}(?P<name>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){{0,3}})\s(?:is|was)\s(?:also\s)?(?:(?:a|an|the)\s)?"
    r"(?:[\w'’&,-]+\s){0,6}?(?:at|of|for|with|in)\s(?:the\s)?[A-Z]")
# Told events make the sentence the story's ("who was arrested", "until last year", "after ...").
_EVENT = re.compile(r"\b(?:who|whose|when|until|after|because|arrested|charged|died|resigned|sacked|fired|said|says|"
                    r"told)\b")
# A stop inside the paragraph, not after an abbreviation ("Dr.", "J.", "St.", "Prof."): a second sentence.
_INNER_STOP = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\bProf)(?<!\bMrs)(?<!\bRev)(?<!\bGen)(?<!\bCol)(?<!\bSen)"
                         r"[.!?][\"”’')]*\s+[A-Z\"“]")


def _surname(author: str) -> str:
    """The author's last name ("Alexis Crow, Special to CNN" -> "Crow"); "" when there is none."""
    words = re.findall(r"[A-Z][\w'’-]+", author.split(",")[0])
    return words[-1] if words else ""


def is_author_note(paragraph: str, author: str | None) -> bool:
    """Whether ``paragraph`` is one short sentence giving the post of ``author`` (the byline's writer)."""
    text = paragraph.strip()
    if not author or not text or len(text.split()) > NOTE_MAX_WORDS or _INNER_STOP.search(text):
        return False
    if re.search(r"[\"“”?]", text) or _EVENT.search(text):
        return False
    match = _AUTHOR_NOTE.match(text)
    surname = _surname(author)
    return match is not None and bool(surname) and match.group("name").split()[-1] == surname


def without_author_note(paragraphs: Sequence[str], author: str | None) -> list[str]:
    """``paragraphs`` without the byline writer's author note paragraphs (see the module docstring); unchanged
    when there is no byline author or only one paragraph (nothing would be left to brief)."""
    if not author or len(paragraphs) < 2:
        return list(paragraphs)
    kept = [p for p in paragraphs if not is_author_note(p, author)]
    return kept if kept else list(paragraphs)
