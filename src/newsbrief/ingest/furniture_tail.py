"""Furniture known by where it stands: the "about us" box and the author's bio at a page's foot.

:mod:`newsbrief.ingest.furniture` judges one line at a time. Two kinds of furniture read like
reporting line by line and are told apart only by their place and by the rest of the article
(reader Audit 7):

* a publisher's or monitoring service's "about us" box ("X selects and translates news ... in
  more than 70 languages. It is based in ..."): a present-tense self-description with a count
  of languages or sources, in the last paragraphs; the short lines after it ("It is based in
  ...", "To subscribe, ...") belong to the box;
* an author's bio line ("X is a professor of ... at ...; his latest book is ..."): a person
  described by a role, in the last paragraphs, who is never named in the article's body, or
  whom the byline names. A person the body quotes or names ("Smith is a professor at Yale who
  studies viruses, and she said ...") is reporting, so a bio line of the same shape stays there.

Plain regular expressions and word look-ups, like the line rules: each decision can be
explained by the phrase and the position that made it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.ingest.furniture_forms import link_teaser, reader_form
from newsbrief.ingest.furniture_rules import ABOUT_BOX, ABOUT_BOX_COUNT, ABOUT_BOX_FOLLOW, BIO_LINE, REPORTING
from newsbrief.ingest.page_teasers import related_headlines, trip_note
from newsbrief.lexicon import MONTHS

# An about box or a bio stands among the last paragraphs of a page: the box is at most two or
# three paragraphs, the bio one (Audit 7's pages, the labelled lines' pool). Position is counted
# from the foot, and an article of a lead and little else keeps every paragraph.
TAIL_PARAGRAPHS = 3
MIN_PARAGRAPHS = 4
# A bio or a box line is short: the longest in the pool had 55 words; the lines after a box
# ("It is based in ...") had fewer than 20.
BIO_MAX_WORDS = 60
FOLLOW_MAX_WORDS = 40

_NAME_WORD = re.compile(r"[A-Z][\w'’.-]+")
_MONTHS = frozenset(m.lower() for m in MONTHS)


def _about_box(paragraph: str) -> bool:
    return (len(paragraph.split()) <= BIO_MAX_WORDS and bool(ABOUT_BOX.match(paragraph))
            and bool(ABOUT_BOX_COUNT.search(paragraph)) and not REPORTING.search(paragraph))


def _bio_subject(paragraph: str) -> str | None:
    """The name a bio-shaped paragraph describes ("Jane Doe" in "Jane Doe is a professor of ..."), or None."""
    if len(paragraph.split()) > BIO_MAX_WORDS or REPORTING.search(paragraph) or re.search(r"[\"“”]", paragraph):
        return None
    match = BIO_LINE.match(paragraph)
    return match.group("name") if match else None


def _named_elsewhere(name: str, others: Sequence[str]) -> bool:
    """Whether the name's last word (the surname) occurs in any of ``others``."""
    surname = _NAME_WORD.findall(name)[-1]
    pattern = re.compile(rf"\b{re.escape(surname)}\b")
    return any(pattern.search(text) for text in others)


def _box_at_foot(paragraphs: Sequence[str], content: Sequence[bool], first: int) -> set[int]:
    """The about box and the lines after it to the foot, when every one of them belongs to the box."""
    for index in range(first, len(paragraphs)):
        if not _about_box(paragraphs[index]):
            continue
        rest = range(index + 1, len(paragraphs))
        if all(not content[j] or (len(paragraphs[j].split()) <= FOLLOW_MAX_WORDS
                                   and ABOUT_BOX_FOLLOW.match(paragraphs[j])) for j in rest):
            return {index, *rest}
    return set()


def _bios_at_foot(paragraphs: Sequence[str], content: Sequence[bool], first: int,
                  bylines: Sequence[str]) -> set[int]:
    """The bio lines at the foot, read upwards until a paragraph of content that is not one."""
    found: set[int] = set()
    for index in range(len(paragraphs) - 1, first - 1, -1):
        if not content[index]:
            continue
        name = _bio_subject(paragraphs[index])
        if name is None:
            break
        body = [p for j, p in enumerate(paragraphs) if content[j] and j != index and j not in found]
        if not (_named_elsewhere(name, bylines)
                or (len(_NAME_WORD.findall(name)) >= 2 and not _named_elsewhere(name, body))):
            break
        found.add(index)
    return found


