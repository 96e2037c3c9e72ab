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

from newsbrief.ingest.furniture_rules import ABOUT_BOX, ABOUT_BOX_COUNT, ABOUT_BOX_FOLLOW, BIO_LINE, REPORTING

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


def tail_furniture(paragraphs: Sequence[str], content: Sequence[bool], bylines: Sequence[str]) -> set[int]:
    """Indexes of the about box and the author's bio among the last paragraphs.

    ``content`` says which paragraphs the line rules kept (a name in a dropped byline or
    caption does not count as a mention in the body); ``bylines`` are the byline lines, whose
    names make a bio of one word ("Berg is a professor ...") the author's.
    """
    if len(paragraphs) < MIN_PARAGRAPHS:
        return set()
    first = max(1, len(paragraphs) - TAIL_PARAGRAPHS)
    return _box_at_foot(paragraphs, content, first) or _bios_at_foot(paragraphs, content, first, bylines)


__all__ = ["tail_furniture"]
