"""Tabloid picture captions glued into a paragraph, closed by their picture marker and no stop.

A tabloid prints a caption under each picture as a short label, a colon and one line that ends on a
marker saying where the picture is ("Space race: The engineer says ... (pictured)", "Too far?: ... (artist's
impression shown)"). A saved page that flattens the paragraphs runs the caption, which has no full stop,
straight into the next sentence, so the sentence splitter keeps the two as one sentence: session 21 found
such a caption heading a key point and an Outlook item of a CNN/DM brief. The same pages drop the label on
some captions ("The inspectors closed the school ... (file picture) However, the head said ...").

A caption piece runs from the paragraph's start or a sentence's end to its marker, and is cut when:

* the marker is followed by a capitalised word with no stop between (the caption had none of its own), or
* the piece opens with a short capitalised label and its colon, and ends on the marker (with a stop or none).

A writer's own "(pictured)" sits inside a sentence ("A teacher (pictured) was cleared ...") or before its
stop ("... at Harrow Crown Court (pictured)."), and is never followed by a capitalised word with no stop, so
both stay. Reported speech or a quotation is no caption. Plain regular expressions, like the other caption
rules (:mod:`newsbrief.ingest.captions`); the markers are the closed set a picture desk writes.

**Unlabelled tabloid captions with a "pictured" cue, glued into a flattened paragraph with no stop.**

A tabloid page saved as one paragraph (the Daily Mail text of CNN/DM) runs a picture's caption into the text
with no stop of its own and, on some captions, no label and no bracketed marker (those are cut by the rules above and by
:mod:`newsbrief.ingest.echo_captions`): "Mary Roe, pictured with her
son at their home in Hull The mother of two said ...". Read as text, the caption and the sentence after it
became one sentence. Such a piece is cut when all hold:

* it starts at the paragraph's start or after a sentence's stop, and opens with a capitalised name;
* the cue ", pictured" or "(pictured ...)" follows the name within a few words, set off by a comma or a bracket
  (a writer's "She was pictured leaving ..." has a verb before it and stays);
* the piece has no stop and no quotation mark, and ends where a lower-case word or a figure runs straight into
  a capitalised word that opens a sentence ("The", "He", "She", "They", "It", "Mr", ...), which no sentence does;
* it is short (CAPTION_MAX_WORDS).

A writer's "Mary Roe, pictured, said ..." has its verb before any such run and so is never cut. Regular
expressions over the paragraph, no parse (ingest runs before spaCy).
"""

from __future__ import annotations

import re

from newsbrief.lexicon import MONTH_ALTERNATION, WEEKDAY_ALTERNATION

__all__ = ["without_picture_labels", "without_pictured_captions"]

# A caption is short: the glued captions seen in the CNN/DM dev rows ran 15-40 words; a longer piece before a
# marker is reporting with a picture reference in it.
CAPTION_MAX_WORDS = 50
# Where the picture is: the desk's closed set, and any short bracket ending "pictured"/"shown" ("(artist's
# illustration shown)", "(pictured left)", "(pictured with her husband)").
# Tokenized text spaces the brackets and the colon ("( pictured )", "Space race :", CNN/DM row 91): read the same.
_MARKER = (r"\(\s?(?:pictured|left|right|above|below|centre|center|top|bottom|inset|main(?: picture)?|"
           r"file (?:photo|picture|image|pic)|stock (?:photo|image)|"
           r"pictured(?:,? [\w'’ ,-]{1,40})?|[\w'’ ,-]{1,40} (?:pictured|shown))\s?\)")
# The start of a piece: the paragraph's start, or after a sentence's stop (and a closing quote or bracket).
_START = r"(?:^|(?<=[.!?])[\"'”’)]?\s+)"
# A label: one to four words, the first capitalised, then a colon ("Obesity:", "Space race:", "Too far?:").
_LABEL = r"(?P<label>[A-Z][\w'’-]*(?: [\w'’-]+){0,3}\s?[?!]?\s?:\s+)"
# The caption's text: no stop that ends a sentence inside ("Dr." and "U.S." aside: a stop then a space and a
# capital ends the piece), kept short by CAPTION_MAX_WORDS.
_BODY = r"(?P<body>[A-Z\"“‘'0-9](?:[^.!?()]|\.(?!\s+[A-Z])|\([^()]{0,60}\)(?=[^()]*\())*?)"
_GLUED = re.compile(rf"{_START}{_LABEL}?{_BODY}\s*{_MARKER}(?P<end>\s*[.!]?)(?=\s+(?P<next>[A-Z\"“‘'][\w'’-]*)|\s*$)")
# "says" is a caption's tense; a tokenized clitic (" 's", " 're") opens no quotation
_SPEECH = re.compile(r"[\"“”]|(?<!\w)'(?!(?:s|re|ve|ll|d|m)\b)(?=\w)|\b(?:said|told|added|asked|according to)\b")
# A capitalised word after the marker that goes on the caption's own sentence, not a new one: "... seen near
# the court (left) Tuesday night" is a US report's day.
_CONTINUES = re.compile(rf"^(?:{WEEKDAY_ALTERNATION}|{MONTH_ALTERNATION})\b", re.I)