# The author's bio told over several short paragraphs ("Jane Doe joined the Ledger in 2019 to cover
# trade. / Previously, Jane was an editor at ... / She lives in Leeds."): a block that opens on the
# byline's name (or on a journalist's career line for a name the body never mentions) and whose later
# paragraphs name the author or go on with "he"/"she" (session 8's final reader check: the four bio
# lines became a timeline item and the conclusion). BIO_BLOCK_PARAGRAPHS is the longest such block
# seen on the labelled pages' feet plus one.
BIO_BLOCK_PARAGRAPHS = 5
_BYLINE_NAME = re.compile(r"\b(?i:by)\s+((?:[A-Z][\w'’.-]+)(?:\s+[A-Z][\w'’.-]+){1,2})")
_CAREER = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,2})\s(?:joined|has (?:been )?(?:written|reported|covered)|"
    r"(?:is|was) (?:a|an|the) (?:[\w'’-]+\s){0,4}(?:reporter|editor|correspondent|columnist|writer|journalist))"
    r"\b.{0,160}\b(?:to cover|as (?:a|an|its|the)\b|report(?:er|ing)|editor|correspondent|columnist|covers?)\b")
_GOES_ON = re.compile(r"^(?:(?:Previously|Before that|Earlier|Today|Now|Currently|In (?:a|an|his|her) [\w ]{0,30}),?"
                      r"\s)?(?:He|She|His|Her)\b")


def _author_names(bylines: Sequence[str]) -> list[str]:
    """The authors the byline lines name ("Dan Roe" in "By Dan Roe February 2, 2011")."""
    names: list[str] = []
    for line in bylines:
        for match in _BYLINE_NAME.finditer(line):
            words = [w for w in match.group(1).split() if w.rstrip(".").lower() not in _MONTHS]
            if len(words) >= 2:
                names.append(" ".join(words))
    return names


def _about_author(paragraph: str, name: str) -> bool:
    """Whether a short paragraph goes on about the author: it names them, or opens on "he"/"she"."""
    if len(paragraph.split()) > BIO_MAX_WORDS or re.search(r"[\"“”]", paragraph) or REPORTING.search(paragraph):
        return False
    named = any(re.search(rf"\b{re.escape(word)}\b", paragraph) for word in name.split())
    return named or bool(_GOES_ON.match(paragraph))


def _bio_block(paragraphs: Sequence[str], content: Sequence[bool], bylines: Sequence[str]) -> set[int]:
    """The author's bio block at the foot (see BIO_BLOCK_PARAGRAPHS), or nothing."""
    kept = [i for i, keep in enumerate(content) if keep]
    tail = kept[-BIO_BLOCK_PARAGRAPHS:]
    authors = _author_names(bylines)
    for n, index in enumerate(tail):
        paragraph = paragraphs[index]
        career = _CAREER.match(paragraph)
        name = next((a for a in authors if paragraph.startswith(a)), None) or (career.group("name") if career else None)
        if name is None or (not (career or _bio_subject(paragraph)) and name not in authors):
            continue
        body = [paragraphs[j] for j in kept if j < index]
        if _named_elsewhere(name, body) or len(body) < MIN_PARAGRAPHS - 1:
            continue
        if all(_about_author(paragraphs[j], name) for j in tail[n + 1:]) and not REPORTING.search(paragraph):
            return set(tail[n:])
    return set()


