"""Dates given by a page's layout rather than by a sentence: a run-together dated list and a dated stage heading.

Reader Audit 29 (30.4 pattern 5, 30.5 "Key dates") found two layouts the sentence rules misread:

- A list of past events whose items each open on a year and a dash, run together on one line when the page's
  line breaks were lost ("Past disasters: 1994 - A storm kills ... 1998 - A hurricane destroys ... 2004 -
  Floods kill ..."). Read as one sentence it got one year for the whole list. Each "YEAR - event" item is
  its own event with its own year; the text before the first item (the list's label) is no event.
- A chronology page whose stages are headed by a date line ("2 JUNE: LOWER RISER CAP", "26 MAY - 29 MAY:
  TOP KILL - FAILED"), each followed by a paragraph telling the stage. The heading has no verb, so it was no
  event, and the paragraph has no date. The heading's date (or span) dates the paragraph's first sentence.

- A sidebar chronology whose entries open on a day and a month and a colon ("10 June: Turkish PM condemns ...
  19 July: Qatar closes ..."), cut into one sentence per entry by :mod:`newsbrief.nlp.date_chronology` (reader
  Audit 42 #7). Its entries run forward in time up to the article's date, so each yearless entry takes the
  latest year that keeps it before the next entry (the last one: before publication), not the year the
  sentence reader would guess for a present-tense headline ("3 March: Farmers march ..." read as next March).

All are read before the sentence rules, which would drop the heading (no verb) or date the list once. A list
whose items cannot all be read (an item of one or two words, a year the date reader refuses) gives no entry
at all: a wrong year on one item is worse than none. A heading's date needs the article's year like any
yearless date: with no publication date, "2 JUNE" cannot be placed and the stage gets no entry.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from newsbrief.models import Document, Sentence
from newsbrief.nlp.dates import DateValue, find_dates

# An item of a dated list: a year, a spaced dash, and a capitalised event ("1998 - Hurricane ...").
# The spaces around the dash and the capital after it keep out ranges ("1994-1998", "1994 - 1998").
_LIST_ITEM = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=:))((?:1[6-9]|20)\d\d)\s+[-–—]\s+(?=[A-Z])")
# Two items at least: one "2004 - Floods ..." opening a sentence is an ordinary dated sentence.
MIN_LIST_ITEMS = 2
# An item shorter than this says nothing ("1998 - Omar"); such a list is not split (or dated) at all.
MIN_ITEM_WORDS = 3
# A stage heading: a date, optionally a dash and a second date, a colon, and a short title with no closing
# stop. The title's length was set by hand on the audit's headings (3 to 7 words) with room to spare.
_HEADING = re.compile(r"^(?P<date>[^:\n]{3,30}?):\s+(?P<title>[^.!?\n]{2,80})$")
MAX_TITLE_WORDS = 10
MAX_HEADING_SENTENCES = 2


def dated_list_items(sentence: Sentence, published: date | None) -> list[tuple[DateValue, int, int]] | None:
    """The items of a run-together dated list in ``sentence``: each year's value and the item's offsets.

    None when the sentence is no such list; an empty list when it is one but cannot be split safely (an item
    too short or a year the date reader does not take), so that no year dates the whole list.
    """
    matches = list(_LIST_ITEM.finditer(sentence.text))
    if len(matches) < MIN_LIST_ITEMS:
        return None
    values = {v.start: v for v in find_dates(sentence.text, published, False)}
    items: list[tuple[DateValue, int, int]] = []
    for position, match in enumerate(matches):
        end = matches[position + 1].start(1) if position + 1 < len(matches) else len(sentence.text)
        text = sentence.text[match.end() : end].rstrip(" ,;")
        value = values.get(match.start(1))
        if value is None or value.granularity != "year" or len(text.split()) < MIN_ITEM_WORDS:
            return []
        items.append((value, sentence.start + match.end(), sentence.start + match.end() + len(text)))
    return items


def _is_title(title: str) -> bool:
    """True when ``title`` reads as a heading: short, and in capitals or with no verb-like lower-case run."""
    words = title.split()
    if not words or len(words) > MAX_TITLE_WORDS:
        return False
    letters = [c for c in title if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def stage_heading(doc: Document, sentence: Sentence, published: date | None) -> tuple[DateValue, Sentence] | None:
    """The date of a stage heading ("2 JUNE: CAP FITTED") and the first sentence of the paragraph it heads.

    The heading is a paragraph of its own whose text before the colon is a date (or a span "26 MAY - 29
    MAY") and nothing else, and whose title is in capitals; the next paragraph's first sentence tells the
    stage. A headline in capitals with no date ("LEAK: ENGINEERS TRY AGAIN") is no heading.
    """
    # The parser may cut a heading after its colon ("16 MAY:" | "INSERTION TUBE"): the paragraph is read whole.
    # Only its neighbours are read: this runs for every sentence, and a scan of all of them was quadratic.
    index = sentence.index
    if index > 0 and doc.sentences[index - 1].paragraph == sentence.paragraph:
        return None  # not the paragraph's first sentence
    nearby = doc.sentences[index : index + MAX_HEADING_SENTENCES + 1]
    paragraph = [s for s in nearby if s.paragraph == sentence.paragraph]
    if len(paragraph) > MAX_HEADING_SENTENCES:
        return None
    match = _HEADING.match(doc.article.text[sentence.start : paragraph[-1].end].strip())
    if match is None or not _is_title(match.group("title")):
        return None
    last = paragraph[-1].index
    if last + 1 >= len(doc.sentences):
        return None
    body = doc.sentences[last + 1]
    if body.paragraph != sentence.paragraph + 1 or body.text[:1].islower():
        return None
    head = match.group("date")
    values = [v for v in find_dates(head, published, False) if not v.ends_range]
    if len(values) != 1:
        return None
    value = values[0]
    # The date must be the whole of the head: "Update 2 June" or "Day 3 of 2 June" is no bare date line.
    covered = head[value.start : (value.until or value).end]
    if value.start != 0 or covered.strip() != head.strip():
        return None
    return value, body


# A chronology entry: a day and a month (either order) and a colon, then a capital.
_ENTRY = re.compile(r"^(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}):\s+[A-Z]")
MIN_CHRONOLOGY_ENTRIES = 2


def _entry_runs(doc: Document) -> list[list[Sentence]]:
    """Runs of consecutive sentences of one paragraph that each open on a chronology entry's date."""
    runs: list[list[Sentence]] = []
    run: list[Sentence] = []
    for sentence in doc.sentences:
        if _ENTRY.match(sentence.text) and (not run or run[-1].paragraph == sentence.paragraph):
            run.append(sentence)
            continue
        if len(run) >= MIN_CHRONOLOGY_ENTRIES:
            runs.append(run)
        run = [sentence] if _ENTRY.match(sentence.text) else []
    if len(run) >= MIN_CHRONOLOGY_ENTRIES:
        runs.append(run)
    return runs


def _latest_before(value: DateValue, limit: date) -> DateValue:
    """``value`` (a day) moved to the latest year that keeps it on or before ``limit``."""
    month, day = int(value.iso[5:7]), int(value.iso[8:10])
    year = limit.year
    while year > limit.year - 2:
        try:
            moved = date(year, month, day)
        except ValueError:  # 29 February in a common year
            year -= 1
            continue
        if moved <= limit:
            return replace(value, iso=moved.isoformat(), future=False)
        year -= 1
    return value


def chronology_dates(doc: Document, published: date | None) -> dict[int, DateValue]:
    """The date of each entry of a sidebar chronology, by sentence index.

    Read back from the last entry: it lies on or before publication, and each entry on or before the next.
    An entry with its own year keeps it; with no publication date a yearless entry cannot be placed and the
    chronology gives none (the session 18b decision on yearless days).
    """
    found: dict[int, DateValue] = {}
    if published is None:
        return found
    for run in _entry_runs(doc):
        limit = published
        for sentence in reversed(run):
            colon = sentence.text.index(":")
            values = [v for v in find_dates(sentence.text[:colon], published, False)
                      if v.start == 0 and v.granularity == "day"]
            if len(values) != 1:
                continue
            value = values[0]
            has_year = bool(re.search(r"\d{4}", sentence.text[:colon]))
            value = value if has_year else _latest_before(value, limit)
            found[sentence.index] = value
            limit = date.fromisoformat(value.iso)
    return found
