"""Furniture glued into the text: a column's editor's note run into its highlights, and a live page's entry labels.

Reader Audit 32 (session 19c) found two shapes the line-level filter cannot see, because the furniture shares a
paragraph with the article's words:

- **A column's editor's note.** CNN prints a column's highlights without full stops, and a saved page runs them
  straight into "Editor's note: NAME is a professor of ... at ... University." (A6, A7). The note then opened key
  point 1 and the prose essay, and the paragraph after it, which goes on with the bio ("He is the author of
  "TITLE," published by ..."), named a president as an actor. The note is set apart as a paragraph of its own
  wherever it sits (the furniture rules drop an "Editor's note:" paragraph of any length), and a bio paragraph
  right after it ("He/She is the author of", "is also a", "His/Her latest book") is joined to it, so both go. The
  same holds for a glued "The opinions expressed in this commentary are solely those of NAME." disclaimer. Only the
  capitalised label with its colon counts: "The editor's note said ..." is a sentence, and "Note:" no editor's note.
- **A live page's entry labels.** A BBC live page heads each entry with a clock stamp and its correspondent's
  label ("1146: NAME Chief political correspondent, BBC News Channel"). When the entries' own words were lost,
  the labels ran into one another and into the next entry's text: they became actors ("Nick Robinson BBC") and a
  string of them a Recommendation (A3). On a live page (at least MIN_STAMPS "HHMM:" or "HH:MM:" stamps before a
  capitalised word), each stamp starts a paragraph; a piece that is only labels is dropped; a label heading an
  entry is cut when the entry's text follows it with a capital (or after a tag's colon: "NAME, Managing Editor at
  OUTLET Rail strike: Trains ..." keeps "Trains ..."), and the stamp stays in front of the entry, where the clock
  stamp reader (nlp/clock_stamps.py) finds the entry's bounds. The label is not kept as the entry's speaker: on the
  audited page no label stood over its own entry (each was glued to the next entry's tag), and a correspondent's
  entry is the page's own reporting, not a quotation. "BBC political editor NAME said ..." keeps its subject: a
  label opens on a name, and the text after a label opens with a capital.

Rules over the text (regular expressions and a closed list of role words), no model: the labels are a newsroom's
closed vocabulary of titles and outlets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["announces_live", "live_stamps", "without_glued_labels"]

# ---------------------------------------------------------------- a column's editor's note

# "Editor's note:" (or the commentary disclaimer) after the end of a word, inside a paragraph: set apart.
_GLUED_NOTE = re.compile(r"(?<=\S)\s+(?=(?:Editor['’]?s['’]? note|Editors['’] note)\s*:|"
                         r"The (?:opinions|views) expressed (?:in|on) this (?:commentary|column|article|piece|post|"
                         r"op-ed|essay) are\b)")
_NOTE = re.compile(r"^(?:Editor['’]?s['’]? note|Editors['’] note)\s*:")
# The bio going on in the paragraph after the note: "He is the author of ...", "She is also a ...", "His latest
# book is ...". Short (a bio paragraph held 30 words in the audited columns; 60 leaves room).
_BIO = re.compile(r"^(?:He|She|They)(?:'s| is| are)(?: also)? (?:the (?:co-?)?authors? of|an? |the )|"
                  r"^(?:His|Her|Their) (?:latest|new|most recent|forthcoming)? ?books?\b")
BIO_MAX_WORDS = 60
# The lead glued after the note: a wire dateline ("(CNN) -- Beneath ..."). A one-paragraph page (Newsroom row 0 of
# the 60 checked) ran a photo caption, the note, its bio and the whole article together; set apart, the caption
# became the lead and two key points, while the analysis stage already reads a caption ahead of a glued note
# (analyze/point_answers.run_in_caption), so such a note is left in its paragraph.
_DATELINE_AFTER = re.compile(r"(?<=[.!?\"”])\s+(?=(?:[A-Z][\w.,'’-]*\s){0,4}\([A-Z]{2,6}\)\s*(?:--|[-–—]))")


def _notes_apart(paragraphs: Sequence[str]) -> list[str]:
    """The paragraphs with a glued editor's note or disclaimer set apart, and a bio paragraph after a note
    joined to it."""
    out: list[str] = []
    for paragraph in paragraphs:
        if out and _NOTE.match(out[-1]) and _BIO.match(paragraph) and len(paragraph.split()) <= BIO_MAX_WORDS:
            out[-1] = f"{out[-1]} {paragraph}"
            continue
        for piece in _GLUED_NOTE.split(paragraph):
            if out and _NOTE.match(piece) and _DATELINE_AFTER.search(piece) and out[-1] in paragraph:
                out[-1] = f"{out[-1]} {piece}"  # the lead follows in the same paragraph: left as it was
            elif piece:
                out.append(piece)
    return out


# ---------------------------------------------------------------- a live page's entry labels

MIN_STAMPS = 3  # as nlp/clock_stamps.MIN_STAMPS: three stamps are the fewest that make a page of entries
_STAMP = re.compile(r"(?:^|(?<=\s))(?P<stamp>(?:[01]\d|2[0-3])[0-5]\d|(?:[01]?\d|2[0-3]):[0-5]\d):\s+(?=[A-Z])")
# The words of a correspondent's label besides capitalised ones: its title and the small words of a place.
_ROLE_NOUN = re.compile(r"^(?:correspondents?|editors?|reporters?|presenters?|producers?|analysts?|commentators?|"
                        r"columnists?|writers?|contributors?|Editor|News|Channel)[,:]?$")
_ROLE_WORDS = frozenset({
    "chief", "political", "economics", "economic", "business", "home", "affairs", "deputy", "defence", "defense",
    "foreign", "diplomatic", "security", "health", "education", "sports", "arts", "legal", "science", "world",
    "managing", "senior", "special", "news", "channel", "online", "at", "in", "from", "for", "of", "and",
})
TAG_MAX_WORDS = 3  # an entry's tag is a topic of a word or two ("Budget:", "Rail strike:")
_NAME = re.compile(r"^[A-Z][a-z][\w'’-]*,?$")


def _label_word(word: str) -> bool:
    bare = word.rstrip(",:")
    return bool(bare) and (bare[:1].isupper() or bare.lower() in _ROLE_WORDS or _ROLE_NOUN.match(word) is not None)


def _label_end(words: Sequence[str]) -> int:
    """The number of opening words that make a correspondent's label (a name of two words or more, then title and
    outlet words holding a role noun), 0 when none does; the label ends on its last role noun, or on a tag's colon
    after it."""
    if len(words) < 3 or not (_NAME.match(words[0]) and _NAME.match(words[1])) or words[0].endswith(","):
        return 0
    end = 0
    for index, word in enumerate(words):
        if word.endswith(":"):
            return index + 1 if end else 0  # "... at OUTLET Budget:" ends with the entry's tag
        if not _label_word(word):
            return _tag_end(words, index) if end else 0
        if _ROLE_NOUN.match(word):
            end = index + 1
    return len(words) if end else 0  # labels to the piece's end: "NAME BBC News, Paris" is all label


def _tag_end(words: Sequence[str], start: int) -> int:
    """The end of an entry's tag of a few words closed by a colon ("Rail strike:") that follows a label, or the
    label's own end (its last role noun) when none does."""
    for index in range(start, min(start + TAG_MAX_WORDS, len(words))):
        if words[index].endswith(":"):
            return index + 1
    end = 0
    for index, word in enumerate(words[:start]):
        end = index + 1 if _ROLE_NOUN.match(word) else end
    return end