def tail_furniture(paragraphs: Sequence[str], content: Sequence[bool], bylines: Sequence[str]) -> set[int]:
    """Indexes of the about box and the author's bio among the last paragraphs.

    ``content`` says which paragraphs the line rules kept (a name in a dropped byline or
    caption does not count as a mention in the body); ``bylines`` are the byline lines, whose
    names make a bio of one word ("Berg is a professor ...") the author's.
    """
    if len(paragraphs) < MIN_PARAGRAPHS:
        return set()
    first = max(1, len(paragraphs) - TAIL_PARAGRAPHS)
    bylines = [*bylines, *_standfirst_authors(paragraphs, content)]
    found = _box_at_foot(paragraphs, content, first) or _bio_block(paragraphs, content, bylines) \
        or _bios_at_foot(paragraphs, content, first, bylines)
    # Also other stories' headlines between the paragraphs and the writer's trip note (see page_teasers).
    found = found or trip_note(paragraphs, content)
    found |= reader_form(paragraphs, content)  # a submission form's call, notices and inviting questions
    content = [keep and i not in found for i, keep in enumerate(content)]
    return found | _link_question(paragraphs, content) | related_headlines(paragraphs, content) \
        | link_teaser(paragraphs, content)


# A related-link block at the foot: a headline question followed only by link lines the line rules dropped
# ("What are the top issues for each party at the 2015 election?" / "Policy guide: Where the parties stand"; an
# XSum extract read in session 18, whose Conclusion was the question). A link line is short and has no closing
# stop and no bracket (a wire credit "(Reporting by ...)" after a closing question is no link); the question
# speaks to no one ("you", "we", "I": a writer's question to readers stays). LINK_MAX_WORDS is the longest link
# line seen on the BBC pages of ../shared/data/summ/ XSum extracts plus a margin.
LINK_MAX_WORDS = 12
QUESTION_MAX_WORDS = 25
_ADDRESSED = re.compile(r"\b(?i:you|your|we|our|us|I|my)\b|[\"“”]")


def _link_line(paragraph: str) -> bool:
    text = paragraph.strip()
    return 0 < len(text.split()) <= LINK_MAX_WORDS and text[-1] not in ".!?)\"”" and not text.startswith("(")


def _link_question(paragraphs: Sequence[str], content: Sequence[bool]) -> set[int]:
    """The headline question of a related-link block at the foot (see LINK_MAX_WORDS), or nothing."""
    kept = [i for i, keep in enumerate(content) if keep]
    if len(kept) < MIN_PARAGRAPHS:
        return set()
    last = kept[-1]
    question = paragraphs[last].strip()
    after = paragraphs[last + 1:]
    if not after or not all(_link_line(p) for p in after if p.strip()):
        return set()
    one_sentence = not re.search(r"[.!?][\"”’']?\s", question)
    if question.endswith("?") and one_sentence and len(question.split()) <= QUESTION_MAX_WORDS \
            and not _ADDRESSED.search(question):
        return {last}
    return set()


# A standfirst that presents the writer ("Philosopher Jane Roe examines the arguments.", "Jane Roe
# explains why ..."): it names the author as a byline does, so a bio line of that name at the foot is the
# author's, not a person of the story (reader Audit 24: an essay closed on its author's bio line because
# the standfirst counted as a mention in the body). Only a short paragraph among the first two of content,
# with a present-tense verb of writing or weighing, and no quotation or reported speech.
_STANDFIRST = re.compile(r"^(?:[A-Z][a-z]+\s){0,2}(?P<name>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,2})\s"
                         r"(?:examines|explains|explores|considers|assesses|asks|argues|reflects|looks at|writes|"
                         r"weighs|investigates|reports)\b")
STANDFIRST_MAX_WORDS = 30


def _standfirst_authors(paragraphs: Sequence[str], content: Sequence[bool]) -> list[str]:
    """The standfirst's presentation of the writer, as a byline line (see _STANDFIRST), or nothing."""
    kept = [p for p, keep in zip(paragraphs, content, strict=True) if keep][:2]
    return [p for p in kept if len(p.split()) <= STANDFIRST_MAX_WORDS and _STANDFIRST.match(p)
            and not re.search(r"[\"“”]", p) and not REPORTING.search(p)]


__all__ = ["tail_furniture"]


def bio_sentence(sentence: str, before: str) -> bool:
    """Whether a closing *sentence* is an author's bio line ("Jane Doe is president of Doe Capital and
    editor of the Doe Letter.") whose person the text *before* it never names: the foot of a column
    pasted as one paragraph, where :func:`tail_furniture` sees no paragraphs to judge (Newsroom check,
    session 11)."""
    name = _bio_subject(sentence.strip())
    return name is not None and not _named_elsewhere(name, [before])
