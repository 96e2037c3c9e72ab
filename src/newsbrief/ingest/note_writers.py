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
from dataclasses import replace

from newsbrief.models import Article

__all__ = [
    "NOTE_PARAGRAPHS",
    "byline_title",
    "note_calls_writer_a_commentator",
    "note_writer",
    "standfirst_reporter",
    "with_reporter",
    "without_author_note",
    "without_sign_off",
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


# A reporter's sign-off on the last line: "Rajesh Roe, BBC News, Los Angeles" (Audit 52 #5: kept in the text, dropped
# as furniture, and the brief named no author). The name is two or three capitalised words, the outlet a word in
# capitals ("BBC", "CNN") with a service's word after it ("BBC World"), or words ending in "News"; the place after a
# comma. "Jo Roe, US President" is no sign-off.
_SIGN_OFF = re.compile(
    r"^(?P<name>[A-Z][a-z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,2}), (?:[A-Z]{2,6}(?: (?:News|World|Radio|Sport|Online|"
    r"Television|Service|Arabic|Persian|Russian|Mundo))?|"
    r"(?:[A-Z][\w&.'’-]* ){0,3}News)(?:, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})?\.?$")
SIGN_OFF_PARAGRAPHS = 2  # the sign-off closes the text, perhaps above a note or a link line


def without_sign_off(paragraphs: Sequence[str]) -> list[str]:
    """``paragraphs`` without a reporter's sign-off among the last ones (see ``_SIGN_OFF``; :func:`note_writer` names
    the author by it): with its stop it is no furniture line, and it closed the text as a sentence."""
    last = len(paragraphs) - SIGN_OFF_PARAGRAPHS
    return [p for i, p in enumerate(paragraphs) if i < last or last < 1 or not _SIGN_OFF.match(p.strip())]


def note_writer(paragraphs: Sequence[str]) -> str | None:
    """The writer an editor's note at the top of the text introduces, or a reporter's sign-off at its foot
    ("Rajesh Roe, BBC News, Los Angeles"), or None."""
    for paragraph in paragraphs[:NOTE_PARAGRAPHS]:
        match = _NOTE.match(paragraph.strip())
        if match and not _NOT_A_WRITER.search(paragraph):
            return match.group("name")
    for paragraph in paragraphs[-SIGN_OFF_PARAGRAPHS:] if len(paragraphs) > SIGN_OFF_PARAGRAPHS else []:
        sign_off = _SIGN_OFF.match(paragraph.strip())
        if sign_off:
            return sign_off.group("name")
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


# **A standfirst that names its correspondent.** A page's standfirst ends on the reporter who filed the story
# ("Stranded passengers crowd the ports as talks break down again, Mary Kendal reports.", "..., the BBC's Jo Roe in
# Cairo reports.", "..., BBC UN correspondent Jo Roe reports."), or opens on the outlet's reporter ("The BBC's Paul Wood
# has spent harrowing days under fire in Homs and here reports on ..."; Audit 50 #7, T17 pages). Read as text, the
# reporter became an actor of the story and the brief had no author. In the head paragraphs the reporter is the
# author; the tail ", NAME reports" is cut and the standfirst's statement stays ("... break down again."). A name with
# an outlet's or agency's word ("Kyodo News reports", "Associated Press reports") is a source, not a writer.
_OUTLET_OF = r"(?:[Tt]he\s+)?[A-Z][\w.&-]*['’]s\s+"
_DESK = r"(?:[A-Za-z][\w.&-]*\s+){0,3}(?i:correspondent|editor|reporter)\s+"
_PERSON = r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
# A bare name is plainly a reporter only where it files from a place ("..., Mary Kendal reports from Dover."); without
# one, ", Business Insider reports." and ", Agence France-Presse reports." are outlets that a word list cannot all
# name, and the claim would lose its source (the lead's code review of session 34): such a tail stays.
_PLACE = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_REPORTER_TAIL = re.compile(
    rf",\s+(?:(?P<framed>{_OUTLET_OF}|{_DESK}))?{_PERSON}(?P<in>\s+in\s+{_PLACE})?"
    rf"\s+(?:reports|writes)(?P<from>\s+from\s+{_PLACE})?\s*\.?$")
# The outlet's reporter opening the standfirst: "The BBC's Paul Wood has spent ... and here reports on ...". A report
# word after the name is the writer's only as "here reports" or "reports from", or next to a journalist's title:
# "Apple's Tim Cook was upbeat as the company reports record profits" names no writer (the same review).
_REPORTER_OPENING = re.compile(
    rf"^{_OUTLET_OF}(?:(?P<desk>{_DESK}))?{_PERSON}\s+(?:has|is|was)\b[^.!?]{{0,200}}?"
    r"(?:\bhere\s+reports\b|\breports\s+from\b|(?P<bare>\breports\b))")
# An outlet as the source ("The Telegraph reports", "Hollywood Reporter reports", "Il Corriere Adriatico reports": FNC-1
# bodies 234, 677, 899, 2480): an article opens its name, or a word of a paper's or a broadcaster's names stands in it.
_SOURCE_WORDS = re.compile(
    r"^(?:The|Il|La|Le|El|Der|Die|Al)\b|\b(?:News|Press|Agency|Service|Wire|Times|Post|Journal|Television|TV|Radio|"
    r"Reporter|Telegraph|Guardian|Mail|Herald|Tribune|Gazette|Mirror|Independent|Observer|Magazine|Daily|Weekly|"
    r"Online|Today|Channel|Network|Corriere|Express|Standard|Chronicle|Globe|Star|Sun)\b")
# A tail cut leaves a statement of at least this many words; less ("From Los Angeles") goes with it.
STANDFIRST_MIN_WORDS = 4


def standfirst_reporter(paragraphs: Sequence[str]) -> tuple[list[str], str | None]:
    """``paragraphs`` without the reporter's tail on a head standfirst, and the reporter it names (or None); see
    the comment above."""
    for index, paragraph in enumerate(paragraphs[:NOTE_PARAGRAPHS]):
        tail = _REPORTER_TAIL.search(paragraph)
        if tail is not None and not _SOURCE_WORDS.search(tail.group("name")) \
                and (tail.group("framed") or tail.group("in") or tail.group("from")):
            statement = paragraph[: tail.start()].rstrip()
            kept = [statement + "."] if len(statement.split()) >= STANDFIRST_MIN_WORDS else []
            return [*paragraphs[:index], *kept, *paragraphs[index + 1:]], tail.group("name")
        opening = _REPORTER_OPENING.match(paragraph)
        if opening is not None and not _SOURCE_WORDS.search(opening.group("name")) \
                and (opening.group("desk") or not opening.group("bare")):
            return list(paragraphs), opening.group("name")
    return list(paragraphs), None


def with_reporter(article: Article) -> Article:
    """The article with a head standfirst's reporter as its author and without the "..., NAME reports" tail (see
    :func:`standfirst_reporter`): left in, the reporter was an actor of the story (Audit 50 #7)."""
    paragraphs = article.text.split("\n\n")
    kept, reporter = standfirst_reporter(paragraphs)
    if reporter is None or (kept != paragraphs and len(kept) < 2):
        return article
    source = article.source if article.source.author else replace(article.source, author=reporter)
    return replace(article, text="\n\n".join(kept), source=source)
