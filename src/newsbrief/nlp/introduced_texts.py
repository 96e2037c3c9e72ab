"""Texts a writer hands over to someone else: the paragraphs after "X sent this report:", "X writes:" or
"X blogs:", and those after the writer's own sign-off line ("- Helen Marsh") under a name line ("Letter, Nadia
Farouk") (see :mod:`newsbrief.nlp.voices`).

A column often frames another person's text and then prints it without quotation marks: a protester's
first-person report from a square, a blogger's polemic (reader Audit 27, 28.3 #4 and #6). With no cue in each
sentence, those sentences read as the page's own voice: Who says what gave the report to "a friend of a friend",
and Analysis filed the polemic as the page's own argument. The introduced text is its author's until the text
ends or the writer speaks again: a paragraph naming the author in the third person ("Hale has run his site since
2009"), another sign-off line, or a new introduction.

Rules over the text and the tagger's entities only:

- an introduction is a paragraph's last sentence ending in a colon whose verb presents a text ("writes:",
  "blogs:", "posted:", "sent this report:", "shared these lines:"); its author is the person named before that
  verb, and a comma's apposition after the name ("Nadia Farouk, a teacher in Alexandria who ...") is the role;
- a sign-off is a line of its own, a dash and two or three capitalised words, that is not the page's last
  paragraph; the text after it is someone else's only when a short name line right under it names that person
  ("Letter, Nadia Farouk" or "Nadia Farouk"): with no name to give, the sentences keep the voices they had.
"""

from __future__ import annotations

import re

from newsbrief.models import Sentence
from newsbrief.nlp.speech import _Doc

# Verbs that present a text set out after the colon; "sent/shared ... this report" needs its text noun (a
# columnist's "my neighbour sent me a letter." with no colon presents nothing).
_TEXT_NOUNS = ("report|account|letter|dispatch|note|message|essay|post|story|words|thoughts|lines|postcard|"
               "diary|email|e-mail")
_INTRO = re.compile(r"\b(?:writes|wrote|blogs|blogged|posts|posted|"
                    r"(?:sent|sends|filed|files|shared|shares|emailed|emails|submitted|offers|offered|wrote)"
                    r"\s+(?:us\s+|me\s+|in\s+)?(?:this|the following|these|her|his|their|a|an)\s+(?:[\w-]+\s+)?"
                    rf"(?:{_TEXT_NOUNS}))\s*:\s*$")
# A sign-off line: a dash and the writer's name, nothing else.
_SIGN_OFF = re.compile(r"^\s*[-–—]+\s*([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2})\s*$")
_NAME = re.compile(r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2}$")
# A name line is short: the column's name and its writer ("Postcard, Amany Eid").
_NAME_LINE_WORDS = 6
# A person's apposition after a name: ", a teacher", ", an activist", ", the founder of".
_DESCRIBED = re.compile(r",\s+(?:a|an|the)\s+[a-z]")
# An apposition's role ends at a relative clause or the next comma.
_ROLE_END = re.compile(r",|\s(?:who|which|that)\s")


def _paragraph_sentences(d: _Doc) -> dict[int, list[Sentence]]:
    paragraphs: dict[int, list[Sentence]] = {}
    for sentence in d.doc.sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence)
    return paragraphs


def _author(d: _Doc, sentence: Sentence, before: int) -> tuple[str, str | None] | None:
    """The person named before character ``before`` in an introduction, and the apposition after the name."""
    entities = d.doc.sentence_entities(sentence)
    person = next((e for e in entities if e.label == "PERSON" and e.end <= before), None)
    # The tagger may type a described name an organisation ("Nadia Farouk, a teacher ..." as ORG): a name that
    # opens the sentence with a person's apposition after it is the person.
    person = person or next((e for e in entities if e.start == sentence.start and _NAME.match(e.text)
                             and _DESCRIBED.match(d.text, e.end)), None)
    if person is None:
        return None
    role = None
    tail = d.text[person.end : before]
    if tail.startswith(", "):
        cut = _ROLE_END.search(tail, 2)
        role = tail[2 : cut.start() if cut else len(tail)].strip() or None
    return d.resolve_name(person.text, person.start), role


def _name_line(d: _Doc, sentences: list[Sentence]) -> str | None:
    """The person a short name line names ("Letter, Nadia Farouk" or "Nadia Farouk"), or None."""
    if len(sentences) != 1:
        return None
    text = sentences[0].text.strip()
    if text.endswith((".", "!", "?", ":")) or len(text.split()) > _NAME_LINE_WORDS:
        return None
    name = text.rsplit(",", 1)[-1].strip()
    if not _NAME.match(name):
        return None
    place = any(e.label in ("GPE", "LOC", "ORG", "FAC", "DATE") and (name in e.text or e.text in name)
                for e in d.doc.sentence_entities(sentences[0]))
    return None if place else name


def _speaks_again(d: _Doc, sentences: list[Sentence], author: str) -> bool:
    """Whether a paragraph is the writer's again: it names the author in the third person outside quotation
    marks, signs off, or introduces another text."""
    surname = author.split()[-1]
    for sentence in sentences:
        at = sentence.text.find(surname)
        if at >= 0 and not d.in_quote(sentence.start + at):
            return True
        if _SIGN_OFF.match(sentence.text) or _INTRO.search(sentence.text):
            return True
    return False


def _hand_overs(d: _Doc, paragraphs: dict[int, list[Sentence]]) -> list[tuple[int, str, str | None]]:
    """(first paragraph of the introduced text, author, role) for every introduction and named sign-off."""
    found: list[tuple[int, str, str | None]] = []
    last = max(paragraphs, default=-1)
    for index, sentences in sorted(paragraphs.items()):
        if index >= last:
            break
        closing = sentences[-1]
        intro = _INTRO.search(closing.text)
        if intro is not None:
            author = _author(d, closing, closing.start + intro.start())
            if author is not None:
                found.append((index + 1, author[0], author[1]))
            continue
        if len(sentences) == 1 and _SIGN_OFF.match(closing.text) and index + 2 <= last:
            name = _name_line(d, paragraphs.get(index + 1, []))
            if name is not None:
                found.append((index + 2, d.resolve_name(name), None))
    return found


def introduced_texts(d: _Doc) -> dict[int, tuple[str, str | None]]:
    """Paragraph index -> (author, role) for the paragraphs of texts the writer hands over (module docstring)."""
    paragraphs = _paragraph_sentences(d)
    owners: dict[int, tuple[str, str | None]] = {}
    for first, author, role in _hand_overs(d, paragraphs):
        for index in range(first, max(paragraphs) + 1):
            sentences = paragraphs.get(index, [])
            if index in owners or _speaks_again(d, sentences, author):
                break
            owners[index] = (author, role)
    return owners


__all__ = ["introduced_texts"]
