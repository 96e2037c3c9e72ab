"""Key points of a page of readers' stories: the page's framing, then one story each, shown with its teller (reader
Audit 46 #1, docs/audit.md 47.3).

Audit 46's readers' page printed one reader's first-person sentence as its first key point, under the brief's
"Statements are the article's own words" line, and carried none of the stories as a point. What such a page collects
is its readers' stories: its first key point is the outlet's framing (genre_readers, genre_accounts.accounts_intro),
and each further point is the best sentence of one story (by the summary's scores), in article order, shown with its
teller in brackets as newsbrief's words: "[Pavel Dorin:] I have not been able to reach them since Monday.".

- **The teller** is the name at the head of the story's own name line ("Pavel Dorin, Birmingham", "Anna and Marek
  Sova, 41, Tessaly"): the line just above each story when the page opens on a name line, just below it when the page
  ends on one. The attribution stage's speaker is not asked: a name line it cannot read ("Anna and Marek Sova") left
  the story to the reader before. Without a name line a story is told as "[A reader:]" on a page framed as readers'
  stories, and is no point where the framing names no readers.
- **A story** is a paragraph after the framing's that is told in the first person or given to a named reader; a
  paragraph in the outlet's own voice stays an ordinary sentence of the page, and so does an unnamed paragraph that
  speaks to the reader or of the page ("We will update this page as your stories come in": the outlet's "we").

Up to MAX_POINTS points: the framing and one story per teller's paragraph, the best-scored stories first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsbrief.analyze.context import Context
from newsbrief.analyze.genre_accounts import accounts_intro
from newsbrief.analyze.genre_readers import FIRST_PERSON, readers_call_out, readers_framing
from newsbrief.analyze.point_pages import reader_setup
from newsbrief.models import Document, Sentence

__all__ = ["Stories", "told_by", "told_stories"]

MAX_POINTS = 5  # the summary's most; a page of four stories shows the framing and each of them
NAME_LINE_WORDS = 8  # "Anna and Marek Sova, Tessaly": a name and a place, no clause
ANONYMOUS = "A reader"


@dataclass(frozen=True)
class Stories:
    """A readers' page's key points: the framing (None when it is only a set-up), the stories, each one's teller."""

    framing: Sentence | None
    points: list[Sentence]
    tellers: dict[int, str]


def _name_line(doc: Document, paragraph: list[Sentence]) -> bool:
    """True for a paragraph that is one short line without a verb: a reader's name and place."""
    return len(paragraph) == 1 and len(paragraph[0].text.split()) <= NAME_LINE_WORDS \
        and not any(t.pos in ("VERB", "AUX") for t in doc.sentence_tokens(paragraph[0]))


# The outlet's own note among the stories: it speaks to the reader or of the page ("We will update this page as your
# stories come in"); its "we" is the outlet's, so no anonymous reader tells it.
_OUTLET_NOTE = re.compile(r"\b(?:you|your|this (?:page|article|story)|our (?:website|coverage|page|site)|readers|"
                          r"updat(?:e|es|ed|ing)|get in touch|contact us|email us)\b", re.I)
# A reader's name opening a name line: capitalised words, joined by "and" or a particle ("Anna and Marek Sova").
_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:\s+(?:(?:and|&|de|da|del|van|von|bin|al|la|le)\s+)?[A-Z][\w'’.-]*){1,4}$")


def _name(line: str) -> str | None:
    """The reader's name at the head of a name line ("Pavel Dorin, Birmingham" -> "Pavel Dorin"), else None."""
    head = line.split(",")[0].strip()
    return head if _NAME.match(head) else None


def _stories(doc: Document, ctx: Context, framing: Sentence, anonymous: str | None) -> list[tuple[list[Sentence], str]]:
    """The stories after the framing's paragraph, each with its teller (see the module docstring)."""
    paragraphs: dict[int, list[Sentence]] = {}
    for sentence in doc.sentences:
        if sentence.paragraph > framing.paragraph:
            paragraphs.setdefault(sentence.paragraph, []).append(sentence)
    ordered = list(paragraphs.values())
    names = [_name(p[0].text) if _name_line(doc, p) else None for p in ordered]
    # The page's layout: names over the stories when a name line comes first, under them when one comes last.
    step = -1 if names[:1] != [None] else 1 if names[-1:] != [None] else 0
    found = []
    for k, paragraph in enumerate(ordered):
        if names[k] is not None:
            continue
        if not any(FIRST_PERSON.search(s.text) or ctx.voice_of(s.index).voice == "person" for s in paragraph):
            continue  # the outlet's own paragraph
        near = k + step if step and 0 <= k + step < len(ordered) else None
        teller = names[near] if near is not None and names[near] is not None else anonymous
        if teller == anonymous and any(_OUTLET_NOTE.search(s.text) for s in paragraph):
            continue  # "We will update this page as more of your stories come in": the outlet's note, no reader's
        if teller is not None:
            found.append((paragraph, teller))
    return found


def told_stories(doc: Document, ctx: Context, scores: Sequence[float]) -> Stories | None:
    """The key points of a round-up of readers' stories (see the module docstring), or None for any other page."""
    if ctx.genre != "roundup":
        return None
    readers = readers_framing(doc) or readers_call_out(doc)
    framing = readers or accounts_intro(doc)
    if framing is None:
        return None
    anonymous = ANONYMOUS if readers is not None else None
    best = []
    for story, teller in _stories(doc, ctx, framing, anonymous):
        top = max(story, key=lambda s: scores[s.index])
        if scores[top.index] > 0:  # a story with no usable sentence is no point
            best.append((top, teller))
    if len(best) < 2:
        return None  # one story is no page of stories
    lead = None if reader_setup(framing) else framing
    room = MAX_POINTS - (lead is not None)
    kept = sorted(sorted(best, key=lambda b: -scores[b[0].index])[:room], key=lambda b: b[0].index)
    points = ([lead] if lead is not None else []) + [s for s, _ in kept]
    return Stories(framing=lead, points=points, tellers={s.index: teller for s, teller in kept})


def told_by(teller: str | None, text: str) -> str:
    """A story's key point shown with its teller in brackets, newsbrief's words ("[Pavel Dorin:] ..."); ``text`` as it
    is when no teller is given."""
    return text if teller is None else f"[{teller}:] {text}"