def _without_label(piece: str) -> str:
    """``piece`` (one entry, its stamp cut) without the correspondent's label heading it; "" when it is only
    labels."""
    words = piece.split()
    start = 0
    while start < len(words):
        end = _label_end(words[start:])
        if end == 0:
            break
        start += end
    if start == 0:
        return piece
    rest = words[start:]
    if not rest:
        return ""
    return " ".join(rest) if rest[0][:1].isupper() or rest[0][:1] in "\"“‘'" else piece


# A live page's first line announcing it ("This live page is part of ...", "Follow our live coverage of ...",
# "Welcome to our live coverage", "We'll bring you the latest ... as it happens") is page furniture the filter drops,
# so the genre never read it (Audit 32 A3): it counts as a page of entries. Only the first line: a report's closing
# "We'll bring you more on this story" or a broadcaster's "live coverage of the final drew ..." announces nothing.
_ANNOUNCED = re.compile(
    r"^(?:(?:this|welcome to (?:the|our|this)|this is (?:the|our|a)) "
    r"(?:[\w-]+ ){0,2}live (?:page|blog|coverage|text|feed|updates?)\b"
    # "Follow our live coverage" alone is the link a plain report carries above its lede (the session's review: a
    # report on an election read as a live page); the page's own line goes on "as ..." or points "below"
    r"|follow (?:the|our|all (?:the|our)) (?:[\w-]+ ){0,2}live (?:page|blog|coverage|text|feed|updates?)\b"
    r"[^.\n]{0,80}?\b(?:as|below|throughout)\b"
    r"|we(?:'ll|’ll| will) bring you (?:all )?the latest\b[^.\n]{0,80}\b(?:as (?:[\w-]+ ){0,3}?(?:happens?|unfolds?)|"
    r"through(?:out)? the (?:day|night|evening|morning)|live)\b)", re.I)