def _is_caption(match: re.Match[str]) -> bool:
    """Whether the matched piece is a glued caption (see the module docstring)."""
    body = match.group("body")
    if len(body.split()) > CAPTION_MAX_WORDS or _SPEECH.search(body):
        return False
    if match.group("label") and _SPEECH.search(match.group("label")):
        return False
    glued = match.group("next") is not None and not match.group("end").strip()
    if glued and _CONTINUES.match(match.group("next")):
        return False
    return glued or bool(match.group("label"))


# The tabloid's pointer to the video or gallery below, glued before a sentence or a caption with no stop
# ("Scroll down for video Firefight: ..."; two of the 100 CNN/DM dev rows, session 21's furniture scan). Only
# after a sentence's end or at the paragraph's start, and only before a capital: it is page furniture there.
_SCROLL = re.compile(r"(?:^|(?<=[.!?\"'”’])\s+)Scroll down for (?:the )?(?:videos?|more(?: videos?| pictures| photos)?|"
                     r"pictures|photos)\b[.:]?(?=\s+[A-Z\"'“‘]|\s*$)")


def without_picture_labels(paragraph: str) -> str:
    """``paragraph`` without its glued picture captions and "Scroll down for video" pointers (see the module
    docstring); a paragraph with neither comes back as it was."""
    if "Scroll down" in paragraph:
        paragraph = _SCROLL.sub("", paragraph).strip()
    if "(" not in paragraph:
        return paragraph
    cuts = [m.span() for m in _GLUED.finditer(paragraph) if _is_caption(m)]
    if not cuts:
        return paragraph
    pieces: list[str] = []
    last = 0
    for start, end in cuts:
        pieces.append(paragraph[last:start])
        last = end
    pieces.append(paragraph[last:])
    return re.sub(r"\s{2,}", " ", "".join(pieces)).strip()


# The unlabelled captions of the tabloid pages read ran 10-30 words; a longer piece is reporting.
PICTURED_CAPTION_MAX_WORDS = 35

_PICTURED_START = r"(?:^|(?<=[.!?])[\"'”’)]?\s+)"
_NAME = r"[A-Z][\w'’-]+(?: (?:[A-Z][\w'’-]+|de|van|von|al-\w+)){0,3}"
_CUE = r"(?:,\s+pictured\b|\s+\(pictured\b[^)]{0,40}\))"
# Words that open a sentence and almost never stand capitalised inside one.
_OPENER = r"(?:The|A|An|He|She|They|It|His|Her|Their|Its|We|I|Mr|Mrs|Ms|Miss|But|However|This|These|Police|Officers)"
_CAPTION = re.compile(
    rf"{_PICTURED_START}(?P<caption>{_NAME}{_CUE}[^.!?\"“”]*?(?<=[a-z0-9)])\s+)(?={_OPENER}\s+[a-z\w])"
)


def without_pictured_captions(paragraph: str) -> str:
    """``paragraph`` without the unlabelled "pictured" captions glued before a sentence (see the module
    docstring)."""
    if "pictured" not in paragraph:
        return paragraph
    pieces: list[str] = []
    last = 0
    for m in _CAPTION.finditer(paragraph):
        caption = m.group("caption")
        if len(caption.split()) > PICTURED_CAPTION_MAX_WORDS or re.search(r"\b(?:said|says|told|added)\b", caption):
            continue
        pieces.append(paragraph[last : m.start("caption")])
        last = m.end("caption")
    if not pieces:
        return paragraph
    pieces.append(paragraph[last:])
    return "".join(pieces)
