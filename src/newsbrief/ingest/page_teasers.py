"""Headlines of other stories standing between a blog post's paragraphs, and the writer's closing trip note.

**Related headlines.** An entertainment blog sets links to its other posts between the paragraphs of a post, one
line each, in headline style: a show's name in quotes or in Title Case, a label word, a colon and the news
("'Show' recap: X voted off the island!"), often after a teaser question about another subject ("Which 'Show'
star should be most embarrassed?"). Read as text, the question became a blog item's first key point and the name
in the recap an actor (reader Audit 36 #9). A paragraph is such a link line when:

* it stands between two paragraphs of content (the lead and the foot are judged by other rules);
* it is short (at most TEASER_MAX_WORDS words) and reports or quotes no one;
* one of its sentences is a colon headline: a quoted or Title Case name of two words or more (perhaps with a
  lower-case label word, "recap", "first look"), a colon, and a headline with no closing full stop (a "!" or
  nothing): a body sentence with a label ends on its stop ("The Show: a cartoon that ran for nine series.");
* every other sentence is a question that speaks to no one ("you", "we", "I": the writer's own question to
  readers stays).

**The writer's trip note.** An essay closes on a note about its writer's reporting ("Jane Roe travelled to the
coast with a film crew from ...", "The writer was a guest of the tourist board"), perhaps followed by a line
going on about them ("She was a consultant on the film"). Read as text, the note was the essay's conclusion
(reader Audit 36 #6). Among the last TRIP_TAIL paragraphs of content, a paragraph that opens on a person of two
name words or more whom the body never names (or on "The writer"/"The author"), with a verb of travel and a
marker of a note (a film crew, a host's invitation, "for this article", a trip paid for by someone), is the
note; it and every paragraph after it that goes on about the same person are cut.

Plain regular expressions over paragraphs and their sentences, each bounded (ingest runs before spaCy).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.ingest.furniture_rules import REPORTING

__all__ = ["note_author", "related_headlines", "trip_note"]

# ---------------------------------------------------------------- related headlines

# The audited line held a 13-word question and a 7-word headline; a teaser line is rarely longer.
TEASER_MAX_WORDS = 40
QUESTION_MAX_WORDS = 25
_SENTENCE = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[A-Z\"“‘'])")
_TITLE = (r"(?:['‘\"“][A-Z][^'’\"”\n]{0,40}['’\"”]|[A-Z][\w'’&-]*(?:\s(?:[A-Z][\w'’&-]*|of|the|and|&)){1,5})")
# A colon headline: the name, up to two lower-case label words, a colon, and a headline that does not open on a
# quotation (a speaker's line "Name: 'We ...'" is a transcript's) and ends with "!" or no stop.
_HEADLINE = re.compile(rf"^{_TITLE}(?:\s[a-z][\w-]*){{0,2}}\s?:\s+(?![\"“‘'])[^\n]{{3,160}}?(?<![.?,;:])[!]?$")
_ADDRESSED = re.compile(r"\b(?i:you|your|we|our|us|I|my|me)\b")
_QUOTED = re.compile(r"[\"“”]")


def _teaser(paragraph: str) -> bool:
    """Whether a paragraph is one or more related headlines (see the module docstring)."""
    text = paragraph.strip()
    if ":" not in text or len(text.split()) > TEASER_MAX_WORDS or REPORTING.search(text) or _QUOTED.search(text):
        return False
    pieces = _SENTENCE.split(text)
    headlines = [bool(_HEADLINE.match(piece)) for piece in pieces]
    if not any(headlines):
        return False
    return all(is_headline or (piece.endswith("?") and len(piece.split()) <= QUESTION_MAX_WORDS
                               and not _ADDRESSED.search(piece))
               for piece, is_headline in zip(pieces, headlines, strict=True))


def related_headlines(paragraphs: Sequence[str], content: Sequence[bool]) -> set[int]:
    """Indexes of the paragraphs of content, between two others, that are other stories' headlines."""
    kept = [i for i, keep in enumerate(content) if keep]
    return {i for i in kept[1:-1] if ":" in paragraphs[i] and _teaser(paragraphs[i])}


# ---------------------------------------------------------------- the writer's trip note

# The note and the line after it stand in the last paragraphs (the audited essay: the last two); a note is short.
TRIP_TAIL = 3
TRIP_MAX_WORDS = 60
_TRIP = re.compile(
    r"^(?:(?P<name>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,2})|The (?:author|writer|reporter|columnist))\s"
    r"(?:has\s|had\s)?(?:visited|travel(?:l)?ed|went|flew|reported from|was in|spent|stayed)\b")
_NOTE_MARK = re.compile(
    r"\bwith (?:a |the )?(?:film|camera|television|TV|documentary)[- ]?crew\b|\bas (?:a |the )?guests? of\b|"
    r"\b(?:courtesy|at the invitation) of\b|\bon assignment\b|"
    r"\b(?:for|while (?:reporting|filming|researching|writing)) (?:this|the) (?:article|story|piece|report|column|"
    r"book|film|documentary|series)\b|\b(?:trip|travel|visit|stay|flights?) (?:was|were) (?:paid|funded|sponsored|"
    r"provided|arranged|organi[sz]ed)\b", re.I)
_GOES_ON = re.compile(r"^(?:He|She|They|His|Her|Their|The (?:author|writer|reporter))\b")


def _note_name(paragraph: str) -> str | None:
    """The person a trip note is about ("" for "The writer ..."), or None when the paragraph is no note."""
    if len(paragraph.split()) > TRIP_MAX_WORDS or _QUOTED.search(paragraph) or REPORTING.search(paragraph):
        return None
    match = _TRIP.match(paragraph)
    if match is None or not _NOTE_MARK.search(paragraph):
        return None
    return match.group("name") or ""


def _goes_on(paragraph: str, name: str) -> bool:
    """Whether a short paragraph after the note goes on about its person."""
    if len(paragraph.split()) > TRIP_MAX_WORDS or _QUOTED.search(paragraph) or REPORTING.search(paragraph):
        return False
    return bool(_GOES_ON.match(paragraph)) or bool(name and paragraph.startswith(name.split()[-1]))


def trip_note(paragraphs: Sequence[str], content: Sequence[bool]) -> set[int]:
    """Indexes of the writer's closing trip note and the lines after it about the writer (module docstring)."""
    kept = [i for i, keep in enumerate(content) if keep]
    if len(kept) <= TRIP_TAIL:
        return set()
    for n in range(len(kept) - TRIP_TAIL, len(kept)):
        name = _note_name(paragraphs[kept[n]])
        if name is None:
            continue
        # A person the body names is the story's: their visit is news (the surname is enough to name them).
        body = " ".join(paragraphs[i] for i in kept[:n])
        if name and re.search(rf"\b{re.escape(name.split()[-1])}\b", body):
            continue
        after = kept[n + 1:]
        if all(_goes_on(paragraphs[i], name) for i in after):
            return {kept[n], *after}
    return set()


def note_author(dropped: Sequence[str]) -> str | None:
    """The writer a dropped trip note names ("Jane Roe" in "Jane Roe travelled to ... with a film crew"), or None:
    the note says who wrote the piece when no byline does."""
    for paragraph in dropped:
        name = _note_name(paragraph)
        if name:
            return name
    return None