def announces_live(paragraphs: Sequence[str]) -> bool:
    """True when the first non-empty paragraph announces a live page (see ``_ANNOUNCED``)."""
    first = next((p.strip() for p in paragraphs if p.strip()), "")
    return bool(_ANNOUNCED.match(first))


def _stamp_count(paragraphs: Sequence[str]) -> int:
    """The entry stamps of a live page, 0 when there are fewer than MIN_STAMPS."""
    count = sum(len(_STAMP.findall(p)) for p in paragraphs)
    return count if count >= MIN_STAMPS else 0


def live_stamps(paragraphs: Sequence[str]) -> int:
    """The entry stamps of a live page (0 when there are fewer than MIN_STAMPS): the article carries the count,
    because an entry of labels only is dropped with its stamp and the genre must still see a live page (the
    session's review found Audit 32's live page read as news once both fixes were merged). A first line announcing
    the page counts as MIN_STAMPS stamps: the furniture filter drops that line before the genre reads it."""
    count = _stamp_count(paragraphs)
    return max(count, MIN_STAMPS) if announces_live(paragraphs) else count


def _entries(paragraph: str) -> list[str]:
    """The paragraph cut before each stamp, each entry without its label; an entry of labels only goes."""
    pieces: list[str] = []
    last = 0
    for match in _STAMP.finditer(paragraph):
        pieces.append(paragraph[last:match.start()])
        last = match.start()
    pieces.append(paragraph[last:])
    out: list[str] = []
    for piece in (p.strip() for p in pieces):
        stamp = _STAMP.match(piece)
        body = piece[stamp.end():] if stamp else piece
        kept = _without_label(body)
        if kept:
            out.append(f"{stamp['stamp']}: {kept}" if stamp else kept)
    return out


def without_glued_labels(paragraphs: Sequence[str]) -> list[str]:
    """The paragraphs with a glued editor's note set apart (the furniture filter drops it) and, on a live page,
    each stamped entry a paragraph of its own without its correspondent's label (see the module docstring)."""
    out = _notes_apart(paragraphs)
    if not _stamp_count(out):  # an announced page without stamps has no entries to cut
        return out
    return [entry for paragraph in out for entry in _entries(paragraph)]
